using System.Text;
using CorpusLint.Rules;

namespace CorpusLint.Reporting;

/// <summary>
/// GitHub Actions workflow commands, one per diagnostic, which the runner turns into annotations on the files:
/// <c>::warning file=PATH,line=L,endLine=E,col=C,endColumn=C2,title=CL4001::message</c>.
/// Paths are as reported (relative to the working folder, which in a workflow is the repository root).
/// </summary>
public sealed class GitHubReporter : ISpliceableReporter
{
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
        $"::{Command(d.Severity)} file={EscapeProperty(d.Path)},line={d.Start.Line},endLine={d.End.Line},col={d.Start.Column},endColumn={d.End.Column},title={EscapeProperty(d.Id)}::{EscapeData(d.Message)}";

    /// <summary>GitHub has error, warning and notice annotations; suggestions and silent diagnostics are notices.</summary>
    private static string Command(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "notice",
    };

    /// <summary>
    /// The message after <c>::</c>: <c>%</c>, CR and LF are escaped the runner's way (actions/toolkit), which it
    /// decodes; other control characters, line separators and bidirectional overrides (an ESC would drive the log
    /// viewer) as in text output (<see cref="TerminalText"/>: <c>\x1B</c>), which it shows as they are.
    /// </summary>
    public static string EscapeData(string value) => Escape(value, escapeSeparators: false);

    /// <summary>A property value: as data, and also <c>:</c> and <c>,</c>, which end a property.</summary>
    public static string EscapeProperty(string value) => Escape(value, escapeSeparators: true);

    private static string Escape(string value, bool escapeSeparators)
    {
        var escaped = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            switch (c)
            {
                case '%':
                    escaped.Append("%25");
                    break;
                case '\r':
                    escaped.Append("%0D");
                    break;
                case '\n':
                    escaped.Append("%0A");
                    break;
                case ':' when escapeSeparators:
                    escaped.Append("%3A");
                    break;
                case ',' when escapeSeparators:
                    escaped.Append("%2C");
                    break;
                case var _ when TerminalText.IsUnsafe(c):
                    TerminalText.AppendEscape(escaped, c);
                    break;
                default:
                    escaped.Append(c);
                    break;
            }
        }

        return escaped.ToString();
    }
}
