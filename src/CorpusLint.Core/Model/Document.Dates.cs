using CorpusLint.Engine.Timing;
using CorpusLint.Model.Dates;

namespace CorpusLint.Model;

public sealed partial class Document
{
    private DateScan? _dateScan;
    private DocumentDates? _dates;
    private PublicationDateChoice? _publicationDateChoice;
    private bool _choosingPublicationDate;

    /// <summary>
    /// Date mentions and publication-date candidates, found without the layout (the layout reads the candidates to
    /// keep datelines out of the boilerplate; it must never read the choice, which is made with the layout).
    /// </summary>
    public DocumentDates Dates => _dates ??= Build(TimedParts.Dates, static d => DateAnalyzer.Analyze(d));

    /// <summary>
    /// Date mentions in text order as written, found by the date scanner alone (no attribution model, no layout): what
    /// each says — its kind, its date when written whole, its stated weekday, whether it is a possible calendar date.
    /// They are the objects of <see cref="DateMentions"/>: their tense, and the dates of year-less and relative ones,
    /// are set only once something reads that, so a rule that needs them reads <see cref="DateMentions"/>.
    /// </summary>
    public IReadOnlyList<DateMention> WrittenDateMentions => DateScan.Mentions;

    internal DateScan DateScan => _dateScan ??= Build(TimedParts.DateScan, static d => DateAnalyzer.Scan(d));

    /// <summary>The publication date chosen among the candidates with the article's header, and why each candidate won or lost.</summary>
    public PublicationDateChoice PublicationDateChoice => _publicationDateChoice ??= ChoosePublicationDate();

    /// <summary>Every date mention in text order, year-less and relative ones resolved against the publication date.</summary>
    public IReadOnlyList<DateMention> DateMentions
    {
        get
        {
            _ = PublicationDateChoice;
            return Dates.Mentions;
        }
    }

    /// <summary>The publication date with its span, or null when the document has none (or its header dates disagree).</summary>
    public PublicationDateCandidate? PublicationDate => PublicationDateChoice.PublicationDate;

    private PublicationDateChoice ChoosePublicationDate()
    {
        if (_choosingPublicationDate)
        {
            throw new InvalidOperationException("The publication-date choice reads the layout, so the layout must not read it (read Dates.PublicationDateCandidates).");
        }

        _choosingPublicationDate = true;
        try
        {
            return Build(TimedParts.PublicationDate, static d => PublicationDateChooser.Choose(d));
        }
        finally
        {
            _choosingPublicationDate = false;
        }
    }
}
