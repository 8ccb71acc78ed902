using Microsoft.Win32.SafeHandles;

namespace CorpusLint.Caching;

/// <summary>
/// Reads a snapshot's manifest entries from the file, in order, through a window of <see cref="WindowBytes"/>: a replay
/// over millions of documents never holds the manifest (about 90 bytes a document) in memory. Each cursor has its own
/// window and reads by offset, so cursors and the snapshot's checksum reading do not disturb one another.
/// </summary>
internal sealed class ManifestCursor(SafeFileHandle file, long entriesStart, long entriesLength)
{
    /// <summary>Read at a time; small beside the large-object heap's first budget, as <see cref="ReportSnapshot"/>'s pieces.</summary>
    private const int WindowBytes = 1 << 18;

    /// <summary>No entry is longer (a shown path is at most a few kilobytes): the window always holds the next one whole.</summary>
    private const int MaxEntryBytes = 1 << 16;

    private readonly byte[] _window = new byte[(int)Math.Min(WindowBytes, Math.Max(entriesLength, 1))];
    private long _windowAt = -1;
    private int _windowLength;

    /// <summary>Where the next entry starts, from the first entry.</summary>
    public long Position { get; private set; }

    /// <summary>The entries from <see cref="Position"/> on, at least the next one whole (or all that is left).</summary>
    /// <exception cref="InvalidDataException">The file ends before the manifest does.</exception>
    public ReadOnlySpan<byte> Ahead()
    {
        var remaining = entriesLength - Position;
        var needed = (int)Math.Min(remaining, MaxEntryBytes);
        if (_windowAt < 0 || Position < _windowAt || Position + needed > _windowAt + _windowLength)
        {
            _windowAt = Position;
            _windowLength = (int)Math.Min(remaining, _window.Length);
            if (RandomAccess.Read(file, _window.AsSpan(0, _windowLength), entriesStart + Position) != _windowLength)
            {
                throw new InvalidDataException("the manifest ends early (truncated)");
            }
        }

        var offset = (int)(Position - _windowAt);
        return _window.AsSpan(offset, _windowLength - offset);
    }

    /// <summary>Moves past <paramref name="bytes"/> bytes read from <see cref="Ahead"/>.</summary>
    public void Advance(int bytes) => Position += bytes;
}
