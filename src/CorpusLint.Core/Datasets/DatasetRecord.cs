using CorpusLint.Model;

namespace CorpusLint.Datasets;

/// <summary>
/// One record of a dataset as read, on its way to being linted as a document (<see cref="Engine.DocumentInput.Record"/>):
/// its text and metadata, or why it cannot be linted; and, when <c>--fix</c> writes a fixed copy of the dataset, what
/// the copy needs to write it back with only its text changed. A record may also stand for a problem of the file
/// itself (a compressed stream that ends early), reported where the reading stopped.
/// </summary>
public sealed class DatasetRecord
{
    public required RecordLocation Location { get; init; }

    /// <summary>The text field's value; null when the record has a <see cref="Problem"/>.</summary>
    public string? Text { get; init; }

    /// <summary>The fields the mapping took (title, authors, dates, ...) and the name of the text field.</summary>
    public DocumentMetadata Metadata { get; init; } = DocumentMetadata.None;

    /// <summary>Why the record cannot be linted (malformed JSON, no text field, a text that is not a string); reported as CL0004.</summary>
    public string? Problem { get; init; }

    /// <summary>True when <see cref="Problem"/> is about the file rather than one record: the diagnostic names the file.</summary>
    public bool AboutFile { get; init; }

    /// <summary>True when the file could not be read on (an I/O error): reported as CL0001, a document not linted.</summary>
    public bool IsReadFailure { get; init; }

    /// <summary>Bytes the record takes in the dataset (its JSON line, or its text in a Parquet file).</summary>
    public long Bytes { get; init; }

    /// <summary>For a fixed copy of a JSON Lines dataset: the record's bytes as read (blank lines before it, the line, its line break).</summary>
    public byte[]? Raw { get; init; }

    /// <summary>For a fixed copy of a JSON Lines dataset: where the text field's value (with its quotes) stands in <see cref="Raw"/>.</summary>
    public Range TextToken { get; init; }

    /// <summary>For Parquet: the record's row group (0-based), its row in it, and how many rows the group has.</summary>
    public (int Group, int Row, int Rows) RowGroup { get; init; }

    /// <summary>What the record is called after its file's name: its id, or its number when it has none.</summary>
    public string Name => Location.Id ?? Location.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
