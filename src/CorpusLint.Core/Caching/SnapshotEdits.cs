using CorpusLint.IO;
using CorpusLint.Engine;

namespace CorpusLint.Caching;

/// <summary>
/// Beside a report snapshot that was spliced but not rewritten: for each document edited since the snapshot was
/// stored, what it added to the snapshot's corpus-pass counts then (its summary, by its content hash then). The result
/// cache holds only a document's latest version, and a later splice must take the snapshot's version out of the counts
/// before it puts the new one in. Tied to one snapshot by its checksum; a file of another snapshot, or a damaged one, is
/// no file (the run that needs it lints as if there were no snapshot). Written whole and renamed into place.
/// </summary>
public sealed class SnapshotEdits
{
    private const uint Magic = 0x4445_4C43; // "CLED" read little-endian
    private const int ChecksumBytes = 16;

    private readonly Dictionary<string, (Hash128 ContentHash, byte[]? Summary)> _documents;

    private SnapshotEdits(Dictionary<string, (Hash128, byte[]?)> documents) => _documents = documents;

    /// <summary>A document's summary (as <see cref="IDocumentSummarizer.Write"/> wrote it; null: it had none) when its content then hashed to <paramref name="contentHash"/>.</summary>
    public bool TryGetSummary(string displayPath, Hash128 contentHash, out byte[]? summary)
    {
        summary = null;
        if (!_documents.TryGetValue(displayPath, out var document) || document.ContentHash != contentHash)
        {
            return false;
        }

        summary = document.Summary;
        return true;
    }

    /// <summary>The file at <paramref name="path"/> if it was written for the snapshot whose checksum is <paramref name="snapshotChecksum"/> and is whole; else null.</summary>
    public static SnapshotEdits? Read(string path, Hash128 snapshotChecksum)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        if (bytes.Length < ChecksumBytes || Hash128.Of(bytes.AsSpan(0, bytes.Length - ChecksumBytes)) != Hash128.ReadLittleEndian(bytes.AsSpan(bytes.Length - ChecksumBytes)))
        {
            return null;
        }

        try
        {
            var reader = new CacheReader(bytes.AsSpan(0, bytes.Length - ChecksumBytes));
            if (reader.ReadUInt64() != Magic || reader.ReadHash128() != snapshotChecksum)
            {
                return null;
            }

            var count = reader.ReadCount();
            var documents = new Dictionary<string, (Hash128, byte[]?)>(Math.Min(count, 1 << 16), StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var displayPath = reader.ReadString();
                var contentHash = reader.ReadHash128();
                documents[displayPath] = (contentHash, reader.ReadByte() == 1 ? reader.ReadBytes(reader.ReadCount()).ToArray() : null);
            }

            return reader.AtEnd ? new SnapshotEdits(documents) : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>Writes the file for the snapshot whose checksum is <paramref name="snapshotChecksum"/>; false when the folder cannot take it.</summary>
    public static bool Write(string path, Hash128 snapshotChecksum, IReadOnlyList<(string DisplayPath, Hash128 ContentHash, byte[]? Summary)> documents)
    {
        var writer = new CacheWriter(1 << 12);
        writer.WriteUInt64(Magic);
        writer.WriteHash128(snapshotChecksum);
        writer.WriteVarint((ulong)documents.Count);
        foreach (var (displayPath, contentHash, summary) in documents)
        {
            writer.WriteString(displayPath);
            writer.WriteHash128(contentHash);
            writer.WriteByte(summary is null ? (byte)0 : (byte)1);
            if (summary is not null)
            {
                writer.WriteVarint((ulong)summary.Length);
                writer.WriteBytes(summary);
            }
        }

        Span<byte> checksum = stackalloc byte[ChecksumBytes];
        Hash128.Of(writer.Written).WriteLittleEndian(checksum);
        writer.WriteBytes(checksum);
        try
        {
            var written = writer.ToArray();
            AtomicFile.Write(path, stream => stream.Write(written), durable: false);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Removes the file, if any (its snapshot was replaced).</summary>
    public static void Delete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file left behind names a snapshot that is gone: no run will use it.
        }
    }
}
