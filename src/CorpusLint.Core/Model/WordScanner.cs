namespace CorpusLint.Model;

internal static class WordScanner
{
    public static Word[] Scan(string text, IReadOnlyList<MarkdownLink> links) => WithoutLinkTargets(text, Scan(text), links);

    private static Word[] Scan(string text)
    {
        var words = new PooledArrayBuilder<Word>(text.Length / 6);
        var span = text.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            if (!IsWordChar(span[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < span.Length)
            {
                if (IsWordChar(span[i]))
                {
                    i++;
                }
                else if (span[i] is '\'' or '’' or '-' or '‐' && i + 1 < span.Length && char.IsLetter(span[i + 1]) && i > start)
                {
                    i++;
                }
                else if (Text.InvisibleCharacters.JoinsWord(span[i]) && i + 1 < span.Length && IsWordChar(span[i + 1]) && i > start)
                {
                    // "news­letter" with a soft hyphen is one word, as a reader sees it.
                    i++;
                }
                else
                {
                    break;
                }
            }

            words.Add(new Word(start, i - start));
        }

        return words.ToArrayAndReturn();
    }

    /// <summary>
    /// The words but those inside the target of an inline link or image, the reference of a reference link, a link
    /// definition, or of the picture a link wraps (<c>[![alt](src)](href)</c> shows "alt"); a bare URL is read as it is printed.
    /// </summary>
    private static Word[] WithoutLinkTargets(string text, Word[] words, IReadOnlyList<MarkdownLink> links)
    {
        var hidden = 0;
        foreach (var link in links)
        {
            hidden += link.HidesSyntax ? 1 : 0;
        }

        if (hidden == 0)
        {
            return words;
        }

        var kept = new List<Word>(words.Length);
        var l = 0;
        foreach (var word in words)
        {
            while (l < links.Count && links[l].End <= word.Start)
            {
                l++;
            }

            if (!(l < links.Count && links[l] is { HidesSyntax: true } link && IsSyntax(text, link, word.Start)))
            {
                kept.Add(word);
            }
        }

        return [.. kept];
    }

    /// <summary>
    /// Whether <paramref name="offset"/> falls in what a link does not show: its target, and, when its label opens with a
    /// picture, the picture's address (<c>[![alt](src)By Jane Roe](href)</c> shows "alt" and "By Jane Roe").
    /// </summary>
    private static bool IsSyntax(string text, MarkdownLink link, int offset)
    {
        var labelEnd = link.LabelStart + link.LabelLength;
        if (offset >= labelEnd)
        {
            return offset < link.End;
        }

        return link.LeadingPicture(text) is { } picture && offset >= picture.AltEnd && offset < picture.End;
    }

    /// <summary>A letter, digit or combining mark; ASCII (most of an English archive's text) has no marks to look up.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsWordChar(char c) =>
        char.IsAscii(c)
            ? char.IsAsciiLetterOrDigit(c)
            : char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
}
