using CorpusLint.Model;

namespace CorpusLint.Reporting;

public static partial class DocumentInspector
{
    private static InspectedAttribution InspectAttribution(Document document)
    {
        var attribution = document.Attribution;
        return new(
            [.. attribution.Bylines.Select(b => new InspectedByline(
                b.Kind.ToString(), document.GetPosition(b.Start), document.GetPosition(b.End), b.Name, b.Link?.Target))],
            [.. attribution.SourceCredits.Select(c => new InspectedSourceCredit(
                c.Kind.ToString(), document.GetPosition(c.Start), document.GetPosition(c.End), c.Source, c.Link?.Target))],
            [.. attribution.Metadata.Select(m => new InspectedMetadata(m.Key, document.GetPosition(m.Start), document.GetPosition(m.End), m.Value))]);
    }
}

public sealed record InspectedAttribution(
    IReadOnlyList<InspectedByline> Bylines,
    IReadOnlyList<InspectedSourceCredit> SourceCredits,
    IReadOnlyList<InspectedMetadata> Metadata);

public sealed record InspectedByline(string Kind, Position Start, Position End, string Name, string? Link);

public sealed record InspectedSourceCredit(string Kind, Position Start, Position End, string Source, string? Link);

public sealed record InspectedMetadata(string Key, Position Start, Position End, string Value);
