using CorpusLint.Engine;
using CorpusLint.Rules;

namespace CorpusLint.Reporting;

/// <summary>
/// One line per diagnostic, as compilers print them: <c>path(line,col): warning CL4001: message</c>. Paths and
/// messages are escaped (<see cref="TerminalText"/>), so a line is always one diagnostic whatever a file holds.
/// </summary>
public sealed class TextReporter : IReporter, ISpliceableReporter
{
    public void Write(LintRunResult result, TextWriter output)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            Write(diagnostic, output);
        }
    }

    public void Begin(TextWriter output)
    {
    }

    public void Write(LintDiagnostic diagnostic, TextWriter output) => output.WriteLine(Format(diagnostic));

    public void End(ReportSummary summary, TextWriter output)
    {
    }

    /// <summary>Each diagnostic is one line, written as it comes: nothing is held and nothing ends the report.</summary>
    public bool PartDependsOnEarlierDiagnostics => false;

    public bool EndingListsEngineDiagnostics => false;

    public void ResumeBody(int diagnosticsWritten)
    {
    }

    public void FlushBody(TextWriter output)
    {
    }

    public void WriteEnding(ReportSummary summary, int diagnosticsWritten, TextWriter output) => End(summary, output);

    public static string Format(LintDiagnostic d) =>
        $"{TerminalText.Escape(d.Path)}({d.Start.Line},{d.Start.Column}): {d.Severity.ToWord()} {d.Id}: {TerminalText.Escape(d.Message)}";
}
