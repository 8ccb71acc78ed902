using System.Buffers;
using System.Buffers.Binary;
using System.IO.Hashing;
using CorpusLint.Corpus;
using Microsoft.Win32.SafeHandles;
using CorpusLint.Engine;

namespace CorpusLint.Caching;

/// <summary>The counts a snapshot's report was rendered with: what the summary line, the exit code and a re-rendered ending need.</summary>
/// <param name="Written">Diagnostics the report shows (at the run's <c>--severity</c>), all of them counted or not.</param>
/// <param name="EngineWritten">Of those, the engine's own (CL0001–CL0003), which some reports list in their ending (SARIF's notifications).</param>
public sealed record SnapshotSummary(int Documents, long Bytes, int Errors, int Warnings, int Suggestions, int Written, int EngineWritten = 0);

/// <summary>
/// A report snapshot as stored (see <see cref="ReportSnapshotWriter"/>): a fixed header (magic, format version, the
/// lengths of the three parts), the report's body, its ending, a tail (tool identity, cache key, the options' hash,
/// the <see cref="SnapshotSummary"/>, the <see cref="SnapshotManifest"/>, where the first document's part of the body
/// starts when the manifest holds each document's part, and the corpus pass's <see cref="RepetitionCounts"/>), and an
/// XxHash128 of body, ending, tail and header, in that order. Opening reads the header and the tail only; <see cref="Verify"/> reads the rest, so a
/// snapshot whose manifest does not match costs no more than its tail, and one that matches is checked whole before a
/// byte of it is shown: a truncated or corrupted snapshot is never replayed.
/// </summary>
public sealed class ReportSnapshot : IDisposable
{
    internal const uint Magic = 0x5352_4C43; // "CLRS" read little-endian: CorpusLint report snapshot
    internal const ushort FormatVersion = 7; // 2: the manifest holds each document's content hash; 3: its part of the report, and the counts; 4: the engine's diagnostics shown; 5: the counts' bound for lines not kept; 6: the range of each group's settings; 7: each configuration's corpus-pass settings
    internal const int HeaderBytes = 32;
    internal const int ChecksumBytes = 16;

    /// <summary>
    /// Pieces in which the body is read to check it and to copy it out: a JSON report runs to hundreds of megabytes. Past
    /// a few hundred kilobytes a larger piece saves no time; with 1 MB pieces (and a 1 MB manifest window) the large
    /// arrays of a replay overran the large-object heap's first budget, a full collection in every warm run.
    /// </summary>
    private const int ChunkBytes = 1 << 18;

    /// <summary>The tail is read in pieces this large until its head (up to the manifest's entries) is whole.</summary>
    private const int TailHeadBytes = 1 << 16;

    private readonly SafeFileHandle _file;
    private readonly byte[] _header;
    private readonly long _bodyLength;
    private readonly long _endingLength;
    private readonly long _tailLength;

    /// <summary>Where the corpus pass's counts are in the file; a length of -1 when the snapshot has none.</summary>
    private readonly (long Offset, int Length) _counts;

    private ReportSnapshot(SafeFileHandle file, byte[] header, long bodyLength, long endingLength, long tailLength, SnapshotSummary summary, SnapshotManifest manifest, long? bodyPrefix, (long Offset, int Length) counts, Hash128 checksum)
    {
        Checksum = checksum;
        _file = file;
        _header = header;
        _bodyLength = bodyLength;
        _endingLength = endingLength;
        _tailLength = tailLength;
        Summary = summary;
        Manifest = manifest;
        BodyPrefix = bodyPrefix;
        _counts = counts;
    }

    /// <summary>The bytes of the body before the first document's part; null when the manifest does not hold each document's part.</summary>
    public long? BodyPrefix { get; }

    /// <summary>The checksum the snapshot was stored with: its identity (<see cref="Verify"/> says whether the file still matches it).</summary>
    public Hash128 Checksum { get; }

    /// <summary>The length of the report's body (before its ending).</summary>
    public long BodyLength => _bodyLength;

    /// <summary>Whether the snapshot kept the corpus pass's counts.</summary>
    public bool HasCounts => _counts.Length >= 0;

    public SnapshotSummary Summary { get; }

    /// <summary>The stored report's length in bytes (body and ending).</summary>
    public long ReportBytes => _bodyLength + _endingLength;

    public SnapshotManifest Manifest { get; }

    /// <summary>
    /// The snapshot at <paramref name="path"/> if it was written for <paramref name="key"/> and <paramref name="options"/>;
    /// null when there is none, when it is another build's, another format's or another run's (silently: it is simply
    /// not this run's), and null with <paramref name="damage"/> set when it is truncated or unreadable.
    /// </summary>
    public static ReportSnapshot? Open(string path, CacheKey key, Hash128 options, out string? damage)
    {
        damage = null;
        SafeFileHandle file;
        try
        {
            // The handle keeps this file's content even if another run renames a new snapshot over it meanwhile.
            file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            damage = $"cannot read {path}: {e.Message}";
            return null;
        }

        try
        {
            var snapshot = Read(file, path, key, options, out damage);
            if (snapshot is null)
            {
                file.Dispose();
            }

            return snapshot;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            file.Dispose();
            damage = $"cannot read {path}: {e.Message}";
            return null;
        }
    }

    /// <summary>
    /// Whether the whole file is as written (its checksum); reads it all. Thread-safe beside <see cref="Manifest"/>, so a
    /// replay checks it while it walks the inputs; false without <paramref name="damage"/> once cancelled.
    /// </summary>
    public bool Verify(out string? damage, CancellationToken cancellationToken = default)
    {
        var checksum = new XxHash128();
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            for (long offset = HeaderBytes, end = HeaderBytes + _bodyLength + _endingLength + _tailLength; offset < end;)
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    damage = null;
                    return false;
                }

                var read = RandomAccess.Read(_file, buffer.AsSpan(0, (int)Math.Min(ChunkBytes, end - offset)), offset);
                if (read <= 0)
                {
                    damage = "it ends early (truncated)";
                    return false;
                }

                checksum.Append(buffer.AsSpan(0, read));
                offset += read;
            }

            checksum.Append(_header);
            Span<byte> stored = stackalloc byte[ChecksumBytes];
            if (RandomAccess.Read(_file, stored, HeaderBytes + _bodyLength + _endingLength + _tailLength) != ChecksumBytes
                || !stored.SequenceEqual(checksum.GetCurrentHash()))
            {
                damage = "its checksum does not match (truncated or corrupted)";
                return false;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            damage = e.Message;
            return false;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        damage = null;
        return true;
    }

    /// <summary>Copies the report's body (everything before its ending) to <paramref name="destination"/>.</summary>
    public void CopyBodyTo(Stream destination) => Copy(HeaderBytes, _bodyLength, destination);

    /// <summary>Copies <paramref name="length"/> bytes of the body from <paramref name="offset"/> (in the body) to <paramref name="destination"/>.</summary>
    public void CopyBodyRangeTo(long offset, long length, Stream destination)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset + length, _bodyLength);
        Copy(HeaderBytes + offset, length, destination);
    }

    /// <summary>The corpus pass's counts as bounds (see <see cref="RepetitionCounts"/>); null when the snapshot has none.</summary>
    public RepetitionCounts? ReadCounts()
    {
        if (_counts.Length < 0)
        {
            return null;
        }

        var bytes = new byte[_counts.Length];
        if (RandomAccess.Read(_file, bytes, _counts.Offset) != bytes.Length)
        {
            throw new InvalidDataException("the report snapshot ends early (truncated)");
        }

        var reader = new CacheReader(bytes);
        return RepetitionCounts.Read(ref reader);
    }

    /// <summary>Copies the report's ending as it was rendered to <paramref name="destination"/>.</summary>
    public void CopyEndingTo(Stream destination) => Copy(HeaderBytes + _bodyLength, _endingLength, destination);

    public void Dispose() => _file.Dispose();

    private void Copy(long start, long length, Stream destination)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            for (long offset = start, end = start + length; offset < end;)
            {
                var read = RandomAccess.Read(_file, buffer.AsSpan(0, (int)Math.Min(ChunkBytes, end - offset)), offset);
                if (read <= 0)
                {
                    throw new IOException("the report snapshot was truncated while it was copied");
                }

                destination.Write(buffer, 0, read);
                offset += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The tail's head: the identity checks, the summary and the manifest (whose entries stay in the file), and where the
    /// rest of the tail starts; a null manifest when the snapshot is another build's or another run's. The head is read in
    /// growing pieces until it parses whole, so a snapshot's manifest is never read with it.
    /// </summary>
    private static (SnapshotSummary? Summary, SnapshotManifest? Manifest, long RestAt) ReadTailHead(SafeFileHandle file, long tailStart, long tailLength, CacheKey key, Hash128 options)
    {
        for (var size = (int)Math.Min(TailHeadBytes, tailLength); ; size = (int)Math.Min((long)size * 4, tailLength))
        {
            var head = new byte[size];
            if (RandomAccess.Read(file, head, tailStart) != head.Length)
            {
                throw new InvalidDataException("it ends early (truncated)");
            }

            SnapshotSummary summary;
            SnapshotManifest manifest;
            int headLength;
            try
            {
                var reader = new CacheReader(head);
                if (reader.ReadString() != key.ToolIdentity || reader.ReadHash128() != key.Rules || reader.ReadHash128() != options)
                {
                    return (null, null, 0);
                }

                summary = new SnapshotSummary(reader.ReadCount(), reader.ReadVarintInt64(), reader.ReadCount(), reader.ReadCount(), reader.ReadCount(), reader.ReadCount(), reader.ReadCount());
                manifest = SnapshotManifest.Read(ref reader, file, tailStart);
                headLength = reader.Position;
            }
            catch (InvalidDataException) when (size < tailLength)
            {
                // The head runs past this piece (a manifest with many configurations): read a larger one.
                continue;
            }

            var restAt = tailStart + headLength + manifest.EntriesLength;
            return manifest.EntriesLength >= 0 && restAt <= tailStart + tailLength
                ? (summary, manifest, restAt)
                : throw new InvalidDataException("its manifest runs past its tail");
        }
    }

    private static ReportSnapshot? Read(SafeFileHandle file, string path, CacheKey key, Hash128 options, out string? damage)
    {
        damage = null;
        var length = RandomAccess.GetLength(file);
        var header = new byte[HeaderBytes];
        if (length < HeaderBytes + ChecksumBytes || RandomAccess.Read(file, header, 0) != HeaderBytes
            || BinaryPrimitives.ReadUInt32LittleEndian(header) != Magic)
        {
            damage = $"{path}: not a CorpusLint report snapshot (truncated or overwritten)";
            return null;
        }

        if (BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(4)) != FormatVersion)
        {
            return null;
        }

        var bodyLength = BinaryPrimitives.ReadInt64LittleEndian(header.AsSpan(8));
        var endingLength = BinaryPrimitives.ReadInt64LittleEndian(header.AsSpan(16));
        var tailLength = BinaryPrimitives.ReadInt64LittleEndian(header.AsSpan(24));
        if (bodyLength < 0 || endingLength < 0 || tailLength is < 0 or > int.MaxValue
            || HeaderBytes + bodyLength + endingLength + tailLength + ChecksumBytes != length)
        {
            damage = $"{path}: its length does not match its header (truncated or corrupted)";
            return null;
        }

        var tailStart = HeaderBytes + bodyLength + endingLength;
        try
        {
            var (summary, manifest, restAt) = ReadTailHead(file, tailStart, tailLength, key, options);
            if (manifest is null)
            {
                return null;
            }

            // The rest: where the body's parts start, and the counts' length and place (read only when needed).
            var rest = new byte[(int)Math.Min(32, tailStart + tailLength - restAt)];
            if (RandomAccess.Read(file, rest, restAt) != rest.Length)
            {
                damage = $"{path}: it ends early (truncated)";
                return null;
            }

            var reader = new CacheReader(rest);
            long? bodyPrefix = reader.ReadByte() == 1 ? reader.ReadVarintInt64() : null;
            var counts = (Offset: 0L, Length: -1);
            var end = restAt;
            if (reader.ReadByte() == 1)
            {
                var countsLength = reader.ReadCount();
                counts = (restAt + reader.Position, countsLength);
                end = counts.Offset + countsLength;
            }
            else
            {
                end += reader.Position;
            }

            if (end != tailStart + tailLength)
            {
                throw new InvalidDataException("its tail does not end where its header says");
            }

            var checksum = new byte[ChecksumBytes];
            if (RandomAccess.Read(file, checksum, length - ChecksumBytes) != ChecksumBytes)
            {
                damage = $"{path}: it ends early (truncated)";
                return null;
            }

            return new ReportSnapshot(file, header, bodyLength, endingLength, tailLength, summary!, manifest, bodyPrefix, counts, Hash128.ReadLittleEndian(checksum));
        }
        catch (Exception e) when (e is InvalidDataException or OverflowException)
        {
            damage = $"{path}: {e.Message}";
            return null;
        }
    }
}
