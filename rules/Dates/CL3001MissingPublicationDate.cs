using CorpusLint.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusLint.Rules.Dates;

/// <summary>A document with no dateline, "Published ..." line or date metadata.</summary>
public sealed class CL3001MissingPublicationDate : Rule
{
    private static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        "CL3001",
        "Missing publication date",
        "Document has no publication date: no dateline, \"Published ...\" line or date metadata",
        RuleCategory.Dates,
        Severity.Warning,
        "An article without a date cannot be cited, ordered in an archive, or used to resolve \"yesterday\" and \"on Thursday\".");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override bool NeedsWholeDocument => true;

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        if (document.IsEmpty || document.PublicationDateChoice.IsDated)
        {
            return;
        }

        context.Report(new TextSpan(0, 0));
    }
}
