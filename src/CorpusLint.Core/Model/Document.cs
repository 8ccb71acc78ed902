using CorpusLint.Engine.Timing;
using CorpusLint.Language;
using CorpusLint.Text;

namespace CorpusLint.Model;

public enum DocumentFormat
{
    PlainText,
    Markdown,
}

/// <summary>
/// The document model: this project's syntax tree. Everything a rule needs to know about the text
/// (lines, paragraphs, links, quotations, ...) is found here once and shared by every rule; rules
/// never re-scan the raw text for these structures. Structures that not every run needs are built
/// lazily on first use. A document is analysed by one thread at a time.
/// </summary>
public sealed partial class Document
{
    private IReadOnlyList<MarkdownLink>? _links;

    private Document(string path, DecodedSource source, DocumentFormat format, DocumentMetadata metadata, DeclaredLanguage? language)
    {
        Path = path;
        Metadata = metadata;
        DeclaredLanguage = language;
        Source = source;
        Text = source.Text;
        Format = format;
        using var timed = PartClock.Enter(TimedParts.Lines);
        Lines = LineScanner.Scan(Text);
        Paragraphs = ParagraphScanner.Scan(Lines);
    }

    /// <summary>The path as reported (relative to the working directory where possible).</summary>
    public string Path { get; }

    public string Text { get; }

    public DocumentFormat Format { get; }

    /// <summary>How the text was decoded: encoding, BOM, invalid bytes, binary content.</summary>
    public DecodedSource Source { get; }

    /// <summary>
    /// The language the document is declared in (a dataset record's language field, else <c>corpuslint.language</c>), or
    /// null when its stop words tell (<see cref="Languages"/>).
    /// </summary>
    public DeclaredLanguage? DeclaredLanguage { get; }

    /// <summary>What the document's source says about it besides its text (a dataset record's fields); empty for files.</summary>
    public DocumentMetadata Metadata { get; }

    public IReadOnlyList<Line> Lines { get; }

    public IReadOnlyList<Paragraph> Paragraphs { get; }

    /// <summary>Markdown links (inline, or by reference with their definitions), images, autolinks and bare URLs, in text order.</summary>
    public IReadOnlyList<MarkdownLink> Links => _links ??= Build(TimedParts.Links, static d => LinkScanner.Scan(d));

    /// <summary>
    /// The link that <paramref name="offset"/> falls in (its start at or before it, its end after it), or null: links are
    /// in text order and never overlap, so it is the last one starting at or before the offset.
    /// </summary>
    public MarkdownLink? LinkAt(int offset)
    {
        var links = Links;
        int low = 0, high = links.Count - 1, found = -1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (links[middle].Start <= offset)
            {
                (found, low) = (middle, middle + 1);
            }
            else
            {
                high = middle - 1;
            }
        }

        return found >= 0 && links[found].End > offset ? links[found] : null;
    }

    /// <summary>True when the document has no text worth linting (empty, whitespace only, or binary).</summary>
    public bool IsEmpty => Source.IsBinary || Text.AsSpan().IsWhiteSpace();

    /// <param name="format">Markdown or plain text; null: by the path's extension.</param>
    /// <param name="language">
    /// The language the configuration declares (<c>corpuslint.language</c>); a dataset record's own language field comes
    /// first; null: the stop words tell.
    /// </param>
    public static Document Create(string path, DecodedSource source, DocumentFormat? format = null, DocumentMetadata? metadata = null, DeclaredLanguage? language = null)
    {
        metadata ??= DocumentMetadata.None;
        return new(path, source, format ?? FormatFromPath(path), metadata, LanguageOf(metadata) ?? language);
    }

    /// <summary>
    /// Builds a document from a part of a text too large to hold whole (a window of it, with some context on each side):
    /// what is judged on the whole text's statistics (<see cref="HardWraps"/>) is judged only when the part holds a fair
    /// sample of it.
    /// </summary>
    public static Document CreatePart(string path, DecodedSource source, DocumentFormat? format = null, DeclaredLanguage? language = null) =>
        new(path, source, format ?? FormatFromPath(path), DocumentMetadata.None, language) { IsPart = true };

    /// <summary>The language a record's field names, when it names one <see cref="DeclaredLanguage.TryParse"/> reads.</summary>
    private static DeclaredLanguage? LanguageOf(DocumentMetadata metadata) =>
        metadata[MetadataRole.Language] is { IsEmpty: false } field && DeclaredLanguage.TryParse(field.Values[0], out var language) ? language : null;

    /// <summary>Whether this is a part of a larger text (<see cref="CreatePart"/>).</summary>
    public bool IsPart { get; private init; }

    /// <summary>Builds a document from text already in memory (tests, standard input after decoding).</summary>
    public static Document FromText(string path, string text, DocumentFormat? format = null) =>
        Create(path, new DecodedSource(text, SourceEncoding.Utf8, [], IsBinary: false, text.Length), format);

    public static DocumentFormat FormatFromPath(string path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase)
            ? DocumentFormat.Markdown
            : DocumentFormat.PlainText;

    public ReadOnlySpan<char> GetText(Line line) => Text.AsSpan(line.Start, line.Length);

    /// <summary>Builds a part of the model, charged to <paramref name="part"/> when the run is timed (<c>--timings</c>).</summary>
    private T Build<T>(TimedPart part, Func<Document, T> build)
    {
        using var timed = PartClock.Enter(part);
        return build(this);
    }

    public ReadOnlySpan<char> GetText(Paragraph paragraph) => Text.AsSpan(paragraph.Start, paragraph.Length);

    /// <summary>The 0-based index of the line that contains <paramref name="offset"/>.</summary>
    public int GetLineIndex(int offset)
    {
        int low = 0, high = Lines.Count - 1;
        while (low < high)
        {
            var middle = (low + high + 1) >> 1;
            if (Lines[middle].Start <= offset)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }

    /// <summary>
    /// The 0-based indexes of the first and last lines the text from <paramref name="start"/> to <paramref name="end"/>
    /// stands on (an empty span: the line of its start).
    /// </summary>
    public (int First, int Last) GetLineRange(int start, int end) =>
        (GetLineIndex(start), GetLineIndex(Math.Max(start, Math.Min(end, Text.Length) - 1)));

    /// <summary>The 1-based line and UTF-16 column of <paramref name="offset"/>.</summary>
    public Position GetPosition(int offset)
    {
        var line = Lines[GetLineIndex(offset)];
        return new Position(line.Number, offset - line.Start + 1);
    }

    /// <summary>The paragraph that contains <paramref name="offset"/>, or null on a blank line.</summary>
    public Paragraph? GetParagraphAt(int offset)
    {
        var lineIndex = GetLineIndex(offset);
        int low = 0, high = Paragraphs.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) >> 1;
            var paragraph = Paragraphs[middle];
            if (lineIndex < paragraph.FirstLine)
            {
                high = middle - 1;
            }
            else if (lineIndex > paragraph.LastLine)
            {
                low = middle + 1;
            }
            else
            {
                return paragraph;
            }
        }

        return null;
    }
}
