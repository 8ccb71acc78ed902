namespace CorpusLint.Reporting;

/// <summary>
/// A streaming reporter whose body is its documents' parts one after another, each written from that document's
/// diagnostics (and, see <see cref="PartDependsOnEarlierDiagnostics"/>, whether any were shown before it), and whose
/// ending is written from the summary: a report snapshot (SPEC
/// §8) can then replace an edited document's part and keep every other part as stored. To write one part, a fresh
/// instance is brought to where the body stood before the document (<see cref="ResumeBody"/>), is given the document
/// and its diagnostics, then hands on what it holds (<see cref="IRunSpecificEnding.FlushBody"/>).
/// </summary>
public interface ISpliceableReporter : IStreamingReporter, IRunSpecificEnding
{
    /// <summary>
    /// Whether a part is written otherwise when diagnostics were shown before it than when none were (a separator
    /// between the items of a JSON array); nothing else before it may change it.
    /// </summary>
    bool PartDependsOnEarlierDiagnostics { get; }

    /// <summary>
    /// Whether the ending lists the engine's diagnostics (CL0001–CL0003) instead of the body (SARIF's notifications): the
    /// ending is then written from the summary only when the report has none, and the body holds the others only.
    /// </summary>
    bool EndingListsEngineDiagnostics { get; }

    /// <summary>Called on a fresh instance instead of Begin: brings it to where a body that showed <paramref name="diagnosticsWritten"/> diagnostics leaves it, writing nothing.</summary>
    void ResumeBody(int diagnosticsWritten);
}
