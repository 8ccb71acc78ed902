using CorpusLint.Rules;

namespace CorpusLint.Corpus;

/// <summary>
/// What one document contributes to the repetition analysis: its group, the distinct hashes of its comparable lines
/// (counted once per document), the lines among them the layout kept as article text (the only ones that can be
/// reported), and the rule's settings for the document. Compact (a few hundred bytes for an article) and serializable, so the incremental cache can
/// keep it and the counts can be rebuilt without reading unchanged documents again (<see cref="Write"/>, <see cref="Read"/>).
/// </summary>
public sealed class DocumentFingerprints
{
    /// <summary>The version of <see cref="Write"/>'s format; change it with the format or with what the fingerprints hold.</summary>
    public const byte FormatVersion = 2;

    /// <summary>A reportable line as written: hash, line, start, length, terminator length.</summary>
    private const int LineFingerprintBytes = sizeof(ulong) + (3 * sizeof(int)) + sizeof(byte);

    public DocumentFingerprints(string path, ulong group, Severity severity, int minDocuments, int minSharePercent, ulong[] hashes, LineFingerprint[] reportable)
    {
        Path = path;
        Group = group;
        Severity = severity;
        MinDocuments = minDocuments;
        MinSharePercent = minSharePercent;
        Hashes = hashes;
        Reportable = reportable;
    }

    /// <summary>The document's path as reported.</summary>
    public string Path { get; }

    /// <summary>The document's path in the corpus (<see cref="Engine.DocumentInput.CorpusPath"/>), which its group derives from; <see cref="Path"/> when not given.</summary>
    public string CorpusPath
    {
        get => field ?? Path;
        init;
    }

    /// <summary>The hash of the group of documents its lines are compared with (its site, or its folder).</summary>
    public ulong Group { get; }

    /// <summary>The rule's effective severity for this document.</summary>
    public Severity Severity { get; }

    /// <summary>The documents of its group a line must appear in to be reported in this document.</summary>
    public int MinDocuments { get; }

    /// <summary>The share of its group's documents (in percent) a line must appear in too, however many documents that is.</summary>
    public int MinSharePercent { get; }

    /// <summary>Distinct hashes of the document's comparable lines, sorted.</summary>
    public ulong[] Hashes { get; }

    /// <summary>Comparable lines the layout kept as article text, in line order.</summary>
    public LineFingerprint[] Reportable { get; }

    public void Write(BinaryWriter writer)
    {
        writer.Write(FormatVersion);
        writer.Write(Path);
        writer.Write(CorpusPath);
        writer.Write(Group);
        writer.Write((byte)Severity);
        writer.Write(MinDocuments);
        writer.Write(MinSharePercent);
        writer.Write(Hashes.Length);
        foreach (var hash in Hashes)
        {
            writer.Write(hash);
        }

        writer.Write(Reportable.Length);
        foreach (var line in Reportable)
        {
            writer.Write(line.Hash);
            writer.Write(line.Line);
            writer.Write(line.Start);
            writer.Write(line.Length);
            writer.Write(line.TerminatorLength);
        }
    }

    /// <summary>Reads what <see cref="Write"/> wrote; a record of another format version is an <see cref="InvalidDataException"/>.</summary>
    public static DocumentFingerprints Read(BinaryReader reader)
    {
        var version = reader.ReadByte();
        if (version != FormatVersion)
        {
            throw new InvalidDataException($"document fingerprints of format {version}, expected {FormatVersion}");
        }

        var path = reader.ReadString();
        var corpusPath = reader.ReadString();
        var group = reader.ReadUInt64();
        var severity = (Severity)reader.ReadByte();
        var minDocuments = reader.ReadInt32();
        var minShare = reader.ReadInt32();
        var hashes = new ulong[Count(reader, sizeof(ulong))];
        for (var i = 0; i < hashes.Length; i++)
        {
            hashes[i] = reader.ReadUInt64();
        }

        var reportable = new LineFingerprint[Count(reader, LineFingerprintBytes)];
        for (var i = 0; i < reportable.Length; i++)
        {
            reportable[i] = new LineFingerprint(reader.ReadUInt64(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadByte());
        }

        if (!Enum.IsDefined(severity) || minDocuments < 2 || minShare is < 0 or > 100 || reportable.Any(l => l.Line < 1 || l.Start < 0 || l.Length < 0 || l.TerminatorLength > 2))
        {
            throw new InvalidDataException("document fingerprints with values out of range");
        }

        return new DocumentFingerprints(path, group, severity, minDocuments, minShare, hashes, reportable) { CorpusPath = corpusPath };
    }

    /// <summary>The same fingerprints reported under <paramref name="path"/> (a document read from the cache, shown as this run shows it).</summary>
    public DocumentFingerprints WithPath(string path) =>
        path == Path ? this : new DocumentFingerprints(path, Group, Severity, MinDocuments, MinSharePercent, Hashes, Reportable) { CorpusPath = CorpusPath };

    public DocumentFingerprints WithSeverity(Severity severity) =>
        severity == Severity ? this : new DocumentFingerprints(Path, Group, severity, MinDocuments, MinSharePercent, Hashes, Reportable) { CorpusPath = CorpusPath };

    /// <summary>A count of entries of <paramref name="entryBytes"/> each; a damaged one is refused before anything is allocated for it.</summary>
    private static int Count(BinaryReader reader, int entryBytes)
    {
        var count = reader.ReadInt32();
        var stream = reader.BaseStream;
        var fits = !stream.CanSeek || (long)count * entryBytes <= stream.Length - stream.Position;
        return count is >= 0 and <= 1 << 24 && fits ? count : throw new InvalidDataException($"document fingerprints with {count} entries");
    }
}
