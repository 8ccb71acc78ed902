using System.Diagnostics;
using CorpusLint.Model;
using CorpusLint.Rules;
using CorpusLint.Text;

namespace CorpusLint.Engine;

/// <summary>A document that could not be read: reported as a message, and the run goes on.</summary>
public sealed record InputFailure(string Path, string Message);

/// <summary>Everything one run produced, in deterministic order.</summary>
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

/// <summary>Reads and lints many documents in parallel; results come back sorted whatever the parallelism.</summary>
public sealed class LintRun
{
    private readonly LintEngine _engine;
    private readonly int _jobs;

    public LintRun(LintEngine engine, int jobs)
    {
        _engine = engine;
        _jobs = Math.Max(1, jobs);
    }

    /// <summary>Raised after each document (from worker threads) with the number of bytes it had.</summary>
    public event Action<long>? DocumentCompleted;

    public LintRunResult Run(IReadOnlyList<DocumentInput> inputs, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var results = new DocumentResult?[inputs.Count];
        var failures = new InputFailure?[inputs.Count];
        var sizes = new long[inputs.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = _jobs, CancellationToken = cancellationToken };
        Parallel.For(0, inputs.Count, options, i =>
        {
            var input = inputs[i];
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(input.FullPath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                failures[i] = new InputFailure(input.DisplayPath, DescribeReadError(e));
                return;
            }

            sizes[i] = bytes.Length;
            var document = Document.Create(input.DisplayPath, SourceDecoder.Decode(bytes));
            results[i] = _engine.Lint(document, input.FullPath);
            DocumentCompleted?.Invoke(bytes.Length);
        });

        return Collect(results, failures, sizes, stopwatch.Elapsed);
    }

    /// <summary>Lints one document given as bytes (standard input), configured as if it were at <paramref name="input"/>.</summary>
    public LintRunResult RunSingle(DocumentInput input, byte[] bytes)
    {
        var stopwatch = Stopwatch.StartNew();
        var document = Document.Create(input.DisplayPath, SourceDecoder.Decode(bytes));
        var result = _engine.Lint(document, input.FullPath);
        return Collect([result], [null], [bytes.Length], stopwatch.Elapsed);
    }

    private static LintRunResult Collect(DocumentResult?[] results, InputFailure?[] failures, long[] sizes, TimeSpan elapsed)
    {
        var diagnostics = new List<LintDiagnostic>();
        var ruleFailures = new List<RuleFailure>();
        foreach (var result in results)
        {
            if (result is not null)
            {
                diagnostics.AddRange(result.Diagnostics);
                ruleFailures.AddRange(result.Failures);
            }
        }

        diagnostics.Sort(LintDiagnostic.ReportOrder);
        return new LintRunResult(
            diagnostics,
            [.. failures.OfType<InputFailure>()],
            ruleFailures,
            results.Count(r => r is not null),
            sizes.Sum(),
            elapsed);
    }

    private static string DescribeReadError(Exception e) => e switch
    {
        UnauthorizedAccessException => "permission denied",
        FileNotFoundException or DirectoryNotFoundException => "the file disappeared during the scan",
        _ => e.Message,
    };
}
