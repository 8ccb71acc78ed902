namespace CorpusLint.Language;

/// <summary>
/// Tells whether a text holds any of a set of phrases (ordinal, anywhere): what <c>SearchValues&lt;string&gt;</c>
/// answers, written here because for the boilerplate table (hundreds of lower-case phrases) the BCL builds an
/// Aho-Corasick automaton that looks every character up in a dictionary, 9% of a lint run's CPU (perf, benchmarks/README).
/// Each phrase of three or more characters is filed under its first three; one bit per hash of a trigram rejects almost
/// every position of a text at once, and a position that passes is compared with the phrases filed there. Shorter
/// phrases ("©") are searched for one by one.
/// </summary>
internal sealed class PhraseIndex
{
    private const int HashBits = 16;

    private readonly ulong[] _filter = new ulong[(1 << HashBits) / 64];
    private readonly Dictionary<ulong, string[]> _byTrigram;
    private readonly string[] _short;

    public PhraseIndex(IEnumerable<string> phrases)
    {
        var distinct = phrases.Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        _short = [.. distinct.Where(p => p.Length < 3)];
        _byTrigram = distinct.Where(p => p.Length >= 3)
            .GroupBy(p => Key(p[0], p[1], p[2]))
            .ToDictionary(g => g.Key, g => g.ToArray());
        foreach (var key in _byTrigram.Keys)
        {
            var hash = Hash(key);
            _filter[hash >> 6] |= 1UL << (int)(hash & 63);
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

            foreach (var phrase in candidates)
            {
                if (text[i..].StartsWith(phrase, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static ulong Key(char a, char b, char c) => a | ((ulong)b << 16) | ((ulong)c << 32);

    /// <summary>Fibonacci hashing: the top bits of the key times 2^64 / φ.</summary>
    private static uint Hash(ulong key) => (uint)((key * 0x9E3779B97F4A7C15UL) >> (64 - HashBits));
}
