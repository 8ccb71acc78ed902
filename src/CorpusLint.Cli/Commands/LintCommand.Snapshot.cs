using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using CorpusLint.Caching;
using CorpusLint.Corpus;
using CorpusLint.Engine;
using CorpusLint.Engine.Timing;
using CorpusLint.Reporting;

namespace CorpusLint.Cli.Commands;

/// <summary>
/// Report snapshots (SPEC §8): a cached run also stores its rendered report, and the next run with the same options
/// replays it, without looking up, passing on or rendering a single finding, when every input has the stamp and the
/// configuration it had then. Runs whose report depends on more than the inputs and the options (fixes, baselines,
/// shards, standard input, datasets, <c>--changed-since</c>) neither store nor replay one.
/// </summary>
internal sealed partial class LintCommand
{
    /// <summary>Snapshots kept in one cache folder (per set of options and paths); older ones are deleted.</summary>
    private const int SnapshotsKept = 4;

    /// <summary>Where a run's snapshot lives and what it must have been written for.</summary>
    private sealed record SnapshotPlan(string CacheDirectory, string Path, CacheKey CacheKey, Hash128 Options)
    {
        /// <summary>A damaged snapshot, said once after the report.</summary>
        public string? Warning { get; set; }
    }

    /// <summary>The snapshot of this run, or null when its report must not be snapshotted (see the class remarks).</summary>
    private SnapshotPlan? PlanSnapshot(ParseResult parse, LintSettings settings, CiOptions ci, ProjectRun project, CacheKey? key, string[] paths)
    {
        if (key is null || settings.Shard is not null || ci.Fix || ci.Baseline is not null || parse.GetValue(_changedSince) is not null)
        {
            return null;
        }

        var options = OptionsHash(settings, project, paths);
        var path = Path.Combine(project.CacheDirectory, "reports", options + ".bin");
        return new SnapshotPlan(project.CacheDirectory, path, key, options);
    }

    /// <summary>
    /// Everything besides the inputs and the cache key that shapes the report or its summary: this build of the CLI,
    /// the folder paths are shown against, the paths, the format (and colour), the severity shown, the size limit and
    /// the project file. <c>--jobs</c>, <c>--max-warnings</c> and <c>--quiet</c>'s summary do not change the report.
    /// </summary>
    private Hash128 OptionsHash(LintSettings settings, ProjectRun project, string[] paths)
    {
        var format = settings.Format.ToLowerInvariant();
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"cli {typeof(LintCommand).Assembly.ManifestModule.ModuleVersionId:N}\n")
            .Append(CultureInfo.InvariantCulture, $"cwd {_console.WorkingDirectory}\n")
            .Append(CultureInfo.InvariantCulture, $"format {format} color {format == "full" && UseColor()} reproducible {settings.Reproducible}\n")
            .Append(CultureInfo.InvariantCulture, $"severity {settings.Minimum} max-document-size {settings.Limits.MaxDocumentBytes}\n");
        if (project.Project.FilePath is { } projectFile)
        {
            text.Append(CultureInfo.InvariantCulture, $"project {projectFile} {Hash128.Of(File.ReadAllBytes(projectFile))}\n");
        }

        foreach (var path in paths)
        {
            text.Append("path ").Append(Path.GetFullPath(path, _console.WorkingDirectory)).Append('\n');
        }

        return Hash128.Of(Encoding.UTF8.GetBytes(text.ToString()));
    }

    /// <summary>
    /// Replays the snapshot when it was rendered from exactly these inputs (walked, each one's stamp taken and its
    /// configuration resolved, none opened) and is whole, or, when some documents were edited since, replaces their
    /// parts of it (<see cref="TrySplice"/>); then prints what a run prints after its report. Null when it can do
    /// neither: the run lints as usual (and stores a new snapshot).
    /// </summary>
    private int? TryReplay(SnapshotPlan plan, IEnumerable<DocumentInput> inputs, ReplayContext context)
    {
        var stopwatch = Stopwatch.StartNew();
        var startedUtc = DateTime.UtcNow;
        if (!File.Exists(plan.Path))
        {
            return null;
        }

        using var walk = new ReplayWalk(inputs);
        using var snapshot = ReportSnapshot.Open(plan.Path, plan.CacheKey, plan.Options, out var damage);
        var reporter = CreateReporter(context.Settings.Format, shard: null, context.Engine.Rules);
        var splices = snapshot is { BodyPrefix: not null } && reporter is ISpliceableReporter;
        if (snapshot is null || Compare(snapshot, walk, context, splices, out damage) is not { } comparison)
        {
            plan.Warning = damage is null ? null : $"warning: the report snapshot was damaged ({damage}); the report is built again";
            return null;
        }

        // Touched documents are hashed by every replay while the snapshot keeps their old stamps: once they are a large
        // share of the report (a fresh checkout), the snapshot is stored again with their new stamps.
        if (comparison.Changed.Count > 0 || comparison.Restamped.Sum(d => d.Stamp.Length) * KeptSnapshotShare > snapshot.ReportBytes)
        {
            return TrySplice(plan, snapshot, comparison, context, stopwatch, startedUtc);
        }

        var summary = snapshot.Summary;
        var settings = context.Settings;
        Report(context.OutputPath, output =>
        {
            if (output is StreamWriter { Encoding: UTF8Encoding } file)
            {
                file.Flush();
                snapshot.CopyBodyTo(file.BaseStream);
            }
            else
            {
                snapshot.CopyBodyTo(new Utf8TextStream(output));
            }

            // An ending that lists the engine's diagnostics (SARIF's notifications) is copied as stored when it has any.
            if (reporter is IRunSpecificEnding ending
                && !(ending is ISpliceableReporter { EndingListsEngineDiagnostics: true } && summary.EngineWritten > 0))
            {
                var elapsed = settings.Reproducible ? TimeSpan.Zero : stopwatch.Elapsed;
                ending.WriteEnding(new ReportSummary(summary.Documents, summary.Bytes, summary.Errors, summary.Warnings, summary.Suggestions, elapsed), summary.Written, output);
            }
            else
            {
                output.Flush();
                snapshot.CopyEndingTo(output is StreamWriter { Encoding: UTF8Encoding } stream ? stream.BaseStream : new Utf8TextStream(output));
            }

            return true;
        });

        return Replayed(context, summary, fromCache: summary.Documents, stopwatch);
    }

    /// <summary>Prints what a run prints after its report, for a report replayed or spliced (<paramref name="note"/> after the summary), and gives the exit code.</summary>
    private int Replayed(ReplayContext context, SnapshotSummary summary, int fromCache, Stopwatch stopwatch, string note = "")
    {
        _console.Output.Flush();
        ReportConfigurationIssues(context.Engine, context.Discovery);
        ReportCache(context.Cache, snapshot: null);
        var counts = new SeverityCounts(summary.Errors, summary.Warnings, summary.Suggestions);
        var statistics = new LintRunStatistics(summary.Documents, NotLinted: 0, fromCache, summary.Bytes, stopwatch.Elapsed);
        if (!context.Settings.Quiet)
        {
            _console.Error.WriteLine(Summary.Format(statistics, counts) + note);
        }

        WriteTimings(context.Timings, context.Engine);
        _console.Error.Flush();
        return ExitCode(statistics, counts, ruleFailures: 0, context.Settings.MaxWarnings);
    }

    /// <summary>What a replay needs of the run besides the snapshot and the inputs.</summary>
    private sealed record ReplayContext(LintEngine Engine, DocumentDiscovery Discovery, string? OutputPath, LintSettings Settings, ResultCache? Cache, CorpusPass? Corpus, RunTimings? Timings);

    /// <summary>
    /// How the walked inputs compare with a snapshot's manifest, when they are its documents in its order with its
    /// configurations, or with others that count them alike for the corpus pass: those only touched (the same content
    /// by its hash), and those changed (edited, added, deleted or reconfigured).
    /// </summary>
    /// <param name="PartsEnd">Where the last document's part ends in the body.</param>
    private sealed record SnapshotComparison(List<TouchedDocuments.Restamp> Restamped, List<SnapshotDocument> Changed, long PartsEnd);

    /// <summary>
    /// Compares the inputs with the snapshot's manifest and checks the snapshot is whole; null when they are not its
    /// documents, or it is damaged (<paramref name="damage"/>). The snapshot's checksum is taken on another thread while
    /// this one matches what the walk gives: each takes a few hundred milliseconds on a large corpus, and a replay is
    /// worth having only when it is quick.
    /// </summary>
    /// <param name="splices">Whether the run can splice the snapshot (or store it again): else touched documents of more bytes than the report make it cheaper to lint from the cache.</param>
    private static SnapshotComparison? Compare(ReportSnapshot snapshot, ReplayWalk walk, ReplayContext context, bool splices, out string? damage)
    {
        using var walkFailed = new CancellationTokenSource();
        var check = Task.Run(() => (Whole: snapshot.Verify(out var found, walkFailed.Token), Damage: found));
        SnapshotComparison? comparison = null;
        try
        {
            comparison = Match(snapshot, walk, context, splices);
        }
        finally
        {
            if (comparison is null)
            {
                walkFailed.Cancel();
            }

            // Waited for even when the walk threw: the check reads the snapshot's file, which is closed after this.
            var (whole, found) = check.GetAwaiter().GetResult();
            damage = found;
            if (!whole)
            {
                comparison = null;
            }
        }

        return comparison;
    }

    /// <summary>
    /// The walked inputs as the manifest's documents, in its order, each with its configuration; those whose stamp
    /// changed but not their size are hashed as they come, on other threads (<see cref="TouchedDocuments"/>), and sorted
    /// into touched and edited. The walk and the stamps (a system call per document, the larger part of a replay) are
    /// taken on other threads too.
    /// </summary>
    private static SnapshotComparison? Match(ReportSnapshot snapshot, ReplayWalk walk, ReplayContext context, bool splices)
    {
        var (engine, discovery) = (context.Engine, context.Discovery);
        var manifest = snapshot.Manifest;
        var hashes = new ConfigurationHashes(context.Corpus);
        using var restamped = new TouchedDocuments();
        var changed = new List<SnapshotDocument>();
        long offset = snapshot.BodyPrefix ?? 0;
        var written = 0;
        var index = 0;
        var sequence = 0;
        foreach (var (input, stamp) in walk.Inputs())
        {
            // More changed than a splice takes (a configuration changed at the root reconfigures every document): the run
            // starts now rather than after a walk that gathers them all.
            if (stamp is not { } taken || changed.Count > MaxSplicedDocuments)
            {
                return null;
            }

            var configuration = hashes.Of(engine.Configuration.GetConfiguration(input.ConfigurationPath));
            var match = manifest.MatchNext(input.DisplayPath, taken, configuration, out var entry);

            // The walk gives documents in ordinal order of their shown paths, as the manifest holds them: one the walk
            // passed without meeting was deleted. Any pairing in order would give the same report (a document not paired
            // is linted, one paired is copied in its place); this one pairs every document still there.
            while (match == ManifestMatch.OtherPath && manifest.NextPath() is { } next && string.CompareOrdinal(next, input.DisplayPath) < 0)
            {
                if (!PassDeleted(next))
                {
                    return null;
                }

                match = manifest.MatchNext(input.DisplayPath, taken, configuration, out entry);
            }

            switch (match)
            {
                case ManifestMatch.OtherPath when splices:
                    changed.Add(new SnapshotDocument(index, input, taken, default, offset, written) { Change = SnapshotChange.Added, Sequence = sequence++, Configuration = configuration });
                    continue;
                case ManifestMatch.Same:
                    break;
                // A document with a new stamp and its old size (a touch) has the report it had if its content is the
                // same: the result cache vouches for a result by its content hash the same way. A run that cannot store
                // the snapshot again with the new stamps would hash it on every replay; once that is more bytes than the
                // report itself (a fresh checkout), linting from the cache, which stores a new snapshot, is cheaper.
                case ManifestMatch.Restamped when splices || restamped.Bytes + taken.Length <= snapshot.ReportBytes:
                    restamped.Add(new SnapshotDocument(index, input, taken, entry, offset, written) { Sequence = sequence++ });
                    break;
                case ManifestMatch.Resized:
                    changed.Add(new SnapshotDocument(index, input, taken, entry, offset, written) { Sequence = sequence++ });
                    break;

                // Another configuration (an .editorconfig changed for the document's folder) that counts its lines alike
                // for the corpus pass: linted like an edited document, from the result cache when only severities changed.
                case ManifestMatch.Reconfigured when splices:
                    changed.Add(new SnapshotDocument(index, input, taken, entry, offset, written) { Change = SnapshotChange.Reconfigured, Sequence = sequence++, Configuration = configuration });
                    break;
                default:
                    return null;
            }

            offset += entry.Part.Bytes;
            written += entry.Part.Written;
            index++;
        }

        while (manifest.NextPath() is { } gone)
        {
            if (!PassDeleted(gone))
            {
                return null;
            }
        }

        if (!manifest.AtEnd)
        {
            return null;
        }

        restamped.Complete();
        changed.AddRange(restamped.Edited);
        changed.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
        return new SnapshotComparison(restamped.Touched, changed, offset);

        // The manifest's next document is gone from the walk: its part is taken out when the run can splice.
        bool PassDeleted(string displayPath)
        {
            if (!splices || !manifest.SkipNext(out var gone))
            {
                return false;
            }

            var input = discovery.InputShownAs(displayPath);
            changed.Add(new SnapshotDocument(index, input, default, gone, offset, written) { Change = SnapshotChange.Deleted, Sequence = sequence++ });
            offset += gone.Part.Bytes;
            written += gone.Part.Written;
            index++;
            return true;
        }
    }

    /// <summary>Starts the snapshot of a run that may store one; null when the cache folder cannot take it.</summary>
    private static ReportSnapshotWriter? StartSnapshot(SnapshotPlan? plan) => plan is null ? null : ReportSnapshotWriter.Create(plan.CacheDirectory, plan.Path);

    /// <summary>Puts the run's snapshot in place when every document in it can be vouched for, and drops the oldest ones.</summary>
    private static void CommitSnapshot(SnapshotPlan plan, ReportSnapshotWriter snapshot, SnapshotRecorder recorder, LintRunStatistics statistics, ReportSink sink)
    {
        if (!recorder.Replayable || statistics.NotLinted > 0 || sink.RuleFailures > 0)
        {
            return;
        }

        var counts = sink.Counts;
        var summary = new SnapshotSummary(statistics.Documents, statistics.Bytes, counts.Errors, counts.Warnings, counts.Suggestions, sink.Written, sink.EngineWritten);
        if (snapshot.Commit(plan.CacheKey, plan.Options, summary, recorder.Manifest, recorder.BodyPrefix, recorder.Counts))
        {
            PruneSnapshots(plan);
        }
    }

    /// <summary>
    /// Drops the oldest snapshots beyond <see cref="SnapshotsKept"/>, and the edits noted beside any snapshot that is gone:
    /// they are read only with their own snapshot.
    /// </summary>
    private static void PruneSnapshots(SnapshotPlan plan)
    {
        try
        {
            var folder = new DirectoryInfo(Path.GetDirectoryName(plan.Path)!);
            foreach (var old in folder.GetFiles("*.bin").OrderByDescending(f => f.LastWriteTimeUtc).Skip(SnapshotsKept))
            {
                old.Delete();
            }

            foreach (var edits in folder.GetFiles("*.edits"))
            {
                if (!File.Exists(Path.ChangeExtension(edits.FullName, ".bin")))
                {
                    edits.Delete();
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Another run may be pruning too; an old snapshot left behind is only disk space.
        }
    }
}
