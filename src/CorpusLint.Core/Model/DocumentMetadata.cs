namespace CorpusLint.Model;

/// <summary>What a field of a dataset record tells about the article beside its text.</summary>
public enum MetadataRole
{
    /// <summary>The record's identity in its dataset: it names the document (<c>news.jsonl#a1b2</c>).</summary>
    Id,

    /// <summary>The headline.</summary>
    Title,

    /// <summary>Who wrote the article: a byline (CL1001).</summary>
    Authors,

    /// <summary>When it was published (CL3001, CL3004, CL3005; relative dates are read from it).</summary>
    PublicationDate,

    /// <summary>When it was last changed: it dates the document but is never its publication date.</summary>
    UpdateDate,

    /// <summary>A credited source (an agency, the publisher the text is credited to): attribution like "Source: X" (CL1001).</summary>
    Source,

    /// <summary>The site the crawler found it on (<c>source_domain</c>): where it was found, not a credit.</summary>
    Site,

    /// <summary>The address it was read from.</summary>
    Url,

    /// <summary>
    /// The language the record says it is in (<c>de</c>, <c>pt-BR</c>, <c>German</c>): read as <c>corpuslint.language</c> is,
    /// for this record, and before it (<see cref="Document.DeclaredLanguage"/>).
    /// </summary>
    Language,
}

/// <summary>One field of a record that the field mapping took, with its value as text.</summary>
/// <param name="Role">What the field is to the linter.</param>
/// <param name="Name">The field's name in the record (<c>date_publish</c>).</param>
/// <param name="Values">Its value as text: one per item of a list, none for null, an empty string or an empty list.</param>
public sealed record MetadataField(MetadataRole Role, string Name, IReadOnlyList<string> Values)
{
    /// <summary>The value as one string (list items joined with ", ").</summary>
    public string Value => string.Join(", ", Values);

    /// <summary>True when the field is there but says nothing (null, "", [], whitespace).</summary>
    public bool IsEmpty => Values.Count == 0;
}

/// <summary>
/// What a document's source says about it besides its text: for a record of a dataset (JSON Lines, Parquet), the
/// fields its mapping took (title, authors, dates, source, url, id). Part of the document model: the publication-date
/// and attribution choices read it, the layout reads the title, and <c>inspect</c> shows it. Files have none.
/// </summary>
public sealed class DocumentMetadata
{
    public DocumentMetadata(IReadOnlyList<MetadataField> fields, string? textField = null, string? dataset = null)
    {
        Fields = fields;
        TextField = textField;
        Dataset = dataset;
    }

    public static DocumentMetadata None { get; } = new([]);

    /// <summary>The record's field that holds the document's text (<c>maintext</c>); null for files.</summary>
    public string? TextField { get; }

    /// <summary>The dataset file the record is in, as reports show it; null for files.</summary>
    public string? Dataset { get; }

    /// <summary>True for a record of a dataset: its text is a field's value, not a file (no final newline is expected).</summary>
    public bool IsRecord => TextField is not null;

    /// <summary>Every field taken, in the order of <see cref="MetadataRole"/>.</summary>
    public IReadOnlyList<MetadataField> Fields { get; }

    /// <summary>The field taken for <paramref name="role"/>, or null when the record has none.</summary>
    public MetadataField? this[MetadataRole role]
    {
        get
        {
            foreach (var field in Fields)
            {
                if (field.Role == role)
                {
                    return field;
                }
            }

            return null;
        }
    }
}
