namespace CorpusLint.Model.Attribution;

/// <summary>How a byline was written.</summary>
public enum BylineKind
{
    /// <summary><c>By X</c>, <c>By [X](url)</c>, <c>By X and Y</c>, <c>By X, Reuters</c>.</summary>
    By,

    /// <summary><c>Written by X</c>, <c>Story by X</c>, <c>Words by X</c>.</summary>
    WrittenBy,

    /// <summary><c>ed. X</c>, <c>Edited by X</c>, <c>Editing by X</c>.</summary>
    EditedBy,

    /// <summary><c>Reporting by X</c>, <c>Additional reporting by X</c>, <c>Contributing: X</c>.</summary>
    ReportingBy,

    /// <summary>A name and its staff title (or the story's reading time) alone on a line, without "By": <c>Jane Roe, Staff Writer</c>, <c>Jane Roe | Senior Contributor</c>, <c>Jane Roe · 5 min read</c>.</summary>
    NameWithTitle,

    /// <summary>An author-bio sentence: "X is a reporter at Y".</summary>
    AuthorBio,

    /// <summary>
    /// An author's box on one line: the name, its picture's placeholder and a biography that opens with the name again,
    /// <c>Jane Roe [jane-roe] Jane Roe is …</c>. Nothing in it says the name is a person's, so it is judged as a name
    /// printed without a cue ("Harbour Gazette [logo] Harbour Gazette is …" names no writer).
    /// </summary>
    AuthorBox,

    /// <summary>A lone signature line at the end of the text: <c>— X</c>, <c>— X, Leeds</c>.</summary>
    Signature,

    /// <summary>An <c>author</c>/<c>authors</c> key of the front matter, or the authors field of a dataset record.</summary>
    Metadata,

    /// <summary>A name printed on the article's dateline without a cue: "Dan Goodin - Apr 16, 2015 8:02 pm UTC".</summary>
    NameOnDateline,

    /// <summary>A name alone on a line right above or below the article's dateline, in the same block: "Mike Conley" over "December 18, 2020".</summary>
    NameBesideDateline,
}

/// <summary>How a source credit was written.</summary>
public enum SourceCreditKind
{
    /// <summary><c>Source: X</c>, <c>Sources: X, Y</c>.</summary>
    SourceLine,

    /// <summary>
    /// A news agency's or a newsroom's credit: <c>LONDON (Reuters) -</c>, <c>— AP</c>, a line that says only "Associated Press"
    /// or "Staff reports".
    /// </summary>
    Agency,

    /// <summary>"originally published", "first appeared in/on", "Republished from", "contributed to this report".</summary>
    Republication,

    /// <summary>A <c>source</c>/<c>url</c> key of the front matter, or the source field of a dataset record.</summary>
    Metadata,
}

/// <summary>A byline: who wrote or edited the text.</summary>
/// <param name="Kind">How it was written.</param>
/// <param name="Start">Offset of the whole byline (the line, or the sentence of an author bio).</param>
/// <param name="Length">Length of the whole byline.</param>
/// <param name="NameStart">Offset of the author name(s).</param>
/// <param name="NameLength">Length of the author name(s).</param>
/// <param name="Name">The author name(s) as plain text (link syntax removed).</param>
/// <param name="Link">The link on the byline, if it has one.</param>
public sealed record Byline(BylineKind Kind, int Start, int Length, int NameStart, int NameLength, string Name, MarkdownLink? Link)
{
    public int End => Start + Length;

    /// <summary>
    /// Found by a cue that counts only in the article's header or closing credit: a lower-case "by X" opening a line, a
    /// name with its staff title alone on a line.
    /// </summary>
    public bool HeaderOnly { get; init; }

    /// <summary>
    /// Read under an author label of its own ("Author" / the author's picture / "Jane Roe"): an author box, which a page
    /// may print below its comments and related stories.
    /// </summary>
    public bool IsAuthorBox { get; init; }

    /// <summary>"Updated by Jane Roe": who updated the story, which a template prints in place of the byline.</summary>
    public bool IsUpdateCredit { get; init; }

    /// <summary>The dataset record's field it was read from (its span is then empty); null for bylines in the text.</summary>
    public string? Field { get; init; }

    /// <summary>
    /// For a name read beside the article's dateline (<see cref="BylineKind.NameBesideDateline"/>): where that dateline's
    /// line starts, as the name counts as a byline only beside it; -1 otherwise.
    /// </summary>
    public int DatelineStart { get; init; } = -1;
}

/// <summary>A source credit: where the text came from.</summary>
/// <param name="Kind">How it was written.</param>
/// <param name="Start">Offset of the whole credit.</param>
/// <param name="Length">Length of the whole credit.</param>
/// <param name="Source">The credited source as plain text ("Al Jazeera, News Agencies", "Reuters"), possibly empty.</param>
/// <param name="Link">The link on the credit, if it has one.</param>
public sealed record SourceCredit(SourceCreditKind Kind, int Start, int Length, string Source, MarkdownLink? Link)
{
    public int End => Start + Length;

    /// <summary>The dataset record's field it was read from (its span is then empty); null for credits in the text.</summary>
    public string? Field { get; init; }
}

/// <summary>One <c>key: value</c> of the YAML front matter at the top of a Markdown document.</summary>
/// <param name="Key">The key, in lower case.</param>
/// <param name="Value">The value, unquoted; list items joined with ", ".</param>
/// <param name="Start">Offset of the entry (its key).</param>
/// <param name="Length">Length of the entry, up to the end of its last value line.</param>
public sealed record MetadataEntry(string Key, string Value, int Start, int Length)
{
    public int End => Start + Length;
}

/// <summary>
/// The byline and source-credit shapes of a document, found line by line without the layout, wherever they stand,
/// and its front-matter metadata. Which of them are the article's is <see cref="Document.AttributionChoice"/>'s to say.
/// </summary>
public sealed record DocumentAttribution(
    IReadOnlyList<Byline> Bylines,
    IReadOnlyList<SourceCredit> SourceCredits,
    IReadOnlyList<MetadataEntry> Metadata)
{
    public static DocumentAttribution None { get; } = new([], [], []);
}
