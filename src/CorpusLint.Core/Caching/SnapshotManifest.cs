using CorpusLint.Engine;

namespace CorpusLint.Caching;

/// <summary>How an input compares with the next document of a <see cref="SnapshotManifest"/>.</summary>
public enum ManifestMatch
{
    /// <summary>Another document, another configuration or another size: the snapshot is not this run's report.</summary>
    Different,

    /// <summary>The same path, configuration, size and stamp: the same document, by its stamp.</summary>
    Same,

    /// <summary>The same path, configuration and size, another stamp (a touch, a fresh checkout): the same document only if its content hash is the manifest's.</summary>
    Restamped,
}

/// <summary>
/// The documents a report snapshot was rendered from, in report order: each one's shown path, stamp (size, times,
/// inode), content hash and effective configuration (by the hash of its fingerprint). A snapshot is replayed only when
/// a walk of the inputs meets exactly these, in this order: <see cref="MatchNext"/> for each input, then
/// <see cref="AtEnd"/>. Written by <see cref="SnapshotManifestWriter"/>.
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

    /// <summary>
    /// How <paramref name="displayPath"/>, with this stamp and configuration, compares with the next document; when it
    /// is <see cref="ManifestMatch.Restamped"/>, <paramref name="contentHash"/> is the hash its content had. Anything but
    /// a match ends the match.
    /// </summary>
    public ManifestMatch MatchNext(string displayPath, DocumentStamp stamp, UInt128 configuration, out UInt128 contentHash)
    {
        contentHash = default;
        if (_matched == _count)
        {
            return ManifestMatch.Different;
        }

        var reader = new CacheReader(_entries.Span[_position..]);
        bool path, stamped;
        long length;
        int index;
        try
        {
            path = reader.ReadStringEquals(displayPath);
            length = reader.ReadVarintInt64();
            stamped = reader.ReadInt64() == stamp.LastWriteTimeUtc.Ticks & reader.ReadInt64() == stamp.ChangeTicks & reader.ReadUInt64() == stamp.FileId;
            index = reader.ReadCount();
            contentHash = reader.ReadUInt128();
        }
        catch (InvalidDataException)
        {
            // A damaged manifest matches nothing (its checksum, checked beside, says it is damaged).
            return ManifestMatch.Different;
        }

        _position += reader.Position;
        _matched++;
        var same = path && length == stamp.Length && index < _configurations.Length && _configurations[index] == configuration;
        return !same ? ManifestMatch.Different : stamped ? ManifestMatch.Same : ManifestMatch.Restamped;
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

    public void Add(string displayPath, DocumentStamp stamp, UInt128 contentHash, UInt128 configuration)
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
        _entries.WriteUInt128(contentHash);
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
