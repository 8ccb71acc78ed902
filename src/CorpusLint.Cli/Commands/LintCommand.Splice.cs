using System.Diagnostics;
using System.Text;
using CorpusLint.Caching;
using CorpusLint.Corpus;
using CorpusLint.Engine;
using CorpusLint.Reporting;
using CorpusLint.Rules;

namespace CorpusLint.Cli.Commands;

/// <summary>
/// Splicing a report snapshot (SPEC §8): when the only changes since the snapshot are documents edited, added,
/// deleted or given another configuration (with the corpus pass's settings unchanged), only those still there are
/// linted, and the report is the stored one with their parts replaced or put in and the deleted ones' taken out —
/// every other document's part is copied, not looked up, passed on or rendered. It falls back to a run whenever the
/// result might differ from one: the reporter cannot write one document's part on its own, a changed document cannot
/// be vouched for, or a change alters what the corpus-wide repetition rule (CL2012) reports in any other document (a
/// line's count at a threshold, or the threshold itself, which moves with the size of a folder).
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
        var edited = changed.Where(d => d.Change is SnapshotChange.Edited or SnapshotChange.Reconfigured);
        var versions = new SnapshotVersionCache(cache, edited.ToDictionary(d => d.Input.FullPath, d => d.Entry.ContentHash, StringComparer.Ordinal));
        var held = new HeldResults();
        var run = new LintRun(engine, new LintRunOptions { Jobs = settings.Jobs, Limits = settings.Limits, Cache = versions, Summarizer = corpus, Timings = context.Timings });
        var statistics = run.Run(changed.Where(d => d.Change != SnapshotChange.Deleted).Select(d => d.Input), held);
        var edits = corpus is null ? null : SnapshotEdits.Read(editsPath, snapshot.Checksum);
        var fresh = Aligned(changed, held.Results);
        var before = new object?[changed.Count];
        for (var i = 0; corpus is not null && i < changed.Count; i++)
        {
            var document = changed[i];
            if (document.Change == SnapshotChange.Reconfigured && fresh[i]?.Read?.ContentHash == document.Entry.ContentHash)
            {
                // Its content as it was, counted alike (the manifest matched it so): it added to the counts then what it adds now.
                before[i] = fresh[i]!.Summary;
                continue;
            }

            var known = document.Change switch
            {
                SnapshotChange.Added => true,
                SnapshotChange.Deleted => cache.TryGetSummary(document.Input, engine.Configuration.GetConfiguration(document.Input.ConfigurationPath), document.Entry.ContentHash, out before[i]),
                _ => versions.TryGetSnapshotSummary(document.Input.FullPath, out before[i]),
            };
            if (!known && !TryReadEdit(document, corpus, edits, out before[i]))
            {
                // The run that follows finds the new results in the cache.
                return null;
            }
        }

        if (Findings(fresh, changed, before, snapshot, corpus, out var counts) is not { } results
            || (ending.PartDependsOnEarlierDiagnostics && !KeepsWhatFollows(changed, results, settings.Minimum)))
        {
            return null;
        }

        // Kept as it is while the edited documents, read again by every run until the snapshot is rewritten, are a small
        // share of what rewriting it would write; else rewritten with their parts in it. A document added, deleted or
        // reconfigured changes the manifest: it is always rewritten.
        var keep = changed.All(d => d.Change == SnapshotChange.Edited)
            && (results.Sum(r => r!.Bytes) + comparison.Restamped.Sum(d => d.Stamp.Length)) * KeptSnapshotShare <= snapshot.ReportBytes;
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
            var reportedBytes = old.Bytes + results.Sum(r => r?.Bytes ?? 0) - changed.Sum(d => d.Entry.Length);
            var documents = old.Documents + changed.Count(d => d.Change == SnapshotChange.Added) - changed.Count(d => d.Change == SnapshotChange.Deleted);
            summary = new SnapshotSummary(documents, reportedBytes, total.Errors, total.Warnings, total.Suggestions, total.Written, old.EngineWritten);
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
        var linted = changed.Count(d => d.Change != SnapshotChange.Deleted);
        return Replayed(context, summary, fromCache: summary.Documents - linted + statistics.FromCache, stopwatch, SpliceNote(changed));
    }

    /// <summary>What the summary line says of a spliced report: the documents linted into it and those taken out.</summary>
    private static string SpliceNote(List<SnapshotDocument> changed)
    {
        var counts = changed.CountBy(d => d.Change).ToDictionary();
        var kinds = new[] { (SnapshotChange.Edited, "edited"), (SnapshotChange.Reconfigured, "reconfigured"), (SnapshotChange.Added, "added") }
            .Where(k => counts.ContainsKey(k.Item1))
            .Select(k => $"{counts[k.Item1]} {k.Item2}")
            .ToList();
        var linted = kinds.Count == 0 ? null : $"{(kinds.Count == 1 ? kinds[0] : $"{string.Join(", ", kinds[..^1])} and {kinds[^1]}")} document(s) linted into it";
        var deleted = counts.TryGetValue(SnapshotChange.Deleted, out var gone) ? $"{gone} deleted document(s) taken out" : null;
        return linted is null && deleted is null ? string.Empty : $" (the cached report, with {string.Join(" and ", new[] { linted, deleted }.OfType<string>())})";
    }

    /// <summary>The results of the linted documents (all but the deleted ones, in order) beside each changed document: null for a deleted one.</summary>
    private static DocumentResult?[] Aligned(List<SnapshotDocument> changed, IReadOnlyList<DocumentResult> linted)
    {
        var results = new DocumentResult?[changed.Count];
        var next = 0;
        for (var i = 0; i < changed.Count; i++)
        {
            results[i] = changed[i].Change == SnapshotChange.Deleted ? null : linted[next++];
        }

        return results;
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
        ReportSnapshot snapshot, List<SnapshotDocument> changed, List<DocumentResult?> results, LintSettings settings, IReadOnlyList<Rule> rules, TextWriter text, Stream bytes, Func<long>? position)
    {
        var parts = new DocumentPart[changed.Count];
        long copied = 0;
        var shownShift = 0;
        for (var i = 0; i < changed.Count; i++)
        {
            var document = changed[i];
            text.Flush();
            snapshot.CopyBodyRangeTo(copied, document.Offset - copied, bytes);
            parts[i] = results[i] is { } result ? WritePart(result, document.WrittenBefore + shownShift, settings, rules, text, position) : default;
            shownShift += parts[i].Written - document.Entry.Part.Written;
            copied = document.Offset + document.Entry.Part.Bytes;
        }

        text.Flush();
        snapshot.CopyBodyRangeTo(copied, snapshot.BodyLength - copied, bytes);
        text.Flush();
        return parts;
    }

    /// <summary>The snapshot's manifest with the new stamps of touched documents, the new entries of edited and added ones, and without the deleted ones.</summary>
    private SnapshotManifestWriter Rewrite(ReportSnapshot snapshot, SnapshotComparison comparison, List<DocumentResult?> results, DocumentPart[] parts, DateTime startedUtc)
    {
        var settledBeforeUtc = startedUtc - _console.StampSettleTime;
        var restamps = comparison.Restamped.ConvertAll(d => new ManifestRestamp(d.Index, d.Stamp, d.Stamp.LastChangeUtc <= settledBeforeUtc));
        var replacements = new Dictionary<int, ManifestReplacement>();
        var insertions = new List<ManifestInsertion>();
        var deletions = new HashSet<int>();
        for (var i = 0; i < comparison.Changed.Count; i++)
        {
            var document = comparison.Changed[i];
            if (results[i]?.Read is not { } read)
            {
                deletions.Add(document.Index);
                continue;
            }

            var entry = new ManifestReplacement(document.Input.DisplayPath, read.Stamp, read.Stamp.LastChangeUtc <= settledBeforeUtc, read.ContentHash, parts[i]);
            if (document.Change == SnapshotChange.Added)
            {
                insertions.Add(new ManifestInsertion(document.Index, entry, document.Configuration));
            }
            else
            {
                replacements[document.Index] = document.Change == SnapshotChange.Reconfigured ? entry with { Configuration = document.Configuration } : entry;
            }
        }

        return snapshot.Manifest.Rewrite(restamps, replacements, insertions, deletions);
    }

    /// <summary>
    /// The edited documents' results with their CL2012 findings, when each can be vouched for (linted whole, no rule
    /// failed) and the snapshot's counts can take each one's new lines without another document's findings changing
    /// (<paramref name="counts"/>, with the new lines, for the new snapshot); else null.
    /// </summary>
    private static List<DocumentResult?>? Findings(
        IReadOnlyList<DocumentResult?> results, List<SnapshotDocument> changed, object?[] before, ReportSnapshot snapshot, CorpusPass? corpus, out RepetitionCounts? counts)
    {
        counts = null;
        if (results.Any(r => r is not null && (r is not { IsLinted: true, Failures.Count: 0, Fix: null, Read: not null } || r.Diagnostics.Any(EngineDiagnostics.IsEngineDiagnostic))))
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
            var (old, @new) = (before[i] as DocumentFingerprints, results[i]?.Summary as DocumentFingerprints);
            var counted = changed[i].Change switch
            {
                SnapshotChange.Added => counts.TryAdd(@new),
                SnapshotChange.Deleted => counts.TryRemove(old),
                _ => counts.TryReplace(old, @new),
            };
            if (!counted)
            {
                return null;
            }
        }

        var analysis = new RepetitionAnalysis(corpus.Rule, counts);
        return [.. results.Select(r => r is null ? null : analysis.WithFindings(r))];
    }

    /// <summary>
    /// Whether each stored part after an edited document can stay as it is when a part depends on whether diagnostics
    /// were shown before it (<see cref="ISpliceableReporter.PartDependsOnEarlierDiagnostics"/>): an edit must not make
    /// the first diagnostics of the report come or go.
    /// </summary>
    private static bool KeepsWhatFollows(List<SnapshotDocument> changed, List<DocumentResult?> results, Severity minimum)
    {
        var shift = 0;
        for (var i = 0; i < changed.Count; i++)
        {
            var old = changed[i].Entry.Part.Written;
            var shown = results[i]?.Diagnostics.Count(d => d.Severity >= minimum) ?? 0;
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
