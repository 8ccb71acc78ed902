using CorpusLint.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusLint.Rules.Hygiene;

/// <summary>UTF-8 text that was decoded as Windows-1252 or Latin-1 (<c>â€™</c>, <c>Ã©</c>, <c>Â </c>).</summary>
public sealed class CL5001Mojibake : Rule
{
    private static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        "CL5001",
        "Mojibake",
        "{0}",
        RuleCategory.Hygiene,
        Severity.Error,
        "UTF-8 text decoded as Windows-1252 or Latin-1 turns every accented letter and typographic mark into two or three wrong characters.");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override FixKind FixKind => FixKind.Safe;

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        foreach (var run in document.Mojibake)
        {
            var span = new TextSpan(run.Start, run.Length);
            var garbled = document.Text.Substring(run.Start, run.Length);
            if (run.Restored is { } restored)
            {
                context.Report(
                    span,
                    Fix.Safe($"Replace with \"{restored}\"", TextEdit.Replace(run.Start, run.Length, restored)),
                    $"Mojibake \"{Visible(garbled)}\" is UTF-8 read as Windows-1252; it stands for \"{Visible(restored)}\"");
            }
            else
            {
                context.Report(span, $"Mojibake \"{Visible(garbled)}\" is damaged UTF-8 read as Windows-1252; the original character cannot be restored exactly");
            }
        }
    }

    /// <summary>Shows control and invisible characters of a message as <c>U+XXXX</c>.</summary>
    private static string Visible(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsControl(c) || c is '\u00A0' or '\u00AD' or '\u200B' or '\uFEFF')
            {
                builder.Append($"<U+{(int)c:X4}>");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
