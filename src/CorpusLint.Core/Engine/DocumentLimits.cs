namespace CorpusLint.Engine;

/// <summary>
/// How large a document may be, and from what size it is linted in windows rather than whole. Memory per document
/// in flight is bounded by these numbers, not by the document: the model of a window costs about forty times its size.
/// </summary>
public sealed record DocumentLimits
{
    /// <summary>
    /// The default size limit: positions are 32-bit UTF-16 counts, and UTF-8 never needs fewer bytes than UTF-16 code
    /// units, so every offset and column of a document under it fits.
    /// </summary>
    public const long DefaultMaxDocumentBytes = int.MaxValue;

    /// <summary>Documents up to this size are linted whole; articles are far smaller (a long feature is 100 KB).</summary>
    public const int DefaultWholeDocumentBytes = 4 << 20;

    /// <summary>The part of a larger document that one window reports on: small enough to keep its model near 50 MB.</summary>
    public const int DefaultWindowBytes = 1 << 20;

    /// <summary>
    /// Text read on each side of a window's part so that quotations, sentences and paragraphs cut by the window's edge
    /// are seen whole; a finding is kept only by the window whose part it starts in. Larger margins see longer
    /// structures across an edge, at the cost of linting the margins twice.
    /// </summary>
    public const int DefaultWindowMarginBytes = 16 << 10;

    public static DocumentLimits Default { get; } = new();

    /// <summary>Larger documents, files or standard input, are not linted at all (<c>--max-document-size</c>).</summary>
    public long MaxDocumentBytes { get; init; } = DefaultMaxDocumentBytes;

    public int WholeDocumentBytes { get; init; } = DefaultWholeDocumentBytes;

    public int WindowBytes { get; init; } = DefaultWindowBytes;

    public int WindowMarginBytes { get; init; } = DefaultWindowMarginBytes;
}
