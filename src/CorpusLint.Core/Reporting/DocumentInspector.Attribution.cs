using System.Text.Json.Serialization;
using CorpusLint.Model;
using CorpusLint.Model.Attribution;

namespace CorpusLint.Reporting;

public static partial class DocumentInspector
{
    private static InspectedAttribution InspectAttribution(Document document)
    {
        var choice = document.AttributionChoice;
        var header = document.Header;
        return new(
            new InspectedHeader(header.ArticleStart + 1, header.ClosingStart + 1, header.ClosingEnd + 1),
            [.. choice.Bylines.Select(b => Byline(document, b))],
            [.. choice.SourceCredits.Select(c => Credit(document, c))],
            [.. choice.BylineCandidates.Select(j => new InspectedBylineCandidate(Byline(document, j.Byline), j.Zone?.ToString(), j.IsAccepted, j.Reason))],
            [.. choice.SourceCreditCandidates.Select(j => new InspectedSourceCreditCandidate(Credit(document, j.Credit), j.Zone?.ToString(), j.IsAccepted, j.Reason))],
            [.. document.Attribution.Metadata.Select(m => new InspectedMetadata(m.Key, document.GetPosition(m.Start), document.GetPosition(m.End), m.Value))]);
    }

    private static InspectedByline Byline(Document document, Byline byline) => byline.Field is { } field
        ? new(byline.Kind.ToString(), null, null, byline.Name, null) { Field = field }
        : new(byline.Kind.ToString(), document.GetPosition(byline.Start), document.GetPosition(byline.End), byline.Name, byline.Link?.Target);

    private static InspectedSourceCredit Credit(Document document, SourceCredit credit) => credit.Field is { } field
        ? new(credit.Kind.ToString(), null, null, credit.Source, null) { Field = field }
        : new(credit.Kind.ToString(), document.GetPosition(credit.Start), document.GetPosition(credit.End), credit.Source, credit.Link?.Target);
}

/// <summary>
/// The "attribution" section of <c>corpuslint inspect</c>: the article's header and closing zone (1-based lines), the
/// bylines and source credits taken as the article's, and every candidate with where it stands and why it was taken or not.
/// </summary>
public sealed record InspectedAttribution(
    InspectedHeader Header,
    IReadOnlyList<InspectedByline> Bylines,
    IReadOnlyList<InspectedSourceCredit> SourceCredits,
    IReadOnlyList<InspectedBylineCandidate> BylineCandidates,
    IReadOnlyList<InspectedSourceCreditCandidate> SourceCreditCandidates,
    IReadOnlyList<InspectedMetadata> Metadata);

/// <summary>The header is every line above <see cref="ArticleStart"/>; the closing zone runs from <see cref="ClosingStart"/> to <see cref="ClosingEnd"/>.</summary>
public sealed record InspectedHeader(int ArticleStart, int ClosingStart, int ClosingEnd);

/// <summary>A byline; one read from a dataset record's field has no position, and names its field.</summary>
public sealed record InspectedByline(string Kind, Position? Start, Position? End, string Name, string? Link)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Field { get; init; }
}

public sealed record InspectedBylineCandidate(InspectedByline Byline, string? Zone, bool Accepted, string Reason);

/// <summary>A source credit; one read from a dataset record's field has no position, and names its field.</summary>
public sealed record InspectedSourceCredit(string Kind, Position? Start, Position? End, string Source, string? Link)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Field { get; init; }
}

public sealed record InspectedSourceCreditCandidate(InspectedSourceCredit Credit, string? Zone, bool Accepted, string Reason);

public sealed record InspectedMetadata(string Key, Position Start, Position End, string Value);
