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
    public static bool JoinsWord(char c) => c is '\u00AD' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';
}
