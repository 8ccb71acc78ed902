using CorpusLint.Engine;

namespace CorpusLint.Baseline;

/// <summary>
/// Applies a baseline to a run as it streams, document by document, before the report sees the results: the
/// problems the baseline holds are taken out, or, with <c>--update-baseline</c>, every problem is recorded and none
/// passed on. Documents that were not linted (CL0001) pass untouched, as do CL0002 failures. Memory holds the baseline
/// (and the one being recorded), never the run's diagnostics.
/// </summary>
public sealed class BaselineFilter(ProblemBaseline baseline, bool update, ILintResultSink inner) : ILintResultSink
{
    private readonly ProblemBaseline.Recorder? _recorder = update ? baseline.StartUpdate() : null;

    /// <summary>Problems hidden because the baseline holds them.</summary>
    public int Known { get; private set; }

    /// <summary>Entries of linted documents that no problem matched any more.</summary>
    public int FixedSince { get; private set; }

    /// <summary>With <c>--update-baseline</c>, the baseline the run recorded, once it completed; null otherwise.</summary>
    public ProblemBaseline? Updated { get; private set; }

    public void Accept(DocumentResult result)
    {
        if (!result.IsLinted)
        {
            inner.Accept(result);
            return;
        }

        // Keyed like configuration (undecodable bytes of a name as U+FFFD): a baseline is a text file, and the raw form cannot be made relative.
        // A dataset's record is keyed by its file and its id or number (news.jsonl#a1b2).
        var fullPath = result.Input?.IdentityPath ?? Path.GetFullPath(result.Path);
        if (_recorder is not null)
        {
            _recorder.Record(fullPath, result.Diagnostics);
            inner.Accept(result with { Diagnostics = [.. result.Diagnostics.Where(EngineDiagnostics.IsFailure)] });
            return;
        }

        var comparison = baseline.CompareDocument(fullPath, result.Diagnostics);
        Known += comparison.Known;
        FixedSince += comparison.FixedSince;
        inner.Accept(comparison.Known == 0 ? result : result with { Diagnostics = comparison.New });
    }

    public void Complete()
    {
        Updated = _recorder?.ToBaseline();
        inner.Complete();
    }
}
