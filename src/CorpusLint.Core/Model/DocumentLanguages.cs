using CorpusLint.Language;

namespace CorpusLint.Model;

/// <summary>The language of the document and of each paragraph, and the stop words that tell its prose from page chrome.</summary>
public sealed class DocumentLanguages
{
    internal DocumentLanguages(TextLanguage document, TextLanguage[] paragraphs)
    {
        Document = document;
        Paragraphs = paragraphs;
    }

    public TextLanguage Document { get; }

    /// <summary>One entry per <see cref="Model.Document.Paragraphs"/>, same index.</summary>
    public IReadOnlyList<TextLanguage> Paragraphs { get; }

    /// <summary>
    /// The language whose stop words measure how much a line reads as running text (jusText's stop-word density):
    /// the document's language, or null when it has none the profiles know (Chinese, Japanese, Korean, short pages).
    /// </summary>
    public LanguageProfile? StopWordLanguage => Document.Language;

    /// <summary>Share of <paramref name="words"/> that are stop words of <see cref="StopWordLanguage"/>; 0 when there is none.</summary>
    public double StopWordShare(ReadOnlySpan<char> text, ReadOnlySpan<Word> words) =>
        StopWordLanguage is { } language ? LanguageProfiles.StopWordShare(text, words, language) : 0;
}
