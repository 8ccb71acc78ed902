using System.Globalization;
using System.Text;
using CorpusLint.Engine;
using CorpusLint.Rules;

namespace CorpusLint.Reporting;

/// <summary>
/// Each diagnostic with its line of text and a caret under the span, like ruff's full output:
/// <code>
/// story.txt:3:9: error CL4001 Quotation mark “ is never closed
///   |
/// 3 | He said “the council will
///   |         ^ CL4001
///   |
///   = fix (safe): ...
/// </code>
/// Colour (ANSI) only when asked: the caller decides from the terminal and <c>NO_COLOR</c>.
/// </summary>
public sealed class FullReporter(bool useColor) : ISpliceableReporter
{
    private const string Reset = "\e[0m";
    private const string Bold = "\e[1m";
    private const string Gutter = "\e[1;34m";

    public void Begin(TextWriter output)
    {
    }

    public void Write(LintDiagnostic diagnostic, TextWriter output)
    {
        output.Write(Format(diagnostic));
        output.WriteLine();
    }

    public void End(ReportSummary summary, TextWriter output)
    {
    }

    /// <summary>Each diagnostic is a block of lines, written as it comes: nothing is held and nothing ends the report.</summary>
    public bool PartDependsOnEarlierDiagnostics => false;

    public bool EndingListsEngineDiagnostics => false;

    public void ResumeBody(int diagnosticsWritten)
    {
    }

    public void FlushBody(TextWriter output)
    {
    }

    public void WriteEnding(ReportSummary summary, int diagnosticsWritten, TextWriter output) => End(summary, output);

    public string Format(LintDiagnostic d)
    {
        var color = SeverityColor(d.Severity);
        var number = d.Start.Line.ToString(CultureInfo.InvariantCulture);
        var pad = new string(' ', number.Length);
        var bar = Paint("|", Gutter);
        var text = new StringBuilder();
        var fixable = d.Fix?.Safety == FixSafety.Safe ? " [*]" : string.Empty;
        text.Append(Paint($"{Visible(d.Path)}:{d.Start.Line}:{d.Start.Column}:", Bold))
            .Append(' ').Append(Paint(d.Severity.ToWord(), color))
            .Append(' ').Append(Paint(d.Id, Bold)).Append(fixable)
            .Append(' ').Append(Visible(d.Message)).Append('\n');
        if (EngineDiagnostics.IsEngineDiagnostic(d))
        {
            // About the whole document (not linted, a rule that failed, linted in part): there is no line to show.
            return text.ToString();
        }

        var excerpt = d.Excerpt;
        var lead = excerpt.StartColumn > 1 ? "…" : string.Empty;
        var tail = excerpt.CutAtEnd ? "…" : string.Empty;
        var caretStart = Math.Max(0, d.Start.Column - excerpt.StartColumn);
        var excerptEndColumn = excerpt.StartColumn + excerpt.Text.Length;
        var caretEnd = d.End.Line == d.Start.Line ? Math.Min(d.End.Column, excerptEndColumn) : excerptEndColumn;
        var width = Math.Max(1, caretEnd - d.Start.Column);
        text.Append(pad).Append(' ').Append(bar).Append('\n');
        text.Append(Paint(number, Gutter)).Append(' ').Append(bar).Append(' ').Append(lead).Append(Visible(excerpt.Text)).Append(tail).Append('\n');
        text.Append(pad).Append(' ').Append(bar).Append(' ').Append(' ', lead.Length + caretStart)
            .Append(Paint(new string('^', width) + " " + d.Id, color)).Append('\n');
        if (d.End.Line > d.Start.Line)
        {
            text.Append(pad).Append(' ').Append(bar).Append(" … to line ").Append(d.End.Line).Append(", column ").Append(d.End.Column).Append('\n');
        }

        text.Append(pad).Append(' ').Append(bar).Append('\n');
        if (d.Fix is { } fix)
        {
            var how = fix.Safety == FixSafety.Safe ? "--fix" : "--fix --unsafe-fixes";
            text.Append(pad).Append(' ').Append(Paint("=", Gutter)).Append(' ')
                .Append(Paint("fix", Bold)).Append($" ({fix.Safety.ToString().ToLowerInvariant()}, {how}): ").Append(Visible(fix.Title)).Append('\n');
        }

        return text.ToString();
    }

    private string Paint(string text, string color) => useColor ? color + text + Reset : text;

    private static string SeverityColor(Severity severity) => severity switch
    {
        Severity.Error => "\e[1;31m",
        Severity.Warning => "\e[1;33m",
        Severity.Suggestion => "\e[1;36m",
        _ => "\e[2m",
    };

    /// <summary>
    /// Shows text one character per column so the caret stays aligned, and never sends control or invisible
    /// characters to the terminal: a tab as →, a control character as its control picture (␛), a format
    /// character (zero-width space, soft hyphen, bidirectional override, BOM) or a line or paragraph separator as ·.
    /// </summary>
    public static string Visible(string text)
    {
        StringBuilder? shown = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var replacement = c switch
            {
                '\t' => '→',
                < ' ' => (char)('\u2400' + c),
                '\u007F' => '\u2421',
                _ when char.IsControl(c) => '\uFFFD',
                _ when !char.IsSurrogate(c) && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => '·',
                _ => c,
            };
            if (replacement != c && shown is null)
            {
                shown = new StringBuilder(text.Length).Append(text, 0, i);
            }

            shown?.Append(replacement);
        }

        return shown?.ToString() ?? text;
    }
}
