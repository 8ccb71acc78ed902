using CorpusLint.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusLint.Rules.Quotes;

/// <summary>A closing quotation mark with no opening mark before it.</summary>
public sealed class CL4002UnopenedQuote : Rule
{
    private static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        "CL4002",
        "Unopened quotation",
        "Closing quotation mark {0} has no opening mark{1}",
        RuleCategory.Quotes,
        Severity.Error,
        "A closing quotation mark with nothing to close usually means the opening mark was lost when the text was scraped or edited, so the start of the quotation is unknown.");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override int Version => 7;

    public override void Analyze(RuleContext context) =>
        FirstInParagraph.Report(
            context.Document.Quotations.UnopenedClosings,
            (mark, more) => context.Report(
                new TextSpan(mark.Offset, mark.Length),
                FirstInParagraph.Show(mark),
                more == 0 ? string.Empty : $" ({more} more in this paragraph)"));
}
