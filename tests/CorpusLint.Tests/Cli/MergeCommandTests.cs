using System.Text.Json;
using CorpusLint.Benchmarks;
using CorpusLint.Cli;

namespace CorpusLint.Tests.Cli;

/// <summary>
/// <c>lint --shard K/N</c> and <c>merge</c>: the merged report of all shards is the single run's report, byte for byte,
/// and every report that cannot be merged is refused with a message naming it (exit 2).
/// </summary>
public sealed class MergeCommandTests : IDisposable
{
    private const int Documents = 80;
    private readonly CliRunner _cli = new();

    public MergeCommandTests() => CorpusGenerator.Write(_cli.Folder.PathOf("corpus"), Documents, seed: 7, targetBytes: 1500);

    public void Dispose() => _cli.Dispose();

    [Theory]
    [InlineData("json", 4)]
    [InlineData("text", 4)]
    [InlineData("json", 1)]
    [InlineData("json", 7)]
    public void Merged_shards_equal_the_single_run_byte_for_byte(string format, int shards)
    {
        var single = _cli.Run("lint", "corpus", "--format", format, "--reproducible", "--output", "single.out");
        var reports = LintShards(shards, "--reproducible");

        var merged = _cli.Run(["merge", .. reports, "--format", format, "--output", "merged.out"]);

        Assert.Equal(ExitCodes.Problems, single.ExitCode);
        Assert.Equal(single.ExitCode, merged.ExitCode);
        Assert.Equal(File.ReadAllBytes(_cli.Folder.PathOf("single.out")), File.ReadAllBytes(_cli.Folder.PathOf("merged.out")));
        Assert.Contains($"corpuslint: {Documents} document(s)", merged.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Merged_report_on_standard_output_equals_the_single_runs()
    {
        var single = _cli.Run("lint", "corpus", "--format", "json", "--reproducible");

        var merged = _cli.Run(["merge", .. LintShards(3, "--reproducible"), "--format", "json"]);

        Assert.Equal(single.Output, merged.Output);
    }

    [Fact]
    public void Shards_partition_the_documents()
    {
        var reports = LintShards(4);

        var documents = reports.Select(r => Summary(r).GetProperty("documents").GetInt32()).ToList();
        var paths = reports.Select(r => Diagnostics(r).Select(d => d.GetProperty("path").GetString()!).ToHashSet()).ToList();

        Assert.Equal(Documents, documents.Sum());
        Assert.All(documents, count => Assert.InRange(count, 1, Documents - 1));
        for (var i = 0; i < paths.Count; i++)
        {
            for (var j = i + 1; j < paths.Count; j++)
            {
                Assert.Empty(paths[i].Intersect(paths[j]));
            }
        }
    }

    [Fact]
    public void A_shard_report_says_which_shard_it_holds_and_a_whole_run_does_not()
    {
        _cli.Run("lint", "corpus", "--shard", "2/5", "--format", "json", "--output", "shard.json");
        _cli.Run("lint", "corpus", "--format", "json", "--output", "all.json");

        using var shard = JsonDocument.Parse(File.ReadAllText(_cli.Folder.PathOf("shard.json")));
        using var all = JsonDocument.Parse(File.ReadAllText(_cli.Folder.PathOf("all.json")));

        Assert.Equal(2, shard.RootElement.GetProperty("shard").GetProperty("index").GetInt32());
        Assert.Equal(5, shard.RootElement.GetProperty("shard").GetProperty("count").GetInt32());
        Assert.False(all.RootElement.TryGetProperty("shard", out _));
    }

    [Fact]
    public void A_reproducible_report_writes_0_as_elapsed_time_and_the_summary_keeps_the_real_time()
    {
        var first = _cli.Run("lint", "corpus", "--format", "json", "--reproducible", "--output", "first.json");
        _cli.Run("lint", "corpus", "--format", "json", "--reproducible", "--output", "second.json");

        Assert.Equal(0, Summary("first.json").GetProperty("elapsedMs").GetInt64());
        Assert.Equal(File.ReadAllBytes(_cli.Folder.PathOf("first.json")), File.ReadAllBytes(_cli.Folder.PathOf("second.json")));
        Assert.DoesNotContain(" in 0.00 s ", first.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Elapsed_time_of_a_merge_is_the_sum_of_the_shards()
    {
        var reports = LintShards(3);

        _cli.Run(["merge", .. reports, "--format", "json", "--output", "merged.json"]);

        var shardTimes = reports.Sum(r => Summary(r).GetProperty("elapsedMs").GetInt64());
        Assert.Equal(shardTimes, Summary("merged.json").GetProperty("elapsedMs").GetInt64());
    }

    [Fact]
    public void Exit_code_follows_the_single_runs_rules_with_max_warnings()
    {
        _cli.WithOnlyHygieneBasics();
        var reports = LintShards(2);
        var warnings = reports.Sum(r => Summary(r).GetProperty("warnings").GetInt32());
        Assert.True(warnings > 0);

        var within = _cli.Run(["merge", .. reports, "--max-warnings", $"{warnings}"]);
        var over = _cli.Run(["merge", .. reports, "--max-warnings", $"{warnings - 1}"]);

        Assert.Equal(ExitCodes.Clean, within.ExitCode);
        Assert.Equal(ExitCodes.Problems, over.ExitCode);
        Assert.Equal(ExitCodes.Problems, _cli.Run("lint", "corpus", "--max-warnings", $"{warnings - 1}").ExitCode);
    }

    [Fact]
    public void A_missing_report_file_is_named()
    {
        var reports = LintShards(3);

        var result = _cli.Run("merge", reports[0], "missing.json", reports[2], "-o", "merged.json");

        AssertRefused(result, "error: missing.json: report not found");
    }

    [Fact]
    public void A_missing_shard_is_named()
    {
        var reports = LintShards(4);

        var result = _cli.Run("merge", reports[0], reports[1], reports[3], "-o", "merged.json");

        AssertRefused(result, "error: shard 3/4 is missing: none of the reports given holds it");
    }

    [Fact]
    public void A_shard_given_twice_is_named()
    {
        var reports = LintShards(2);
        File.Copy(_cli.Folder.PathOf(reports[1]), _cli.Folder.PathOf("copy.json"));

        var result = _cli.Run("merge", reports[0], reports[1], "copy.json", "-o", "merged.json");

        AssertRefused(result, $"error: shard 2/2 is given more than once: {reports[1]}, copy.json");
    }

    [Fact]
    public void A_truncated_report_is_named()
    {
        var reports = LintShards(2);
        var text = File.ReadAllText(_cli.Folder.PathOf(reports[1]));
        _cli.Folder.Write(reports[1], text[..(text.Length / 2)]);

        var result = _cli.Run("merge", reports[0], reports[1], "-o", "merged.json");

        AssertRefused(result, $"error: {reports[1]}: truncated or not a CorpusLint JSON report (line ");
    }

    [Fact]
    public void An_empty_report_is_named()
    {
        var reports = LintShards(2);
        _cli.Folder.Write(reports[0], "");

        var result = _cli.Run("merge", reports[0], reports[1], "-o", "merged.json");

        AssertRefused(result, $"error: {reports[0]}: empty file, not a report");
    }

    [Fact]
    public void A_report_of_another_version_is_named_even_when_its_shape_differs()
    {
        var reports = LintShards(3);
        Rewrite(reports[0], text => text.Replace($"\"version\": \"{ToolInfo.Version}\"", "\"version\": \"0.0.1\"", StringComparison.Ordinal));
        Rewrite(reports[2], text => text.Replace($"\"version\": \"{ToolInfo.Version}\"", "\"version\": \"9.0.0\"", StringComparison.Ordinal)
            .Replace("\"diagnostics\": [", "\"diagnostics\": {\"items\": [", StringComparison.Ordinal));

        var result = _cli.Run("merge", reports[0], reports[1], reports[2], "-o", "merged.json");

        AssertRefused(result, $"error: {reports[0]}: written by CorpusLint 0.0.1, but this is {ToolInfo.Version}: lint that shard again with this version");
        Assert.Contains($"error: {reports[2]}: written by CorpusLint 9.0.0, but this is {ToolInfo.Version}", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_whole_runs_report_is_not_a_shard()
    {
        _cli.Run("lint", "corpus", "--format", "json", "--output", "all.json");

        var result = _cli.Run("merge", "all.json");

        AssertRefused(result, "error: all.json: not a shard's report (it has no \"shard\"; lint with --shard K/N to make one)");
    }

    [Fact]
    public void Reports_of_different_splits_are_refused()
    {
        var four = LintShards(4);
        _cli.Run("lint", "corpus", "--shard", "2/3", "--format", "json", "--output", "other.json");

        var result = _cli.Run("merge", four[0], "other.json", four[2], four[3]);

        AssertRefused(result, $"error: {four[0]} is shard 1/4 but other.json is shard 2/3: the reports come from different splits");
    }

    [Fact]
    public void A_report_whose_summary_disagrees_with_its_diagnostics_is_damaged()
    {
        var reports = LintShards(2);
        var warnings = Summary(reports[0]).GetProperty("warnings").GetInt32();
        Rewrite(reports[0], text => text.Replace($"\"warnings\": {warnings},", $"\"warnings\": {warnings + 1},", StringComparison.Ordinal));

        var result = _cli.Run("merge", reports[0], reports[1]);

        AssertRefused(result, $"error: {reports[0]}: damaged report: its summary counts ");
    }

    [Fact]
    public void A_document_in_two_shards_is_named()
    {
        var reports = LintShards(2);
        Rewrite(reports[1], _ => File.ReadAllText(_cli.Folder.PathOf(reports[0])).Replace("\"index\": 1", "\"index\": 2", StringComparison.Ordinal));
        var first = Diagnostics(reports[0]).First().GetProperty("path").GetString();

        var result = _cli.Run("merge", reports[0], reports[1]);

        AssertRefused(result, $"error: {first} is in {reports[0]} (shard 1/2) and in {reports[1]} (shard 2/2): the shards were not linted from the same corpus root");
    }

    [Fact]
    public void The_output_may_not_be_one_of_the_reports()
    {
        var reports = LintShards(2);
        var before = File.ReadAllBytes(_cli.Folder.PathOf(reports[0]));

        var result = _cli.Run("merge", reports[0], reports[1], "-o", reports[0]);

        Assert.Equal(ExitCodes.UsageOrFatal, result.ExitCode);
        Assert.Contains($"error: --output: {reports[0]} is one of the reports being merged", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(_cli.Folder.PathOf(reports[0])));
    }

    [Theory]
    [InlineData("0/4")]
    [InlineData("5/4")]
    [InlineData("1/0")]
    [InlineData("two/4")]
    [InlineData("1-4")]
    public void An_invalid_shard_is_a_usage_error(string value)
    {
        var result = _cli.Run("lint", "corpus", "--shard", value);

        Assert.Equal(ExitCodes.UsageOrFatal, result.ExitCode);
        Assert.Contains($"error: --shard: expected K/N", result.Error, StringComparison.Ordinal);
        Assert.Contains($"got '{value}'", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public void Standard_input_cannot_be_sharded()
    {
        var result = _cli.RunWithInput("Text.\n"u8.ToArray(), "lint", "-", "--stdin-filename", "a.txt", "--shard", "1/2");

        Assert.Equal(ExitCodes.UsageOrFatal, result.ExitCode);
        Assert.Contains("--shard splits a corpus; it cannot be used with standard input", result.Error, StringComparison.Ordinal);
    }

    private string[] LintShards(int count, params string[] options)
    {
        var reports = new string[count];
        for (var k = 1; k <= count; k++)
        {
            reports[k - 1] = $"shard-{k}-of-{count}.json";
            var run = _cli.Run(["lint", "corpus", "--shard", $"{k}/{count}", "--format", "json", "--output", reports[k - 1], .. options]);
            Assert.True(run.ExitCode is ExitCodes.Clean or ExitCodes.Problems, run.ToString());
        }

        return reports;
    }

    private void AssertRefused(CliResult result, string message)
    {
        Assert.Equal(ExitCodes.UsageOrFatal, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.EndsWith("error: no merged report was written\n", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Output);
        Assert.False(File.Exists(_cli.Folder.PathOf("merged.json")));
    }

    private void Rewrite(string report, Func<string, string> change) =>
        _cli.Folder.Write(report, change(File.ReadAllText(_cli.Folder.PathOf(report))));

    private JsonElement Summary(string report)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(_cli.Folder.PathOf(report)));
        return document.RootElement.GetProperty("summary").Clone();
    }

    private List<JsonElement> Diagnostics(string report)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(_cli.Folder.PathOf(report)));
        return [.. document.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.Clone())];
    }
}
