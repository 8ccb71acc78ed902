namespace CorpusLint.Model.Attribution;

/// <summary>A byline candidate, where it stands, and why it was taken as the article's or not.</summary>
/// <param name="Byline">The candidate.</param>
/// <param name="Zone">Where its line stands; null for front matter.</param>
/// <param name="IsAccepted">True when it is the article's byline.</param>
/// <param name="Reason">Why, in words (shown by <c>corpuslint inspect</c>).</param>
public sealed record JudgedByline(Byline Byline, ArticleZone? Zone, bool IsAccepted, string Reason);

/// <summary>A source-credit candidate, where it stands, and why it was taken as the article's or not.</summary>
public sealed record JudgedSourceCredit(SourceCredit Credit, ArticleZone? Zone, bool IsAccepted, string Reason);

/// <summary>
/// Who wrote the article and where it came from, chosen with the article's header: the byline shapes found line by
/// line (<see cref="Document.Attribution"/>), plus names printed beside the article's dateline, each judged by where it
/// stands and whether it reads as a person's name. Personal bylines and source credits stay apart.
/// </summary>
public sealed class AttributionChoice
{
    internal AttributionChoice(IReadOnlyList<JudgedByline> bylineCandidates, IReadOnlyList<JudgedSourceCredit> sourceCreditCandidates)
    {
        BylineCandidates = bylineCandidates;
        SourceCreditCandidates = sourceCreditCandidates;
        Bylines = [.. bylineCandidates.Where(b => b.IsAccepted).Select(b => b.Byline)];
        SourceCredits = [.. sourceCreditCandidates.Where(c => c.IsAccepted).Select(c => c.Credit)];
    }

    /// <summary>Every byline candidate in text order, with its verdict and reason.</summary>
    public IReadOnlyList<JudgedByline> BylineCandidates { get; }

    /// <summary>Every source-credit candidate in text order, with its verdict and reason.</summary>
    public IReadOnlyList<JudgedSourceCredit> SourceCreditCandidates { get; }

    /// <summary>The article's bylines: who wrote, reported or edited it.</summary>
    public IReadOnlyList<Byline> Bylines { get; }

    /// <summary>The article's source credits: an agency, "Source: ...", "originally published in ...", source metadata.</summary>
    public IReadOnlyList<SourceCredit> SourceCredits { get; }

    /// <summary>True when the article names an author or credits a source.</summary>
    public bool IsAttributed => Bylines.Count > 0 || SourceCredits.Count > 0;
}
