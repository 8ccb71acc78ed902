using CorpusLint.Model.Attribution;

namespace CorpusLint.Model.Dates;

/// <summary>What the choice made of one publication-date candidate.</summary>
public enum DateVerdict
{
    /// <summary>The publication date.</summary>
    Chosen,

    /// <summary>Says the same day as the chosen date (a second dateline, a closing "Published ..." line).</summary>
    Agrees,

    /// <summary>An update date: it dates the document but is never its publication date.</summary>
    Update,

    /// <summary>The article's own, but disagrees with the chosen date (or an update dated before publication): CL3005.</summary>
    Conflicts,

    /// <summary>One of several header dates that disagree with nothing to say which is the publication date: none is chosen (CL3005).</summary>
    Ambiguous,

    /// <summary>Not the article's date: below the article, inside its body, or far above its header.</summary>
    Rejected,
}

/// <summary>A publication-date candidate, where it stands, and why it won or lost.</summary>
/// <param name="Candidate">The candidate.</param>
/// <param name="Zone">Where its line stands; null for front matter.</param>
/// <param name="Verdict">What the choice made of it.</param>
/// <param name="Reason">Why, in words (shown by <c>corpuslint inspect</c>).</param>
public sealed record JudgedDate(PublicationDateCandidate Candidate, ArticleZone? Zone, DateVerdict Verdict, string Reason);

/// <summary>
/// The document's publication date chosen among its candidates (<see cref="DocumentDates.PublicationDateCandidates"/>)
/// with the layout: front matter first, then a date labelled "Published"/"Posted" in the article's header, then the
/// header's unlabelled dateline when every date of that header agrees; when they disagree nothing is chosen. A date
/// labelled "Updated" is an update, never the publication date.
/// </summary>
public sealed class PublicationDateChoice
{
    internal PublicationDateChoice(IReadOnlyList<JudgedDate> candidates, PublicationDateCandidate? publicationDate, PublicationDateCandidate? updateDate, bool isAmbiguous)
    {
        Candidates = candidates;
        PublicationDate = publicationDate;
        UpdateDate = updateDate;
        IsAmbiguous = isAmbiguous;
        DateOnly? latest = publicationDate?.Date;
        foreach (var judged in candidates)
        {
            if (judged.Verdict is DateVerdict.Update or DateVerdict.Agrees && (latest is null || judged.Candidate.Date > latest))
            {
                latest = judged.Candidate.Date;
            }
        }

        LatestDate = latest;
    }

    /// <summary>Every candidate, in text order, with its verdict and reason.</summary>
    public IReadOnlyList<JudgedDate> Candidates { get; }

    /// <summary>The publication date, or null (none printed, only an update date, or header dates that disagree).</summary>
    public PublicationDateCandidate? PublicationDate { get; }

    /// <summary>The latest update date the article's header or closing credit gives, or null.</summary>
    public PublicationDateCandidate? UpdateDate { get; }

    /// <summary>True when header dates disagree and no label says which is the publication date.</summary>
    public bool IsAmbiguous { get; }

    /// <summary>The document says when it was written: a publication date, an update date, or dates that disagree.</summary>
    public bool IsDated => PublicationDate is not null || UpdateDate is not null || IsAmbiguous;

    /// <summary>The latest publication or update date of the article: events after it cannot have been reported as past.</summary>
    public DateOnly? LatestDate { get; }

    /// <summary>The date relative mentions ("yesterday", "on Thursday") are read from: the publication date, else the update date.</summary>
    public DateOnly? ReferenceDate => PublicationDate?.Date ?? (IsAmbiguous ? null : UpdateDate?.Date);
}
