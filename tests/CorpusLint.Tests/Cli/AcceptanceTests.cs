using CorpusLint.Cli;

namespace CorpusLint.Tests.Cli;

/// <summary>Issue 2's acceptance scenario, with every built-in rule at its default severity.</summary>
public sealed class AcceptanceTests : IDisposable
{
    private const string CleanArticle = """
        Harbour council approves later ferry

        By Maria Lindqvist

        TROMSVIK, Thursday, October 17, 2024 — The harbour council voted on Thursday to add an evening crossing to the island ferry.

        “We listened to the people who use the boat every day,” said council chair Tomas Berg.

        The new timetable starts in November.

        """;

    private const string UnclosedQuote = """
        Harbour council approves later ferry

        By Maria Lindqvist

        TROMSVIK, Thursday, October 17, 2024 — The harbour council voted on Thursday to add an evening crossing.

        “We listened to the people who use the boat every day, said council chair Tomas Berg.

        The new timetable starts in November.

        """;

    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void A_clean_article_exits_0_with_no_diagnostics()
    {
        _cli.Folder.Write(".editorconfig", "root = true\n");
        _cli.Folder.Write("clean.txt", CleanArticle);

        var result = _cli.Run("lint", "clean.txt", "--severity", "suggestion");

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public void An_unclosed_quotation_is_a_CL4001_error_and_exits_1()
    {
        _cli.Folder.Write(".editorconfig", "root = true\n");
        _cli.Folder.Write("story.txt", UnclosedQuote);

        var result = _cli.Run("lint", "story.txt");

        Assert.Equal(ExitCodes.Problems, result.ExitCode);
        Assert.Contains("story.txt(7,1): error CL4001: Quotation opened with “ is never closed", result.OutputLines);
    }

    [Fact]
    public void A_folder_override_silences_CL4001_in_that_folder_only()
    {
        _cli.Folder.Write(".editorconfig", "root = true\n\n[sub/**]\ndotnet_diagnostic.CL4001.severity = none\n");
        _cli.Folder.Write("story.txt", UnclosedQuote);
        _cli.Folder.Write("sub/story.txt", UnclosedQuote);
        _cli.Folder.Write("sub/deeper/story.txt", UnclosedQuote);

        var result = _cli.Run("lint", ".");

        Assert.Equal(["story.txt"], result.OutputLines.Where(l => l.Contains("CL4001", StringComparison.Ordinal)).Select(l => l[..l.IndexOf('(')]));
        Assert.Equal(ExitCodes.Problems, result.ExitCode);

        var subOnly = _cli.Run("lint", "sub");
        Assert.DoesNotContain(subOnly.OutputLines, l => l.Contains("CL4001", StringComparison.Ordinal));
        Assert.Equal(ExitCodes.Clean, subOnly.ExitCode);
    }

    [Fact]
    public void A_missing_path_exits_2()
    {
        var result = _cli.Run("lint", "no-such-folder");

        Assert.Equal(ExitCodes.UsageOrFatal, result.ExitCode);
        Assert.Contains("path not found: no-such-folder", result.Error, StringComparison.Ordinal);
    }
}
