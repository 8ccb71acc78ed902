using System.Buffers;
using CorpusLint.Configuration;
using CorpusLint.Engine.Timing;
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

    /// <summary>
    /// Reads and lints a file. When <paramref name="cache"/> is given, the bytes read are hashed and the cache asked for
    /// a result of that content first (a file touched but not changed is not linted again).
    /// </summary>
    public DocumentResult LintFile(DocumentInput input, DocumentConfiguration configuration, IDocumentResultCache? cache = null)
    {
        var openedAt = DateTime.UtcNow;
        using var file = Open(input.FullPath, out var problem);
        if (file is null)
        {
            return DocumentResult.NotLinted(input.DisplayPath, problem!);
        }

        if (file.Length > limits.MaxDocumentBytes)
        {
            return DocumentResult.NotLinted(input.DisplayPath, TooLarge(limits), file.Length);
        }

        using var bytes = new FileDocumentBytes(file.Handle, file.Length);
        if (file.Length > limits.WholeDocumentBytes)
        {
            // Too large to hold: hashed in a pass of its own (a second read, only of documents this large) when a cache asks.
            var whole = cache is null ? (DocumentRead?)null : new DocumentRead(file.Stamp, ContentHashing.Hash(bytes), openedAt);
            return (whole is { } known ? Cached(known) : null)
                ?? (new WindowedLinter(engine, limits).Lint(input.DisplayPath, bytes, configuration) with { Read = whole });
        }

        // Pooled: a run reads a million documents of a few kilobytes, and each buffer is done with once decoded.
        var buffer = ArrayPool<byte>.Shared.Rent((int)file.Length);
        try
        {
            var content = ReadWhole(bytes, buffer.AsSpan(0, (int)file.Length), out var hash);
            var read = new DocumentRead(file.Stamp, hash, openedAt);
            return Cached(read) ?? (LintWhole(input, content, configuration) with { Read = read });
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        DocumentResult? Cached(DocumentRead read)
        {
            if (cache is null)
            {
                return null;
            }

            using var timed = PartClock.Continue(TimedParts.Cache);
            return cache.LookupContent(input, configuration, read) is { } cached ? cached with { FromCache = true } : null;
        }
    }

    private static OpenedFile? Open(string path, out string? problem)
    {
        using var timed = PartClock.Enter(TimedParts.Read);
        return DocumentFile.Open(path, out problem);
    }

    private static Span<byte> ReadWhole(FileDocumentBytes bytes, Span<byte> buffer, out Hash128 hash)
    {
        using var timed = PartClock.Continue(TimedParts.Read);
        var content = buffer[..bytes.ReadFully(buffer, 0)];
        hash = Hash128.Of(content);
        return content;
    }

    /// <summary>Lints a document read from a stream (standard input) under the same limits as a file.</summary>
    public DocumentResult LintStream(DocumentInput input, Stream stream, DocumentConfiguration configuration)
    {
        using var bytes = StandardInputSpool.Read(stream, limits, out var length);
        if (bytes is null)
        {
            return DocumentResult.NotLinted(input.DisplayPath, TooLarge(limits), length);
        }

        var result = Lint(input, bytes, configuration) with { Bytes = length };
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

    private DocumentResult Lint(DocumentInput input, DocumentBytes bytes, DocumentConfiguration configuration)
    {
        if (bytes.Length > limits.WholeDocumentBytes)
        {
            return new WindowedLinter(engine, limits).Lint(input.DisplayPath, bytes, configuration);
        }

        var buffer = ArrayPool<byte>.Shared.Rent((int)bytes.Length);
        try
        {
            return LintWhole(input, buffer.AsSpan(0, bytes.ReadFully(buffer.AsSpan(0, (int)bytes.Length), 0)), configuration);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private DocumentResult LintWhole(DocumentInput input, ReadOnlySpan<byte> content, DocumentConfiguration configuration)
    {
        var document = Document.Create(input.DisplayPath, Decode(content), configuration.Format, language: configuration.Language);
        var result = engine.Lint(document, configuration) with { Bytes = content.Length };
        if (summarizer is null)
        {
            return result;
        }

        using var timed = PartClock.Enter(TimedParts.Summary);
        return result with { Summary = summarizer.Summarize(document, input.CorpusPath, configuration) };
    }

    private static DecodedSource Decode(ReadOnlySpan<byte> content)
    {
        using var timed = PartClock.Enter(TimedParts.Decode);
        return SourceDecoder.Decode(content);
    }
}
