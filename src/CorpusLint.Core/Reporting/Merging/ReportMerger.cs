using CorpusLint.Corpus;
using CorpusLint.Engine;
using CorpusLint.Rules;

namespace CorpusLint.Reporting.Merging;

/// <summary>
/// Joins the reports of shards 1/N … N/N into the result a single run over the whole corpus gives: every diagnostic in
/// the single run's order (path, line, column, ID, message), documents and bytes added up. Elapsed time is the sum of the
/// shards' times: what one process would have spent, not the wall time of the parallel run (so shard reports written
/// with <c>--reproducible</c>, all 0, merge into a report byte for byte equal to a <c>--reproducible</c> single run's).
/// </summary>
public static class ReportMerger
{
    /// <summary>Shards linted from different roots share every path: the first few name the mistake, the rest are counted.</summary>
    private const int SharedDocumentsNamed = 5;

    /// <summary>
    /// The merged result, or null with <paramref name="problems"/> naming each report or shard that is wrong: shards of
    /// different splits, a shard given twice or missing, a document that two shards both linted.
    /// </summary>
    /// <param name="corpusRule">The corpus-wide rule (CL2012) whose pass runs over the fingerprints of every shard, as one run's would.</param>
    public static LintRunResult? Merge(IReadOnlyList<ShardReport> reports, RepeatedLineRule corpusRule, out IReadOnlyList<string> problems)
    {
        var found = new List<string>();
        problems = found;
        if (reports.Count == 0)
        {
            found.Add("no shard reports to merge");
            return null;
        }

        var count = reports[0].Shard.Count;
        foreach (var other in reports.Where(r => r.Shard.Count != count))
        {
            found.Add($"{reports[0].Name} is shard {reports[0].Shard} but {other.Name} is shard {other.Shard}: the reports come from different splits");
        }

        if (found.Count > 0)
        {
            return null;
        }

        var byIndex = reports.ToLookup(r => r.Shard.Index);
        for (var index = 1; index <= count; index++)
        {
            var holders = byIndex[index].ToList();
            if (holders.Count == 0)
            {
                found.Add($"shard {index}/{count} is missing: none of the reports given holds it");
            }
            else if (holders.Count > 1)
            {
                found.Add($"shard {index}/{count} is given more than once: {string.Join(", ", holders.Select(h => h.Name))}");
            }
        }

        if (found.Count > 0)
        {
            return null;
        }

        var shared = DocumentsInTwoShards(reports).ToList();
        found.AddRange(shared.Take(SharedDocumentsNamed));
        if (shared.Count > SharedDocumentsNamed)
        {
            found.Add($"... and {shared.Count - SharedDocumentsNamed} more document(s) in two shards");
        }

        if (found.Count > 0)
        {
            return null;
        }

        var diagnostics = reports.SelectMany(r => r.Diagnostics).ToList();
        diagnostics.AddRange(RepeatedLines(reports, corpusRule));
        diagnostics.Sort(LintDiagnostic.ReportOrder);
        return new LintRunResult(
            diagnostics,
            [],
            [],
            reports.Sum(r => r.Documents),
            reports.Sum(r => r.Bytes),
            reports.Aggregate(TimeSpan.Zero, (sum, r) => sum + r.Elapsed));
    }

    /// <summary>The corpus pass over the documents of every shard: the counts are sums, so they are the single run's.</summary>
    private static IEnumerable<LintDiagnostic> RepeatedLines(IReadOnlyList<ShardReport> reports, RepeatedLineRule rule)
    {
        var analysis = new RepetitionAnalysis(rule);
        foreach (var fingerprints in reports.SelectMany(r => r.Fingerprints))
        {
            analysis.Add(fingerprints);
        }

        return reports.SelectMany(r => r.Fingerprints.SelectMany(analysis.Diagnose)
            .Select(d => r.Records.TryGetValue(d.Path, out var record) ? d with { Record = record } : d));
    }

    /// <summary>Each document is in one shard; a path reported (or fingerprinted) by two shards means they were not linted from one corpus root.</summary>
    private static IEnumerable<string> DocumentsInTwoShards(IReadOnlyList<ShardReport> reports)
    {
        var owners = new Dictionary<string, ShardReport>(StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var report in reports)
        {
            var paths = report.Diagnostics.Select(d => d.Path).Concat(report.Fingerprints.Select(f => f.Path));
            foreach (var path in paths.Distinct(StringComparer.Ordinal))
            {
                if (owners.TryGetValue(path, out var owner) && reported.Add(path))
                {
                    yield return $"{path} is in {owner.Name} (shard {owner.Shard}) and in {report.Name} (shard {report.Shard}): " +
                        "the shards were not linted from the same corpus root";
                }

                owners.TryAdd(path, report);
            }
        }
    }
}
