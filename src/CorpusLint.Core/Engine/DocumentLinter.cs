using CorpusLint.Configuration;
using CorpusLint.Model;
using CorpusLint.Text;

namespace CorpusLint.Engine;

/// <summary>
/// Reads one document within <see cref="DocumentLimits"/> and lints it: whole when it is small enough, in windows when
/// it is not (<see cref="WindowedLinter"/>), not at all when it is larger than the size limit or not a regular file.
/// </summary>
internal sealed class DocumentLinter(LintEngine engine, DocumentLimits limits, IDocumentSummarizer? summarizer, IFixStep? fixer = null)
{
    /// <summary>The one message for a document over the size limit, file or standard input alike.</summary>
    public static string TooLarge(DocumentLimits limits) =>
        $"larger than the size limit of {ByteSize.Format(limits.MaxDocumentBytes)} (--max-document-size)";

    public DocumentResult LintFile(DocumentInput input, DocumentConfiguration configuration)
    {
        using var file = DocumentFile.Open(input.FullPath, out var problem);
        if (file is null)
        {
            return DocumentResult.NotLinted(input.DisplayPath, problem!);
        }

        if (file.Length > limits.MaxDocumentBytes)
        {
            return DocumentResult.NotLinted(input.DisplayPath, TooLarge(limits), file.Length);
        }

        using var bytes = new FileDocumentBytes(file.Handle, file.Length);
        return Lint(input.DisplayPath, bytes, configuration) with { Stamp = new DocumentStamp(file.Length, file.LastWriteTimeUtc) };
    }

    /// <summary>Lints a document read from a stream (standard input) under the same limits as a file.</summary>
    public DocumentResult LintStream(DocumentInput input, Stream stream, DocumentConfiguration configuration)
    {
        using var bytes = StandardInputSpool.Read(stream, limits, out var length);
        if (bytes is null)
        {
            return DocumentResult.NotLinted(input.DisplayPath, TooLarge(limits), length);
        }

        var result = Lint(input.DisplayPath, bytes, configuration) with { Bytes = length };
        if (fixer is null || !result.IsLinted)
        {
            return result;
        }

        // The run holds standard input (in memory or spooled); a document linted in windows is not held whole to fix.
        byte[]? content = null;
        if (bytes.Length <= limits.WholeDocumentBytes)
        {
            var buffer = new byte[bytes.Length];
            var read = bytes.ReadFully(buffer, 0);
            content = read == buffer.Length ? buffer : buffer[..read];
        }

        return fixer.FixContent(input, configuration, result, content);
    }

    private DocumentResult Lint(string path, DocumentBytes bytes, DocumentConfiguration configuration)
    {
        if (bytes.Length > limits.WholeDocumentBytes)
        {
            return new WindowedLinter(engine, limits).Lint(path, bytes, configuration);
        }

        var buffer = new byte[bytes.Length];
        var read = bytes.ReadFully(buffer, 0);
        var document = Document.Create(path, SourceDecoder.Decode(buffer.AsSpan(0, read)));
        var result = engine.Lint(document, configuration) with { Bytes = read };
        return summarizer is null ? result : result with { Summary = summarizer.Summarize(document, configuration) };
    }
}
