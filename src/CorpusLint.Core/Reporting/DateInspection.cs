using System.Globalization;
using CorpusLint.Model;
using CorpusLint.Model.Dates;

namespace CorpusLint.Reporting;

/// <summary>The "dates" section of <c>corpuslint inspect</c>: the publication date with its span and confidence, and every date mention.</summary>
public sealed record InspectedDates(
    InspectedPublicationDate? PublicationDate,
    IReadOnlyList<InspectedPublicationDate> PublicationDateCandidates,
    IReadOnlyList<InspectedDateMention> Mentions)
{
    public static InspectedDates From(Document document)
    {
        var dates = document.Dates;
        return new InspectedDates(
            dates.PublicationDate is { } best ? Candidate(document, best) : null,
            [.. dates.PublicationDateCandidates.Select(c => Candidate(document, c))],
            [.. dates.Mentions.Select(m => new InspectedDateMention(
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

    private static InspectedPublicationDate Candidate(Document document, PublicationDateCandidate candidate) => new(
        Format(candidate.Date)!,
        candidate.Source.ToString(),
        candidate.IsUpdate,
        candidate.Confidence,
        document.GetPosition(candidate.Start),
        document.GetPosition(candidate.End),
        document.Text.Substring(candidate.Start, candidate.Length));

    private static string? Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

public sealed record InspectedPublicationDate(string Date, string Source, bool Update, double Confidence, Position Start, Position End, string Text);

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
