using System.Text.Json;
using System.Text.Json.Serialization;
using CorpusLint.Model;

namespace CorpusLint.Reporting;

/// <summary>
/// The document model as JSON for <c>corpuslint inspect</c>: what the rules saw. Each structure of the
/// model adds its section here, with 1-based positions.
/// </summary>
public static partial class DocumentInspector
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
        InspectAttribution(document),
        InspectQuotations(document),
        InspectedDates.From(document),
        InspectLayout(document))
    {
        Record = InspectedRecord.From(document.Metadata),
        Language = InspectedLanguage.From(document),
    };

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
    InspectedAttribution Attribution,
    InspectedQuotations Quotations,
    InspectedDates Dates,
    InspectedLayout Layout)
{
    /// <summary>The language the configuration declares and the one the stop words show, and what the rules read the document as.</summary>
    public required InspectedLanguage Language { get; init; }

    /// <summary>For a dataset record: the fields its mapping took. Absent for files.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public InspectedRecord? Record { get; init; }
}

/// <param name="Declared">The code <c>corpuslint.language</c> sets, or null.</param>
/// <param name="Detected">The language the document's stop words show, or null when they show none plainly.</param>
/// <param name="Script">The script most of its letters are written in.</param>
/// <param name="PlainlyNotEnglish">Whether the rules that read English cues (CL1001's bylines, CL3001's dates) leave it alone.</param>
public sealed record InspectedLanguage(string? Declared, string? Detected, string Script, bool PlainlyNotEnglish)
{
    public static InspectedLanguage From(Document document) => new(
        document.DeclaredLanguage?.Code,
        document.Languages.Document.Language?.Code,
        document.Languages.Document.Script.ToString(),
        document.Languages.IsPlainlyNotEnglish);
}

public sealed record InspectedInvalidBytes(long ByteOffset, int ByteLength, Position Position);

public sealed record InspectedParagraph(int Index, Position Start, Position End, int Lines, string Text);

public sealed record InspectedLink(string Kind, Position Start, Position End, string Label, string Target, bool EmptyTarget);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(DocumentInspection))]
internal sealed partial class InspectionJsonContext : JsonSerializerContext;
