using CorpusLint.Language;

namespace CorpusLint.Model;

/// <summary>
/// The casing of a span of text, the one measure behind every "title case" and "all caps" test: how many of its
/// words start with a capital (or hold one, as "iPhone"), counting only the words that title case capitalises (not
/// the stop words it leaves in lower case: "Conversations with a Cryptid"), and whether its letters are all capitals.
/// </summary>
public readonly record struct Casing(int Words, int ContentWords, int CapitalisedContentWords, int Letters, int UpperLetters)
{
    /// <summary>Share of the content words that must be capitalised for title case; a lower-case brand ("eBay") or a "via" is tolerated.</summary>
    public const double TitleCaseShare = 0.75;

    /// <summary>Fewest letters for all capitals to mean anything ("AP" or "UK" alone are initials, not shouting).</summary>
    public const int MinAllCapsLetters = 6;

    /// <summary>Title case: three quarters or more of the content words capitalised, as in a headline or a menu item.</summary>
    public bool IsTitleCase => ContentWords > 0 && CapitalisedContentWords >= TitleCaseShare * ContentWords;

    /// <summary>Every letter a capital, with enough letters to tell (a masthead, a wire slug, a shouted label).</summary>
    public bool IsAllCaps => Letters >= MinAllCapsLetters && UpperLetters == Letters;

    public static Casing Of(ReadOnlySpan<char> text)
    {
        int words = 0, content = 0, capitalised = 0, letters = 0, upper = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var hasUpper = false;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '\'' or '’' or '-' && i + 1 < text.Length && char.IsLetter(text[i + 1])))
            {
                if (char.IsLetter(text[i]))
                {
                    letters++;
                    var isUpper = char.IsUpper(text[i]);
                    upper += isUpper ? 1 : 0;
                    hasUpper |= isUpper;
                }

                i++;
            }

            words++;
            var word = text[start..i];
            // The first word of a title is capitalised whatever it is; later stop words stay in lower case.
            if (words == 1 || !StopWords.IsEnglish(word))
            {
                content++;
                capitalised += hasUpper ? 1 : 0;
            }
        }

        return new Casing(words, content, capitalised, letters, upper);
    }
}
