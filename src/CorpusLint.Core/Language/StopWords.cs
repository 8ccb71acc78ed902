using System.Collections.Frozen;

namespace CorpusLint.Language;

/// <summary>
/// The English stop-word list (the most frequent function words). Its share of a line's words tells prose from
/// chrome (jusText's stop-word density; see <see cref="Model.DocumentLanguages.StopWordShare"/>) and English from other languages.
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

    private static readonly WordTable<bool> EnglishTable = new(English.ToFrozenDictionary(word => word, _ => true, StringComparer.OrdinalIgnoreCase));

    /// <summary>True when <paramref name="word"/> is on <see cref="English"/>, without case.</summary>
    public static bool IsEnglish(ReadOnlySpan<char> word) => EnglishTable.Contains(word);
}
