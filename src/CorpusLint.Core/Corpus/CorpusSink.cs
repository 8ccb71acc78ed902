using CorpusLint.Engine;
using CorpusLint.Rules;

namespace CorpusLint.Corpus;

/// <summary>
/// The corpus pass between a run and its sink: each result's fingerprints are counted as it arrives, and the result is
/// held (in a <see cref="ResultSpool"/>: memory, then a temporary file, so memory does not grow with the corpus) until
/// the run completes; then every result goes on in its order, with the repeated lines found in it added to its
/// diagnostics. Results ahead of the first one that could receive a finding go on at once.
/// </summary>
internal sealed class CorpusSink(RepetitionAnalysis analysis, ILintResultSink inner) : ILintResultSink
{
    private ResultSpool? _spool;

    public void Accept(DocumentResult result)
    {
        if (result.Summary is DocumentFingerprints fingerprints)
        {
            analysis.Add(fingerprints);
        }

        if (_spool is null && !MayReceiveFindings(result))
        {
            inner.Accept(result);
            return;
        }

        (_spool ??= new ResultSpool()).Add(result);
    }

    public void Complete()
    {
        (inner as ICorpusCountsObserver)?.Counted(analysis.Counts);
        if (_spool is { } spool)
        {
            using (spool)
            {
                foreach (var result in spool.ReadAll())
                {
                    inner.Accept(analysis.WithFindings(result));
                }
            }

            _spool = null;
        }

        inner.Complete();
    }

    private static bool MayReceiveFindings(DocumentResult result) =>
        result.Summary is DocumentFingerprints { Reportable.Length: > 0 } fingerprints && fingerprints.Severity != Severity.None;
}
