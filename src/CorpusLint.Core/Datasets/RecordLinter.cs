using System.Text;
using CorpusLint.Configuration;
using CorpusLint.Engine;
using CorpusLint.Model;
using CorpusLint.Rules;
using CorpusLint.Text;

namespace CorpusLint.Datasets;

/// <summary>
/// Lints one record of a dataset: its text field as a plain-text document with the record's metadata in the model
/// (positions are lines and columns of the text field), in windows when the text is too large to lint whole; a record
/// that cannot be linted is one CL0004 (CL0001 for a file that could not be read on, or a text over the size limit).
/// Every diagnostic carries the record's <see cref="RecordLocation"/>.
/// </summary>
public sealed class RecordLinter(LintEngine engine, DocumentLimits limits, IDocumentSummarizer? summarizer)
{
    public DocumentResult Lint(DocumentInput input, DocumentConfiguration configuration)
    {
        var record = input.Record!;
        if (record.Problem is { } problem)
        {
            return record.IsReadFailure
                ? Locate(DocumentResult.NotLinted(input.DisplayPath, problem), record)
                : Locate(BadRecord(input.DisplayPath, record.AboutFile ? problem : $"Bad record: {problem}", record.Bytes), record);
        }

        var text = record.Text!;
        var bytes = Encoding.UTF8.GetByteCount(text);
        if (bytes > limits.MaxDocumentBytes)
        {
            return Locate(DocumentResult.NotLinted(input.DisplayPath, DocumentLinter.TooLarge(limits), bytes), record);
        }

        if (bytes > limits.WholeDocumentBytes)
        {
            using var windows = new MemoryDocumentBytes(Encoding.UTF8.GetBytes(text));
            return Locate(new WindowedLinter(engine, limits).Lint(input.DisplayPath, windows, configuration) with { Bytes = record.Bytes }, record);
        }

        var document = CreateDocument(input.DisplayPath, text, record, configuration);
        var result = engine.Lint(document, configuration) with { Bytes = record.Bytes };
        if (summarizer is not null)
        {
            result = result with { Summary = summarizer.Summarize(document, input.CorpusPath, configuration) };
        }

        return Locate(result, record);
    }

    /// <summary>The document of a record's text: plain text unless the configuration says Markdown, with the record's metadata.</summary>
    public static Document CreateDocument(string path, string text, DatasetRecord record, DocumentConfiguration configuration) =>
        Document.Create(
            path,
            new DecodedSource(text, SourceEncoding.Utf8, [], IsBinary: false, Encoding.UTF8.GetByteCount(text)),
            configuration.Format ?? DocumentFormat.PlainText,
            record.Metadata,
            configuration.Language);

    /// <summary>The diagnostics with the record's location, which reports use to name and order records.</summary>
    internal static DocumentResult Locate(DocumentResult result, DatasetRecord record) =>
        result with { Diagnostics = [.. result.Diagnostics.Select(d => d with { Record = record.Location })] };

    private static DocumentResult BadRecord(string path, string message, long bytes) =>
        new(path, [EngineDiagnostics.Create(EngineDiagnostics.BadRecord, path, message)], []) { Bytes = bytes };
}
