using System.Globalization;
using CorpusLint.Engine;

namespace CorpusLint.Cli;

/// <summary>The one-line summary every run prints on standard error.</summary>
internal static class Summary
{
    public static string Format(LintRunStatistics statistics, SeverityCounts counts)
    {
        var seconds = statistics.Elapsed.TotalSeconds;
        var megabytes = statistics.Bytes / 1_000_000.0;
        var throughput = seconds > 0 ? megabytes / seconds : 0;
        var notLinted = statistics.NotLinted > 0 ? $", {statistics.NotLinted} not linted (CL0001)" : "";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"corpuslint: {statistics.Documents} document(s), {megabytes:0.##} MB in {seconds:0.00} s ({throughput:0.#} MB/s): " +
            $"{counts.Errors} error(s), {counts.Warnings} warning(s), {counts.Suggestions} suggestion(s){notLinted}");
    }
}
