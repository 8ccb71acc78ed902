using System.Globalization;
using CorpusLint.Engine;

namespace CorpusLint.Cli;

/// <summary>The one-line summary every run prints on standard error.</summary>
internal static class Summary
{
    /// <summary>The summary of a result already in memory (a merged report).</summary>
    public static string Format(LintRunResult result)
    {
        var counts = new SeverityCounts();
        foreach (var diagnostic in result.Diagnostics)
        {
            counts.Add(diagnostic.Severity);
        }

        return Format(new LintRunStatistics(result.Documents, result.InputFailures.Count, 0, result.Bytes, result.Elapsed), counts);
    }

    public static string Format(LintRunStatistics statistics, SeverityCounts counts)
    {
        var seconds = statistics.Elapsed.TotalSeconds;
        var megabytes = statistics.Bytes / 1_000_000.0;
        var throughput = seconds > 0 ? megabytes / seconds : 0;
        var notLinted = statistics.NotLinted > 0 ? $", {statistics.NotLinted} not linted (CL0001)" : "";
        var cached = statistics.FromCache > 0 ? $", {statistics.FromCache} from cache" : "";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"corpuslint: {statistics.Documents} document(s), {megabytes:0.##} MB in {seconds:0.00} s ({throughput:0.#} MB/s): " +
            $"{counts.Errors} error(s), {counts.Warnings} warning(s), {counts.Suggestions} suggestion(s){notLinted}{cached}");
    }
}
