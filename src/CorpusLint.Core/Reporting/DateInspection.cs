using System.Globalization;
using System.Text.Json.Serialization;
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

    private static InspectedPublicationDate Candidate(Document document, JudgedDate judged)
    {
        var candidate = judged.Candidate;
        var field = candidate.Field is { } name ? document.Metadata.Fields.First(f => f.Name == name) : null;
        return new(
            Format(candidate.Date)!,
            candidate.Source.ToString(),
            candidate.IsUpdate,
            candidate.Confidence,
            field is null ? document.GetPosition(candidate.Start) : null,
            field is null ? document.GetPosition(candidate.End) : null,
            field?.Value ?? document.Text.Substring(candidate.Start, candidate.Length),
            judged.Zone?.ToString(),
            judged.Verdict.ToString(),
            judged.Reason)
        {
            Field = field?.Name,
        };
    }

    private static string? Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>
/// A publication-date candidate: what it says, where, and the verdict of the choice with its reason. One read from a
/// dataset record's field has no position; it names its field, and its text is the field's value.
/// </summary>
public sealed record InspectedPublicationDate(
    string Date,
    string Source,
    bool Update,
    double Confidence,
    Position? Start,
    Position? End,
    string Text,
    string? Zone,
    string Verdict,
    string Reason)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Field { get; init; }
}

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
