using CorpusLint.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusLint.Rules.Hygiene;

/// <summary>A file whose last line has no line terminator.</summary>
public sealed class CL5005MissingFinalNewline : Rule
{
    private static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        "CL5005",
        "Missing final newline",
        "File does not end with a newline",
        RuleCategory.Hygiene,
        Severity.Suggestion,
        "Archives concatenated from files without a final newline glue the last line of one article to the first line of the next.");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override FixKind FixKind => FixKind.Safe;

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;

        // A dataset's record is a field's value, not a file: nothing is concatenated after it.
        if (document.IsEmpty || document.Metadata.IsRecord)
        {
            return;
        }

        var last = document.Lines[^1];
        if (last.Length == 0)
        {
            return;
        }

        var newline = document.Lines.Count > 1 && document.Lines[0].TerminatorLength == 2 ? "\r\n" : "\n";
        var end = new TextSpan(last.End, 0);
        context.Report(end, Fix.Safe("Add a final newline", new TextEdit(end, newline)));
    }
}
