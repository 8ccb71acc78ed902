namespace CorpusLint.Model;

/// <summary>Splits each paragraph into sentences by <see cref="SentenceRule"/>.</summary>
internal static class SentenceScanner
{
    /// <summary>Fewest words of a line that can run on into the next: a shorter one is a heading, a label or a menu entry.</summary>
    private const int WrappedLineMinWords = 4;

    public static Sentence[] Scan(Document document)
    {
        var text = document.Text;
        var sentences = new PooledArrayBuilder<Sentence>(text.Length / 80 + 1);
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
                    if (start < 0)
                    {
                        if (char.IsWhiteSpace(span[i]))
                        {
                            continue;
                        }

                        start = i;
                    }

                    // Only a mark can end a sentence: go to the line's next one in a vectorized search.
                    var toMark = SentenceRule.IndexOfMark(span[i..to]);
                    if (toMark < 0)
                    {
                        break;
                    }

                    i += toMark;
                    if (SentenceRule.EndAt(span, i) is var end and >= 0)
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

        return sentences.ToArrayAndReturn();
    }

    /// <summary>
    /// Whether the sentence left open at the end of line <paramref name="lineIndex"/> goes on in the next line (hard-wrapped
    /// text): the wrapper broke the line there (<see cref="HardWraps"/>), the next line starts in lower case, or this one
    /// stops where no sentence can (a comma, a hyphen, "the", "and"). A heading, a label or a menu entry ends with its line.
    /// </summary>
    private static bool RunsOn(Document document, int lineIndex, Paragraph paragraph)
    {
        if (lineIndex >= paragraph.LastLine)
        {
            return false;
        }

        if (document.HardWraps?.RunsOn(lineIndex) == true)
        {
            return true;
        }

        var next = document.Lines[lineIndex + 1];
        var nextText = document.GetText(next).TrimStart();
        if (next.Has(LineShape.ListItem) || nextText.IsEmpty)
        {
            return false;
        }

        // A line that opens with a comma or a full stop goes on with the one above, however short that is: a scraper that
        // prints each text node on its line breaks a sentence before and after each of its links ("the", "Yankees",
        // ", report ...").
        if (nextText[0] is ',' or '.' or ';' or ':' or ')' && (nextText.Length == 1 || !char.IsDigit(nextText[1])))
        {
            return true;
        }

        if (document.Lines[lineIndex].WordCount < WrappedLineMinWords)
        {
            return false;
        }

        var text = document.GetText(document.Lines[lineIndex]).TrimEnd();
        // A line cut off with an ellipsis is a teaser's excerpt ("... Active Noise Cancellat..."): what stands under it is
        // another block, whatever case it opens with. (A hard wrap after a pause in a sentence was answered above.)
        if (text.IsEmpty || text.EndsWith("...", StringComparison.Ordinal) || text[^1] == '…')
        {
            return false;
        }

        if (char.IsLower(nextText[0]))
        {
            return true;
        }

        if (text[^1] is ',' or ';' or '-' or '–' or '—' or '(' or '&')
        {
            return true;
        }

        var start = text.Length;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        // "... and More": a capitalised last word is a title's, not a sentence broken off.
        return start < text.Length && (start == 0 || char.IsWhiteSpace(text[start - 1])) && char.IsLower(text[start])
            && Language.LanguageProfiles.IsStopWord(text[start..]);
    }
}
