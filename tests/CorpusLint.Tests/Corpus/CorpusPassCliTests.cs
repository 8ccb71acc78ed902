using CorpusLint.Tests.Cli;

namespace CorpusLint.Tests.Corpus;

/// <summary>CL2012 through the CLI: the corpus-wide pass runs after every document and agrees whatever --jobs is.</summary>
public sealed class CorpusPassCliTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Jobs_1_and_jobs_4_report_the_same_repeated_lines()
    {
        _cli.Folder.Write(".editorconfig", "root = true\n[*]\ndotnet_analyzer_diagnostic.severity = none\ndotnet_diagnostic.CL2012.severity = warning\n");
        for (var i = 0; i < 24; i++)
        {
            _cli.Folder.Write($"gazette/story{i:00}.txt", CorpusArticles.Article(i, i % 4 == 0 ? null : CorpusArticles.Promo));
        }

        var serial = _cli.Run("--jobs", "1", "--format", "text", ".");
        var parallel = _cli.Run("--jobs", "4", "--format", "text", ".");

        Assert.Equal(serial.Output, parallel.Output);
        Assert.Equal(18, CountOccurrences(serial.Output, "CL2012:"));
        Assert.Contains("gazette/story01.txt(8,1): warning CL2012", serial.Output, StringComparison.Ordinal);
        Assert.Contains("Appears in 18 documents", serial.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_rule_can_be_turned_off_and_tuned_per_folder()
    {
        _cli.Folder.Write(".editorconfig", "root = true\n[*]\ndotnet_analyzer_diagnostic.severity = none\ndotnet_diagnostic.CL2012.severity = warning\n[quiet/**]\ndotnet_diagnostic.CL2012.severity = none\n[strict/**]\ncorpuslint.CL2012.min_documents = 10\n");
        for (var i = 0; i < 6; i++)
        {
            _cli.Folder.Write($"quiet/story{i}.txt", CorpusArticles.Article(i, CorpusArticles.Promo));
            _cli.Folder.Write($"strict/story{i}.txt", CorpusArticles.Article(i, CorpusArticles.Promo));
            _cli.Folder.Write($"loud/story{i}.txt", CorpusArticles.Article(i, CorpusArticles.Promo));
        }

        var result = _cli.Run("--format", "text", ".");

        Assert.Equal(6, CountOccurrences(result.Output, "CL2012:"));
        Assert.All(result.OutputLines.Where(l => l.Contains("CL2012", StringComparison.Ordinal)), l => Assert.StartsWith("loud/", l, StringComparison.Ordinal));
    }

    [Fact]
    public void The_rule_is_off_until_a_folder_turns_it_on()
    {
        for (var i = 0; i < 8; i++)
        {
            _cli.Folder.Write($"gazette/story{i}.txt", CorpusArticles.Article(i, CorpusArticles.Promo));
        }

        var result = _cli.Run("--format", "text", "--severity", "silent", ".");

        Assert.DoesNotContain("CL2012", result.Output, StringComparison.Ordinal);
    }

    private static int CountOccurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
