namespace CorpusLint.Language;

/// <summary>
/// Tells whether a text holds any of a set of phrases (ordinal, anywhere): what <c>SearchValues&lt;string&gt;</c>
/// answers, written here because for the boilerplate table (hundreds of lower-case phrases) the BCL builds an
/// Aho-Corasick automaton that looks every character up in a dictionary, 9% of a lint run's CPU (perf, benchmarks/README).
/// Each phrase of three or more characters is filed under its rarest three consecutive characters (by English letter
/// frequency: "subscribe" under "bsc", not "sub"), so that few positions of prose reach a comparison; one bit per hash of
/// a trigram rejects almost every position of a text at once, and a position that passes is compared with the phrases
/// filed there, each aligned on where its trigram sits in it. Shorter phrases ("©") are searched for one by one.
/// </summary>
internal sealed class PhraseIndex
{
    private const int HashBits = 16;

    /// <summary>Lower-case letters from the most to the least frequent in English text.</summary>
    private const string LettersByFrequency = "etaoinshrdlcumwfgypbvkjxqz";

    private readonly ulong[] _filter = new ulong[(1 << HashBits) / 64];
    private readonly Dictionary<ulong, (string Phrase, int Offset)[]> _byTrigram;
    private readonly string[] _short;

    public PhraseIndex(IEnumerable<string> phrases)
    {
        // Plain loops, not LINQ over tuples: ReadyToRun leaves such generic instantiations to the JIT at every start.
        var shortPhrases = new List<string>();
        var filed = new Dictionary<ulong, List<(string, int)>>();
        foreach (var phrase in new HashSet<string>(phrases, StringComparer.Ordinal))
        {
            if (phrase.Length < 3)
            {
                if (phrase.Length > 0)
                {
                    shortPhrases.Add(phrase);
                }

                continue;
            }

            var offset = RarestTrigram(phrase);
            var key = Key(phrase[offset], phrase[offset + 1], phrase[offset + 2]);
            if (!filed.TryGetValue(key, out var list))
            {
                filed[key] = list = [];
                var hash = Hash(key);
                _filter[hash >> 6] |= 1UL << (int)(hash & 63);
            }

            list.Add((phrase, offset));
        }

        _short = [.. shortPhrases];
        _byTrigram = new Dictionary<ulong, (string Phrase, int Offset)[]>(filed.Count);
        foreach (var (key, list) in filed)
        {
            _byTrigram[key] = [.. list];
        }
    }

    public bool ContainsAny(ReadOnlySpan<char> text)
    {
        foreach (var phrase in _short)
        {
            if (text.Contains(phrase, StringComparison.Ordinal))
            {
                return true;
            }
        }

        for (var i = 0; i + 3 <= text.Length; i++)
        {
            var key = Key(text[i], text[i + 1], text[i + 2]);
            var hash = Hash(key);
            if ((_filter[hash >> 6] & (1UL << (int)(hash & 63))) == 0 || !_byTrigram.TryGetValue(key, out var candidates))
            {
                continue;
            }

            foreach (var (phrase, offset) in candidates)
            {
                var start = i - offset;
                if (start >= 0 && text[start..].StartsWith(phrase, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Where in the phrase its three least frequent consecutive characters start (the first such place).</summary>
    private static int RarestTrigram(string phrase)
    {
        var (best, bestRarity) = (0, -1);
        for (var i = 0; i + 3 <= phrase.Length; i++)
        {
            var rarity = Rarity(phrase[i]) + Rarity(phrase[i + 1]) + Rarity(phrase[i + 2]);
            if (rarity > bestRarity)
            {
                (best, bestRarity) = (i, rarity);
            }
        }

        return best;
    }

    /// <summary>A letter's rank from the most frequent (0); a space is commoner than any letter, other characters rarer.</summary>
    private static int Rarity(char c) => c == ' ' ? -1 : LettersByFrequency.IndexOf(c) is var rank and >= 0 ? rank : LettersByFrequency.Length;

    private static ulong Key(char a, char b, char c) => a | ((ulong)b << 16) | ((ulong)c << 32);

    /// <summary>Fibonacci hashing: the top bits of the key times 2^64 / φ.</summary>
    private static uint Hash(ulong key) => (uint)((key * 0x9E3779B97F4A7C15UL) >> (64 - HashBits));
}
