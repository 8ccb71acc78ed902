namespace CorpusLint.Model;

/// <summary>A run of non-blank lines between blank lines. A paragraph may be a single long line.</summary>
public sealed record Paragraph(int Index, int FirstLine, int LastLine, int Start, int End)
{
    public int Length => End - Start;

    public int LineCount => LastLine - FirstLine + 1;
}
