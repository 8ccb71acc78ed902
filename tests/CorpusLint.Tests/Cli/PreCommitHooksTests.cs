using System.Text.RegularExpressions;
using System.Xml.Linq;
using CorpusLint.Cli;
using CorpusLint.Tests.Infrastructure;
using CorpusLint.Tests.Reporting;

namespace CorpusLint.Tests.Cli;

/// <summary><c>.pre-commit-hooks.yaml</c>: each hook runs the packed tool's command with options the CLI accepts.</summary>
public sealed partial class PreCommitHooksTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Every_hook_is_a_dotnet_hook_whose_entry_the_cli_accepts()
    {
        var root = RepositoryRoot.Find();
        var hooks = File.ReadAllText(Path.Combine(root, ".pre-commit-hooks.yaml"));
        var command = XDocument.Load(Path.Combine(root, "src/CorpusLint.Cli/CorpusLint.Cli.csproj")).Descendants("ToolCommandName").Single().Value;
        var entries = Entry().Matches(hooks).Select(m => m.Groups[1].Value.Trim()).ToList();
        _cli.Folder.Write("a.txt", CiArticles.Defects);

        Assert.Equal(["corpuslint", "corpuslint-fix"], HookId().Matches(hooks).Select(m => m.Groups[1].Value));
        Assert.Equal(entries.Count, Language().Matches(hooks).Count(m => m.Groups[1].Value == "dotnet"));
        Assert.All(entries, entry =>
        {
            var words = entry.Split(' ');
            Assert.Equal(command, words[0]);
            var result = _cli.Run([.. words[1..], "a.txt"]);
            Assert.NotEqual(ExitCodes.UsageOrFatal, result.ExitCode);
        });
    }

    [GeneratedRegex(@"^- id: (\S+)$", RegexOptions.Multiline)]
    private static partial Regex HookId();

    [GeneratedRegex(@"^  entry: (.+)$", RegexOptions.Multiline)]
    private static partial Regex Entry();

    [GeneratedRegex(@"^  language: (\S+)$", RegexOptions.Multiline)]
    private static partial Regex Language();
}
