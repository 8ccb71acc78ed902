namespace CorpusLint.Model;

/// <summary>How a quotation ends.</summary>
public enum QuotationStatus : byte
{
    /// <summary>Closed by a mark of the same style.</summary>
    Closed,

    /// <summary>Closed by a mark of another style (“...", «...”).</summary>
    Mismatched,

    /// <summary>
    /// Left open and taken up again by <see cref="Quotation.ContinuedBy"/>: the next paragraph starts by
    /// reopening it (the newswire convention), or, in paragraphs merged onto one line, a new sentence reopens it.
    /// </summary>
    Continued,

    /// <summary>Never closed in its paragraph and not continued.</summary>
    Unclosed,

    /// <summary>
    /// Opened with a straight " at the start of a sentence or clause and still open where its paragraph ends a
    /// sentence: read as running to the end of the paragraph (wire copy that lost its reopening or closing mark
    /// when paragraphs were merged). Straight marks do not say which way they face, so this is not reported.
    /// </summary>
    RunsToParagraphEnd,

    /// <summary>
    /// Never closed, on a line an ellipsis cuts short right after a word (a teaser or a headline shortened to fit a box:
    /// <c>Mayor: ‘We will keep every...</c>): its closing mark, if it had one, was cut with the rest of the line.
    /// </summary>
    CutShort,
}

/// <summary>
/// One quotation: from its opening mark to its closing mark (or to where it stops). Quotations that run
/// over several paragraphs are chains linked by <see cref="ContinuesFrom"/> and <see cref="ContinuedBy"/>;
/// <see cref="QuotationSet.GetChainStart"/> finds the first part (the one usually attributed).
/// </summary>
/// <param name="Index">Position in <see cref="QuotationSet.Quotations"/> (ordered by opening offset).</param>
/// <param name="Open">The opening mark.</param>
/// <param name="Close">The closing mark, or null when the quotation is continued or unclosed.</param>
/// <param name="ContentEnd">Offset just past the quoted text: the closing mark, the reopening point, or the paragraph end.</param>
/// <param name="Paragraph">Index of the paragraph that holds the opening mark (see <see cref="Document.Paragraphs"/>).</param>
/// <param name="Depth">0 for a top-level quotation, 1 for one nested inside another, ...</param>
/// <param name="Parent">Index of the enclosing quotation, or -1.</param>
/// <param name="Status">Closed, mismatched, continued or unclosed.</param>
/// <param name="ContinuesFrom">Index of the quotation this one continues, or -1.</param>
/// <param name="ContinuedBy">Index of the quotation that continues this one, or -1.</param>
public readonly record struct Quotation(
    int Index,
    QuoteMark Open,
    QuoteMark? Close,
    int ContentEnd,
    int Paragraph,
    int Depth,
    int Parent,
    QuotationStatus Status,
    int ContinuesFrom,
    int ContinuedBy)
{
    /// <summary>Offset of the first quoted character (just after the opening mark).</summary>
    public int ContentStart => Open.Offset + 1;

    public int ContentLength => ContentEnd - ContentStart;

    /// <summary>Offset of the opening mark.</summary>
    public int Start => Open.Offset;

    /// <summary>Offset just past the closing mark, or the end of the content.</summary>
    public int End => Close is { } close ? close.Offset + 1 : ContentEnd;

    public bool IsContinuation => ContinuesFrom >= 0;

    public bool IsContinued => ContinuedBy >= 0;
}
