using System.Collections.Frozen;
using System.Numerics;
using System.Text;

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

    private static readonly WordTable<int> WordLookup = new(WordMasks);

    /// <summary>The languages whose stop-word list holds <paramref name="word"/> as written: bit i for profile i, 0 for none.</summary>
    public static int ListedMask(ReadOnlySpan<char> word) => WordLookup.TryGetValue(word, out var mask) ? mask : 0;

    /// <summary>
    /// The languages a word counts for when telling languages apart (<see cref="AddScore"/>):
    /// its <paramref name="listed"/> mask, or its elided form's ("dell’anno"); none for a capital letter alone, an initial.
    /// </summary>
    public static int ScoredMask(ReadOnlySpan<char> word, int listed)
    {
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return 0;
        }

        if (listed != 0)
        {
            return listed;
        }

        var apostrophe = word.IndexOfAny('\'', '’');
        return apostrophe > 0 && ElisionMasks.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word[..apostrophe], out var elided) ? elided : 0;
    }

    /// <summary>Adds a word of <paramref name="mask"/> to the scores: a share of one to each of its languages.</summary>
    public static void AddScore(int mask, Span<double> scores)
    {
        var share = 1.0 / BitOperations.PopCount((uint)mask);
        for (var language = 0; language < scores.Length && language < Count; language++)
        {
            if ((mask & (1 << language)) != 0)
            {
                scores[language] += share;
            }
        }
    }

    /// <summary>True when <paramref name="word"/> is a stop word of any of the profiles' languages ("the", "und", "de").</summary>
    public static bool IsStopWord(ReadOnlySpan<char> word) => ListedMask(word) != 0;

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
