using System.Buffers.Binary;
using CorpusLint.Caching;
using CorpusLint.IO;

namespace CorpusLint.Corpus;

/// <summary>
/// The counts behind <see cref="RepetitionAnalysis"/>: per line hash, the documents that hold it, and per group, its size
/// and the lowest <c>min_documents</c> and <c>min_share</c> of its documents. A run counts exactly (<see cref="Add"/>):
/// each document's line hashes go to one of <see cref="Partitions"/> spill streams by hash, not into one table, so memory
/// does not grow with the corpus (a million documents hold tens of millions of distinct lines); once every document was
/// added, each partition is counted on its own and only the lines that could matter are kept: those in at least
/// <see cref="KeptFloor"/> documents, one below the lowest threshold of any group. A report snapshot keeps those
/// (<see cref="Write"/>), so that a later run can take one edited document out and put its new version in
/// (<see cref="TryReplace"/>) without reading the others.
/// <para>
/// Counts below the floor are bounds: a line missing from the kept counts is in at most <c>floor − 1</c> documents, and
/// a line an edit added to a document counts as if that many other documents held it too. A line is only ever reported
/// at or above its group's <see cref="Threshold"/>, above the floor, and every replacement is refused unless each line
/// it changes stays below it before and after, so the counts at or above a threshold, the only ones a report shows,
/// stay exact.
/// </para>
/// </summary>
public sealed class RepetitionCounts
{
    /// <summary>Spill streams the line hashes are split into while counting; one is counted at a time at the end.</summary>
    internal const int Partitions = 128;

    /// <summary>Bytes of hashes a partition keeps in memory before it moves to a temporary file (8 MB for all of them).</summary>
    private const int PartitionMemoryBytes = 1 << 16;

    /// <summary>A partition's in-memory chunks: small, since a run of a few thousand documents puts a few kilobytes in each.</summary>
    private const int PartitionChunkBytes = 1 << 13;

    private const int HashBytes = sizeof(ulong);

    private readonly Dictionary<ulong, GroupTally> _groups;
    private readonly Lock _sealGate = new();
    private SpillStream[]? _partitions;
    private readonly Dictionary<ulong, int> _lines;

    /// <summary>What a line missing from the kept counts is taken to be in: at most one below the floor.</summary>
    private int _missing;

    public RepetitionCounts()
        : this([], [], missing: 0)
    {
        _partitions = new SpillStream[Partitions];
    }

    private RepetitionCounts(Dictionary<ulong, int> lines, Dictionary<ulong, GroupTally> groups, int missing)
    {
        _lines = lines;
        _groups = groups;
        _missing = missing;
    }

    /// <summary>Counts a document's lines and its membership of its group; only before the counts are first read.</summary>
    public void Add(DocumentFingerprints fingerprints)
    {
        var partitions = _partitions ?? throw new InvalidOperationException("the counts were read already; no document can be added");
        _groups[fingerprints.Group] = _groups.TryGetValue(fingerprints.Group, out var tally)
            ? tally.With(fingerprints)
            : GroupTally.Of(fingerprints);
        Span<byte> record = stackalloc byte[HashBytes];
        foreach (var hash in fingerprints.Hashes)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(record, hash);
            (partitions[PartitionOf(hash)] ??= new SpillStream(PartitionMemoryBytes, PartitionChunkBytes)).Write(record);
        }
    }

    /// <summary>The documents holding the line <paramref name="hash"/>, exact at or above <see cref="KeptFloor"/>, else a bound below it.</summary>
    public int Of(ulong hash)
    {
        Seal();
        return _lines.TryGetValue(hash, out var count) ? count : _missing;
    }

    /// <summary>The fewest documents a line is in for its count to be kept exactly: one below the lowest threshold of any group, and at least 2.</summary>
    public int KeptFloor
    {
        get
        {
            Seal();
            return _missing + 1;
        }
    }

    /// <summary>The documents in the group <paramref name="group"/>.</summary>
    public int GroupSize(ulong group)
    {
        Seal();
        return _groups.GetValueOrDefault(group).Size;
    }

    /// <summary>The fewest documents a line of <paramref name="group"/> must be in to be reported in any document of it.</summary>
    public int Threshold(ulong group)
    {
        Seal();
        return _groups.TryGetValue(group, out var tally) ? Threshold(tally) : int.MaxValue;
    }

    private static int Threshold(GroupTally tally) => Threshold(tally.MinDocuments, tally.MinSharePercent, tally.Size);

    /// <summary>The fewest documents a line must be in to be reported in a document with these settings, in a group of <paramref name="groupSize"/>.</summary>
    public static int Threshold(int minDocuments, int minSharePercent, int groupSize) =>
        Math.Max(minDocuments, (int)Math.Ceiling(minSharePercent / 100.0 * groupSize));

    /// <summary>
    /// Counts a document added since the counts were sealed (null: the rule is off for it), when that changes what no
    /// other document reports: its settings within its group's, no line reported or not for the group's new size (a
    /// share of a group moves with its size), and each of its lines below the threshold. False, with nothing changed,
    /// otherwise.
    /// </summary>
    public bool TryAdd(DocumentFingerprints? added)
    {
        Seal();
        if (added is null)
        {
            return true;
        }

        GroupTally grown;
        int threshold;
        if (_groups.TryGetValue(added.Group, out var tally))
        {
            grown = tally.With(added);
            if (grown with { Size = tally.Size } != tally || !ThresholdsKeepWhatIsReported(tally, grown.Size))
            {
                return false;
            }

            threshold = Math.Min(Threshold(tally), Threshold(grown));
        }
        else
        {
            // A new group: its lines must be counted exactly wherever they could be reported.
            grown = GroupTally.Of(added);
            threshold = Threshold(grown);
            if (threshold <= _missing)
            {
                return false;
            }
        }

        if (!TryShift(added.Hashes, +1, threshold))
        {
            return false;
        }

        _groups[added.Group] = grown;
        return true;
    }

    /// <summary>
    /// Takes out a document deleted since the counts were sealed (its fingerprints then; null: the rule was off for it),
    /// on the same conditions as <see cref="TryAdd"/>. The group keeps the range of settings it had: a bound, never tighter
    /// than the documents left.
    /// </summary>
    public bool TryRemove(DocumentFingerprints? removed)
    {
        Seal();
        if (removed is null)
        {
            return true;
        }

        if (!_groups.TryGetValue(removed.Group, out var tally) || !tally.Covers(removed) || !ThresholdsKeepWhatIsReported(tally, tally.Size - 1)
            || !TryShift(removed.Hashes, -1, Math.Min(Threshold(tally), Threshold(tally with { Size = tally.Size - 1 }))))
        {
            return false;
        }

        if (tally.Size == 1)
        {
            _groups.Remove(removed.Group);
        }
        else
        {
            _groups[removed.Group] = tally with { Size = tally.Size - 1 };
        }

        return true;
    }

    /// <summary>
    /// Whether the group at <paramref name="size"/> documents reports what it did: each document's threshold, whatever
    /// its settings within the group's range, either stays, or moves over counts no line has (a share of 2% moves the
    /// threshold of a folder of 1,000 from 20 to 21 with one more document, which matters only to a line in exactly 20).
    /// </summary>
    private bool ThresholdsKeepWhatIsReported(GroupTally tally, int size)
    {
        for (var share = tally.MinSharePercent; share <= tally.MaxSharePercent; share++)
        {
            // The fewest documents is where a share counts most: any other setting moves over part of the same counts.
            var before = Threshold(tally.MinDocuments, share, tally.Size);
            var after = Threshold(tally.MinDocuments, share, size);
            var (low, high) = (Math.Min(before, after), Math.Max(before, after));
            if (low != high && (low <= _missing || _lines.Values.Any(count => count >= low && count < high)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Adds <paramref name="delta"/> to each line's count when every count stays below <paramref name="threshold"/> before and after.</summary>
    private bool TryShift(ulong[] hashes, int delta, int threshold)
    {
        foreach (var hash in hashes)
        {
            if (Math.Max(Of(hash), Of(hash) + delta) >= threshold)
            {
                return false;
            }
        }

        foreach (var hash in hashes)
        {
            var count = Of(hash) + delta;
            if (count > 1)
            {
                _lines[hash] = count;
            }
            else
            {
                _lines.Remove(hash);
            }
        }

        return true;
    }

    /// <summary>
    /// Replaces a document's old fingerprints with its new ones (null: the rule was off for it), when that changes what
    /// no other document reports: the same group and settings, and every line it gains or loses below the group's
    /// threshold before and after. False, with nothing changed, otherwise.
    /// </summary>
    public bool TryReplace(DocumentFingerprints? old, DocumentFingerprints? @new)
    {
        Seal();
        if (old is null || @new is null)
        {
            return old is null && @new is null;
        }

        if (old.Group != @new.Group || old.MinDocuments != @new.MinDocuments || old.MinSharePercent != @new.MinSharePercent || !_groups.ContainsKey(old.Group))
        {
            return false;
        }

        var threshold = Threshold(old.Group);
        var changes = new List<(ulong Hash, int Count)>();
        foreach (var (hash, delta) in Difference(old.Hashes, @new.Hashes))
        {
            var before = Of(hash);
            var after = before + delta;
            if (Math.Max(before, after) >= threshold)
            {
                return false;
            }

            changes.Add((hash, after));
        }

        foreach (var (hash, count) in changes)
        {
            if (count > 1)
            {
                _lines[hash] = count;
            }
            else
            {
                _lines.Remove(hash);
            }
        }

        return true;
    }

    /// <summary>Writes the bound for lines not kept, the groups, and the lines kept (held by two documents or more), in hash order.</summary>
    internal void Write(CacheWriter writer)
    {
        Seal();
        writer.WriteVarint((ulong)_missing);
        writer.WriteVarint((ulong)_groups.Count);
        foreach (var (group, tally) in _groups.OrderBy(g => g.Key))
        {
            writer.WriteUInt64(group);
            writer.WriteVarint((ulong)tally.Size);
            writer.WriteVarint((ulong)tally.MinDocuments);
            writer.WriteVarint((ulong)tally.MinSharePercent);
            writer.WriteVarint((ulong)tally.MaxDocuments);
            writer.WriteVarint((ulong)tally.MaxSharePercent);
        }

        var repeated = _lines.Where(l => l.Value > 1).OrderBy(l => l.Key).ToList();
        writer.WriteVarint((ulong)repeated.Count);
        foreach (var (hash, count) in repeated)
        {
            writer.WriteUInt64(hash);
            writer.WriteVarint((ulong)count);
        }
    }

    /// <summary>Reads what <see cref="Write"/> wrote, as bounds (see the class remarks).</summary>
    internal static RepetitionCounts Read(ref CacheReader reader)
    {
        var missing = Math.Max(1, reader.ReadCount());
        var groupCount = reader.ReadCount();
        var groups = new Dictionary<ulong, GroupTally>(Math.Min(groupCount, 1 << 16));
        for (var i = 0; i < groupCount; i++)
        {
            groups[reader.ReadUInt64()] = new GroupTally(reader.ReadCount(), reader.ReadCount(), reader.ReadCount(), reader.ReadCount(), reader.ReadCount());
        }

        var lineCount = reader.ReadCount();
        var lines = new Dictionary<ulong, int>(Math.Min(lineCount, 1 << 20));
        for (var i = 0; i < lineCount; i++)
        {
            lines[reader.ReadUInt64()] = reader.ReadCount();
        }

        return new RepetitionCounts(lines, groups, missing);
    }

    private static int PartitionOf(ulong hash) => (int)(hash >> 57) & (Partitions - 1);

    /// <summary>
    /// Once every document was added: counts each partition in turn and keeps the lines in <see cref="KeptFloor"/>
    /// documents or more. Reading the counts seals them; the spilled hashes are dropped.
    /// </summary>
    private void Seal()
    {
        if (_partitions is null)
        {
            return;
        }

        lock (_sealGate)
        {
            if (_partitions is not { } partitions)
            {
                return;
            }

            var floor = Math.Max(2, _groups.Count == 0 ? 2 : _groups.Values.Min(Threshold) - 1);
            var counts = new Dictionary<ulong, int>();
            var buffer = new byte[1 << 16];
            foreach (var partition in partitions)
            {
                if (partition is null)
                {
                    continue;
                }

                using (partition)
                {
                    partition.Position = 0;
                    CountInto(counts, partition, buffer);
                }

                foreach (var (hash, count) in counts)
                {
                    if (count >= floor)
                    {
                        _lines[hash] = count;
                    }
                }

                counts.Clear();
            }

            _missing = floor - 1;
            _partitions = null;
        }
    }

    private static void CountInto(Dictionary<ulong, int> counts, Stream hashes, byte[] buffer)
    {
        int read;
        var carried = 0;
        while ((read = hashes.Read(buffer, carried, buffer.Length - carried)) > 0)
        {
            var available = carried + read;
            var whole = available - (available % HashBytes);
            for (var at = 0; at < whole; at += HashBytes)
            {
                var hash = BinaryPrimitives.ReadUInt64LittleEndian(buffer.AsSpan(at));
                counts[hash] = counts.GetValueOrDefault(hash) + 1;
            }

            carried = available - whole;
            buffer.AsSpan(whole, carried).CopyTo(buffer);
        }
    }

    /// <summary>The hashes in one sorted set and not the other: -1 for those only in <paramref name="old"/>, +1 for those only in <paramref name="new"/>.</summary>
    private static IEnumerable<(ulong Hash, int Delta)> Difference(ulong[] old, ulong[] @new)
    {
        int i = 0, j = 0;
        while (i < old.Length || j < @new.Length)
        {
            if (j == @new.Length || (i < old.Length && old[i] < @new[j]))
            {
                yield return (old[i++], -1);
            }
            else if (i == old.Length || @new[j] < old[i])
            {
                yield return (@new[j++], 1);
            }
            else
            {
                i++;
                j++;
            }
        }
    }

    /// <summary>A group's size and the range of its documents' settings.</summary>
    private readonly record struct GroupTally(int Size, int MinDocuments, int MinSharePercent, int MaxDocuments, int MaxSharePercent)
    {
        public static GroupTally Of(DocumentFingerprints document) =>
            new(1, document.MinDocuments, document.MinSharePercent, document.MinDocuments, document.MinSharePercent);

        public GroupTally With(DocumentFingerprints document) => new(
            Size + 1,
            Math.Min(MinDocuments, document.MinDocuments),
            Math.Min(MinSharePercent, document.MinSharePercent),
            Math.Max(MaxDocuments, document.MinDocuments),
            Math.Max(MaxSharePercent, document.MinSharePercent));

        public bool Covers(DocumentFingerprints document) =>
            document.MinDocuments >= MinDocuments && document.MinDocuments <= MaxDocuments
            && document.MinSharePercent >= MinSharePercent && document.MinSharePercent <= MaxSharePercent;
    }
}
