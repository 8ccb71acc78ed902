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

    public override void Analyze(RuleContext context)
    {
        // One diagnostic per paragraph, at its first unclosed quotation: nested unclosed marks are one defect to the reader.
        Quotation? first = null;
        var more = 0;
        foreach (var quotation in context.Document.Quotations.Quotations)
        {
            if (quotation.Status != QuotationStatus.Unclosed)
            {
                continue;
            }

            if (first is { } f && f.Paragraph == quotation.Paragraph)
            {
                more++;
                continue;
            }

            Report(context, first, more);
            first = quotation;
            more = 0;
        }

        Report(context, first, more);
    }

    private static void Report(RuleContext context, Quotation? quotation, int more)
    {
        if (quotation is { } q)
        {
            context.Report(new TextSpan(q.Open.Offset, q.Open.Length), q.Open.Doubled ? new string(q.Open.Char, 2) : q.Open.Char.ToString(), more == 0 ? string.Empty : $" ({more} more unclosed in this paragraph)");
        }
    }
}
