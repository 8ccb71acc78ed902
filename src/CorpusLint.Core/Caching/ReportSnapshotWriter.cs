using System.Buffers.Binary;
using System.IO.Hashing;
using CorpusLint.Corpus;
using CorpusLint.IO;
using CorpusLint.Engine;

namespace CorpusLint.Caching;

/// <summary>
/// Writes a <see cref="ReportSnapshot"/> while the report is rendered: the report's bytes go to <see cref="Body"/> as
/// they are written (into a temporary file beside the snapshot, and into its checksum), <see cref="EndBody"/> marks
/// where the report's ending starts, and <see cref="Commit"/> adds the summary and the manifest and renames the file
/// over the old snapshot (<see cref="AtomicFile"/>: a reader, or another run, sees a whole old or a whole new one).
/// Disposed uncommitted, it leaves the old snapshot as it was. A write that fails (a full disk) only loses the
/// snapshot: <see cref="Body"/> never throws, so the report itself goes on.
/// </summary>
public sealed class ReportSnapshotWriter : IDisposable
{
    private readonly AtomicFile.PendingFile _file;
    private readonly XxHash128 _checksum = new();
    private long _written;
    private long _bodyLength = -1;
    private bool _failed;

    private ReportSnapshotWriter(AtomicFile.PendingFile file)
    {
        _file = file;
        Body = new CaptureStream(this);
    }

    /// <summary>Where the report's bytes go, in order, as they are written to the report.</summary>
    public Stream Body { get; }

    /// <summary>The report's bytes so far: where the next byte written to <see cref="Body"/> is in the report.</summary>
    public long Position => _written;

    /// <summary>Starts a snapshot at <paramref name="path"/>, in <paramref name="cacheDirectory"/>; null when the folder cannot take it.</summary>
    public static ReportSnapshotWriter? Create(string cacheDirectory, string path)
    {
        try
        {
            CacheFolder.Ensure(cacheDirectory, Path.GetDirectoryName(path)!);
            var file = AtomicFile.Create(path);
            // The header is written last, once the lengths are known; its place is kept.
            file.Stream.Write(new byte[ReportSnapshot.HeaderBytes]);
            return new ReportSnapshotWriter(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Gives the snapshot up (the report held what the snapshot cannot store faithfully); it will not be committed.</summary>
    public void Abandon() => _failed = true;

    /// <summary>Marks the end of the report's body: what follows is its ending (which a replay may render again, see <see cref="ReportSnapshot"/>).</summary>
    public void EndBody() => _bodyLength = _written;

    /// <summary>Completes the snapshot and puts it in place; false when it could not be written (it is then dropped).</summary>
    /// <param name="bodyPrefix">
    /// The bytes of the body before the first document's part, when the manifest holds each document's part (the
    /// reporter writes each document's diagnostics on their own, <see cref="Reporting.ISpliceableReporter"/>); else null.
    /// </param>
    /// <param name="counts">The corpus pass's counts, for a later run that replaces a document's part; null without the pass.</param>
    public bool Commit(CacheKey key, Hash128 options, SnapshotSummary summary, SnapshotManifestWriter manifest, long? bodyPrefix, RepetitionCounts? counts)
    {
        if (_failed || _bodyLength < 0)
        {
            return false;
        }

        // The tail is the head below, the manifest's entries (streamed from where the manifest spilled them) and the rest.
        var head = new CacheWriter(256);
        head.WriteString(key.ToolIdentity);
        head.WriteHash128(key.Rules);
        head.WriteHash128(options);
        head.WriteVarint((ulong)summary.Documents);
        head.WriteVarint(summary.Bytes);
        head.WriteVarint((ulong)summary.Errors);
        head.WriteVarint((ulong)summary.Warnings);
        head.WriteVarint((ulong)summary.Suggestions);
        head.WriteVarint((ulong)summary.Written);
        head.WriteVarint((ulong)summary.EngineWritten);
        manifest.WriteHeadTo(head);
        var rest = new CacheWriter(64);
        rest.WriteByte(bodyPrefix is null ? (byte)0 : (byte)1);
        if (bodyPrefix is { } prefix)
        {
            rest.WriteVarint(prefix);
        }

        rest.WriteByte(counts is null ? (byte)0 : (byte)1);
        if (counts is not null)
        {
            // Length first: a replay skips them, only a run that replaces a document's part reads them.
            var written = new CacheWriter(1 << 12);
            counts.Write(written);
            rest.WriteVarint((ulong)written.Length);
            rest.WriteBytes(written.Written);
        }

        Span<byte> header = stackalloc byte[ReportSnapshot.HeaderBytes];
        header.Clear();
        BinaryPrimitives.WriteUInt32LittleEndian(header, ReportSnapshot.Magic);
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], ReportSnapshot.FormatVersion);
        BinaryPrimitives.WriteInt64LittleEndian(header[8..], _bodyLength);
        BinaryPrimitives.WriteInt64LittleEndian(header[16..], _written - _bodyLength);
        BinaryPrimitives.WriteInt64LittleEndian(header[24..], head.Length + manifest.EntriesLength + rest.Length);
        try
        {
            var stream = _file.Stream;
            WriteTail(head.Written);
            manifest.CopyEntriesTo(WriteTail);
            WriteTail(rest.Written);
            _checksum.Append(header);
            stream.Write(_checksum.GetCurrentHash());
            stream.Position = 0;
            stream.Write(header);

            // No flush to disk, as for the result cache: a snapshot a power cut damaged fails its checksum and is rebuilt.
            _file.Commit(durable: false);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private void WriteTail(ReadOnlySpan<byte> bytes)
    {
        _file.Stream.Write(bytes);
        _checksum.Append(bytes);
    }

    public void Dispose() => _file.Dispose();

    private void Append(ReadOnlySpan<byte> bytes)
    {
        if (_failed)
        {
            return;
        }

        try
        {
            _file.Stream.Write(bytes);
            _checksum.Append(bytes);
            _written += bytes.Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _failed = true;
        }
    }

    /// <summary>The write-only stream of <see cref="Body"/>.</summary>
    private sealed class CaptureStream(ReportSnapshotWriter owner) : WriteOnlyStream
    {
        public override void Write(ReadOnlySpan<byte> buffer) => owner.Append(buffer);
    }
}
