namespace CorpusLint.Model;

/// <summary>Splits each paragraph into sentences by <see cref="SentenceRule"/>.</summary>
internal static class SentenceScanner
{
    /// <summary>
    /// A line at least this long that ends without sentence punctuation runs on into the next line (hard-wrapped
    /// text); a shorter one is a heading, a label or a list item, and its sentence ends with it. Trades wrapped
    /// text split into fragments (too high) against headings glued to the paragraph under them (too low).
    /// </summary>
    public const int WrappedLineMinLength = 40;

    public static Sentence[] Scan(Document document)
    {
        var text = document.Text;
        var sentences = new List<Sentence>(text.Length / 80 + 1);
        foreach (var paragraph in document.Paragraphs)
        {
            var span = text.AsSpan(paragraph.Start, paragraph.Length);
            var start = -1;
            for (var lineIndex = paragraph.FirstLine; lineIndex <= paragraph.LastLine; lineIndex++)
            {
                var line = document.Lines[lineIndex];
                var from = line.Start - paragraph.Start;
                var to = line.End - paragraph.Start;
                for (var i = from; i < to; i++)
                {
                    var c = span[i];
                    if (start < 0)
                    {
                        if (char.IsWhiteSpace(c))
                        {
                            continue;
                        }

                        start = i;
                    }

                    if (SentenceRule.IsMark(c) && SentenceRule.EndAt(span, i) is var end and >= 0)
                    {
                        sentences.Add(new Sentence(paragraph.Start + start, end - start, Terminated: true));
                        start = -1;
                        i = end - 1;
                    }
                }

                if (start >= 0 && !RunsOn(document, lineIndex, paragraph))
                {
                    var end = to;
                    while (end > start && char.IsWhiteSpace(span[end - 1]))
                    {
                        end--;
                    }

                    sentences.Add(new Sentence(paragraph.Start + start, end - start, Terminated: false));
                    start = -1;
                }
            }
        }

        return [.. sentences];
    }

    /// <summary>Whether the sentence left open at the end of line <paramref name="lineIndex"/> goes on in the next line.</summary>
    private static bool RunsOn(Document document, int lineIndex, Paragraph paragraph)
    {
        if (lineIndex >= paragraph.LastLine)
        {
            return false;
        }

        var next = document.Lines[lineIndex + 1];
        var nextText = document.GetText(next).TrimStart();
        if (next.Has(LineShape.ListItem) || nextText.IsEmpty)
        {
            return false;
        }

        return char.IsLower(nextText[0]) || document.GetText(document.Lines[lineIndex]).Trim().Length >= WrappedLineMinLength;
    }
}
