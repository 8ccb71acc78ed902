using System.Collections.Frozen;
using System.Numerics;
using CorpusLint.Model;

namespace CorpusLint.Language;

/// <summary>A language known by its stop words.</summary>
public sealed record LanguageProfile(int Index, string Code, string Name);

/// <summary>
/// Stop-word profiles of the languages most often met in European news archives. A word shared by
/// several languages ("de", "la", "in") counts for each of them by a share (1/n), so the words that
/// belong to one language only decide. Elided articles and prepositions (Italian and French
/// <c>l’</c>, <c>dell’</c>, <c>qu’</c>) are recognised before the apostrophe.
/// </summary>
public static class LanguageProfiles
{
    public static readonly IReadOnlyList<LanguageProfile> All =
    [
        new(0, "en", "English"),
        new(1, "it", "Italian"),
        new(2, "es", "Spanish"),
        new(3, "fr", "French"),
        new(4, "de", "German"),
        new(5, "pt", "Portuguese"),
        new(6, "nl", "Dutch"),
        new(7, "sh", "Serbo-Croatian"),
        new(8, "ru", "Russian"),
    ];

    public static int Count => All.Count;

    public static LanguageProfile English => All[0];

    private static readonly string[] Lists =
    [
        // English: the shared list (see StopWords.English).
        string.Join(' ', StopWords.English),

        // Italian
        """
        il lo la i gli le un una uno di del della dei degli delle dello al alla ai agli alle allo da dal dalla dai dagli
        dalle nel nella nei negli nelle nello sul sulla sui sugli sulle con per tra fra che chi cui non è sono era erano
        essere stato stata ha hanno abbiamo ho aveva come anche più ma se perché quando dove questo questa questi queste
        quello quella suo sua suoi sue loro mio mia nostro nostra e ed o ci si ne già molto dopo prima sempre ancora poi
        tutto tutti presso circa però cosa stati sia fino verso ogni a
        """,

        // Spanish
        """
        el la los las un una unos unas de del al en con por para que y o pero como más se su sus es son era fue ser está
        están ha han había le les lo no sí muy ya cuando donde este esta estos estas ese esa también entre sobre sin hasta
        desde porque todo todos nos él ella ellos nuestro hay según durante tras cual sido fueron puede a
        """,

        // French
        """
        le la les un une des du de au aux et ou mais que qui quoi dont où ne pas plus est sont était été être avoir a ont
        avait il elle ils elles nous vous je on ce cette ces son sa ses leur leurs dans sur avec pour par sans sous entre
        comme aussi très tout tous après avant depuis se lui y en selon encore ça fait peut
        """,

        // German
        """
        der die das den dem des ein eine einer eines einem einen und oder aber nicht ist sind war waren sein hat haben
        wird werden wurde mit von zu zum zur im in auf für bei aus nach über unter vor als auch noch nur schon wie wenn
        dass daß sich er sie es wir ihr ich man kein keine dieser diese dieses durch gegen um am beim sei hatte seit
        """,

        // Portuguese
        """
        o a os as um uma uns umas de do da dos das em no na nos nas por pelo pela pelos pelas para com sem que e ou mas
        como mais se seu sua seus suas é são era foi ser está estão tem têm não sim muito já quando onde este esta isso
        também entre sobre até desde porque ele ela eles elas ao aos à às foram pode ainda
        """,

        // Dutch
        """
        de het een en of maar niet is zijn was waren wordt worden werd heeft hebben had van in op te met voor door bij uit
        naar over onder als ook nog al dan wat wie die dat deze dit er hij zij ze wij we ik je u om tot tegen zonder geen
        veel meer zo nu hun
        """,

        // Serbo-Croatian (Latin script)
        """
        i u je su da se na za od do sa s iz o ne ali ili kao što šta koji koja koje kojeg kojem bi će biti bio bila bilo
        bili nije smo ste sam si to taj ta te ovaj ova ovo tog tom njegov njegova njihov još samo već kada gdje gde jer
        pa a li oko prema nakon tokom između preko ima nema treba
        """,

        // Russian
        """
        и в не на я что он с как а то все она так его но да ты к у же вы за бы по только ее её мне было вот от меня еще
        ещё нет о из ему теперь когда даже ли если уже или ни быть был него до вас там потом себя ничего ей может они
        тут где есть надо ней для мы тебя их чем была сам без чего тоже себе под будет тогда кто этот того потому этого
        какой здесь этом один мой тем чтобы сейчас были можно при об после над больше тот через эти нас про всего них
        много эту этой перед такой им более всегда между это также года который которые которая
        """,
    ];

    // Elided forms, written before an apostrophe: l’Università, dell’anno, qu’il, d’un.
    private static readonly (int Language, string Words)[] Elisions =
    [
        (1, "l d dell all nell sull dall un quest c po"),
        (3, "l d qu n s c j m t jusqu lorsqu puisqu"),
    ];

    private static readonly FrozenDictionary<string, int> WordMasks = BuildMasks(Lists.Select((words, i) => (i, words)));

    private static readonly FrozenDictionary<string, int> ElisionMasks = BuildMasks(Elisions);

    /// <summary>
    /// Adds to <paramref name="scores"/> (one slot per profile) the stop-word weight of each word.
    /// <paramref name="text"/> starts at <paramref name="offset"/> in the document.
    /// </summary>
    /// <returns>The number of words that were stop words of some language.</returns>
    public static int Score(ReadOnlySpan<char> text, ReadOnlySpan<Word> words, int offset, Span<double> scores) =>
        Score(text, words, offset, scores, []);

    /// <summary>
    /// As <see cref="Score(ReadOnlySpan{char}, ReadOnlySpan{Word}, int, Span{double})"/>, and adds to <paramref name="counts"/>
    /// (one slot per profile, or empty) the words that are in each language's list as written (the stop-word density of jusText).
    /// </summary>
    public static int Score(ReadOnlySpan<char> text, ReadOnlySpan<Word> words, int offset, Span<double> scores, Span<int> counts)
    {
        var lookup = WordMasks.GetAlternateLookup<ReadOnlySpan<char>>();
        var elisions = ElisionMasks.GetAlternateLookup<ReadOnlySpan<char>>();
        var hits = 0;
        foreach (var word in words)
        {
            var span = text.Slice(word.Start - offset, word.Length);
            var listed = lookup.TryGetValue(span, out var mask);
            if (listed && !counts.IsEmpty)
            {
                for (var language = 0; language < counts.Length && language < Count; language++)
                {
                    counts[language] += (mask >> language) & 1;
                }
            }

            // A capital letter alone is an initial ("C Paterson, S Webster"), not a word of the language.
            if (span.Length == 1 && char.IsUpper(span[0]))
            {
                continue;
            }

            if (!listed)
            {
                var apostrophe = span.IndexOfAny('\'', '’');
                if (apostrophe <= 0 || !elisions.TryGetValue(span[..apostrophe], out mask))
                {
                    continue;
                }
            }

            hits++;
            var share = 1.0 / BitOperations.PopCount((uint)mask);
            for (var language = 0; language < scores.Length && language < Count; language++)
            {
                if ((mask & (1 << language)) != 0)
                {
                    scores[language] += share;
                }
            }
        }

        return hits;
    }

    /// <summary>True when <paramref name="word"/> is a stop word of any of the profiles' languages ("the", "und", "de").</summary>
    public static bool IsStopWord(ReadOnlySpan<char> word) => WordMasks.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word);

    /// <summary>
    /// Share of <paramref name="words"/> that are stop words of <paramref name="language"/> (jusText's stop-word density);
    /// 0 when there are no words. <paramref name="text"/> is the document's text.
    /// </summary>
    public static double StopWordShare(ReadOnlySpan<char> text, ReadOnlySpan<Word> words, LanguageProfile language)
    {
        if (words.IsEmpty)
        {
            return 0;
        }

        var lookup = WordMasks.GetAlternateLookup<ReadOnlySpan<char>>();
        var bit = 1 << language.Index;
        var hits = 0;
        foreach (var word in words)
        {
            if (lookup.TryGetValue(text.Slice(word.Start, word.Length), out var mask) && (mask & bit) != 0)
            {
                hits++;
            }
        }

        return (double)hits / words.Length;
    }

    private static FrozenDictionary<string, int> BuildMasks(IEnumerable<(int Language, string Words)> lists)
    {
        var masks = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (language, words) in lists)
        {
            foreach (var word in words.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
            {
                masks[word] = masks.GetValueOrDefault(word) | (1 << language);
            }
        }

        return masks.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
