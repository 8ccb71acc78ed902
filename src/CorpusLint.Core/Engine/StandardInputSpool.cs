using CorpusLint.Text;

namespace CorpusLint.Engine;

/// <summary>
/// Reads a document from a stream of unknown length (standard input) under the same size limit as files: in memory
/// up to the size that is linted whole, in a temporary file beyond it, and never past the limit: reading stops there.
/// Past the whole-document size, input that begins like a binary file is counted, not kept.
/// </summary>
internal static class StandardInputSpool
{
    private const int ReadBufferBytes = 1 << 16;

    /// <summary>The bytes read, or null when the stream holds more than <see cref="DocumentLimits.MaxDocumentBytes"/>.</summary>
    public static DocumentBytes? Read(Stream input, DocumentLimits limits, out long length)
    {
        var memory = new MemoryStream();
        FileStream? spool = null;
        var countOnly = false;
        var buffer = new byte[ReadBufferBytes];
        length = 0;
        try
        {
            int read;
            while ((read = input.Read(buffer)) > 0)
            {
                length += read;
                if (length > limits.MaxDocumentBytes)
                {
                    spool?.Dispose();
                    return null;
                }

                if (spool is null && !countOnly && memory.Length + read > limits.WholeDocumentBytes)
                {
                    var head = memory.GetBuffer().AsSpan(0, (int)memory.Length);
                    countOnly = SourceDecoder.LooksBinary(head[SourceDecoder.DetectEncoding(head).BomLength..]);
                    if (!countOnly)
                    {
                        spool = CreateSpool();
                        memory.WriteTo(spool);
                        memory = new MemoryStream();
                    }
                }

                if (spool is not null)
                {
                    spool.Write(buffer, 0, read);
                }
                else if (!countOnly)
                {
                    memory.Write(buffer, 0, read);
                }
            }

            if (spool is null)
            {
                return new MemoryDocumentBytes(memory.GetBuffer().AsMemory(0, (int)memory.Length));
            }

            spool.Flush();
            return new SpooledDocumentBytes(spool);
        }
        catch
        {
            spool?.Dispose();
            throw;
        }
    }

    private static FileStream CreateSpool() => new(
        Path.Combine(Path.GetTempPath(), $"corpuslint-stdin-{Guid.NewGuid():N}.tmp"),
        FileMode.CreateNew,
        FileAccess.ReadWrite,
        FileShare.None,
        ReadBufferBytes,
        FileOptions.DeleteOnClose);
}
