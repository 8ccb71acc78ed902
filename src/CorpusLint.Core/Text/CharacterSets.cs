using System.Buffers;
using System.Runtime.InteropServices;

namespace CorpusLint.Text;

/// <summary>Search sets defined by a test on every UTF-16 code unit.</summary>
internal static class CharacterSets
{
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
