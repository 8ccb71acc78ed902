namespace CorpusLint.Language;

/// <summary>The writing system a letter belongs to, as far as telling languages and prose apart needs.</summary>
public enum Script
{
    /// <summary>No letters (numbers, symbols only).</summary>
    None,
    Latin,
    Cyrillic,
    Greek,

    /// <summary>Chinese characters and Japanese kana: written without spaces between words.</summary>
    Cjk,

    /// <summary>Korean hangul: spaces between words, but one syllable says as much as a Chinese character.</summary>
    Hangul,
    Arabic,
    Hebrew,
    Devanagari,
    Thai,
    Other,
}

public static class Scripts
{
    public const int Count = (int)Script.Other + 1;

    /// <summary>The characters <see cref="CountDenseCharacters"/> counts: kana and CJK ideographs, and Hangul syllables.</summary>
    private static readonly System.Buffers.SearchValues<char> DenseCharacters =
        Text.CharacterSets.Where(c => c is >= '\u3040' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF');

    public static Script Of(char c) => c switch
    {
        <= '\u024F' => char.IsLetter(c) ? Script.Latin : Script.None,
        >= '\u0370' and <= '\u03FF' => Script.Greek,
        >= '\u0400' and <= '\u052F' => Script.Cyrillic,
        >= '\u0590' and <= '\u05FF' => Script.Hebrew,
        >= '\u0600' and <= '\u06FF' => Script.Arabic,
        >= '\u0900' and <= '\u097F' => Script.Devanagari,
        >= '\u0E00' and <= '\u0E7F' => Script.Thai,
        >= '\u1E00' and <= '\u1EFF' => Script.Latin,
        >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' => Script.Cjk,
        >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF' => Script.Hangul,
        _ => char.IsLetter(c) ? Script.Other : Script.None,
    };

    /// <summary>Scripts whose characters each carry about a word's worth of meaning (see <see cref="CountDenseCharacters"/>).</summary>
    public static bool IsDense(Script script) => script is Script.Cjk or Script.Hangul;

    /// <summary>
    /// Characters of Chinese, Japanese and Korean: those scripts say in one character what an alphabet says in two or
    /// more, so a line of them is longer than its length, and (Chinese, Japanese) holds words no space separates.
    /// </summary>
    public static int CountDenseCharacters(ReadOnlySpan<char> text)
    {
        if (!text.ContainsAny(DenseCharacters))
        {
            return 0;
        }

        var count = 0;
        foreach (var c in text)
        {
            count += DenseCharacters.Contains(c) ? 1 : 0;
        }

        return count;
    }
}
