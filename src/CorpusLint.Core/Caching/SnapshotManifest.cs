using CorpusLint.Engine;
using CorpusLint.IO;
using Microsoft.Win32.SafeHandles;

namespace CorpusLint.Caching;

/// <summary>How an input compares with the next document of a <see cref="SnapshotManifest"/>.</summary>
public enum ManifestMatch
{
    /// <summary>Another document, or another configuration that counts the document's lines for the corpus pass otherwise: the snapshot is not this run's report.</summary>
    Different,

    /// <summary>The same path, configuration, size and stamp: the same document, by its stamp.</summary>
    Same,

    /// <summary>The same path, configuration and size, another stamp (a touch, a fresh checkout): the same document only if its content hash is the manifest's.</summary>
    Restamped,

    /// <summary>The same path and configuration, another size: an edited document, whose part of the report may be replaced.</summary>
    Resized,

    /// <summary>
    /// The same path, another configuration with the same corpus-pass settings (<see cref="ManifestConfiguration.CorpusSettings"/>):
    /// a document whose part of the report may be replaced, whatever its stamp says.
    /// </summary>
    Reconfigured,

    /// <summary>
    /// Another path than the next document's, or none is left: the input was added, or the next document was deleted.
    /// Nothing was consumed: <see cref="SnapshotManifest.NextPath"/> tells which, and <see cref="SnapshotManifest.SkipNext"/> passes a deleted one.
    /// </summary>
    OtherPath,
}

/// <summary>What the report of one document was: its bytes in the report's body and its diagnostics (all counted, <see cref="Written"/> shown).</summary>
public readonly record struct DocumentPart(long Bytes, int Errors, int Warnings, int Suggestions, int Written)
{
    public static DocumentPart operator +(DocumentPart a, DocumentPart b) =>
        new(a.Bytes + b.Bytes, a.Errors + b.Errors, a.Warnings + b.Warnings, a.Suggestions + b.Suggestions, a.Written + b.Written);

    public static DocumentPart operator -(DocumentPart a, DocumentPart b) =>
        new(a.Bytes - b.Bytes, a.Errors - b.Errors, a.Warnings - b.Warnings, a.Suggestions - b.Suggestions, a.Written - b.Written);
}

/// <summary>A document of a <see cref="SnapshotManifest"/> as matched: its size and the hash its content had then, and its part of the report.</summary>
public readonly record struct ManifestEntry(long Length, Hash128 ContentHash, DocumentPart Part);

/// <summary>
/// The documents a report snapshot was rendered from, in report order: each one's shown path, stamp (size, times,
/// inode; or none that vouches, for a document changed just before it was read), content hash, effective
/// configuration (<see cref="ManifestConfiguration"/>) and part of the report. A snapshot is replayed only when a walk of
/// the inputs meets exactly these, in this order: <see cref="MatchNext"/> for each input, then <see cref="AtEnd"/>.
/// Written by <see cref="SnapshotManifestWriter"/>; <see cref="Rewrite"/> gives the manifest of a report in which some
/// documents' parts were replaced.
/// </summary>
public sealed class SnapshotManifest
{
    private readonly SafeFileHandle _file;
    private readonly long _entriesStart;
    private readonly long _entriesLength;
    private readonly ManifestCursor _cursor;
    private readonly ManifestConfiguration[] _configurations;
    private readonly int _count;
    private int _matched;

    private SnapshotManifest(SafeFileHandle file, long entriesStart, long entriesLength, ManifestConfiguration[] configurations, int count)
    {
        _file = file;
        _entriesStart = entriesStart;
        _entriesLength = entriesLength;
        _cursor = new ManifestCursor(file, entriesStart, entriesLength);
        _configurations = configurations;
        _count = count;
    }

    /// <summary>The number of documents.</summary>
    public int Count => _count;

    /// <summary>Whether every document was matched, in order.</summary>
    public bool AtEnd => _matched == _count;

    /// <summary>
    /// How <paramref name="displayPath"/>, with this stamp and configuration, compares with the next document, whose
    /// content hash and part of the report are <paramref name="entry"/>. <see cref="ManifestMatch.Different"/> ends the
    /// match; <see cref="ManifestMatch.OtherPath"/> leaves the next document where it is.
    /// </summary>
    public ManifestMatch MatchNext(string displayPath, DocumentStamp stamp, ManifestConfiguration configuration, out ManifestEntry entry)
    {
        entry = default;
        if (_matched == _count)
        {
            return ManifestMatch.OtherPath;
        }

        bool path, stamped;
        long length;
        int index;
        int read;
        try
        {
            var reader = new CacheReader(_cursor.Ahead());
            path = reader.ReadStringEquals(displayPath);
            length = reader.ReadVarintInt64();
            stamped = reader.ReadInt64() == stamp.LastWriteTimeUtc.Ticks & reader.ReadInt64() == stamp.ChangeTicks & reader.ReadUInt64() == stamp.FileId;
            index = reader.ReadCount();
            entry = new ManifestEntry(length, reader.ReadHash128(), ReadPart(ref reader));
            read = reader.Position;
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            // A damaged manifest matches nothing (its checksum, checked beside, says it is damaged).
            return ManifestMatch.Different;
        }

        if (!path)
        {
            entry = default;
            return ManifestMatch.OtherPath;
        }

        _cursor.Advance(read);
        _matched++;
        if (index >= _configurations.Length)
        {
            return ManifestMatch.Different;
        }

        if (_configurations[index].Whole != configuration.Whole)
        {
            return _configurations[index].CorpusSettings == configuration.CorpusSettings ? ManifestMatch.Reconfigured : ManifestMatch.Different;
        }

        return length != stamp.Length ? ManifestMatch.Resized : stamped ? ManifestMatch.Same : ManifestMatch.Restamped;
    }

    /// <summary>The shown path of the next document, or null when every one was matched or passed (or the manifest is damaged).</summary>
    public string? NextPath()
    {
        if (_matched == _count)
        {
            return null;
        }

        try
        {
            return new CacheReader(_cursor.Ahead()).ReadString();
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return null;
        }
    }

    /// <summary>Passes the next document (deleted since the snapshot), giving its entry; false when none is left or the manifest is damaged.</summary>
    public bool SkipNext(out ManifestEntry entry)
    {
        entry = default;
        if (_matched == _count)
        {
            return false;
        }

        try
        {
            var reader = new CacheReader(_cursor.Ahead());
            reader.SkipString();
            var length = reader.ReadVarintInt64();
            reader.ReadInt64();
            reader.ReadInt64();
            reader.ReadUInt64();
            reader.ReadCount();
            entry = new ManifestEntry(length, reader.ReadHash128(), ReadPart(ref reader));
            _cursor.Advance(reader.Position);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return false;
        }

        _matched++;
        return true;
    }

    /// <summary>
    /// The manifest of this report with some documents' stamps replaced (<paramref name="restamps"/>, in index order:
    /// touched documents, same size and content), some entries replaced whole (by their index), each with the
    /// configuration it had unless it says another, some documents added (<paramref name="insertions"/>, in report order) and some deleted (by
    /// their index): the entries of the others are copied as they are.
    /// </summary>
    public SnapshotManifestWriter Rewrite(
        IReadOnlyList<ManifestRestamp> restamps,
        IReadOnlyDictionary<int, ManifestReplacement> replacements,
        IReadOnlyList<ManifestInsertion> insertions,
        IReadOnlySet<int> deletions)
    {
        var writer = new SnapshotManifestWriter(_configurations);
        var cursor = new ManifestCursor(_file, _entriesStart, _entriesLength);
        var next = 0;
        var inserted = 0;
        for (var i = 0; i < _count; i++)
        {
            inserted = Insert(writer, insertions, inserted, before: i);
            var ahead = cursor.Ahead();
            var reader = new CacheReader(ahead);
            var displayPath = next < restamps.Count && restamps[next].Index == i ? reader.ReadString() : null;
            if (displayPath is null)
            {
                reader.SkipString();
            }

            reader.ReadVarint();
            reader.ReadInt64();
            reader.ReadInt64();
            reader.ReadUInt64();
            var index = reader.ReadCount();
            var contentHash = reader.ReadHash128();
            var part = ReadPart(ref reader);
            if (deletions.Contains(i))
            {
                // Deleted since: left out.
            }
            else if (replacements.TryGetValue(i, out var replacement))
            {
                var configuration = replacement.Configuration is { } changed ? writer.IndexOf(changed) : index;
                writer.AddAt(replacement.DisplayPath, replacement.Stamp, replacement.StampVouches, replacement.ContentHash, configuration, replacement.Part);
            }
            else if (displayPath is not null)
            {
                writer.AddAt(displayPath, restamps[next].Stamp, restamps[next].StampVouches, contentHash, index, part);
            }
            else
            {
                writer.AddEntry(ahead[..reader.Position]);
            }

            cursor.Advance(reader.Position);
            next += displayPath is null ? 0 : 1;
        }

        Insert(writer, insertions, inserted, before: _count);
        return writer;
    }

    /// <summary>Writes the added documents that stand before the entry at <paramref name="before"/>; gives the next one not written.</summary>
    private static int Insert(SnapshotManifestWriter writer, IReadOnlyList<ManifestInsertion> insertions, int next, int before)
    {
        for (; next < insertions.Count && insertions[next].Before == before; next++)
        {
            var (_, entry, configuration) = insertions[next];
            writer.Add(entry.DisplayPath, entry.Stamp, entry.StampVouches, entry.ContentHash, configuration, entry.Part);
        }

        return next;
    }

    private static DocumentPart ReadPart(ref CacheReader reader) =>
        new(reader.ReadVarintInt64(), reader.ReadCount(), reader.ReadCount(), reader.ReadCount(), reader.ReadCount());

    /// <summary>
    /// Reads the head <see cref="SnapshotManifestWriter.WriteHeadTo"/> wrote, where <paramref name="reader"/> reads
    /// <paramref name="file"/> from the offset <paramref name="readerStart"/>; the entries follow the head in the file and
    /// are read from it as they are matched, never held whole (hundreds of megabytes for millions of documents).
    /// </summary>
    internal static SnapshotManifest Read(ref CacheReader reader, SafeFileHandle file, long readerStart)
    {
        var configurations = new ManifestConfiguration[Math.Min(reader.ReadCount(), 1 << 20)];
        for (var i = 0; i < configurations.Length; i++)
        {
            configurations[i] = new ManifestConfiguration(reader.ReadHash128(), reader.ReadHash128());
        }

        var count = reader.ReadCount();
        var length = reader.ReadVarintInt64();
        return new SnapshotManifest(file, readerStart + reader.Position, length, configurations, count);
    }

    /// <summary>The bytes of the entries.</summary>
    internal long EntriesLength => _entriesLength;
}

/// <summary>A touched document's new stamp in a rewritten <see cref="SnapshotManifest"/> (its size and content are the same).</summary>
public readonly record struct ManifestRestamp(int Index, DocumentStamp Stamp, bool StampVouches);

/// <summary>A document added before the entry at <paramref name="Before"/> (the number of entries: after the last), with its configuration.</summary>
public sealed record ManifestInsertion(int Before, ManifestReplacement Entry, ManifestConfiguration Configuration);

/// <summary>A document's new entry in a rewritten <see cref="SnapshotManifest"/>.</summary>
/// <param name="StampVouches">Whether the stamp alone can vouch for the content (see <see cref="SnapshotManifestWriter.Add(string, DocumentStamp, bool, Hash128, ManifestConfiguration, DocumentPart)"/>).</param>
public sealed record ManifestReplacement(string DisplayPath, DocumentStamp Stamp, bool StampVouches, Hash128 ContentHash, DocumentPart Part)
{
    /// <summary>The document's configuration when it is not the one the manifest has for it (a reconfigured document).</summary>
    public ManifestConfiguration? Configuration { get; init; }
}

/// <summary>
/// Builds a <see cref="SnapshotManifest"/> as a run reports its documents, one at a time, in report order. The entries
/// (about 90 bytes a document) go to a spill stream, in memory up to <see cref="EntriesMemoryBytes"/> and then in a
/// temporary file, so that a run over millions of documents does not hold them all.
/// </summary>
public sealed class SnapshotManifestWriter : IDisposable
{
    private const int EntriesMemoryBytes = 1 << 20;

    private const int CopyBufferBytes = 1 << 16;

    /// <summary>Stored for the modification time of a stamp that cannot vouch for its content: no file has it, so the document is always hashed.</summary>
    private const long NoVouchingTime = -1;

    private readonly SpillStream _entries = new(EntriesMemoryBytes);
    private readonly CacheWriter _entry = new();
    private readonly Dictionary<ManifestConfiguration, int> _configurationIndex = [];
    private readonly List<ManifestConfiguration> _configurations = [];

    public SnapshotManifestWriter()
    {
    }

    /// <summary>A manifest that starts with these configurations, in this order (a rewrite keeps the old indexes).</summary>
    internal SnapshotManifestWriter(IEnumerable<ManifestConfiguration> configurations)
    {
        foreach (var configuration in configurations)
        {
            IndexOf(configuration);
        }
    }

    public int Count { get; private set; }

    /// <param name="stampVouches">
    /// False for a document changed within the stamp settle time before it was read: it may change again without its
    /// stamp changing, so a replay hashes it rather than trust the stamp.
    /// </param>
    public void Add(string displayPath, DocumentStamp stamp, bool stampVouches, Hash128 contentHash, ManifestConfiguration configuration, DocumentPart part) =>
        AddAt(displayPath, stamp, stampVouches, contentHash, IndexOf(configuration), part);

    /// <summary>Adds a document whose configuration is the one at <paramref name="configurationIndex"/>.</summary>
    internal void AddAt(string displayPath, DocumentStamp stamp, bool stampVouches, Hash128 contentHash, int configurationIndex, DocumentPart part)
    {
        _entry.Clear();
        _entry.WriteString(displayPath);
        _entry.WriteVarint(stamp.Length);
        _entry.WriteInt64(stampVouches ? stamp.LastWriteTimeUtc.Ticks : NoVouchingTime);
        _entry.WriteInt64(stamp.ChangeTicks);
        _entry.WriteUInt64(stamp.FileId);
        _entry.WriteVarint((ulong)configurationIndex);
        _entry.WriteHash128(contentHash);
        _entry.WriteVarint(part.Bytes);
        _entry.WriteVarint((ulong)part.Errors);
        _entry.WriteVarint((ulong)part.Warnings);
        _entry.WriteVarint((ulong)part.Suggestions);
        _entry.WriteVarint((ulong)part.Written);
        AddEntry(_entry.Written);
    }

    /// <summary>An entry as another manifest with the same configuration indexes stored it.</summary>
    internal void AddEntry(ReadOnlySpan<byte> entry)
    {
        _entries.Write(entry);
        Count++;
    }

    internal int IndexOf(ManifestConfiguration configuration)
    {
        if (!_configurationIndex.TryGetValue(configuration, out var index))
        {
            index = _configurationIndex[configuration] = _configurations.Count;
            _configurations.Add(configuration);
        }

        return index;
    }

    /// <summary>The manifest's head: its configurations, the number of entries and their length; the entries follow it (<see cref="CopyEntriesTo"/>).</summary>
    internal void WriteHeadTo(CacheWriter writer)
    {
        writer.WriteVarint((ulong)_configurations.Count);
        foreach (var configuration in _configurations)
        {
            writer.WriteHash128(configuration.Whole);
            writer.WriteHash128(configuration.CorpusSettings);
        }

        writer.WriteVarint((ulong)Count);
        writer.WriteVarint((ulong)_entries.Length);
    }

    /// <summary>The bytes of the entries, after <see cref="WriteHeadTo"/>'s head.</summary>
    internal long EntriesLength => _entries.Length;

    /// <summary>Hands the entries on in chunks, in order.</summary>
    internal void CopyEntriesTo(Action<ReadOnlySpan<byte>> write)
    {
        var buffer = new byte[CopyBufferBytes];
        _entries.Position = 0;
        int read;
        while ((read = _entries.Read(buffer)) > 0)
        {
            write(buffer.AsSpan(0, read));
        }

        _entries.Position = _entries.Length;
    }

    public void Dispose() => _entries.Dispose();
}
