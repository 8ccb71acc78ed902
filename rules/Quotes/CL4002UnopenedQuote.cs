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

    public override void Analyze(RuleContext context)
    {
        // One diagnostic per paragraph, at its first stray closing mark.
        QuoteMark? first = null;
        var more = 0;
        foreach (var mark in context.Document.Quotations.UnopenedClosings)
        {
            if (first is { } f && f.Paragraph == mark.Paragraph)
            {
                more++;
                continue;
            }

            Report(context, first, more);
            first = mark;
            more = 0;
        }

        Report(context, first, more);
    }

    private static void Report(RuleContext context, QuoteMark? mark, int more)
    {
        if (mark is { } m)
        {
            context.Report(new TextSpan(m.Offset, m.Length), m.Doubled ? new string(m.Char, 2) : m.Char.ToString(), more == 0 ? string.Empty : $" ({more} more in this paragraph)");
        }
    }
}
