using System.Text.Json;
using CorpusLint.Tests.Cli;
using CorpusLint.Tests.Corpus;
using static CorpusLint.Tests.Datasets.DatasetFixtures;

namespace CorpusLint.Tests.Datasets;

/// <summary>A dataset's records in corpus-wide work: --shard splits them record by record, CL2012 compares them as one group.</summary>
public sealed class DatasetCorpusTests : IDisposable
{
    private const int Records = 40;

    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Shards_split_a_dataset_by_record_and_together_hold_every_record_once()
    {
        _cli.WithOnlyHygieneBasics();
        _cli.Folder.WriteBytes("news.jsonl", Lines([.. Enumerable.Range(1, Records).Select(i => Record(("maintext", $"Record {i} has a trailing space. \n")))]));

        var shards = Enumerable.Range(1, 3).Select(i =>
        {
            _cli.Run("lint", "news.jsonl", "--shard", $"{i}/3", "--format", "json", "--output", $"shard{i}.json");
            using var report = JsonDocument.Parse(File.ReadAllText(_cli.Folder.PathOf($"shard{i}.json")));
            return report.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("record").GetInt32()).ToList();
        }).ToList();

        Assert.Equal(Enumerable.Range(1, Records), shards.SelectMany(s => s).Order());
        Assert.All(shards, shard => Assert.InRange(shard.Count, 1, Records - 1));
        Assert.All(shards, shard => Assert.Equal(shard.Order(), shard));
    }

    [Fact]
    public void Records_of_one_dataset_are_one_group_for_CL2012_and_their_findings_keep_the_record()
    {
        _cli.Folder.Write(".editorconfig", "root = true\n[*]\ndotnet_analyzer_diagnostic.severity = none\ndotnet_diagnostic.CL2012.severity = warning\n");
        _cli.Folder.WriteBytes("gazette.jsonl", Lines([.. Enumerable.Range(0, 12).Select(i => Record(("id", $"s{i}"), ("text", CorpusArticles.Article(i, CorpusArticles.Promo))))]));

        var result = _cli.Run("lint", ".", "--format", "json");

        using var report = JsonDocument.Parse(result.Output);
        var findings = report.RootElement.GetProperty("diagnostics").EnumerateArray().Where(d => d.GetProperty("id").GetString() == "CL2012").ToList();
        Assert.Equal(12, findings.Count);
        Assert.Equal(Enumerable.Range(1, 12), findings.Select(d => d.GetProperty("record").GetInt32()));
        Assert.All(findings, d => Assert.Equal("gazette.jsonl", d.GetProperty("dataset").GetString()));
        Assert.Contains("Appears in 12 documents", findings[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Merged_shards_of_a_dataset_equal_the_single_run_with_CL2012_findings_placed_by_record()
    {
        _cli.Folder.Write(".editorconfig", "root = true\n[*]\ndotnet_analyzer_diagnostic.severity = none\ndotnet_diagnostic.CL2012.severity = warning\n");
        _cli.Folder.WriteBytes("gazette.jsonl", Lines([.. Enumerable.Range(0, 12).Select(i => Record(("id", $"s{i}"), ("text", CorpusArticles.Article(i, CorpusArticles.Promo))))]));

        var single = _cli.Run("lint", "gazette.jsonl", "--format", "json", "--output", "single.json");
        _cli.Run("lint", "gazette.jsonl", "--shard", "1/2", "--format", "json", "--output", "s1.json");
        _cli.Run("lint", "gazette.jsonl", "--shard", "2/2", "--format", "json", "--output", "s2.json");
        _cli.Run("merge", "s1.json", "s2.json", "--format", "json", "--output", "merged.json");

        string Diagnostics(string name)
        {
            using var report = JsonDocument.Parse(File.ReadAllText(_cli.Folder.PathOf(name)));
            return report.RootElement.GetProperty("diagnostics").GetRawText();
        }

        Assert.Contains("12 warning(s)", single.Error, StringComparison.Ordinal);
        Assert.Equal(Diagnostics("single.json"), Diagnostics("merged.json"));
    }

    [Fact]
    public void A_fixed_copy_is_written_through_CL2012s_result_spool()
    {
        _cli.Folder.Write(".editorconfig", "root = true\n[*]\ndotnet_analyzer_diagnostic.severity = none\ndotnet_diagnostic.CL2012.severity = warning\ndotnet_diagnostic.CL5004.severity = warning\n");
        _cli.Folder.WriteBytes("gazette.jsonl", Lines([.. Enumerable.Range(0, 8).Select(i => Record(("id", $"s{i}"), ("text", CorpusArticles.Article(i, CorpusArticles.Promo).Replace("\n\nThe council", "  \n\nThe council", StringComparison.Ordinal))))]));

        var result = _cli.Run("lint", "gazette.jsonl", "--fix");

        Assert.Contains("wrote gazette.fixed.jsonl, the fixed copy of gazette.jsonl: 8 of 8 record(s) fixed", result.Error, StringComparison.Ordinal);
        Assert.Equal(8, result.OutputLines.Count(l => l.Contains("CL2012", StringComparison.Ordinal)));
        Assert.DoesNotContain("  \n", File.ReadAllText(_cli.Folder.PathOf("gazette.fixed.jsonl")).Replace("\\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
