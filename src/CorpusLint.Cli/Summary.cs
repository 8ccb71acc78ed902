using System.Globalization;
using CorpusLint.Engine;
using CorpusLint.Rules;

namespace CorpusLint.Cli;

/// <summary>The one-line summary every run prints on standard error.</summary>
internal static class Summary
{
    public static string Format(LintRunResult result)
    {
        var seconds = result.Elapsed.TotalSeconds;
        var megabytes = result.Bytes / 1_000_000.0;
        var throughput = seconds > 0 ? megabytes / seconds : 0;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"corpuslint: {result.Documents} document(s), {megabytes:0.##} MB in {seconds:0.00} s ({throughput:0.#} MB/s): " +
            $"{result.Count(Severity.Error)} error(s), {result.Count(Severity.Warning)} warning(s), {result.Count(Severity.Suggestion)} suggestion(s)");
    }
}
