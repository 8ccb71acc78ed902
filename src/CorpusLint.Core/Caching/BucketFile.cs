using System.Buffers;
using System.Buffers.Binary;
using System.IO.Hashing;
using CorpusLint.Engine;
using CorpusLint.IO;
using Microsoft.Win32.SafeHandles;

namespace CorpusLint.Caching;

/// <summary>How a bucket file was found.</summary>
internal enum BucketState
{
    /// <summary>No file yet (or one for another folder whose name hashed alike).</summary>
    Missing,

    Loaded,

    /// <summary>Written for another rule set: not reused, and not worth a warning.</summary>
    OtherRules,

    /// <summary>Truncated, corrupted or unreadable.</summary>
    Damaged,

    /// <summary>Written by another build of CorpusLint or in another format.</summary>
    Foreign,
}

/// <summary>
/// What <see cref="BucketFile.Read"/> found; <see cref="FileStamp"/> tells later whether another run replaced the file.
/// The entries' payloads are slices of <see cref="Buffer"/>, rented from <see cref="BucketFile.Buffers"/>: whoever
/// holds the content returns it there once no entry of it is read any more.
/// </summary>
internal sealed record BucketContent(BucketState State, Dictionary<string, CacheEntry> Entries, DocumentStamp? FileStamp, string? Detail = null)
{
    public byte[]? Buffer { get; init; }
}

/// <summary>
/// The file of one bucket (the documents of one folder): a header (magic, format version, tool identity, rule-set
/// hash, the bucket's own key), the entries, and an XxHash128 of everything before it, so that a truncated or corrupted
/// file is recognised as such and never read as results. Written whole through <see cref="AtomicFile"/>.
/// </summary>
internal static class BucketFile
{
    private const uint Magic = 0x4352_4C43; // "CLRC" read little-endian: CorpusLint result cache
    private const ushort FormatVersion = 2;
    private const int ChecksumBytes = 16;
    private const byte TrustedFlag = 1;

    /// <summary>
    /// Buffers for bucket files: a warm run reads the whole cache (about 1.3 KB per document), and fresh arrays for it
    /// cost more in zeroing and page faults than reading the files did.
    /// </summary>
    public static ArrayPool<byte> Buffers { get; } = ArrayPool<byte>.Create(maxArrayLength: 1 << 26, maxArraysPerBucket: 32);

    public static BucketContent Read(string path, string bucketKey, CacheKey key)
    {
        byte[] data;
        int length;
        DocumentStamp? stamp;
        try
        {
            using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var size = RandomAccess.GetLength(file);
            if (size > int.MaxValue)
            {
                return new BucketContent(BucketState.Damaged, [], null, $"{path}: larger than any bucket can be");
            }

            stamp = DocumentFile.Stat(path);
            data = Buffers.Rent((int)size);
            length = ReadFully(file, data.AsSpan(0, (int)size));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return new BucketContent(BucketState.Missing, [], null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new BucketContent(BucketState.Damaged, [], null, $"cannot read {path}: {e.Message}");
        }

        try
        {
            var content = Parse(data, length, bucketKey, key) with { FileStamp = stamp };
            if (content.State == BucketState.Loaded)
            {
                return content with { Buffer = data };
            }

            Buffers.Return(data);
            return content;
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentOutOfRangeException or OverflowException)
        {
            Buffers.Return(data);
            return new BucketContent(BucketState.Damaged, [], stamp, $"{path}: {e.Message}");
        }
    }

    public static void Write(string path, string bucketKey, CacheKey key, IReadOnlyCollection<KeyValuePair<string, CacheEntry>> entries)
    {
        // A bucket runs to megabytes: a new array for each one written made an edit of every folder grow the heap by hundreds.
        var buffer = Buffers.Rent(64 + entries.Sum(e => (e.Key.Length * 3) + e.Value.Payload.Length + e.Value.Severities.Length + 90));
        try
        {
            var writer = new CacheWriter(buffer);
            Span<byte> head = stackalloc byte[6];
            BinaryPrimitives.WriteUInt32LittleEndian(head, Magic);
            BinaryPrimitives.WriteUInt16LittleEndian(head[4..], FormatVersion);
            writer.WriteBytes(head);
            writer.WriteString(key.ToolIdentity);
            writer.WriteHash128(key.Rules);
            writer.WriteString(bucketKey);
            writer.WriteVarint((ulong)entries.Count);
            foreach (var (name, entry) in entries)
            {
                writer.WriteString(name);
                writer.WriteVarint(entry.Stamp.Length);
                writer.WriteInt64(entry.Stamp.LastWriteTimeUtc.Ticks);
                writer.WriteInt64(entry.Stamp.ChangeTicks);
                writer.WriteUInt64(entry.Stamp.FileId);
                writer.WriteByte(entry.StampTrusted ? TrustedFlag : (byte)0);
                writer.WriteHash128(entry.ContentHash);
                writer.WriteHash128(entry.Context);
                writer.WriteVarint((ulong)entry.Severities.Length);
                writer.WriteBytes(entry.Severities.Span);
                writer.WriteVarint((ulong)entry.Payload.Length);
                writer.WriteBytes(entry.Payload.Span);
            }

            writer.WriteHash128(Hash128.Of(writer.Written));

            // No flush to disk: a file a power cut damaged fails its checksum and is rebuilt, and a run writes many of them.
            AtomicFile.Write(path, stream => stream.Write(writer.Written), durable: false);
        }
        finally
        {
            Buffers.Return(buffer);
        }
    }

    private static int ReadFully(SafeFileHandle file, Span<byte> buffer)
    {
        var total = 0;
        while (total < buffer.Length && RandomAccess.Read(file, buffer[total..], total) is var read and > 0)
        {
            total += read;
        }

        return total;
    }

    private static BucketContent Parse(byte[] data, int length, string bucketKey, CacheKey key)
    {
        if (length < 6 + ChecksumBytes || BinaryPrimitives.ReadUInt32LittleEndian(data) != Magic)
        {
            throw new InvalidDataException("not a CorpusLint cache file (truncated or overwritten)");
        }

        var version = BinaryPrimitives.ReadUInt16LittleEndian(data.AsSpan(4));
        if (version != FormatVersion)
        {
            return new BucketContent(BucketState.Foreign, [], null, $"cache format {version}");
        }

        var body = data.AsSpan(0, length - ChecksumBytes);
        if (Hash128.Of(body) != new CacheReader(data.AsSpan(body.Length, ChecksumBytes)).ReadHash128())
        {
            throw new InvalidDataException("its checksum does not match (truncated or corrupted)");
        }

        var reader = new CacheReader(body);
        reader.ReadBytes(6);
        var toolIdentity = reader.ReadString();
        if (toolIdentity != key.ToolIdentity)
        {
            return new BucketContent(BucketState.Foreign, [], null, toolIdentity);
        }

        if (reader.ReadHash128() != key.Rules)
        {
            return new BucketContent(BucketState.OtherRules, [], null);
        }

        if (reader.ReadString() != bucketKey)
        {
            return new BucketContent(BucketState.Missing, [], null);
        }

        var count = reader.ReadCount();
        var entries = new Dictionary<string, CacheEntry>(Math.Min(count, body.Length / 16), StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var name = reader.ReadString();
            var stamp = new DocumentStamp(reader.ReadVarintInt64(), new DateTime(reader.ReadInt64(), DateTimeKind.Utc))
            {
                ChangeTicks = reader.ReadInt64(),
                FileId = reader.ReadUInt64(),
            };
            var trusted = reader.ReadByte() == TrustedFlag;
            var contentHash = reader.ReadHash128();
            var context = reader.ReadHash128();
            var severitiesLength = reader.ReadCount();
            var severitiesStart = reader.Position;
            reader.ReadBytes(severitiesLength);
            var payloadLength = reader.ReadCount();
            var start = reader.Position;
            reader.ReadBytes(payloadLength);
            entries[name] = new CacheEntry(stamp, trusted, contentHash, context, data.AsMemory(severitiesStart, severitiesLength), data.AsMemory(start, payloadLength));
        }

        return reader.AtEnd ? new BucketContent(BucketState.Loaded, entries, null) : throw new InvalidDataException("it has bytes after its last entry");
    }
}
