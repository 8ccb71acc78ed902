using System.Diagnostics;
using System.Text;
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

    /// <summary>
    /// A spliced snapshot is kept, not rewritten, while its edited and touched documents' bytes times this are at most
    /// the stored report's: every later run reads them again (and hashes them, or lints them from the cache), where a
    /// rewrite writes the whole report once.
    /// </summary>
    private const int KeptSnapshotShare = 32;

    private int? TrySplice(SnapshotPlan plan, ReportSnapshot snapshot, SnapshotComparison comparison, ReplayContext context, Stopwatch stopwatch, DateTime startedUtc)
    {
        var (engine, settings, cache, corpus) = (context.Engine, context.Settings, context.Cache, context.Corpus);
        if (snapshot.BodyPrefix is not { } prefix || comparison.PartsEnd > snapshot.BodyLength || comparison.Changed.Count > MaxSplicedDocuments || cache is null
            || CreateReporter(settings.Format, shard: null, engine.Rules) is not ISpliceableReporter ending
            || (corpus is not null && !snapshot.HasCounts)
            || (ending.EndingListsEngineDiagnostics && snapshot.Summary.EngineWritten > 0))
        {
            return null;
        }

        var changed = comparison.Changed;
        var editsPath = EditsPath(plan);
        var versions = new SnapshotVersionCache(cache, changed.ToDictionary(d => d.Input.FullPath, d => d.Entry.ContentHash, StringComparer.Ordinal));
        var held = new HeldResults();
        var run = new LintRun(engine, new LintRunOptions { Jobs = settings.Jobs, Limits = settings.Limits, Cache = versions, Summarizer = corpus, Timings = context.Timings });
        var statistics = run.Run(changed.Select(d => d.Input), held);
        var edits = corpus is null ? null : SnapshotEdits.Read(editsPath, snapshot.Checksum);
        var before = new object?[changed.Count];
        for (var i = 0; corpus is not null && i < changed.Count; i++)
        {
            if (!versions.TryGetSnapshotSummary(changed[i].Input.FullPath, out before[i]) && !TryReadEdit(changed[i], corpus, edits, out before[i]))
            {
                // The run that follows finds the new results in the cache.
                return null;
            }
        }

        if (Findings(held.Results, before, snapshot, corpus, out var counts) is not { } results
            || (ending.PartDependsOnEarlierDiagnostics && !KeepsWhatFollows(changed, results, settings.Minimum)))
        {
            return null;
        }

        // Kept as it is while the edited documents, read again by every run until the snapshot is rewritten, are a small
        // share of what rewriting it would write; else rewritten with their parts in it.
        var keep = (results.Sum(r => r.Bytes) + comparison.Restamped.Sum(d => d.Stamp.Length)) * KeptSnapshotShare <= snapshot.ReportBytes;
        using var writer = keep ? null : ReportSnapshotWriter.Create(plan.CacheDirectory, plan.Path);
        if (!keep && writer is null)
        {
            return null;
        }

        var parts = Array.Empty<DocumentPart>();
        var old = snapshot.Summary;
        var summary = old;
        Report(context.OutputPath, output =>
        {
            var capture = writer is null ? null : new ReportCapture(output, writer);
            var text = capture?.Writer ?? output;
            var bytes = capture?.Bytes ?? (output is StreamWriter { Encoding: UTF8Encoding } file ? file.BaseStream : new Utf8TextStream(output));
            parts = WriteSplicedBody(snapshot, changed, results, settings, engine.Rules, text, bytes, capture is null ? null : () => capture.Position);
            writer?.EndBody();

            var total = new DocumentPart(0, old.Errors, old.Warnings, old.Suggestions, old.Written)
                + parts.Aggregate(default(DocumentPart), (sum, part) => sum + part)
                - changed.Aggregate(default(DocumentPart), (sum, d) => sum + d.Entry.Part);
            var reportedBytes = old.Bytes + results.Sum(r => r.Bytes) - changed.Sum(d => d.Entry.Length);
            summary = new SnapshotSummary(old.Documents, reportedBytes, total.Errors, total.Warnings, total.Suggestions, total.Written, old.EngineWritten);
            var elapsed = settings.Reproducible ? TimeSpan.Zero : stopwatch.Elapsed;
            ending.WriteEnding(new ReportSummary(summary.Documents, summary.Bytes, summary.Errors, summary.Warnings, summary.Suggestions, elapsed), summary.Written, text);
            capture?.Complete();
            return true;
        });

        if (writer is null)
        {
            // Kept: the snapshot is the same file, and the edits since are noted beside it.
            SnapshotEdits.Write(editsPath, snapshot.Checksum, [.. changed.Select((d, i) => (d.Input.DisplayPath, d.Entry.ContentHash, corpus is not null && before[i] is { } summary ? corpus.ToBytes(summary) : null))]);
        }
        else
        {
            using var manifest = Rewrite(snapshot, comparison, results, parts, startedUtc);
            if (writer.Commit(plan.CacheKey, plan.Options, summary, manifest, prefix, counts))
            {
                SnapshotEdits.Delete(editsPath);
                PruneSnapshots(plan);
            }
        }

        cache.Save();
        var note = changed.Count == 0 ? string.Empty : $" (the cached report, with {changed.Count} edited document(s) linted into it)";
        return Replayed(context, summary, fromCache: summary.Documents - changed.Count + statistics.FromCache, stopwatch, note);
    }

    /// <summary>Where the edits of a snapshot that was spliced but kept are noted (<see cref="SnapshotEdits"/>).</summary>
    private static string EditsPath(SnapshotPlan plan) => Path.ChangeExtension(plan.Path, ".edits");

    /// <summary>
    /// What the document added to the snapshot's counts (its corpus-pass summary then, which may be null), as noted
    /// beside the snapshot when an earlier splice kept it; false when it is not noted there.
    /// </summary>
    private static bool TryReadEdit(SnapshotDocument document, CorpusPass corpus, SnapshotEdits? edits, out object? summary)
    {
        summary = null;
        if (edits is null || !edits.TryGetSummary(document.Input.DisplayPath, document.Entry.ContentHash, out var stored))
        {
            return false;
        }

        try
        {
            summary = stored is null ? null : corpus.FromBytes(stored, document.Input);
            return true;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    /// <summary>
    /// Writes the stored body with the edited documents' parts replaced, and gives each new part; with
    /// <paramref name="position"/> (the report's length so far, when the new body is stored) their lengths too.
    /// </summary>
    private DocumentPart[] WriteSplicedBody(
        ReportSnapshot snapshot, List<SnapshotDocument> changed, List<DocumentResult> results, LintSettings settings, IReadOnlyList<Rule> rules, TextWriter text, Stream bytes, Func<long>? position)
    {
        var parts = new DocumentPart[changed.Count];
        long copied = 0;
        var shownShift = 0;
        for (var i = 0; i < changed.Count; i++)
        {
            var document = changed[i];
            text.Flush();
            snapshot.CopyBodyRangeTo(copied, document.Offset - copied, bytes);
            parts[i] = WritePart(results[i], document.WrittenBefore + shownShift, settings, rules, text, position);
            shownShift += parts[i].Written - document.Entry.Part.Written;
            copied = document.Offset + document.Entry.Part.Bytes;
        }

        text.Flush();
        snapshot.CopyBodyRangeTo(copied, snapshot.BodyLength - copied, bytes);
        text.Flush();
        return parts;
    }

    /// <summary>The snapshot's manifest with the new stamps of touched documents and the new entries of edited ones.</summary>
    private SnapshotManifestWriter Rewrite(ReportSnapshot snapshot, SnapshotComparison comparison, List<DocumentResult> results, DocumentPart[] parts, DateTime startedUtc)
    {
        var settledBeforeUtc = startedUtc - _console.StampSettleTime;
        var restamps = comparison.Restamped.ConvertAll(d => new ManifestRestamp(d.Index, d.Stamp, d.Stamp.LastChangeUtc <= settledBeforeUtc));
        var replacements = new Dictionary<int, ManifestReplacement>();
        for (var i = 0; i < comparison.Changed.Count; i++)
        {
            var read = results[i].Read!.Value;
            replacements[comparison.Changed[i].Index] = new ManifestReplacement(comparison.Changed[i].Input.DisplayPath, read.Stamp, read.Stamp.LastChangeUtc <= settledBeforeUtc, read.ContentHash, parts[i]);
        }

        return snapshot.Manifest.Rewrite(restamps, replacements);
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

    /// <summary>Writes one document's part of the report, after <paramref name="shownBefore"/> diagnostics, and what it was (its length when <paramref name="position"/> tells).</summary>
    private DocumentPart WritePart(DocumentResult result, int shownBefore, LintSettings settings, IReadOnlyList<Rule> rules, TextWriter text, Func<long>? position)
    {
        var reporter = (ISpliceableReporter)CreateReporter(settings.Format, shard: null, rules);
        var start = position?.Invoke() ?? 0;
        var counts = new SeverityCounts();
        var written = 0;
        reporter.ResumeBody(shownBefore);
        reporter.StartDocument(result, text);
        foreach (var diagnostic in result.Diagnostics)
        {
            counts.Add(diagnostic.Severity);
            if (diagnostic.Severity >= settings.Minimum)
            {
                reporter.Write(diagnostic, text);
                written++;
            }
        }

        reporter.FlushBody(text);
        return new DocumentPart((position?.Invoke() ?? 0) - start, counts.Errors, counts.Warnings, counts.Suggestions, written);
    }
}
