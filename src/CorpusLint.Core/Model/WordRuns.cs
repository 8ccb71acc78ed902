namespace CorpusLint.Model;

/// <summary>Word-by-word comparison of two runs of a document's words, blind to case and to the apostrophe's form.</summary>
public static class WordRuns
{
    /// <summary>Whether <paramref name="needle"/>'s words appear, in order and next to each other, in <paramref name="haystack"/>.</summary>
    public static bool Contains(string text, ReadOnlySpan<Word> haystack, ReadOnlySpan<Word> needle)
    {
        if (needle.IsEmpty)
        {
            return false;
        }

        for (var start = 0; start + needle.Length <= haystack.Length; start++)
        {
            var i = 0;
            while (i < needle.Length && SameWord(text, haystack[start + i], needle[i]))
            {
                i++;
            }

            if (i == needle.Length)
            {
                return true;
            }
        }

        return false;
    }

    private static bool SameWord(string text, Word x, Word y)
    {
        if (x.Length != y.Length)
        {
            return false;
        }

        for (var i = 0; i < x.Length; i++)
        {
            var a = text[x.Start + i];
            var b = text[y.Start + i];
            if (a != b && char.ToLowerInvariant(a) != char.ToLowerInvariant(b) && !(IsApostrophe(a) && IsApostrophe(b)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’';
}
