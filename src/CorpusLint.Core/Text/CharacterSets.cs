using System.Buffers;
using System.Runtime.InteropServices;

namespace CorpusLint.Text;

/// <summary>
/// Search sets defined by a test on every UTF-16 code unit, and the ones hot paths share. A set is searched through
/// <see cref="SearchValues{T}"/> rather than <c>ContainsAnyInRange</c> and its kin: the ReadyToRun code of those generic
/// methods boxes both bounds at every call (96 bytes) until the method is recompiled, which a short run never reaches.
/// </summary>
internal static class CharacterSets
{
    public static readonly SearchValues<char> AsciiDigits = SearchValues.Create("0123456789");

    public static readonly SearchValues<char> AsciiLettersAndDigits =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>UTF-16 surrogates, high and low: a string holding one may hold an unpaired one.</summary>
    public static readonly SearchValues<char> Surrogates = Where(char.IsSurrogate);

    /// <summary>
    /// The code units for which <paramref name="belongs"/> holds, tested in a plain loop: a LINQ pipeline over
    /// <see cref="char"/> is a generic instantiation the ReadyToRun image lacks, compiled at every start.
    /// </summary>
    public static SearchValues<char> Where(Func<char, bool> belongs)
    {
        var members = new List<char>();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (belongs((char)c))
            {
                members.Add((char)c);
            }
        }

        return SearchValues.Create(CollectionsMarshal.AsSpan(members));
    }

    /// <summary>Every code unit equal to one of <paramref name="letters"/> as ordinal comparison ignoring case has it (so "ı" with "i").</summary>
    public static SearchValues<char> EqualIgnoringCase(IEnumerable<char> letters)
    {
        var upper = letters.Select(char.ToUpperInvariant).ToHashSet();
        return Where(c => upper.Contains(char.ToUpperInvariant(c)));
    }
}
