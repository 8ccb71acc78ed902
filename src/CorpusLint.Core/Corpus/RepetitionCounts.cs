using CorpusLint.Caching;

namespace CorpusLint.Corpus;

/// <summary>
/// The counts behind <see cref="RepetitionAnalysis"/>: per line hash, the documents that hold it, and per group, its size
/// and the lowest <c>min_documents</c> and <c>min_share</c> of its documents. A run counts exactly (<see cref="Add"/>);
/// a report snapshot keeps the counts of lines in two documents or more (<see cref="Write"/>), so that a later run can
/// take one edited document out and put its new version in (<see cref="TryReplace"/>) without reading the others.
/// <para>
/// Restored counts are bounds: a line missing from them is in at most one document, and a line an edit added to a
/// document counts as if that one other document held it too. A line is only ever reported at or above its group's
/// <see cref="Threshold"/>, and every replacement is refused unless each line it changes stays below it before and after,
/// so the counts at or above a threshold, the only ones a report shows, stay exact.
/// </para>
/// </summary>
public sealed class RepetitionCounts
{
    private readonly Dictionary<ulong, int> _lines;
    private readonly Dictionary<ulong, GroupTally> _groups;

    /// <summary>What a line missing from the counts is taken to be in: none when counting, at most one when restored.</summary>
    private readonly int _missing;

    public RepetitionCounts()
        : this([], [], missing: 0)
    {
    }

    private RepetitionCounts(Dictionary<ulong, int> lines, Dictionary<ulong, GroupTally> groups, int missing)
    {
        _lines = lines;
        _groups = groups;
        _missing = missing;
    }

    /// <summary>Counts a document's lines and its membership of its group.</summary>
    public void Add(DocumentFingerprints fingerprints)
    {
        _groups[fingerprints.Group] = _groups.TryGetValue(fingerprints.Group, out var tally)
            ? new GroupTally(tally.Size + 1, Math.Min(tally.MinDocuments, fingerprints.MinDocuments), Math.Min(tally.MinSharePercent, fingerprints.MinSharePercent))
            : new GroupTally(1, fingerprints.MinDocuments, fingerprints.MinSharePercent);
        foreach (var hash in fingerprints.Hashes)
        {
            _lines[hash] = _lines.GetValueOrDefault(hash) + 1;
        }
    }

    /// <summary>The documents holding the line <paramref name="hash"/>.</summary>
    public int Of(ulong hash) => _lines.TryGetValue(hash, out var count) ? count : _missing;

    /// <summary>The documents in the group <paramref name="group"/>.</summary>
    public int GroupSize(ulong group) => _groups.GetValueOrDefault(group).Size;

    /// <summary>The fewest documents a line of <paramref name="group"/> must be in to be reported in any document of it.</summary>
    public int Threshold(ulong group) =>
        _groups.TryGetValue(group, out var tally) ? Threshold(tally.MinDocuments, tally.MinSharePercent, tally.Size) : int.MaxValue;

    /// <summary>The fewest documents a line must be in to be reported in a document with these settings, in a group of <paramref name="groupSize"/>.</summary>
    public static int Threshold(int minDocuments, int minSharePercent, int groupSize) =>
        Math.Max(minDocuments, (int)Math.Ceiling(minSharePercent / 100.0 * groupSize));

    /// <summary>
    /// Replaces a document's old fingerprints with its new ones (null: the rule was off for it), when that changes what
    /// no other document reports: the same group and settings, and every line it gains or loses below the group's
    /// threshold before and after. False, with nothing changed, otherwise.
    /// </summary>
    public bool TryReplace(DocumentFingerprints? old, DocumentFingerprints? @new)
    {
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

    /// <summary>Writes the groups and the lines held by two documents or more, in hash order.</summary>
    internal void Write(CacheWriter writer)
    {
        writer.WriteVarint((ulong)_groups.Count);
        foreach (var (group, tally) in _groups.OrderBy(g => g.Key))
        {
            writer.WriteUInt64(group);
            writer.WriteVarint((ulong)tally.Size);
            writer.WriteVarint((ulong)tally.MinDocuments);
            writer.WriteVarint((ulong)tally.MinSharePercent);
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
        var groupCount = reader.ReadCount();
        var groups = new Dictionary<ulong, GroupTally>(Math.Min(groupCount, 1 << 16));
        for (var i = 0; i < groupCount; i++)
        {
            groups[reader.ReadUInt64()] = new GroupTally(reader.ReadCount(), reader.ReadCount(), reader.ReadCount());
        }

        var lineCount = reader.ReadCount();
        var lines = new Dictionary<ulong, int>(Math.Min(lineCount, 1 << 20));
        for (var i = 0; i < lineCount; i++)
        {
            lines[reader.ReadUInt64()] = reader.ReadCount();
        }

        return new RepetitionCounts(lines, groups, missing: 1);
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

    /// <summary>A group's size and the lowest settings of its documents.</summary>
    private readonly record struct GroupTally(int Size, int MinDocuments, int MinSharePercent);
}
