namespace CorpusLint.Model;

/// <summary>
/// The quotation marks of a document and the quotations they make, built once by <see cref="QuotationScanner"/>
/// and shared by every rule (<see cref="Document.Quotations"/>).
/// </summary>
public sealed class QuotationSet
{
    private readonly QuoteMark[] _marks;
    private readonly Quotation[] _quotations;
    private readonly QuoteMark[] _unopened;
    private readonly QuoteMark[] _loose;

    internal QuotationSet(QuoteMark[] marks, Quotation[] quotations, QuoteMark[] unopened, QuoteMark[] loose)
    {
        _loose = loose;
        _marks = marks;
        _quotations = quotations;
        _unopened = unopened;
    }

    private QuoteStyleCounts? _styleCounts;

    /// <summary>How many marks of each style the document has (for style rules).</summary>
    public QuoteStyleCounts StyleCounts => _styleCounts ??= QuoteStyleCounts.Count(_marks);

    /// <summary>Every quotation mark and apostrophe in text order, with its role.</summary>
    public IReadOnlyList<QuoteMark> Marks => _marks;

    /// <summary>Every quotation in order of its opening mark.</summary>
    public IReadOnlyList<Quotation> Quotations => _quotations;

    /// <summary>Closing marks with no opening mark to pair with, in text order.</summary>
    public IReadOnlyList<QuoteMark> UnopenedClosings => _unopened;

    /// <summary>
    /// Straight " closing marks with nothing open: they close a quotation opened before their paragraph (wire copy
    /// drops the mark that reopens a quotation at a paragraph start). Not reported; listed for attribution rules.
    /// </summary>
    public IReadOnlyList<QuoteMark> LooseClosings => _loose;

    /// <summary>Quotations never closed and not continued.</summary>
    public IEnumerable<Quotation> Unclosed => _quotations.Where(q => q.Status == QuotationStatus.Unclosed);

    /// <summary>Quotations opened in one style and closed in another.</summary>
    public IEnumerable<Quotation> Mismatched => _quotations.Where(q => q.Status == QuotationStatus.Mismatched);

    /// <summary>The marks inside [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public ReadOnlySpan<QuoteMark> GetMarks(int start, int end)
    {
        var first = LowerBound(_marks, start);
        var last = LowerBound(_marks, end);
        return _marks.AsSpan(first, last - first);
    }

    public ReadOnlySpan<QuoteMark> GetMarks(Paragraph paragraph) => GetMarks(paragraph.Start, paragraph.End);

    public ReadOnlySpan<QuoteMark> GetMarks(Line line) => GetMarks(line.Start, line.End);

    /// <summary>The quotations opened inside [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public ReadOnlySpan<Quotation> GetQuotations(int start, int end)
    {
        var first = LowerBound(_quotations, start);
        var last = LowerBound(_quotations, end);
        return _quotations.AsSpan(first, last - first);
    }

    /// <summary>The quotations opened in <paramref name="paragraph"/>.</summary>
    public ReadOnlySpan<Quotation> GetQuotations(Paragraph paragraph) => GetQuotations(paragraph.Start, paragraph.End);

    /// <summary>The quotation that continues <paramref name="quotation"/> (next paragraph or next sentence), if any.</summary>
    public Quotation? GetContinuation(Quotation quotation) =>
        quotation.ContinuedBy >= 0 ? _quotations[quotation.ContinuedBy] : null;

    /// <summary>The quotation <paramref name="quotation"/> continues, if any.</summary>
    public Quotation? GetPrevious(Quotation quotation) =>
        quotation.ContinuesFrom >= 0 ? _quotations[quotation.ContinuesFrom] : null;

    /// <summary>The first part of the chain <paramref name="quotation"/> belongs to (itself when it continues nothing).</summary>
    public Quotation GetChainStart(Quotation quotation)
    {
        while (quotation.ContinuesFrom >= 0)
        {
            quotation = _quotations[quotation.ContinuesFrom];
        }

        return quotation;
    }

    /// <summary>The innermost quotation whose content contains <paramref name="offset"/>, if any.</summary>
    public Quotation? GetQuotationAt(int offset)
    {
        // A quotation that does not contain the offset can only be inside one that does: walk up the parents.
        var index = LowerBound(_quotations, offset) - 1;
        while (index >= 0)
        {
            var q = _quotations[index];
            if (q.ContentStart <= offset && offset < q.ContentEnd)
            {
                return q;
            }

            index = q.Parent;
        }

        return null;
    }

    private static int LowerBound(QuoteMark[] marks, int offset)
    {
        int low = 0, high = marks.Length;
        while (low < high)
        {
            var middle = (low + high) >> 1;
            if (marks[middle].Offset < offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private static int LowerBound(Quotation[] quotations, int offset)
    {
        int low = 0, high = quotations.Length;
        while (low < high)
        {
            var middle = (low + high) >> 1;
            if (quotations[middle].Open.Offset < offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
