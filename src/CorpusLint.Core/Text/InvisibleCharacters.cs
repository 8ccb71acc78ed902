namespace CorpusLint.Text;

/// <summary>
/// The format characters a page's text may hold that show nothing: a soft hyphen, zero-width spaces and joiners, a word
/// joiner, a byte-order mark inside the text. CL5003 reports them; the model reads through them, so that a soft hyphen
/// does not hide a boilerplate phrase, nor a zero-width space after a full stop the end of a sentence or a list's number.
/// </summary>
internal static class InvisibleCharacters
{
    public static readonly System.Buffers.SearchValues<char> All = System.Buffers.SearchValues.Create("\u00AD\u200B\u200C\u200D\u2060\uFEFF");

    public static bool IsInvisible(char c) => All.Contains(c);

    /// <summary>An invisible character that joins the letters on its sides into one word: all but the zero-width space.</summary>
    public static bool JoinsWord(char c) => c != '\u200B' && IsInvisible(c);

    /// <summary>Copies <paramref name="word"/> without its invisible characters into <paramref name="visible"/>; returns the length copied.</summary>
    public static int CopyVisible(ReadOnlySpan<char> word, Span<char> visible)
    {
        var length = 0;
        foreach (var c in word)
        {
            if (!IsInvisible(c))
            {
                visible[length++] = c;
            }
        }

        return length;
    }

    /// <summary>Whether <paramref name="words"/> holds <paramref name="word"/> as a reader sees it ("pre&#173;dicted" is "predicted").</summary>
    public static bool ContainsVisible(System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> words, ReadOnlySpan<char> word)
    {
        if (words.Contains(word))
        {
            return true;
        }

        if (!word.ContainsAny(All))
        {
            return false;
        }

        Span<char> visible = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        return words.Contains(visible[..CopyVisible(word, visible)]);
    }
}
