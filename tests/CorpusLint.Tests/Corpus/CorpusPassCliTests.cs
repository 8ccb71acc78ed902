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
    public void The_rule_is_on_by_default()
    {
        _cli.Folder.Write(".editorconfig", "root = true\n");
        for (var i = 0; i < 8; i++)
        {
            _cli.Folder.Write($"gazette/story{i}.txt", CorpusArticles.Article(i, CorpusArticles.Promo));
        }

        var result = _cli.Run("--format", "text", ".");

        Assert.Equal(8, CountOccurrences(result.Output, "warning CL2012: Appears in 8 documents"));
    }

    [Theory]
    [InlineData("json")]
    [InlineData("text")]
    public void Merged_shards_count_every_shards_documents_and_equal_the_single_run_byte_for_byte(string format)
    {
        // 12 documents in 3 shards: no shard alone holds the promo in min_documents (5) documents.
        WriteGazette(12, CorpusArticles.Promo);
        var single = _cli.Run("--format", format, "--reproducible", "--output", "single.out", ".");
        var reports = Enumerable.Range(1, 3).Select(k =>
        {
            var shard = _cli.Run("--shard", $"{k}/3", "--format", "json", "--reproducible", "--output", $"shard{k}.json", ".");
            Assert.Equal(0, shard.ExitCode);
            Assert.DoesNotContain("CL2012", JsonDiagnosticsOf($"shard{k}.json"), StringComparison.Ordinal);
            return $"shard{k}.json";
        }).ToArray();

        var merged = _cli.Run(["merge", .. reports, "--format", format, "--output", "merged.out"]);

        Assert.Equal(0, merged.ExitCode);
        var expected = File.ReadAllText(_cli.Folder.PathOf("single.out"));
        Assert.Equal(12, CountOccurrences(expected, "Appears in 12 documents"));
        Assert.Equal(expected, File.ReadAllText(_cli.Folder.PathOf("merged.out")));
    }

    [Fact]
    public void A_shard_report_carries_each_documents_fingerprints_and_a_whole_runs_report_does_not()
    {
        WriteGazette(4, CorpusArticles.Promo);

        _cli.Run("--shard", "1/1", "--format", "json", "--output", "shard.json", ".");
        _cli.Run("--format", "json", "--output", "whole.json", ".");

        using var shard = System.Text.Json.JsonDocument.Parse(File.ReadAllText(_cli.Folder.PathOf("shard.json")));
        var entries = shard.RootElement.GetProperty("fingerprints").EnumerateArray().ToList();
        Assert.Equal(["gazette/story00.txt", "gazette/story01.txt", "gazette/story02.txt", "gazette/story03.txt"], entries.Select(e => e.GetProperty("path").GetString()));
        Assert.All(entries, e => Assert.True(e.GetProperty("data").GetBytesFromBase64().Length > 50));
        Assert.DoesNotContain("fingerprints", File.ReadAllText(_cli.Folder.PathOf("whole.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_shard_report_with_damaged_fingerprints_is_refused()
    {
        WriteGazette(4, CorpusArticles.Promo);
        _cli.Run("--shard", "1/1", "--format", "json", "--output", "shard.json", ".");
        var text = File.ReadAllText(_cli.Folder.PathOf("shard.json"));
        var data = text.IndexOf("\"data\": \"", StringComparison.Ordinal) + 10;
        _cli.Folder.Write("shard.json", text[..data] + "AAAA" + text[(data + 4)..]);

        var merged = _cli.Run("merge", "shard.json");

        Assert.Equal(2, merged.ExitCode);
        Assert.Contains("shard.json: fingerprints 1 are damaged", merged.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_without_diagnostics_fingerprinted_by_two_shards_is_refused()
    {
        // Four clean documents: no shard reports a diagnostic, only fingerprints, and counting them twice would be wrong.
        WriteGazette(4, CorpusArticles.Promo);
        _cli.Run("--shard", "1/2", "--format", "json", "--output", "one.json", ".");
        _cli.Folder.Write("two.json", File.ReadAllText(_cli.Folder.PathOf("one.json")).Replace("\"index\": 1", "\"index\": 2", StringComparison.Ordinal));
        Assert.Equal("[]", JsonDiagnosticsOf("one.json"));

        var merged = _cli.Run("merge", "one.json", "two.json");

        Assert.Equal(2, merged.ExitCode);
        Assert.Contains("is in one.json (shard 1/2) and in two.json (shard 2/2)", merged.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("github")]
    [InlineData("full")]
    public void Every_format_reports_the_repeated_lines_in_the_same_order_whatever_jobs_is(string format)
    {
        WriteGazette(12, CorpusArticles.Promo);

        var serial = _cli.Run("--jobs", "1", "--reproducible", "--format", format, ".");
        var parallel = _cli.Run("--jobs", "3", "--reproducible", "--format", format, ".");

        Assert.Equal(serial.Output, parallel.Output);
        Assert.True(CountOccurrences(serial.Output, "Appears in 12 documents") >= 12, serial.ToString());
        // Each document's finding is written with the document, not after the whole run.
        Assert.True(serial.Output.IndexOf("story00.txt", StringComparison.Ordinal) < serial.Output.IndexOf("story01.txt", StringComparison.Ordinal));
        Assert.True(Between(serial.Output, "story00.txt", "story01.txt").Contains("Appears in 12", StringComparison.Ordinal), serial.ToString());
    }

    [Fact]
    public void A_baseline_records_the_repeated_lines_and_then_hides_them()
    {
        WriteGazette(6, CorpusArticles.Promo);

        var update = _cli.Run("--baseline", "baseline.json", "--update-baseline", "--format", "text", ".");
        var compared = _cli.Run("--baseline", "baseline.json", "--format", "text", ".");

        Assert.Contains("CL2012", File.ReadAllText(_cli.Folder.PathOf("baseline.json")), StringComparison.Ordinal);
        Assert.DoesNotContain("CL2012", update.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CL2012", compared.Output, StringComparison.Ordinal);
        Assert.Contains("6 problem(s) hidden by the baseline", compared.Error, StringComparison.Ordinal);
        Assert.Equal(0, compared.ExitCode);
    }

    [Fact]
    public void After_fixes_the_repeated_lines_are_reported_where_the_fixed_files_hold_them()
    {
        // The call to action above the headline is deleted by --unsafe-fixes, so the promo moves up two lines.
        WriteGazette(6, CorpusArticles.Promo, above: "Subscribe to our newsletter for the latest news.\n\n");

        var fixing = _cli.Run("--fix", "--unsafe-fixes", "--format", "text", ".");
        var after = _cli.Run("--format", "text", ".");

        Assert.Contains("corpuslint: fixed 6 problem(s) in 6 file(s)", fixing.Error, StringComparison.Ordinal);
        Assert.Equal(6, CountOccurrences(fixing.Output, "CL2012:"));
        Assert.Equal(
            after.OutputLines.Where(l => l.Contains("CL2012", StringComparison.Ordinal)),
            fixing.OutputLines.Where(l => l.Contains("CL2012", StringComparison.Ordinal)));
        Assert.DoesNotContain("CL2002", after.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_read_from_standard_input_has_no_corpus_to_repeat_across()
    {
        _cli.Folder.Write(".editorconfig", OnlyCl2012);
        var stdin = System.Text.Encoding.UTF8.GetBytes(CorpusArticles.Article(0, CorpusArticles.Promo));

        var result = _cli.RunWithInput(stdin, "--stdin-filename", "gazette/story.txt", "--format", "text", "-");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("CL2012", result.Output, StringComparison.Ordinal);
    }

    private const string OnlyCl2012 = "root = true\n[*]\ndotnet_analyzer_diagnostic.severity = none\ndotnet_diagnostic.CL2012.severity = warning\ndotnet_diagnostic.CL2002.severity = warning\n";

    private void WriteGazette(int count, string closingLine, string above = "")
    {
        _cli.Folder.Write(".editorconfig", OnlyCl2012);
        for (var i = 0; i < count; i++)
        {
            _cli.Folder.Write($"gazette/story{i:00}.txt", above + CorpusArticles.Article(i, closingLine));
        }
    }

    private string JsonDiagnosticsOf(string report)
    {
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(_cli.Folder.PathOf(report)));
        return json.RootElement.GetProperty("diagnostics").GetRawText();
    }

    private static string Between(string text, string from, string to)
    {
        var start = text.IndexOf(from, StringComparison.Ordinal);
        var end = text.IndexOf(to, start, StringComparison.Ordinal);
        return text[start..end];
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
