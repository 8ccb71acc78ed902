using System.Collections.Frozen;
using System.Numerics;
using System.Text;

namespace CorpusLint.Language;

/// <summary>
/// Words looked up by span without case, exactly as <see cref="StringComparer.OrdinalIgnoreCase"/> compares them. The
/// model looks nearly every word of every document up in a few vocabularies (stop words, date words), and a frozen
/// dictionary's case-insensitive lookup, with the separate pass that tells an ASCII word from another, was 7% of a run's
/// CPU (benchmarks/README). Here an ASCII word, most of an archive's, is found in an open-addressing table of the keys'
/// upper-case forms, hashed from its length and three of its characters; a word with any other character goes to the
/// frozen dictionary.
/// </summary>
public sealed class WordTable<TValue>
{
    private readonly string?[] _keys;
    private readonly TValue[] _values;
    private readonly int _mask;
    private readonly int _minLength;
    private readonly int _maxLength;
    private readonly FrozenDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _other;

    /// <param name="words">The vocabulary, compared with <see cref="StringComparer.OrdinalIgnoreCase"/>.</param>
    public WordTable(FrozenDictionary<string, TValue> words)
    {
        if (!ReferenceEquals(words.Comparer, StringComparer.OrdinalIgnoreCase))
        {
            throw new ArgumentException("the vocabulary must compare with StringComparer.OrdinalIgnoreCase", nameof(words));
        }

        _other = words.GetAlternateLookup<ReadOnlySpan<char>>();
        _minLength = words.Count == 0 ? 1 : words.Keys.Min(k => k.Length);
        _maxLength = words.Count == 0 ? 0 : words.Keys.Max(k => k.Length);

        // A load of at most a quarter keeps a missed word's probe short; most words of a text are not in the table.
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, words.Count * 4));
        _keys = new string?[size];
        _values = new TValue[size];
        _mask = size - 1;
        foreach (var (key, value) in words)
        {
            // An ASCII word equals, without case, exactly the keys whose upper case it is; ordinal comparison folds
            // fewer letters than ToUpperInvariant ("ıl" is not "IL"), hence the second test.
            var upper = key.ToUpperInvariant();
            if (!Ascii.IsValid(upper) || !string.Equals(key, upper, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var slot = (int)Hash(upper) & _mask;
            while (_keys[slot] is not null)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = upper;
            _values[slot] = value;
        }
    }

    public bool Contains(ReadOnlySpan<char> word) => TryGetValue(word, out _);

    public bool TryGetValue(ReadOnlySpan<char> word, out TValue value)
    {
        // Ignoring case maps a character to one character, so no word of another length can match; an invisible character
        // only lengthens a word.
        if (word.Length < _minLength)
        {
            value = default!;
            return false;
        }

        var all = 0;
        foreach (var c in word)
        {
            all |= c;
        }

        if (all >= 0x80 && word.ContainsAny(Text.InvisibleCharacters.All))
        {
            return TryGetVisible(word, out value);
        }

        if (word.Length > _maxLength)
        {
            value = default!;
            return false;
        }

        if (all >= 0x80)
        {
            return _other.TryGetValue(word, out value!);
        }

        for (var slot = (int)Hash(word) & _mask; _keys[slot] is { } key; slot = (slot + 1) & _mask)
        {
            if (key.Length == word.Length && EqualsUpper(word, key))
            {
                value = _values[slot];
                return true;
            }
        }

        value = default!;
        return false;
    }

    /// <summary>A word as a reader sees it, without the soft hyphens and joiners a page's markup left in it ("Wednes&#173;day").</summary>
    private bool TryGetVisible(ReadOnlySpan<char> word, out TValue value)
    {
        Span<char> visible = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        return TryGetValue(visible[..Text.InvisibleCharacters.CopyVisible(word, visible)], out value);
    }

    /// <summary>
    /// The length and the first, middle and last characters with ASCII case folded (bit 5 cleared: a–z as A–Z), mixed:
    /// enough to spread a few hundred short words, and no loop over the word.
    /// </summary>
    private static uint Hash(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return 0;
        }

        var hash = ((uint)word.Length * 0x9E3779B1u)
            ^ ((uint)(word[0] & ~0x20) * 0x85EBCA77u)
            ^ ((uint)(word[word.Length >> 1] & ~0x20) * 0xC2B2AE3Du)
            ^ ((uint)(word[^1] & ~0x20) * 0x27D4EB2Fu);
        return hash ^ (hash >> 15);
    }

    /// <summary>Whether an ASCII word equals an upper-case ASCII key without case: a key's letter matches itself or its lower case.</summary>
    private static bool EqualsUpper(ReadOnlySpan<char> word, string key)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var (c, k) = (word[i], key[i]);
            if (c != k && (c != (k | 0x20) || (uint)(k - 'A') > 'Z' - 'A'))
            {
                return false;
            }
        }

        return true;
    }
}
