namespace CorpusLint.Datasets;

/// <summary>What <see cref="JsonLineSource.Next"/> found.</summary>
internal enum LineStatus
{
    /// <summary>A line (<c>line</c> holds it, with its line break).</summary>
    Line,

    /// <summary>A line longer than the most a record may have: skipped without being held; <c>length</c> says how long.</summary>
    TooLong,

    /// <summary>The end of the stream.</summary>
    End,

    /// <summary>The compressed stream ends early or is damaged; <c>problem</c> says how. The partial line before it is dropped.</summary>
    Damaged,

    /// <summary>The file could not be read on; <c>problem</c> says why.</summary>
    Failed,
}

/// <summary>
/// Splits a stream (a file, or its decompression) into lines in a buffer that grows only as far as the longest line,
/// at most <c>maxLineBytes</c>: memory stays bounded whatever the file's size. Never throws: decompression and read
/// errors come back as <see cref="LineStatus.Damaged"/> and <see cref="LineStatus.Failed"/>.
/// </summary>
internal sealed class JsonLineSource(Stream stream, int maxLineBytes) : IDisposable
{
    /// <summary>The buffer's first size: a few news articles' lines.</summary>
    private const int InitialBufferBytes = 1 << 16;

    /// <summary>
    /// Most bytes asked of the stream at once. A decoder that meets the end of a truncated stream throws away what it had
    /// decoded in that call, so the records lost before the cut are at most this much; larger reads save little.
    /// </summary>
    private const int MaxReadBytes = 1 << 14;

    private byte[] _buffer = new byte[Math.Min(InitialBufferBytes, maxLineBytes + 2)];
    private int _start;
    private int _end;
    private bool _endOfStream;
    private string? _problem;
    private bool _failed;

    /// <summary>1-based number of the line last returned.</summary>
    public long LineNumber { get; private set; }

    /// <param name="line">The line with its line break (none for a last line without one); valid until the next call.</param>
    /// <param name="length">For <see cref="LineStatus.TooLong"/>: the line's length in bytes.</param>
    /// <param name="problem">For <see cref="LineStatus.Damaged"/> and <see cref="LineStatus.Failed"/>: what went wrong.</param>
    public LineStatus Next(out ReadOnlySpan<byte> line, out long length, out string? problem)
    {
        line = default;
        length = 0;
        problem = null;
        var searched = 0;
        while (true)
        {
            var newline = _buffer.AsSpan(_start + searched, _end - _start - searched).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var size = searched + newline + 1;
                line = _buffer.AsSpan(_start, size);
                _start += size;
                LineNumber++;
                return LineStatus.Line;
            }

            searched = _end - _start;
            if (_endOfStream)
            {
                if (_problem is not null)
                {
                    problem = _problem;
                    return _failed ? LineStatus.Failed : LineStatus.Damaged;
                }

                if (_end == _start)
                {
                    return LineStatus.End;
                }

                line = _buffer.AsSpan(_start, _end - _start);
                _start = _end;
                LineNumber++;
                return LineStatus.Line;
            }

            if (_end - _start > maxLineBytes)
            {
                length = SkipLine();
                LineNumber++;
                return LineStatus.TooLong; // a read problem on the way is returned by the next call
            }

            Fill();
        }
    }

    public void Dispose() => stream.Dispose();

    /// <summary>Reads more into the buffer, moving what is left to its start and growing it when a line fills it.</summary>
    private void Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, (int)Math.Min((long)_buffer.Length * 2, maxLineBytes + 2L));
        }

        var read = ReadSome(_buffer.AsSpan(_end));
        _end += read;
        _endOfStream = read == 0;
    }

    /// <summary>Drops the rest of a line too long to hold, reading on to its line break; returns its length.</summary>
    private long SkipLine()
    {
        long skipped = 0;
        while (true)
        {
            var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                skipped += newline + 1;
                _start += newline + 1;
                return skipped;
            }

            skipped += _end - _start;
            _start = _end = 0;
            var read = ReadSome(_buffer);
            if (read == 0)
            {
                _endOfStream = true;
                return skipped;
            }

            _end = read;
        }
    }

    private int ReadSome(Span<byte> into)
    {
        if (_problem is not null)
        {
            return 0;
        }

        try
        {
            return stream.Read(into[..Math.Min(into.Length, MaxReadBytes)]);
        }
        catch (Exception e) when (DatasetStreams.IsDamage(e))
        {
            _problem = DatasetStreams.DescribeDamage(e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _problem = Engine.DocumentFile.DescribeReadError(e);
            _failed = true;
        }

        return 0;
    }
}
