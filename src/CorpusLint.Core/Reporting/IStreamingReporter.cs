using CorpusLint.Engine;
using CorpusLint.Rules;

namespace CorpusLint.Reporting;

/// <summary>The counts a report ends with.</summary>
public sealed record ReportSummary(int Documents, long Bytes, int Errors, int Warnings, int Suggestions, TimeSpan Elapsed);

/// <summary>
/// A reporter that writes diagnostics as a run produces them, so a report of millions of diagnostics never sits in
/// memory: <see cref="Begin"/>, then <see cref="Write"/> for each diagnostic in report order, then <see cref="End"/>.
/// One instance writes one report.
/// </summary>
public interface IStreamingReporter
{
    void Begin(TextWriter output);

    /// <summary>
    /// Called with each document's result, in report order, before its diagnostics are written (also for a document
    /// with none to show): for reports about documents rather than diagnostics (<c>--diff</c>) and per-document state.
    /// </summary>
    void StartDocument(DocumentResult result, TextWriter output)
    {
    }

    void Write(LintDiagnostic diagnostic, TextWriter output);

    void End(ReportSummary summary, TextWriter output);
}
