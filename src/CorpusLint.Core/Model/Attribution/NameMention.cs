namespace CorpusLint.Model.Attribution;

/// <summary>
/// A capitalised word that may be (part of) a person's name: "Vučić", "Vucic" in "Vucic’s". The
/// possessive ending is not part of it. A value over the document's text, as <see cref="Word"/> is: a document
/// holds thousands, and most are never read as text.
/// </summary>
/// <param name="Start">Offset of the name.</param>
/// <param name="Length">Length of the name, without a possessive ’s.</param>
/// <param name="SentenceInitial">True when the word opens a sentence, where any word is capitalised.</param>
/// <param name="HasNonAsciiLetters">
/// True when the name is written with letters that fold to ASCII ones (diacritics, Đ, ø, ß, ...:
/// <see cref="NameFolding.Fold"/>), so it may have a variant spelling.
/// </param>
public readonly record struct NameMention(int Start, int Length, bool SentenceInitial, bool HasNonAsciiLetters)
{
    public int End => Start + Length;

    /// <summary>The name as written in <paramref name="document"/>.</summary>
    public ReadOnlySpan<char> In(Document document) => document.Text.AsSpan(Start, Length);

    /// <summary>The name folded to ASCII (<see cref="NameFolding.Fold"/>): "Vucic" for both spellings.</summary>
    public string SkeletonIn(Document document) => NameFolding.Fold(In(document).ToString());
}
