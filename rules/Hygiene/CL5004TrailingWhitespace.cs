using CorpusLint.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusLint.Rules.Hygiene;

/// <summary>Spaces or tabs at the end of a line.</summary>
public sealed class CL5004TrailingWhitespace : Rule
{
    private static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        "CL5004",
        "Trailing whitespace",
        "Line ends with {0} trailing whitespace character(s)",
        RuleCategory.Hygiene,
        Severity.Silent,
        "Spaces or tabs at the end of a line carry nothing and make diffs of the corpus noisy.");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override FixKind FixKind => FixKind.Safe;

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        foreach (var line in document.Lines)
        {
            var text = document.GetText(line);
            var trimmed = text.TrimEnd(" \t");
            var trailing = text.Length - trimmed.Length;
            if (trailing == 0 || trimmed.IsEmpty)
            {
                continue;
            }

            var span = new TextSpan(line.Start + trimmed.Length, trailing);
            context.Report(span, Fix.Safe("Remove trailing whitespace", TextEdit.Delete(span)), trailing);
        }
    }
}
