using CorpusLint.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusLint.Rules.Quotes;

/// <summary>A quotation opened in one style and closed in another (“...", «...”).</summary>
public sealed class CL4003MismatchedQuotePair : Rule
{
    private static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        "CL4003",
        "Mismatched quotation pair",
        "Quotation opened with {0} is closed with {1}",
        RuleCategory.Quotes,
        Severity.Warning,
        "A pair of quotation marks in two styles is a sign of hand editing or of text pasted from two sources; the quotation may also end somewhere else.");

    public override DiagnosticDescriptor Descriptor => Rule;

    /// <summary>A document with more minority-style marks than this mixes styles throughout: CL4004's business.</summary>
    public const int MaxMinorityMarks = 2;

    public override void Analyze(RuleContext context)
    {
        var quotations = context.Document.Quotations;
        var counts = quotations.StyleCounts;
        foreach (var quotation in quotations.Quotations)
        {
            if (quotation is { Status: QuotationStatus.Mismatched, Close: { } close } && IsOddOneOut(quotation.Open, close, counts))
            {
                context.Report(new TextSpan(close.Offset, close.Length), quotation.Open.Char, close.Char);
            }
        }
    }

    // In a document that keeps to one style, a pair in two styles is a slip, and the slip is the closing mark when
    // the opening one is in the document's style. An opening mark in the minority style is CL4004's to report
    // (with a fix); a document that mixes styles all along (text pasted from several sources) is CL4004's too.
    // Single pairs closed with a straight ' (‘Enough is enough,'”) are an apostrophe key slip, also CL4004's.
    private static bool IsOddOneOut(QuoteMark open, QuoteMark close, QuoteStyleCounts counts)
    {
        if (open.Kind == QuoteKind.Single)
        {
            return false;
        }

        if (open.Style == QuoteStyle.Guillemet || close.Style == QuoteStyle.Guillemet)
        {
            return counts.GuillemetMinority <= MaxMinorityMarks && (open.Style == QuoteStyle.Guillemet) == (counts.GuillemetQuotes > counts.OtherQuotes);
        }

        var openIsDominant = open.Style == QuoteStyle.Straight ? counts.Straight > counts.Typographic : counts.Typographic > counts.Straight;
        return counts.StraightTypographicMinority <= MaxMinorityMarks && openIsDominant;
    }
}
