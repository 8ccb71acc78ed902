using System.Buffers;

namespace CorpusLint.Model;

/// <summary>The quotation-mark characters the model knows, with their kind and style.</summary>
public static class QuoteChars
{
    /// <summary>Every character the quotation scanner looks at.</summary>
    public const string All = "\"'“”‘’«»„‚‹›";

    public static readonly SearchValues<char> Values = SearchValues.Create(All);

    public static bool IsQuote(char c) => Values.Contains(c);

    public static QuoteKind KindOf(char c) => c is '\'' or '‘' or '’' or '‚' or '‹' or '›' ? QuoteKind.Single : QuoteKind.Double;

    public static QuoteStyle StyleOf(char c) => c switch
    {
        '"' or '\'' => QuoteStyle.Straight,
        '«' or '»' or '‹' or '›' => QuoteStyle.Guillemet,
        _ => QuoteStyle.Typographic,
    };

    /// <summary>The character for <paramref name="role"/> of a mark of <paramref name="kind"/> in <paramref name="style"/> (English conventions).</summary>
    public static char For(QuoteStyle style, QuoteKind kind, QuoteRole role) => (style, kind, role) switch
    {
        (QuoteStyle.Straight, QuoteKind.Double, _) => '"',
        (QuoteStyle.Straight, QuoteKind.Single, _) => '\'',
        (QuoteStyle.Guillemet, QuoteKind.Double, QuoteRole.Opening) => '«',
        (QuoteStyle.Guillemet, QuoteKind.Double, _) => '»',
        (QuoteStyle.Guillemet, QuoteKind.Single, QuoteRole.Opening) => '‹',
        (QuoteStyle.Guillemet, QuoteKind.Single, QuoteRole.Apostrophe) => '’',
        (QuoteStyle.Guillemet, QuoteKind.Single, _) => '›',
        (_, QuoteKind.Double, QuoteRole.Opening) => '“',
        (_, QuoteKind.Double, _) => '”',
        (_, QuoteKind.Single, QuoteRole.Opening) => '‘',
        _ => '’',
    };

    /// <summary>s, t, re, ll, ve, d, m and then not a letter: the end of a word cut off by a space (isn ‘t, Thaçi ’s).</summary>: the end of a word cut off by a space (isn ‘t, Thaçi ’s).
    public static bool IsClitic(string text, int i)
    {
        var length = 0;
        while (i + length < text.Length && length < 3 && char.IsLetter(text[i + length]))
        {
            length++;
        }

        if (length == 0 || (i + length < text.Length && char.IsLetter(text[i + length])))
        {
            return false;
        }

        return text.AsSpan(i, length) is "s" or "t" or "re" or "ll" or "ve" or "d" or "m" or "S" or "T";
    }
}
