using CorpusLint.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusLint.Rules.Quotes;

/// <summary>An opening quotation mark never closed in its paragraph and not continued in the next one.</summary>
public sealed class CL4001UnclosedQuote : Rule
{
    private static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        "CL4001",
        "Unclosed quotation",
        "Quotation opened with {0} is never closed{1}",
        RuleCategory.Quotes,
        Severity.Error,
        "An opening quotation mark with no closing mark in its paragraph, when the next paragraph does not reopen the quotation, leaves the reader (and any tool that extracts quotations) unable to tell where the quoted words end.");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override int Version => 10;

    public override void Analyze(RuleContext context) =>
        FirstInParagraph.Report(
            context.Document.Quotations.Unclosed.Select(q => q.Open),
            (open, more) => context.Report(
                new TextSpan(open.Offset, open.Length),
                FirstInParagraph.Show(open),
                more == 0 ? string.Empty : $" ({more} more unclosed in this paragraph)"));
}
