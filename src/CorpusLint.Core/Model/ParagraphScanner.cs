namespace CorpusLint.Model;

/// <summary>Groups non-blank lines into paragraphs at blank lines.</summary>
internal static class ParagraphScanner
{
    public static Paragraph[] Scan(IReadOnlyList<Line> lines)
    {
        var paragraphs = new List<Paragraph>();
        var first = -1;
        for (var i = 0; i <= lines.Count; i++)
        {
            var blank = i == lines.Count || lines[i].IsBlank;
            if (!blank && first < 0)
            {
                first = i;
            }
            else if (blank && first >= 0)
            {
                var last = i - 1;
                paragraphs.Add(new Paragraph(paragraphs.Count, first, last, lines[first].Start, lines[last].End));
                first = -1;
            }
        }

        return [.. paragraphs];
    }
}
