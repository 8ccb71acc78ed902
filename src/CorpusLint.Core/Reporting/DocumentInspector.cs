using System.Text.Json;
using System.Text.Json.Serialization;
using CorpusLint.Model;
using CorpusLint.Model.Layout;

namespace CorpusLint.Reporting;

/// <summary>
/// The document model as JSON for <c>corpuslint inspect</c>: what the rules saw. Each structure of the
/// model adds its section here, with 1-based positions.
/// </summary>
public static class DocumentInspector
{
    public static string ToJson(Document document) =>
        JsonSerializer.Serialize(Inspect(document), InspectionJsonContext.Default.DocumentInspection);

    public static DocumentInspection Inspect(Document document) => new(
        document.Path,
        document.Format.ToString(),
        document.Source.Encoding.ToString(),
        document.Source.IsBinary,
        [.. document.Source.InvalidBytes.Select(b => new InspectedInvalidBytes(b.ByteOffset, b.ByteLength, document.GetPosition(b.TextOffset)))],
        document.Lines.Count,
        [.. document.Paragraphs.Select(p => new InspectedParagraph(
            p.Index, document.GetPosition(p.Start), document.GetPosition(p.End), p.LineCount, Preview(document.GetText(p))))],
        [.. document.Links.Select(l => new InspectedLink(
            l.Kind.ToString(), document.GetPosition(l.Start), document.GetPosition(l.End), document.Text.Substring(l.LabelStart, l.LabelLength), l.Target, l.IsEmptyTarget))],
        InspectLayout(document.Layout));

    private static InspectedLayout InspectLayout(DocumentLayout layout) => new(
        layout.HasBody ? layout.BodyStart + 1 : null,
        layout.HasBody ? layout.BodyEnd + 1 : null,
        [.. layout.Lines.Where(l => l.Class is not LineClass.Blank and not LineClass.Body).Select(l => new InspectedLineClass(l.Index + 1, l.Class.ToString(), l.Place.ToString()))]);

    private static string Preview(ReadOnlySpan<char> text) => text.Length <= 80 ? text.ToString() : string.Concat(text[..77], "...");
}

public sealed record DocumentInspection(
    string Path,
    string Format,
    string Encoding,
    bool Binary,
    IReadOnlyList<InspectedInvalidBytes> InvalidBytes,
    int Lines,
    IReadOnlyList<InspectedParagraph> Paragraphs,
    IReadOnlyList<InspectedLink> Links,
    InspectedLayout Layout);

/// <summary>The article body (1-based lines) and the class of every non-blank line outside the body prose.</summary>
public sealed record InspectedLayout(int? BodyStart, int? BodyEnd, IReadOnlyList<InspectedLineClass> Lines);

public sealed record InspectedLineClass(int Line, string Class, string Place);

public sealed record InspectedInvalidBytes(long ByteOffset, int ByteLength, Position Position);

public sealed record InspectedParagraph(int Index, Position Start, Position End, int Lines, string Text);

public sealed record InspectedLink(string Kind, Position Start, Position End, string Label, string Target, bool EmptyTarget);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(DocumentInspection))]
internal sealed partial class InspectionJsonContext : JsonSerializerContext;
