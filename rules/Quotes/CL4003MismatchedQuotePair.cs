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

    // In a document that keeps to one style, a pair in two styles is a slip. In one that mixes straight and curly
    // quotation marks all along (text pasted from several sources), every pair is a coin toss: CL4004's business.
    // Single pairs closed with a straight ' (‘Enough is enough,'”) are an apostrophe key slip, also CL4004's.
    private static bool IsOddOneOut(QuoteMark open, QuoteMark close, QuoteStyleCounts counts)
    {
        if (open.Kind == QuoteKind.Single)
        {
            return false;
        }

        if (open.Style == QuoteStyle.Guillemet || close.Style == QuoteStyle.Guillemet)
        {
            return counts.GuillemetMinority <= MaxMinorityMarks;
        }

        // Quotation marks only: keyboard apostrophes in a curly-quoted text do not make it a mixed one.
        var (straight, typographic) = (counts.StraightQuotes, counts.TypographicQuotes);
        return Math.Min(straight, typographic) <= MaxMinorityMarks;
    }
}
