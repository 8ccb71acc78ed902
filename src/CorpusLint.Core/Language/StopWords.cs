using System.Collections.Frozen;

namespace CorpusLint.Language;

/// <summary>
/// Stop-word lists (the most frequent function words of a language). Their share of a line's words
/// tells prose from chrome (jusText's stop-word density) and one language from another.
/// </summary>
public static class StopWords
{
    public static readonly FrozenSet<string> English = FrozenSet.ToFrozenSet(
        """
        a about above after again against all also am an and any are as at be because been before being
        below between both but by can could did do does doing down during each few for from further had
        has have having he her here hers herself him himself his how i if in into is it its itself just
        me more most my myself no nor not now of off on once only or other our ours ourselves out over
        own same she should so some such than that the their theirs them themselves then there these
        they this those through to too under until up very was we were what when where which while who
        whom why will with would you your yours yourself yourselves said says one two new its like
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Share of <paramref name="words"/> that are English stop words (0 when there are none).</summary>
    public static double EnglishDensity(ReadOnlySpan<char> text, ReadOnlySpan<Model.Word> words, int offset)
    {
        if (words.IsEmpty)
        {
            return 0;
        }

        var lookup = English.GetAlternateLookup<ReadOnlySpan<char>>();
        var hits = 0;
        foreach (var word in words)
        {
            if (lookup.Contains(text.Slice(word.Start - offset, word.Length)))
            {
                hits++;
            }
        }

        return (double)hits / words.Length;
    }
}
