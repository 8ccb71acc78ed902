using CorpusLint.Model.Dates;

namespace CorpusLint.Model;

public sealed partial class Document
{
    private DocumentDates? _dates;

    /// <summary>Date mentions, the publication date and its candidates (see <see cref="DocumentDates"/>).</summary>
    public DocumentDates Dates => _dates ??= DateAnalyzer.Analyze(this);

    /// <summary>Every date mention in text order: full, year-less, month-year and relative dates.</summary>
    public IReadOnlyList<DateMention> DateMentions => Dates.Mentions;

    /// <summary>The most likely publication date with its span and confidence, or null when the document has none.</summary>
    public PublicationDateCandidate? PublicationDate => Dates.PublicationDate;
}
