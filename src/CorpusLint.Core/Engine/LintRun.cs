using System.Diagnostics;
using CorpusLint.Datasets;
using CorpusLint.Engine.Timing;
using CorpusLint.Rules;

namespace CorpusLint.Engine;

/// <summary>A document that could not be read: reported as a message, and the run goes on.</summary>
public sealed record InputFailure(string Path, string Message);

/// <summary>What a run did, without its diagnostics (which went to the sink).</summary>
public sealed record LintRunStatistics(int Documents, int NotLinted, int FromCache, long Bytes, TimeSpan Elapsed);

/// <summary>Everything one run produced, in deterministic order (collected in memory; the CLI streams instead).</summary>
public sealed record LintRunResult(
    IReadOnlyList<LintDiagnostic> Diagnostics,
    IReadOnlyList<InputFailure> InputFailures,
    IReadOnlyList<RuleFailure> RuleFailures,
    int Documents,
    long Bytes,
    TimeSpan Elapsed)
{
    public int Count(Severity severity) => Diagnostics.Count(d => d.Severity == severity);
}

/// <summary>What a run uses besides the engine: parallelism, size limits and the seams for a cache, a corpus pass and fixes.</summary>
public sealed record LintRunOptions
{
    public int Jobs { get; init; } = Environment.ProcessorCount;

    public DocumentLimits Limits { get; init; } = DocumentLimits.Default;

    /// <summary>Consulted before a document is read, filled after it is linted (SPEC §8).</summary>
    public IDocumentResultCache? Cache { get; init; }

    /// <summary>Keeps what a corpus-wide pass needs from each document linted whole.</summary>
    public IDocumentSummarizer? Summarizer { get; init; }

    /// <summary>
    /// The corpus-wide pass whose findings the run reports: it summarizes each document (in place of
    /// <see cref="Summarizer"/>) and adds its findings to the results before the sink sees them.
    /// </summary>
    public ICorpusPass? CorpusPass { get; init; }

    /// <summary>Applies fixes to each document after it is linted (<c>--fix</c>, <c>--diff</c>), in the workers.</summary>
    public IFixStep? Fixer { get; init; }

    /// <summary>How dataset files (JSON Lines, Parquet) are read into records: the field mapping, and the records' fixer.</summary>
    public DatasetOptions Datasets { get; init; } = DatasetOptions.Default;

    /// <summary>Which documents the run lints, by <see cref="DocumentInput.IdentityPath"/> (<c>--shard</c>); applied to a dataset's records one by one.</summary>
    public Func<string, bool>? Filter { get; init; }

    /// <summary>Where the run's time goes, per step, model part and rule (<c>--timings</c>); null times nothing.</summary>
    public RunTimings? Timings { get; init; }
}

/// <summary>
/// Reads and lints documents in parallel and hands each result to a sink in input order, so the report is the same
/// whatever <see cref="LintRunOptions.Jobs"/> is. Inputs are pulled from a lazy sequence (discovery walks as the run
/// goes) and at most <see cref="InFlightPerJob"/> documents per job are in flight, so memory holds a few documents,
/// not the corpus: a slow document holds back the sink, and the workers wait for it once that many are done.
/// </summary>
public sealed class LintRun
{
    /// <summary>
    /// Documents per job taken and not yet given to the sink: finished results (diagnostics, not documents) that may wait
    /// for a slower one. More keeps workers busy behind a slow document and lets them take cached documents in larger
    /// batches; each costs the memory of one result, a few kilobytes.
    /// </summary>
    public const int InFlightPerJob = 64;

    private readonly LintEngine _engine;
    private readonly LintRunOptions _options;
    private readonly DocumentLinter _linter;
    private readonly RecordLinter _records;

    public LintRun(LintEngine engine, int jobs)
        : this(engine, new LintRunOptions { Jobs = jobs })
    {
    }

    public LintRun(LintEngine engine, LintRunOptions options)
    {
        _engine = engine;
        _options = options with { Jobs = Math.Max(1, options.Jobs) };
        var summarizer = _options.CorpusPass ?? _options.Summarizer;
        _linter = new DocumentLinter(engine, _options.Limits, summarizer, _options.Fixer);
        _records = new RecordLinter(engine, _options.Limits, summarizer);
    }

    /// <summary>Raised after each document, linted or served by the cache (from worker threads), with the number of bytes it had.</summary>
    public event Action<long>? DocumentCompleted;

    /// <summary>Lints <paramref name="inputs"/> and passes each result to <paramref name="sink"/> in input order.</summary>
    public LintRunStatistics Run(IEnumerable<DocumentInput> inputs, ILintResultSink sink, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        sink = WithCorpusPass(sink);
        var statistics = new StatisticsSink(sink);
        var documents = DatasetReader.Expand(inputs, _options.Datasets);
        if (_options.Filter is { } filter)
        {
            documents = documents.Where(input => filter(input.IdentityPath));
        }

        if (_options.Timings is { } timings)
        {
            documents = TimedDiscovery(documents, timings);
        }

        using var pipeline = new OrderedPipeline<DocumentInput, DocumentResult>(documents, LintOne, _options.Jobs, _options.Jobs * InFlightPerJob, cancellationToken);
        using var attached = RunTimings.Attach(_options.Timings);
        pipeline.Drain(Report);
        Complete(sink);
        return statistics.ToStatistics(stopwatch.Elapsed);

        void Report(DocumentResult result)
        {
            using var timed = PartClock.Enter(TimedParts.Report);
            statistics.Accept(result);
        }
    }

    /// <summary>Lints <paramref name="inputs"/> and collects everything in memory (tests, the quality report).</summary>
    public LintRunResult Run(IEnumerable<DocumentInput> inputs, CancellationToken cancellationToken = default)
    {
        var collector = new CollectingSink();
        var statistics = Run(inputs, collector, cancellationToken);
        return collector.ToResult(statistics);
    }

    /// <summary>Lints one document read from <paramref name="stream"/> (standard input), configured as if it were at <paramref name="input"/>.</summary>
    public LintRunStatistics RunStream(DocumentInput input, Stream stream, ILintResultSink sink)
    {
        var stopwatch = Stopwatch.StartNew();
        sink = WithCorpusPass(sink);
        var statistics = new StatisticsSink(sink);
        var configuration = _engine.Configuration.GetConfiguration(input.ConfigurationPath);
        using var attached = RunTimings.Attach(_options.Timings);
        DocumentResult result;
        using (PartClock.Enter(TimedParts.Engine))
        {
            result = _linter.LintStream(input, stream, configuration) with { Input = input };
        }

        using (PartClock.Enter(TimedParts.Report))
        {
            statistics.Accept(result);
        }

        Complete(sink);
        return statistics.ToStatistics(stopwatch.Elapsed);
    }

    /// <summary>The inputs, each step of the walk charged to finding documents on the worker thread that takes it.</summary>
    private static IEnumerable<DocumentInput> TimedDiscovery(IEnumerable<DocumentInput> inputs, RunTimings timings)
    {
        using var walk = inputs.GetEnumerator();
        while (Next(walk, timings))
        {
            yield return walk.Current;
        }

        static bool Next(IEnumerator<DocumentInput> walk, RunTimings timings)
        {
            using var attached = RunTimings.Attach(timings);
            using var timed = PartClock.Enter(TimedParts.Discovery);
            return walk.MoveNext();
        }
    }

    /// <summary>Ends the run: the corpus-wide pass, and whatever the sink writes last.</summary>
    private static void Complete(ILintResultSink sink)
    {
        using var timed = PartClock.Enter(TimedParts.EndOfRun);
        sink.Complete();
    }

    private ILintResultSink WithCorpusPass(ILintResultSink sink) => _options.CorpusPass?.ReportInto(sink) ?? sink;

    private DocumentResult LintOne(DocumentInput input)
    {
        using var attached = RunTimings.Attach(_options.Timings);
        using var timed = PartClock.Enter(TimedParts.Engine);
        return LintOrReport(input) with { Input = input };
    }

    private DocumentResult LintOrReport(DocumentInput input)
    {
        try
        {
            return LintOrServe(input);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return DocumentResult.NotLinted(input.DisplayPath, DocumentFile.DescribeReadError(e));
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            // A defect, not bad input; the rest of the corpus is still linted.
            return DocumentResult.NotLinted(input.DisplayPath, $"internal error {e.GetType().Name}: {e.Message} (a CorpusLint defect; please report it)");
        }
    }

    private DocumentResult LintOrServe(DocumentInput input)
    {
        if (input.Problem is { } problem)
        {
            return DocumentResult.NotLinted(input.DisplayPath, problem);
        }

        var configuration = _engine.Configuration.GetConfiguration(input.ConfigurationPath);
        // A dataset's records share their file's path and stamp: they are linted every run, never served by a file's key.
        var cache = input.Record is null ? _options.Cache : null;
        var result = Lookup(cache, input, configuration);
        if (result is null)
        {
            result = input.Record is null ? _linter.LintFile(input, configuration, cache) : _records.Lint(input, configuration);
            if (cache is not null && !result.FromCache && result.IsLinted && result.Failures.Count == 0)
            {
                // A rule that failed may not fail next time (a regex timeout on a busy machine): such results are not kept.
                using var timed = PartClock.Continue(TimedParts.Cache);
                cache.Store(input, configuration, result);
            }
        }

        DocumentCompleted?.Invoke(result.Bytes);
        if (!result.IsLinted)
        {
            return result;
        }

        if (input.Record is not null && _options.Datasets.Fixer is { } recordFixer)
        {
            using var fixing = PartClock.Enter(TimedParts.Fix);
            return recordFixer.Fix(input, configuration, result);
        }

        if (input.Record is null && _options.Fixer is { } fixer)
        {
            using var fixing = PartClock.Enter(TimedParts.Fix);
            return fixer.FixFile(input, configuration, result);
        }

        return result;
    }

    private DocumentResult? Lookup(IDocumentResultCache? cache, DocumentInput input, Configuration.DocumentConfiguration configuration)
    {
        if (cache is null)
        {
            return null;
        }

        using var timed = PartClock.Enter(TimedParts.Cache);
        return cache.Lookup(input, configuration) is { } cached && cached.Bytes <= _options.Limits.MaxDocumentBytes ? cached with { FromCache = true } : null;
    }

    /// <summary>Counts what passes through on the way to the real sink.</summary>
    private sealed class StatisticsSink(ILintResultSink inner)
    {
        private int _documents;
        private int _notLinted;
        private int _fromCache;
        private long _bytes;

        public void Accept(DocumentResult result)
        {
            if (result.IsLinted)
            {
                _documents++;
            }
            else
            {
                _notLinted++;
            }

            _fromCache += result.FromCache ? 1 : 0;
            _bytes += result.Bytes;
            inner.Accept(result);
        }

        public LintRunStatistics ToStatistics(TimeSpan elapsed) => new(_documents, _notLinted, _fromCache, _bytes, elapsed);
    }

    private sealed class CollectingSink : ILintResultSink
    {
        private readonly List<LintDiagnostic> _diagnostics = [];
        private readonly List<InputFailure> _inputFailures = [];
        private readonly List<RuleFailure> _ruleFailures = [];

        public void Accept(DocumentResult result)
        {
            _diagnostics.AddRange(result.Diagnostics);
            _ruleFailures.AddRange(result.Failures);
            if (result.NotLintedReason is { } reason)
            {
                _inputFailures.Add(new InputFailure(result.Path, reason));
            }
        }

        public void Complete()
        {
        }

        public LintRunResult ToResult(LintRunStatistics statistics) =>
            new(_diagnostics, _inputFailures, _ruleFailures, statistics.Documents, statistics.Bytes, statistics.Elapsed);
    }
}
