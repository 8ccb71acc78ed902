using Microsoft.Win32.SafeHandles;

namespace CorpusLint.Engine;

/// <summary>The bytes of one document, read at offsets: a file, or standard input kept in memory or spooled to a temporary file.</summary>
internal abstract class DocumentBytes : IDisposable
{
    public abstract long Length { get; }

    /// <summary>Reads up to <c>buffer.Length</c> bytes at <paramref name="offset"/>; fewer only at the end.</summary>
    public abstract int Read(Span<byte> buffer, long offset);

    /// <summary>Reads exactly <c>buffer.Length</c> bytes unless the end comes first; returns how many were read.</summary>
    public int ReadFully(Span<byte> buffer, long offset)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var read = Read(buffer[total..], offset + total);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }

    public virtual void Dispose()
    {
    }
}

/// <summary>
/// A file's bytes through its handle, as far as <see cref="Length"/> (its size when opened): a file that grows while
/// it is read (a log being written) is read as it was, so the read ends.
/// </summary>
internal sealed class FileDocumentBytes(SafeFileHandle handle, long length) : DocumentBytes
{
    public override long Length => length;

    public override int Read(Span<byte> buffer, long offset) =>
        offset >= length ? 0 : RandomAccess.Read(handle, buffer[..(int)Math.Min(buffer.Length, length - offset)], offset);
}

/// <summary>Standard input spooled to a temporary file, deleted when disposed.</summary>
internal sealed class SpooledDocumentBytes(FileStream spool) : DocumentBytes
{
    private readonly FileDocumentBytes _bytes = new(spool.SafeFileHandle, spool.Length);

    public override long Length => _bytes.Length;

    public override int Read(Span<byte> buffer, long offset) => _bytes.Read(buffer, offset);

    public override void Dispose() => spool.Dispose();
}

/// <summary>Bytes already in memory.</summary>
internal sealed class MemoryDocumentBytes(ReadOnlyMemory<byte> bytes) : DocumentBytes
{
    public override long Length => bytes.Length;

    public override int Read(Span<byte> buffer, long offset)
    {
        if (offset >= bytes.Length)
        {
            return 0;
        }

        var available = bytes.Span[(int)offset..];
        var count = Math.Min(available.Length, buffer.Length);
        available[..count].CopyTo(buffer);
        return count;
    }
}
