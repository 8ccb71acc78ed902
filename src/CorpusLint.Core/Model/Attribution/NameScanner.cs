namespace CorpusLint.Model.Attribution;

/// <summary>Finds name-like words: capitalised, three letters or more, with at least one lower-case letter.</summary>
internal static class NameScanner
{
    public static IReadOnlyList<NameMention> Scan(Document document)
    {
        var text = document.Text;
        var mentions = new PooledArrayBuilder<NameMention>(document.Words.Count / 8);
        foreach (var word in document.Words)
        {
            var span = text.AsSpan(word.Start, word.Length);
            span = StripPossessive(span);
            if (span.Length < 3 || !char.IsUpper(span[0]) || !IsNameShaped(span))
            {
                continue;
            }

            // Only a name outside ASCII is folded: that is the rare one with a variant spelling.
            var foldsToAscii = !System.Text.Ascii.IsValid(span) && !span.SequenceEqual(NameFolding.Fold(span.ToString()));
            mentions.Add(new NameMention(word.Start, span.Length, document.OpensSentence(word.Start), foldsToAscii));
        }

        return mentions.ToArrayAndReturn();
    }

    private static ReadOnlySpan<char> StripPossessive(ReadOnlySpan<char> word)
    {
        if (word.Length > 2 && word[^2] is '’' or '\'' && word[^1] is 's' or 'S')
        {
            return word[..^2];
        }

        return word.Length > 1 && word[^1] is '’' or '\'' ? word[..^1] : word;
    }

    /// <summary>Letters only (and inner hyphens or apostrophes), with at least one lower-case letter, so not an acronym.</summary>
    private static bool IsNameShaped(ReadOnlySpan<char> word)
    {
        var letters = 0;
        var lower = false;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                letters++;
                lower |= char.IsLower(c);
            }
            else if (c is not ('-' or '‐' or '\'' or '’') && char.GetUnicodeCategory(c) is not (System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark))
            {
                return false;
            }
        }

        return letters >= 3 && lower;
    }
}
