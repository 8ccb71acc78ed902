using CorpusLint.Cli.Commands;
using CorpusLint.Reporting;
using CorpusLint.Rules.Quotes;
using CorpusLint.Tests.Cli;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Reporting;

public sealed class FullReporterTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Shows_the_line_and_a_caret_under_the_span_and_the_fix()
    {
        var diagnostic = RuleTester.Lint(new CL4006MisplacedSpace(), "The ferry will leave at six , the council said.\n").Single();

        var text = new FullReporter(useColor: false).Format(diagnostic);

        Assert.Equal(
            """
            article.txt:1:28: suggestion CL4006 [*] Space before a comma
              |
            1 | The ferry will leave at six , the council said.
              |                            ^ CL4006
              |
              = fix (safe, --fix): Remove the space

            """.ReplaceLineEndings("\n"),
            text);
    }

    [Fact]
    public void A_long_line_is_cut_to_a_window_around_the_span()
    {
        var line = string.Concat(Enumerable.Repeat("Words of a long paragraph. ", 40)) + "The end , said.";
        var diagnostic = RuleTester.Lint(new CL4006MisplacedSpace(), line + "\n").Single();

        var lines = new FullReporter(useColor: false).Format(diagnostic).Split('\n');

        Assert.StartsWith("1 | …", lines[2], StringComparison.Ordinal);
        Assert.True(lines[2].Length < 220, lines[2]);
        Assert.Equal(lines[2].IndexOf("d ,", StringComparison.Ordinal) + 1, lines[3].IndexOf('^', StringComparison.Ordinal));
    }

    [Fact]
    public void Control_and_invisible_characters_never_reach_the_terminal()
    {
        Assert.Equal("a→b␛[31mc·d·e", FullReporter.Visible("a\tb\e[31mc\u200Bd\u202Ee"));
    }

    [Fact]
    public void Colour_is_added_only_when_asked()
    {
        var diagnostic = RuleTester.Lint(new CL4006MisplacedSpace(), "At six , he said.\n").Single();

        Assert.DoesNotContain("\e[", new FullReporter(useColor: false).Format(diagnostic), StringComparison.Ordinal);
        Assert.Contains("\e[1;36msuggestion\e[0m", new FullReporter(useColor: true).Format(diagnostic), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, null, null, null, true)]
    [InlineData(false, null, null, null, false)]
    [InlineData(true, "1", null, null, false)]
    [InlineData(true, "", null, null, true)]
    [InlineData(false, null, "1", null, true)]
    [InlineData(true, "1", "1", null, false)]
    [InlineData(true, null, null, "dumb", false)]
    public void Colour_only_on_a_terminal_and_NO_COLOR_wins(bool terminal, string? noColor, string? forceColor, string? term, bool expected)
    {
        var environment = new Dictionary<string, string?> { ["NO_COLOR"] = noColor, ["FORCE_COLOR"] = forceColor, ["TERM"] = term };

        Assert.Equal(expected, LintCommand.UseColor(terminal, name => environment.GetValueOrDefault(name)));
    }

    [Fact]
    public void The_full_format_through_the_command_has_no_colour_when_redirected()
    {
        _cli.Folder.Write("a.txt", CiArticles.Defects);

        var result = _cli.Run("lint", "a.txt", "--format", "full");

        Assert.Equal(ExitCodesProblems, result.ExitCode);
        Assert.DoesNotContain("\e[", result.Output, StringComparison.Ordinal);
        Assert.Contains("a.txt:7:1: error CL4001 ", result.Output, StringComparison.Ordinal);
        Assert.Contains("7 | “We listened", result.Output, StringComparison.Ordinal);
    }

    private const int ExitCodesProblems = CorpusLint.Cli.ExitCodes.Problems;
}
