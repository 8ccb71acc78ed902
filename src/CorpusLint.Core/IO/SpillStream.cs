using System.Buffers;

namespace CorpusLint.IO;

/// <summary>
/// A stream written once and then read back (a run's held results, a report's trailing section): in memory up to
/// <see cref="MemoryBytes"/>, past it in a temporary file that is unlinked at once on Unix, so memory stays bounded
/// whatever a run holds and nothing is left behind however the process ends.
/// </summary>
/// <remarks>
/// In memory the bytes sit in pooled chunks of <see cref="DefaultChunkBytes"/>, not a <see cref="MemoryStream"/>: its array
/// doubles as it grows, and each new array is zeroed, faulted in and copied into (a run's results: about 3% of the CPU of
/// 2,000 articles, benchmarks/README). A rented chunk is not zeroed, and nothing is read from it that was not written.
/// </remarks>
public sealed class SpillStream : Stream
{
    private const int FileBufferBytes = 1 << 16;

    /// <summary>
    /// A power of two (the shared pool keeps such arrays for reuse) above the large object heap's threshold: chunks are
    /// held to the end of a run, and in the small object heap each would be copied by every collection that promotes it.
    /// Chunks that start small and double measured slower for a run's results (benchmarks/README).
    /// </summary>
    public const int DefaultChunkBytes = 1 << 18;

    private readonly List<byte[]> _chunks = [];
    private FileStream? _file;
    private long _position;

    /// <summary>Kept here: a file stream's length is an fstat(2), and readers of a spool ask for it per record.</summary>
    private long _length;

    private readonly int _chunkBytes;

    /// <param name="memoryBytes">Bytes kept in memory before the stream moves to a file.</param>
    /// <param name="chunkBytes">
    /// Size of each in-memory chunk: the default for a stream that may hold megabytes; a power of two well below it for
    /// one of many streams that each hold little (a whole default chunk each made the corpus pass's 128 partitions
    /// allocate 32 MB on the large object heap in every run, and a full collection with it).
    /// </param>
    public SpillStream(int memoryBytes, int chunkBytes = DefaultChunkBytes)
    {
        MemoryBytes = memoryBytes;
        _chunkBytes = chunkBytes;
    }

    public int MemoryBytes { get; }

    /// <summary>Whether the stream moved to a temporary file.</summary>
    public bool OnDisk => _file is not null;

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => true;

    public override long Length => _length;

    public override long Position
    {
        get => _file?.Position ?? _position;
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            if (_file is not null)
            {
                _file.Position = value;
            }
            else
            {
                _position = value;
            }
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (_file is null && _position + buffer.Length > MemoryBytes)
        {
            _file = ToFile();
        }

        if (_file is not null)
        {
            _file.Write(buffer);
            _length = Math.Max(_length, _file.Position);
            return;
        }

        // A write past the end (after a seek forward) leaves no unwritten bytes to read: the gap is zeroed.
        if (_position > _length)
        {
            Zero(_length, _position - _length);
        }

        CopyIn(_position, buffer);
        _position += buffer.Length;
        _length = Math.Max(_length, _position);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_file is not null)
        {
            return _file.Read(buffer);
        }

        var count = (int)Math.Clamp(_length - _position, 0, buffer.Length);
        for (var done = 0; done < count;)
        {
            var at = _position + done;
            var offset = (int)(at % _chunkBytes);
            var part = Math.Min(count - done, _chunkBytes - offset);
            _chunks[(int)(at / _chunkBytes)].AsSpan(offset, part).CopyTo(buffer[done..]);
            done += part;
        }

        _position += count;
        return count;
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        if (_file is not null)
        {
            return _file.Seek(offset, origin);
        }

        Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            SeekOrigin.End => _length + offset,
            _ => throw new ArgumentOutOfRangeException(nameof(origin)),
        };
        return _position;
    }

    public override void SetLength(long value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        if (_file is null && value > MemoryBytes)
        {
            _file = ToFile();
        }

        if (_file is not null)
        {
            _file.SetLength(value);
        }
        else if (value > _length)
        {
            Zero(_length, value - _length);
        }

        _length = value;
    }

    public override void Flush() => _file?.Flush();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _file?.Dispose();
            ReturnChunks();
        }

        base.Dispose(disposing);
    }

    private void CopyIn(long at, ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            var offset = (int)(at % _chunkBytes);
            var part = Math.Min(bytes.Length, _chunkBytes - offset);
            bytes[..part].CopyTo(ChunkAt(at).AsSpan(offset));
            bytes = bytes[part..];
            at += part;
        }
    }

    private void Zero(long at, long count)
    {
        for (var end = at + count; at < end;)
        {
            var offset = (int)(at % _chunkBytes);
            var part = (int)Math.Min(end - at, _chunkBytes - offset);
            ChunkAt(at).AsSpan(offset, part).Clear();
            at += part;
        }
    }

    private byte[] ChunkAt(long at)
    {
        var index = (int)(at / _chunkBytes);
        while (_chunks.Count <= index)
        {
            _chunks.Add(ArrayPool<byte>.Shared.Rent(_chunkBytes));
        }

        return _chunks[index];
    }

    private void ReturnChunks()
    {
        foreach (var chunk in _chunks)
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        _chunks.Clear();
    }

    private FileStream ToFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"corpuslint-spill-{Guid.NewGuid():N}.tmp");
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, FileBufferBytes, FileOptions.DeleteOnClose);
        if (!OperatingSystem.IsWindows())
        {
            // The open handle keeps the data; the name is gone, so no crash or kill leaves the file behind.
            File.Delete(path);
        }

        for (long at = 0; at < _length; at += _chunkBytes)
        {
            file.Write(_chunks[(int)(at / _chunkBytes)], 0, (int)Math.Min(_chunkBytes, _length - at));
        }

        file.Position = _position;
        ReturnChunks();
        return file;
    }
}
