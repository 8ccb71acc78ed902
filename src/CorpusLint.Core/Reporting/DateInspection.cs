using System.Globalization;
using CorpusLint.Model;
using CorpusLint.Model.Dates;

namespace CorpusLint.Reporting;

/// <summary>
/// The "dates" section of <c>corpuslint inspect</c>: the publication and update dates chosen, every candidate with
/// where it stands and why it won or lost, and every date mention.
/// </summary>
public sealed record InspectedDates(
    InspectedPublicationDate? PublicationDate,
    InspectedPublicationDate? UpdateDate,
    bool Ambiguous,
    IReadOnlyList<InspectedPublicationDate> Candidates,
    IReadOnlyList<InspectedDateMention> Mentions)
{
    public static InspectedDates From(Document document)
    {
        var choice = document.PublicationDateChoice;
        var candidates = choice.Candidates.Select(c => Candidate(document, c)).ToList();
        InspectedPublicationDate? Find(PublicationDateCandidate? wanted) =>
            wanted is null ? null : candidates[choice.Candidates.ToList().FindIndex(c => ReferenceEquals(c.Candidate, wanted))];
        return new InspectedDates(
            Find(choice.PublicationDate),
            Find(choice.UpdateDate),
            choice.IsAmbiguous,
            candidates,
            [.. document.DateMentions.Select(m => new InspectedDateMention(
                m.Kind.ToString(),
                m.Style == DateStyle.None ? null : m.Style.ToString(),
                document.GetPosition(m.Start),
                document.GetPosition(m.End),
                document.Text.Substring(m.Start, m.Length),
                Format(m.Date),
                m.Date is null ? null : m.Precision.ToString(),
                m.IsResolved,
                m.Weekday?.ToString(),
                m.Tense.ToString(),
                m.IsValid))]);
    }

    private static InspectedPublicationDate Candidate(Document document, JudgedDate judged) => new(
        Format(judged.Candidate.Date)!,
        judged.Candidate.Source.ToString(),
        judged.Candidate.IsUpdate,
        judged.Candidate.Confidence,
        document.GetPosition(judged.Candidate.Start),
        document.GetPosition(judged.Candidate.End),
        document.Text.Substring(judged.Candidate.Start, judged.Candidate.Length),
        judged.Zone?.ToString(),
        judged.Verdict.ToString(),
        judged.Reason);

    private static string? Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>A publication-date candidate: what it says, where, and the verdict of the choice with its reason.</summary>
public sealed record InspectedPublicationDate(
    string Date,
    string Source,
    bool Update,
    double Confidence,
    Position Start,
    Position End,
    string Text,
    string? Zone,
    string Verdict,
    string Reason);

public sealed record InspectedDateMention(
    string Kind,
    string? Style,
    Position Start,
    Position End,
    string Text,
    string? Date,
    string? Precision,
    bool Resolved,
    string? Weekday,
    string Tense,
    bool Valid);
