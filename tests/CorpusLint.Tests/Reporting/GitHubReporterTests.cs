using System.Text.RegularExpressions;
using CorpusLint.Reporting;
using CorpusLint.Tests.Cli;

namespace CorpusLint.Tests.Reporting;

public sealed partial class GitHubReporterTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Every_line_is_a_well_formed_annotation_whatever_the_file_names()
    {
        _cli.Folder.Write("news/ferry, 100% new: story.txt", CiArticles.Defects);
        _cli.Folder.Write("news/menu.md", CiArticles.Menu);

        var result = _cli.Run("lint", "news", "--format", "github");

        Assert.NotEmpty(result.OutputLines);
        Assert.All(result.Output.TrimEnd('\n').Split('\n'), line => Assert.Matches(Annotation(), line));
        Assert.Contains(
            "::notice file=news/ferry%2C 100%25 new%3A story.txt,line=5,endLine=5,col=62,endColumn=63,title=CL4006::Space before a comma",
            result.OutputLines);
        Assert.Contains(result.OutputLines, l => l.StartsWith("::error file=news/ferry%2C 100%25 new%3A story.txt,line=7,", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("50% off", "50%25 off", "50%25 off")]
    [InlineData("one\r\ntwo", "one%0D%0Atwo", "one%0D%0Atwo")]
    [InlineData("a:b,c", "a:b,c", "a%3Ab%2Cc")]
    [InlineData("%0A is not a newline", "%250A is not a newline", "%250A is not a newline")]
    public void Data_and_properties_are_escaped_as_the_runner_requires(string value, string asData, string asProperty)
    {
        Assert.Equal(asData, GitHubReporter.EscapeData(value));
        Assert.Equal(asProperty, GitHubReporter.EscapeProperty(value));
    }

    // One annotation: a command, comma-separated properties whose values hold no raw ':' or ',', then '::' and a message on one line.
    [GeneratedRegex(@"^::(error|warning|notice) file=[^,:\r\n]+,line=[1-9][0-9]*,endLine=[1-9][0-9]*,col=[1-9][0-9]*,endColumn=[1-9][0-9]*,title=CL[0-9]{4}::[^\r\n]+$")]
    private static partial Regex Annotation();
}
