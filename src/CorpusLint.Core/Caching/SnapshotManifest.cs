using CorpusLint.Engine;

namespace CorpusLint.Caching;

/// <summary>
/// The documents a report snapshot was rendered from, in report order: each one's shown path, stamp (size, times,
/// inode) and effective configuration (by the hash of its fingerprint). A snapshot is replayed only when a walk of the
/// inputs meets exactly these, in this order: <see cref="MatchesNext"/> for each input, then <see cref="AtEnd"/>.
/// Written by <see cref="SnapshotManifestWriter"/>.
/// </summary>
public sealed class SnapshotManifest
{
    private readonly ReadOnlyMemory<byte> _entries;
    private readonly UInt128[] _configurations;
    private readonly int _count;
    private int _position;
    private int _matched;

    private SnapshotManifest(ReadOnlyMemory<byte> entries, UInt128[] configurations, int count)
    {
        _entries = entries;
        _configurations = configurations;
        _count = count;
    }

    /// <summary>The number of documents.</summary>
    public int Count => _count;

    /// <summary>Whether every document was matched, in order.</summary>
    public bool AtEnd => _matched == _count;

    /// <summary>Whether the next document is <paramref name="displayPath"/> with this stamp and configuration; a false answer ends the match.</summary>
    public bool MatchesNext(string displayPath, DocumentStamp stamp, UInt128 configuration)
    {
        if (_matched == _count)
        {
            return false;
        }

        var reader = new CacheReader(_entries.Span[_position..]);
        var matches = reader.ReadStringEquals(displayPath)
            && reader.ReadVarintInt64() == stamp.Length
            && reader.ReadInt64() == stamp.LastWriteTimeUtc.Ticks
            && reader.ReadInt64() == stamp.ChangeTicks
            && reader.ReadUInt64() == stamp.FileId
            && reader.ReadCount() is var index && index < _configurations.Length && _configurations[index] == configuration;
        _position += reader.Position;
        _matched++;
        return matches;
    }

    /// <summary>
    /// Reads what <see cref="SnapshotManifestWriter.WriteTo"/> wrote, where <paramref name="reader"/> reads
    /// <paramref name="source"/>; the entries stay in it (megabytes for a large corpus, not copied) and are checked as
    /// they are matched.
    /// </summary>
    internal static SnapshotManifest Read(ref CacheReader reader, byte[] source)
    {
        var configurations = new UInt128[Math.Min(reader.ReadCount(), 1 << 20)];
        for (var i = 0; i < configurations.Length; i++)
        {
            configurations[i] = reader.ReadUInt128();
        }

        var count = reader.ReadCount();
        var length = reader.ReadCount();
        var start = reader.Position;
        reader.ReadBytes(length);
        return new SnapshotManifest(new ReadOnlyMemory<byte>(source, start, length), configurations, count);
    }
}

/// <summary>Builds a <see cref="SnapshotManifest"/> as a run reports its documents, one at a time, in report order.</summary>
public sealed class SnapshotManifestWriter
{
    private readonly CacheWriter _entries = new(1 << 16);
    private readonly Dictionary<UInt128, int> _configurationIndex = [];
    private readonly List<UInt128> _configurations = [];

    public int Count { get; private set; }

    public void Add(string displayPath, DocumentStamp stamp, UInt128 configuration)
    {
        if (!_configurationIndex.TryGetValue(configuration, out var index))
        {
            index = _configurationIndex[configuration] = _configurations.Count;
            _configurations.Add(configuration);
        }

        _entries.WriteString(displayPath);
        _entries.WriteVarint(stamp.Length);
        _entries.WriteInt64(stamp.LastWriteTimeUtc.Ticks);
        _entries.WriteInt64(stamp.ChangeTicks);
        _entries.WriteUInt64(stamp.FileId);
        _entries.WriteVarint((ulong)index);
        Count++;
    }

    internal void WriteTo(CacheWriter writer)
    {
        writer.WriteVarint((ulong)_configurations.Count);
        foreach (var configuration in _configurations)
        {
            writer.WriteUInt128(configuration);
        }

        writer.WriteVarint((ulong)Count);
        writer.WriteVarint((ulong)_entries.Length);
        writer.WriteBytes(_entries.Written);
    }
}
