namespace CorpusLint.Model.Attribution;

/// <summary>
/// A capitalised word that may be (part of) a person's name: "Vučić", "Vucic" in "Vucic’s". The
/// possessive ending is not part of it.
/// </summary>
/// <param name="Start">Offset of the name.</param>
/// <param name="Length">Length of the name, without a possessive ’s.</param>
/// <param name="Text">The name as written.</param>
/// <param name="Skeleton">The name folded to ASCII (<see cref="NameFolding.Fold"/>): "Vucic" for both spellings.</param>
/// <param name="SentenceInitial">True when the word opens a sentence, where any word is capitalised.</param>
public sealed record NameMention(int Start, int Length, string Text, string Skeleton, bool SentenceInitial)
{
    public int End => Start + Length;

    /// <summary>True when the name is written with letters outside ASCII (diacritics, Đ, ø, ß, ...).</summary>
    public bool HasNonAsciiLetters => !string.Equals(Text, Skeleton, StringComparison.Ordinal);
}
