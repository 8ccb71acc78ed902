namespace CorpusLint.Reporting;

/// <summary>
/// A streaming reporter whose report ends with something of the run that writes it (the JSON report's elapsed time),
/// so that a replayed report (a report snapshot, SPEC §8) cannot repeat the ending it stored: it writes the body it
/// stored, then this ending rendered for the run that replays it.
/// </summary>
public interface IRunSpecificEnding
{
    /// <summary>Writes out what the reporter still holds of the report, so that the bytes written so far are the report up to its ending.</summary>
    void FlushBody(TextWriter output);

    /// <summary>
    /// Writes what <see cref="IStreamingReporter.End"/> would write after a body already written by another instance,
    /// which showed <paramref name="diagnosticsWritten"/> diagnostics. Call it on a fresh instance, instead of Begin.
    /// </summary>
    void WriteEnding(ReportSummary summary, int diagnosticsWritten, TextWriter output);
}
