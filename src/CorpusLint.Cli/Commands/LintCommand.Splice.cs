using System.Diagnostics;
using CorpusLint.Caching;
using CorpusLint.Corpus;
using CorpusLint.Engine;
using CorpusLint.Reporting;
using CorpusLint.Rules;

namespace CorpusLint.Cli.Commands;

/// <summary>
/// Splicing a report snapshot (SPEC §8): when the only change since the snapshot is the content of some documents, only
/// those are linted again, and the report is the stored one with their parts replaced — every other document's part is
/// copied, not looked up, passed on or rendered. It falls back to a run whenever the result might differ from one:
/// the reporter cannot write one document's part on its own, an edited document cannot be vouched for, or an edit
/// changes what the corpus-wide repetition rule (CL2012) reports in any other document.
/// </summary>
internal sealed partial class LintCommand
{
    /// <summary>Edited documents a splice takes on; their results are held until the report is written. More is a run.</summary>
    private const int MaxSplicedDocuments = 10_000;

    private int? TrySplice(SnapshotPlan plan, ReportSnapshot snapshot, SnapshotComparison comparison, ReplayContext context, Stopwatch stopwatch, DateTime startedUtc)
    {
        var (engine, settings, cache, corpus) = (context.Engine, context.Settings, context.Cache, context.Corpus);
        if (snapshot.BodyPrefix is not { } prefix || comparison.PartsEnd > snapshot.BodyLength || comparison.Changed.Count > MaxSplicedDocuments || cache is null
            || CreateReporter(settings.Format, shard: null, engine.Rules) is not ISpliceableReporter ending
            || (corpus is not null && !snapshot.HasCounts))
        {
            return null;
        }

        var changed = comparison.Changed;
        var before = new object?[changed.Count];
        for (var i = 0; corpus is not null && i < changed.Count; i++)
        {
            // What the document added to the counts then: the result cache holds it while it holds that version.
            var configuration = engine.Configuration.GetConfiguration(changed[i].Input.ConfigurationPath);
            if (!cache.TryGetSummary(changed[i].Input, configuration, changed[i].Entry.ContentHash, out before[i]))
            {
                return null;
            }
        }

        var held = new HeldResults();
        var run = new LintRun(engine, new LintRunOptions { Jobs = settings.Jobs, Limits = settings.Limits, Cache = cache, Summarizer = corpus });
        var statistics = run.Run(changed.Select(d => d.Input), held);
        if (Findings(held.Results, before, snapshot, corpus, out var counts) is not { } results)
        {
            // The run that follows finds these results in the cache.
            return null;
        }

        if (ending.PartDependsOnEarlierDiagnostics && !KeepsWhatFollows(changed, results, settings.Minimum))
        {
            return null;
        }

        using var writer = ReportSnapshotWriter.Create(plan.CacheDirectory, plan.Path);
        if (writer is null)
        {
            return null;
        }

        var parts = new DocumentPart[changed.Count];
        var old = snapshot.Summary;
        var summary = old;
        Report(context.OutputPath, output =>
        {
            var capture = new ReportCapture(output, writer);
            long copied = 0;
            var shownShift = 0;
            for (var i = 0; i < changed.Count; i++)
            {
                var document = changed[i];
                capture.Writer.Flush();
                snapshot.CopyBodyRangeTo(copied, document.Offset - copied, capture.Bytes);
                parts[i] = WritePart(results[i], document.WrittenBefore + shownShift, settings, engine.Rules, capture);
                shownShift += parts[i].Written - document.Entry.Part.Written;
                copied = document.Offset + document.Entry.Part.Bytes;
            }

            capture.Writer.Flush();
            snapshot.CopyBodyRangeTo(copied, snapshot.BodyLength - copied, capture.Bytes);
            capture.Writer.Flush();
            writer.EndBody();

            var total = new DocumentPart(0, old.Errors, old.Warnings, old.Suggestions, old.Written);
            total += parts.Aggregate(default(DocumentPart), (sum, part) => sum + part) - changed.Aggregate(default(DocumentPart), (sum, d) => sum + d.Entry.Part);
            var bytes = old.Bytes + results.Sum(r => r.Bytes) - changed.Sum(d => d.Entry.Length);
            summary = new SnapshotSummary(old.Documents, bytes, total.Errors, total.Warnings, total.Suggestions, total.Written);
            var elapsed = settings.Reproducible ? TimeSpan.Zero : stopwatch.Elapsed;
            ending.WriteEnding(
                new ReportSummary(summary.Documents, summary.Bytes, summary.Errors, summary.Warnings, summary.Suggestions, elapsed), summary.Written, capture.Writer);
            capture.Complete();
            return true;
        });

        var settledBeforeUtc = startedUtc - _console.StampSettleTime;
        var replacements = new Dictionary<int, ManifestReplacement>();
        foreach (var document in comparison.Restamped)
        {
            replacements[document.Index] = new ManifestReplacement(document.Input.DisplayPath, document.Stamp, document.Stamp.LastChangeUtc <= settledBeforeUtc, document.Entry.ContentHash, document.Entry.Part);
        }

        for (var i = 0; i < changed.Count; i++)
        {
            var read = results[i].Read!.Value;
            replacements[changed[i].Index] = new ManifestReplacement(changed[i].Input.DisplayPath, read.Stamp, read.Stamp.LastChangeUtc <= settledBeforeUtc, read.ContentHash, parts[i]);
        }

        if (writer.Commit(plan.CacheKey, plan.Options, summary, snapshot.Manifest.Rewrite(replacements), prefix, counts))
        {
            PruneSnapshots(plan);
        }

        cache.Save();
        var note = $" (the cached report, with {changed.Count} edited document(s) linted into it)";
        return Replayed(context, summary, fromCache: summary.Documents - changed.Count + statistics.FromCache, stopwatch, note);
    }

    /// <summary>
    /// The edited documents' results with their CL2012 findings, when each can be vouched for (linted whole, no rule
    /// failed) and the snapshot's counts can take each one's new lines without another document's findings changing
    /// (<paramref name="counts"/>, with the new lines, for the new snapshot); else null.
    /// </summary>
    private static List<DocumentResult>? Findings(IReadOnlyList<DocumentResult> results, object?[] before, ReportSnapshot snapshot, CorpusPass? corpus, out RepetitionCounts? counts)
    {
        counts = null;
        if (results.Any(r => r is not { IsLinted: true, Failures.Count: 0, Fix: null, Read: not null } || r.Diagnostics.Any(EngineDiagnostics.IsEngineDiagnostic)))
        {
            return null;
        }

        if (corpus is null)
        {
            return [.. results];
        }

        counts = snapshot.ReadCounts()!;
        for (var i = 0; i < results.Count; i++)
        {
            if (!counts.TryReplace(before[i] as DocumentFingerprints, results[i].Summary as DocumentFingerprints))
            {
                return null;
            }
        }

        var analysis = new RepetitionAnalysis(corpus.Rule, counts);
        return [.. results.Select(analysis.WithFindings)];
    }

    /// <summary>
    /// Whether each stored part after an edited document can stay as it is when a part depends on whether diagnostics
    /// were shown before it (<see cref="ISpliceableReporter.PartDependsOnEarlierDiagnostics"/>): an edit must not make
    /// the first diagnostics of the report come or go.
    /// </summary>
    private static bool KeepsWhatFollows(List<SnapshotDocument> changed, List<DocumentResult> results, Severity minimum)
    {
        var shift = 0;
        for (var i = 0; i < changed.Count; i++)
        {
            var old = changed[i].Entry.Part.Written;
            var shown = results[i].Diagnostics.Count(d => d.Severity >= minimum);
            if (changed[i].WrittenBefore + old > 0 != changed[i].WrittenBefore + shift + shown > 0)
            {
                return false;
            }

            shift += shown - old;
        }

        return true;
    }

    /// <summary>Writes one document's part of the report, after <paramref name="shownBefore"/> diagnostics, and what it was.</summary>
    private DocumentPart WritePart(DocumentResult result, int shownBefore, LintSettings settings, IReadOnlyList<Rule> rules, ReportCapture capture)
    {
        var reporter = (ISpliceableReporter)CreateReporter(settings.Format, shard: null, rules);
        var start = capture.Position;
        var counts = new SeverityCounts();
        var written = 0;
        reporter.ResumeBody(shownBefore);
        reporter.StartDocument(result, capture.Writer);
        foreach (var diagnostic in result.Diagnostics)
        {
            counts.Add(diagnostic.Severity);
            if (diagnostic.Severity >= settings.Minimum)
            {
                reporter.Write(diagnostic, capture.Writer);
                written++;
            }
        }

        reporter.FlushBody(capture.Writer);
        return new DocumentPart(capture.Position - start, counts.Errors, counts.Warnings, counts.Suggestions, written);
    }
}
