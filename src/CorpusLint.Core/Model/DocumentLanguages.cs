using CorpusLint.Language;

namespace CorpusLint.Model;

/// <summary>The language of the document and of each paragraph, and the stop words that tell its prose from page chrome.</summary>
public sealed class DocumentLanguages
{
    private readonly Document _document;

    /// <summary>Per word of <see cref="Model.Document.Words"/>, the languages whose stop-word list holds it (bit i for profile i).</summary>
    private readonly ushort[] _listed;

    internal DocumentLanguages(Document owner, TextLanguage document, TextLanguage[] paragraphs, ushort[] listed)
    {
        _document = owner;
        Document = document;
        Paragraphs = paragraphs;
        _listed = listed;
    }

    public TextLanguage Document { get; }

    /// <summary>One entry per <see cref="Model.Document.Paragraphs"/>, same index.</summary>
    public IReadOnlyList<TextLanguage> Paragraphs { get; }

    /// <summary>
    /// Whether the document is plainly not in English: declared another language by the configuration, written in
    /// another script than Latin letters (Cyrillic, Chinese, Korean, Arabic, ...), or in Latin letters with plainly
    /// another language's stop words (a German or Portuguese article). The byline and date models read English cues
    /// ("By", "Updated", month names): that they find no byline or date in such a document says nothing of whether it has
    /// one. A scraped page's menus and names thin out its stop words, so the other language need only far outweigh English
    /// (<see cref="TextLanguage.Dominance"/>), not make up a share of the words as a foreign passage must
    /// (<see cref="TextLanguage.IsClearlyOtherThan"/>).
    /// </summary>
    public bool IsPlainlyNotEnglish => _document.DeclaredLanguage is { } declared
        ? !declared.IsEnglish
        : Document.Script is not (Script.Latin or Script.None)
        || (Document.Best != LanguageProfiles.English && Document.BestScore >= TextLanguage.MinScore
            && Document.BestScore >= (TextLanguage.Dominance * Document.ScoreOf(LanguageProfiles.English)) + 1);

    /// <summary>
    /// The language whose stop words measure how much a line reads as running text (jusText's stop-word density):
    /// the document's language (the one the configuration declares, else the one its stop words show), or null when it
    /// has none the profiles know (Chinese, Japanese, Korean, short pages).
    /// </summary>
    public LanguageProfile? StopWordLanguage => _document.DeclaredLanguage is { } declared ? declared.Profile : Document.Language;

    /// <summary>Share of the line's words that are stop words of <see cref="StopWordLanguage"/>; 0 when there is none.</summary>
    public double StopWordShare(Line line)
    {
        if (StopWordLanguage is not { } language)
        {
            return 0;
        }

        var words = (Word[])_document.Words;
        var first = _document.FirstWordAtOrAfter(line.Start);
        var end = first;
        var bit = 1 << language.Index;
        var hits = 0;
        for (; end < words.Length && words[end].Start < line.End; end++)
        {
            hits += (_listed[end] & bit) != 0 ? 1 : 0;
        }

        return end == first ? 0 : (double)hits / (end - first);
    }
}
