using System.Text;
using CorpusLint.Model;
using CorpusLint.Rules;

namespace CorpusLint.Tests.Infrastructure;

/// <summary>Renders diagnostics in context, as ruff's snapshots do: the report line, the source line and a caret.</summary>
public static class DiagnosticRenderer
{
    public static string Render(Document document, IEnumerable<LintDiagnostic> diagnostics)
    {
        var text = new StringBuilder();
        foreach (var d in diagnostics)
        {
            text.AppendLine($"{d.Path}({d.Start.Line},{d.Start.Column}): {d.Severity.ToWord()} {d.Id}: {d.Message}");
            var line = document.Lines[d.Start.Line - 1];
            var source = document.GetText(line).ToString();
            var column = d.Start.Column - 1;
            var width = d.End.Line == d.Start.Line ? Math.Max(1, d.End.Column - d.Start.Column) : Math.Max(1, source.Length - column);
            text.AppendLine($"  {d.Start.Line,4} | {Visible(source)}");
            text.AppendLine($"       | {new string(' ', column)}{new string('^', Math.Min(width, 120))}");
            if (d.Fix is { } fix)
            {
                text.AppendLine($"       = fix ({fix.Safety.ToString().ToLowerInvariant()}): {fix.Title}");
            }

            text.AppendLine();
        }

        return text.Length == 0 ? "(no diagnostics)\n" : text.ToString();
    }

    // Invisible characters are shown so a reviewer can see what a diagnostic points at.
    private static string Visible(string line) => line
        .Replace('\t', '→')
        .Replace('\u00A0', '⍽')
        .Replace("\u200B", "<ZWSP>", StringComparison.Ordinal)
        .Replace("\u00AD", "<SHY>", StringComparison.Ordinal)
        .Replace("\uFEFF", "<BOM>", StringComparison.Ordinal);
}
