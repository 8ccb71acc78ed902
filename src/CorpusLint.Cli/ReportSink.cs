using System.Diagnostics;
using CorpusLint.Caching;
using CorpusLint.Engine;
using CorpusLint.Reporting;
using CorpusLint.Rules;

namespace CorpusLint.Cli;

/// <summary>Diagnostics counted by severity: every diagnostic of the run, whatever <c>--severity</c> shows.</summary>
internal sealed class SeverityCounts
{
    public SeverityCounts()
    {
    }

    /// <summary>Counts taken from a report snapshot.</summary>
    public SeverityCounts(int errors, int warnings, int suggestions) => (Errors, Warnings, Suggestions) = (errors, warnings, suggestions);

    public int Errors { get; private set; }

    public int Warnings { get; private set; }

    public int Suggestions { get; private set; }

    public void Add(Severity severity)
    {
        switch (severity)
        {
            case Severity.Error:
                Errors++;
                break;
            case Severity.Warning:
                Warnings++;
                break;
            case Severity.Suggestion:
                Suggestions++;
                break;
        }
    }
}

/// <summary>
/// Where the results of a run go in the CLI: counted, filtered by <c>--severity</c>, and written by the reporter as
/// they come. <see cref="To"/> starts the report on one writer; the report ends when the run completes.
/// </summary>
/// <param name="reproducible">Write 0 as the report's elapsed time (<c>--reproducible</c>).</param>
internal sealed class ReportSink(IStreamingReporter reporter, Severity minimum, bool reproducible = false)
{
    private readonly IStreamingReporter _reporter = reporter;
    private readonly Severity _minimum = minimum;
    private readonly bool _reproducible = reproducible;

    public SeverityCounts Counts { get; } = new();

    /// <summary>CL0002 diagnostics: rules that threw.</summary>
    public int RuleFailures { get; private set; }

    /// <summary>Diagnostics the report shows (at <c>--severity</c> and above).</summary>
    public int Written { get; private set; }

    /// <summary>Of <see cref="Written"/>, the engine's own (CL0001–CL0003).</summary>
    public int EngineWritten { get; private set; }

    /// <summary>
    /// The report so far, for a snapshot's manifest of each document's part: its bytes (<paramref name="position"/>, once
    /// the reporter handed on what it holds) and diagnostics. Null when the reporter does not write each document's part
    /// on its own (<see cref="ISpliceableReporter"/>).
    /// </summary>
    public Func<DocumentPart>? Reported(TextWriter output, Func<long> position) =>
        _reporter is ISpliceableReporter spliceable
            ? () =>
            {
                spliceable.FlushBody(output);
                return new DocumentPart(position(), Counts.Errors, Counts.Warnings, Counts.Suggestions, Written);
            }
            : null;

    /// <param name="atEnding">
    /// Called before the report's ending is written, once everything before it was written out to <paramref name="output"/>
    /// (a report snapshot marks there where the ending starts, see <see cref="IRunSpecificEnding"/>).
    /// </param>
    public ILintResultSink To(TextWriter output, Action? atEnding = null)
    {
        _reporter.Begin(output);
        return new Writing(this, output, atEnding);
    }

    private sealed class Writing(ReportSink owner, TextWriter output, Action? atEnding) : ILintResultSink
    {
        private readonly Stopwatch _elapsed = Stopwatch.StartNew();
        private int _documents;
        private long _bytes;

        public void Accept(DocumentResult result)
        {
            _documents += result.IsLinted ? 1 : 0;
            _bytes += result.Bytes;
            owner._reporter.StartDocument(result, output);
            foreach (var diagnostic in result.Diagnostics)
            {
                owner.Counts.Add(diagnostic.Severity);
                owner.RuleFailures += diagnostic.Descriptor == EngineDiagnostics.RuleFailed ? 1 : 0;
                if (diagnostic.Severity >= owner._minimum)
                {
                    owner._reporter.Write(diagnostic, output);
                    owner.Written++;
                    owner.EngineWritten += EngineDiagnostics.IsEngineDiagnostic(diagnostic) ? 1 : 0;
                }
            }
        }

        public void Complete()
        {
            var counts = owner.Counts;
            var elapsed = owner._reproducible ? TimeSpan.Zero : _elapsed.Elapsed;
            if (atEnding is not null)
            {
                (owner._reporter as IRunSpecificEnding)?.FlushBody(output);
                output.Flush();
                atEnding();
            }

            owner._reporter.End(new ReportSummary(_documents, _bytes, counts.Errors, counts.Warnings, counts.Suggestions, elapsed), output);
        }
    }
}

/// <summary>Keeps a run's results to replay them into another sink later (one document from standard input).</summary>
internal sealed class HeldResults : ILintResultSink
{
    private readonly List<DocumentResult> _results = [];

    public IReadOnlyList<DocumentResult> Results => _results;

    public void Accept(DocumentResult result) => _results.Add(result);

    public void Complete()
    {
    }

    public LintRunStatistics ReplayInto(ILintResultSink sink, LintRunStatistics statistics)
    {
        foreach (var result in _results)
        {
            sink.Accept(result);
        }

        sink.Complete();
        return statistics;
    }
}
