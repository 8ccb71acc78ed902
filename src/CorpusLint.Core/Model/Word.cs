namespace CorpusLint.Model;

/// <summary>
/// A word: a run of letters, digits and combining marks, which may contain an apostrophe (’ or ') or a
/// hyphen between letters ("don’t", "Putin’s", "pro-government").
/// </summary>
public readonly record struct Word(int Start, int Length)
{
    public int End => Start + Length;
}
