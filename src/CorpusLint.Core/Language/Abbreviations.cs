using System.Collections.Frozen;

namespace CorpusLint.Language;

/// <summary>
/// Words written with a full stop that does not end the sentence: titles before a name ("Mr.", "Gen."), month
/// and weekday abbreviations ("Jan. 22"), and Latin and company shorthand ("e.g.", "Inc."). Compared without the
/// final stop and without case; a single capital letter ("J." in "John F. Kennedy") is an initial and never ends
/// a sentence either.
/// </summary>
public static class Abbreviations
{
    /// <summary>Abbreviations that stand before a name or a number: a sentence never ends on them.</summary>
    private static readonly FrozenSet<string> NeverFinal = FrozenSet.ToFrozenSet(
        """
        mr mrs ms messrs dr prof sr jr st mt ft gen gov sen rep rev col lt sgt capt cmdr adm maj pres supt det insp
        hon fr sec atty amb cpl pvt brig cmdt gens reps sens
        jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
        no nos vol vols pp ch chap art fig figs op sq ave blvd rd hwy
        e.g i.e cf vs viz approx ca
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Abbreviations that may close a sentence: one ends there only when a capitalised word follows.</summary>
    private static readonly FrozenSet<string> MaybeFinal = FrozenSet.ToFrozenSet(
        """
        etc al inc ltd co corp bros plc llc a.m p.m u.s u.k u.n u.s.a e.u d.c
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NeverFinalLookup = NeverFinal.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MaybeFinalLookup = MaybeFinal.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="word"/> (without its final stop) is a title, a month or an initial: no sentence ends after it.</summary>
    public static bool NeverEndsSentence(ReadOnlySpan<char> word) =>
        (word.Length == 1 && char.IsUpper(word[0])) || NeverFinalLookup.Contains(word);

    /// <summary>True when <paramref name="word"/> (without its final stop) is shorthand that may close a sentence ("etc.", "Inc.", "U.S.").</summary>
    public static bool MayEndSentence(ReadOnlySpan<char> word) => MaybeFinalLookup.Contains(word);
}
