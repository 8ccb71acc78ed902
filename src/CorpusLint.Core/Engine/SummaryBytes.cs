namespace CorpusLint.Engine;

/// <summary>A corpus-pass summary as bytes, the way the result cache and a report snapshot's edits keep it.</summary>
public static class SummaryBytes
{
    /// <summary>The summary as <see cref="IDocumentSummarizer.Write"/> writes it.</summary>
    public static byte[] ToBytes(this IDocumentSummarizer summarizer, object summary)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            summarizer.Write(summary, writer);
        }

        return stream.ToArray();
    }

    /// <summary>Reads back what <see cref="ToBytes"/> gave, for <paramref name="input"/>, every byte of it.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a whole summary of the summarizer's format.</exception>
    public static object FromBytes(this IDocumentSummarizer summarizer, ReadOnlyMemory<byte> bytes, DocumentInput input)
    {
        using var stream = new MemoryStream(bytes.ToArray(), writable: false);
        using var reader = new BinaryReader(stream);
        try
        {
            var summary = summarizer.Read(reader, input);
            return stream.Position == stream.Length ? summary : throw new InvalidDataException("a cached summary has bytes after its end");
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("a cached summary ends early", e);
        }
    }
}
