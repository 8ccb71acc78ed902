using CorpusLint.Engine;
using CorpusLint.Fixing;
using CorpusLint.Rules;

namespace CorpusLint.Reporting;

/// <summary>
/// The report of <c>--diff</c>: the unified diff of every file the fixes would change, in path order, instead of
/// diagnostics. Each diff is written as its document comes, so the texts of one document at a time are held.
/// </summary>
public sealed class DiffReporter : IStreamingReporter
{
    public void Begin(TextWriter output)
    {
    }

    public void StartDocument(DocumentResult result, TextWriter output)
    {
        if (result.Fix is { Status: FileFixStatus.Fixed } outcome)
        {
            output.Write(UnifiedDiff.Render(outcome.Input.DisplayPath, outcome.OriginalText!, outcome.FixedText!));
        }
    }

    public void Write(LintDiagnostic diagnostic, TextWriter output)
    {
    }

    public void End(ReportSummary summary, TextWriter output)
    {
    }
}
