namespace CorpusLint.Model;

/// <summary>What a line looks like on its own, before anything is known about the article around it.</summary>
[Flags]
public enum LineShape
{
    None = 0,

    /// <summary>Empty or only whitespace.</summary>
    Blank = 1 << 0,

    /// <summary>Short (fewer than <see cref="Line.ShortWordLimit"/> words) and without sentence-ending punctuation.</summary>
    Short = 1 << 1,

    /// <summary>A Markdown heading (<c># Title</c>) or a short line in title case with no final punctuation.</summary>
    HeadingLike = 1 << 2,

    /// <summary>Starts with a list bullet or number (<c>- </c>, <c>* </c>, <c>• </c>, <c>1. </c>).</summary>
    ListItem = 1 << 3,

    /// <summary>Nothing but links, URLs, bullets and separators.</summary>
    LinkOnly = 1 << 4,

    /// <summary>Ends in sentence punctuation (. ! ? … or a closing quotation mark after one).</summary>
    EndsSentence = 1 << 5,
}

/// <summary>One line of a document: where it starts, how long it is (terminator excluded) and its shape.</summary>
public readonly record struct Line(int Index, int Start, int Length, int TerminatorLength, LineShape Shape, int WordCount)
{
    public const int ShortWordLimit = 6;

    /// <summary>1-based line number, as reported.</summary>
    public int Number => Index + 1;

    /// <summary>Offset just past the last character of the line's content.</summary>
    public int End => Start + Length;

    public bool IsBlank => (Shape & LineShape.Blank) != 0;

    public bool Has(LineShape shape) => (Shape & shape) == shape;
}
