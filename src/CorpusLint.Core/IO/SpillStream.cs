namespace CorpusLint.IO;

/// <summary>
/// A stream written once and then read back (a run's held results, a report's trailing section): in memory up to
/// <see cref="MemoryBytes"/>, past it in a temporary file that is unlinked at once on Unix, so memory stays bounded
/// whatever a run holds and nothing is left behind however the process ends.
/// </summary>
public sealed class SpillStream : Stream
{
    private const int FileBufferBytes = 1 << 16;

    private Stream _inner = new MemoryStream();

    /// <summary>Kept here: a file stream's length is an fstat(2), and readers of a spool ask for it per record.</summary>
    private long _length;

    /// <param name="memoryBytes">Bytes kept in memory before the stream moves to a file.</param>
    public SpillStream(int memoryBytes) => MemoryBytes = memoryBytes;

    public int MemoryBytes { get; }

    /// <summary>Whether the stream moved to a temporary file.</summary>
    public bool OnDisk => _inner is FileStream;

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => true;

    public override long Length => _length;

    public override long Position
    {
        get => _inner.Position;
        set => _inner.Position = value;
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (_inner is MemoryStream memory && memory.Length + buffer.Length > MemoryBytes)
        {
            _inner = ToFile(memory);
        }

        _inner.Write(buffer);
        _length = Math.Max(_length, _inner.Position);
    }

    public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);

    public override int Read(Span<byte> buffer) => _inner.Read(buffer);

    public override long Seek(long offset, SeekOrigin origin) => _inner.Seek(offset, origin);

    public override void SetLength(long value)
    {
        _inner.SetLength(value);
        _length = value;
    }

    public override void Flush() => _inner.Flush();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private static FileStream ToFile(MemoryStream memory)
    {
        var path = Path.Combine(Path.GetTempPath(), $"corpuslint-spill-{Guid.NewGuid():N}.tmp");
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, FileBufferBytes, FileOptions.DeleteOnClose);
        if (!OperatingSystem.IsWindows())
        {
            // The open handle keeps the data; the name is gone, so no crash or kill leaves the file behind.
            File.Delete(path);
        }

        memory.WriteTo(file);
        memory.Dispose();
        return file;
    }
}
