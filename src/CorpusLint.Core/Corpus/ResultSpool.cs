using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using CorpusLint.Caching;
using CorpusLint.Datasets;
using CorpusLint.Engine;
using CorpusLint.Fixing;
using CorpusLint.IO;
using CorpusLint.Model;
using CorpusLint.Reporting;
using CorpusLint.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusLint.Corpus;

/// <summary>
/// Holds a run's results, in order, until they can be passed on: written in a compact binary form to a
/// <see cref="SpillStream"/> (memory, then a temporary file), read back once in the order added. Descriptors are kept
/// by reference (reports compare them so), everything else by value; a result's <see cref="DocumentResult.Summary"/> is
/// kept when it is <see cref="DocumentFingerprints"/>.
/// </summary>
internal sealed class ResultSpool : IDisposable
{
    /// <summary>Results held in memory before they go to a file: small runs never touch the disk; large ones hold this much.</summary>
    public const int DefaultMemoryBytes = 16 << 20;

    /// <summary>In place of a count: the diagnostics that follow are a cache's encoded bytes.</summary>
    private const int EncodedMark = -1;

    /// <summary>In place of a diagnostic's path: the path of the result it belongs to, as nearly every diagnostic's is.</summary>
    private const int ResultPathMark = -1;

    private readonly List<DiagnosticDescriptor> _descriptors = [];
    private readonly Dictionary<DiagnosticDescriptor, int> _descriptorIndex = new(ReferenceEqualityComparer.Instance);
    private readonly List<ResultCodec> _codecs = [];
    private readonly SpillStream _stream;
    private readonly BinaryWriter _writer;
    private int _count;

    /// <summary>The path of the result being written, then of the one being read: what <see cref="ResultPathMark"/> stands for.</summary>
    private string? _resultPath;

    public ResultSpool(int memoryBytes = DefaultMemoryBytes)
    {
        _stream = new SpillStream(memoryBytes);
        _writer = new BinaryWriter(new BufferedStream(_stream, 1 << 16), Encoding.UTF8);
    }

    /// <summary>Whether the spool went to a temporary file.</summary>
    public bool OnDisk => _stream.OnDisk;

    public void Add(DocumentResult result)
    {
        WriteResult(result);
        _count++;
    }

    /// <summary>The results in the order added; the spool can be read once.</summary>
    public IEnumerable<DocumentResult> ReadAll()
    {
        _writer.Flush();
        _stream.Position = 0;
        using var reader = new BinaryReader(new BufferedStream(_stream, 1 << 16), Encoding.UTF8, leaveOpen: true);
        for (var i = 0; i < _count; i++)
        {
            yield return ReadResult(reader);
        }
    }

    public void Dispose()
    {
        _writer.Dispose();
        _stream.Dispose();
    }

    private void WriteResult(DocumentResult result)
    {
        var w = _writer;
        WriteText(result.Path);
        _resultPath = result.Path;
        WriteDiagnostics(result.Diagnostics);
        w.Write(result.Failures.Count);
        foreach (var failure in result.Failures)
        {
            WriteText(failure.RuleId);
            WriteText(failure.Path);
            WriteText(failure.Message);
        }

        w.Write(result.Bytes);
        WriteOptional(result.NotLintedReason);
        w.Write(result.Read is not null);
        if (result.Read is { } read)
        {
            w.Write(read.Stamp.Length);
            w.Write(read.Stamp.LastWriteTimeUtc.Ticks);
            w.Write(read.Stamp.ChangeTicks);
            w.Write(read.Stamp.FileId);
            w.Write(read.ContentHash.High);
            w.Write(read.ContentHash.Low);
            w.Write(read.OpenedAtUtc.Ticks);
        }

        w.Write(result.Summary is DocumentFingerprints);
        (result.Summary as DocumentFingerprints)?.Write(w);
        w.Write(result.FromCache);
        w.Write(result.Input is not null);
        if (result.Input is { } input)
        {
            WriteInput(input);
        }

        w.Write(result.Fix is not null);
        if (result.Fix is { } fix)
        {
            WriteInput(fix.Input);
            w.Write((byte)fix.Status);
            w.Write(fix.Applied);
            w.Write(fix.Settled);
            w.Write(fix.Remaining is not null);
            if (fix.Remaining is { } remaining)
            {
                WriteDiagnostics(remaining);
            }

            w.Write(fix.Refused.Count);
            foreach (var refused in fix.Refused)
            {
                WriteDiagnostic(refused.Diagnostic);
                WriteText(refused.Reason);
            }

            WriteOptional(fix.Message);
            WriteOptional(fix.OriginalText);
            WriteOptional(fix.FixedText);
        }
    }

    private DocumentResult ReadResult(BinaryReader r)
    {
        var path = ReadText(r);
        _resultPath = path;
        var diagnostics = ReadDiagnostics(r);
        var failures = new RuleFailure[r.ReadInt32()];
        for (var i = 0; i < failures.Length; i++)
        {
            failures[i] = new RuleFailure(ReadText(r), ReadText(r), ReadText(r));
        }

        var bytes = r.ReadInt64();
        var notLinted = ReadOptional(r);
        DocumentRead? read = r.ReadBoolean()
            ? new DocumentRead(
                new DocumentStamp(r.ReadInt64(), new DateTime(r.ReadInt64(), DateTimeKind.Utc)) { ChangeTicks = r.ReadInt64(), FileId = r.ReadUInt64() },
                new Hash128(r.ReadUInt64(), r.ReadUInt64()),
                new DateTime(r.ReadInt64(), DateTimeKind.Utc))
            : null;
        var summary = r.ReadBoolean() ? DocumentFingerprints.Read(r) : null;
        var fromCache = r.ReadBoolean();
        var input = r.ReadBoolean() ? ReadInput(r) : null;
        FileFixOutcome? fix = null;
        if (r.ReadBoolean())
        {
            var fixInput = ReadInput(r);
            var status = (FileFixStatus)r.ReadByte();
            var applied = r.ReadInt32();
            var settled = r.ReadBoolean();
            var remaining = r.ReadBoolean() ? ReadDiagnostics(r) : null;
            var refused = new RefusedFix[r.ReadInt32()];
            for (var i = 0; i < refused.Length; i++)
            {
                refused[i] = new RefusedFix(ReadDiagnostic(r), ReadText(r));
            }

            fix = new FileFixOutcome(fixInput, status, applied, settled, remaining, refused, ReadOptional(r), ReadOptional(r), ReadOptional(r));
        }

        return new DocumentResult(path, diagnostics, failures)
        {
            Bytes = bytes,
            NotLintedReason = notLinted,
            Read = read,
            Summary = summary,
            FromCache = fromCache,
            Input = input,
            Fix = fix,
        };
    }

    /// <summary>A count, or <see cref="EncodedMark"/> then the codec's index, the path, the count and the encoded bytes.</summary>
    private void WriteDiagnostics(IReadOnlyList<LintDiagnostic> diagnostics)
    {
        if (diagnostics is EncodedDiagnostics encoded)
        {
            var codec = _codecs.FindIndex(c => ReferenceEquals(c, encoded.Codec));
            if (codec < 0)
            {
                codec = _codecs.Count;
                _codecs.Add(encoded.Codec);
            }

            _writer.Write(EncodedMark);
            _writer.Write(codec);
            WriteText(encoded.Path);
            _writer.Write(encoded.Count);
            _writer.Write(encoded.Encoded.Length);
            _writer.Write(encoded.Encoded.Span);
            return;
        }

        _writer.Write(diagnostics.Count);
        foreach (var diagnostic in diagnostics)
        {
            WriteDiagnostic(diagnostic);
        }
    }

    private IReadOnlyList<LintDiagnostic> ReadDiagnostics(BinaryReader r)
    {
        var count = r.ReadInt32();
        if (count == EncodedMark)
        {
            var codec = _codecs[r.ReadInt32()];
            var path = ReadText(r);
            var encodedCount = r.ReadInt32();
            var bytes = r.ReadBytes(r.ReadInt32());
            return new EncodedDiagnostics(codec, path, encodedCount, bytes);
        }

        var diagnostics = new LintDiagnostic[count];
        for (var i = 0; i < diagnostics.Length; i++)
        {
            diagnostics[i] = ReadDiagnostic(r);
        }

        return diagnostics;
    }

    private void WriteDiagnostic(LintDiagnostic d)
    {
        var w = _writer;
        if (!_descriptorIndex.TryGetValue(d.Descriptor, out var index))
        {
            index = _descriptors.Count;
            _descriptors.Add(d.Descriptor);
            _descriptorIndex.Add(d.Descriptor, index);
        }

        w.Write(index);
        w.Write((byte)d.Severity);
        if (d.Path == _resultPath)
        {
            w.Write(ResultPathMark);
        }
        else
        {
            WriteText(d.Path);
        }

        w.Write(d.Span.Start);
        w.Write(d.Span.Length);
        w.Write(d.Start.Line);
        w.Write(d.Start.Column);
        w.Write(d.End.Line);
        w.Write(d.End.Column);
        WriteText(d.Message);
        w.Write(d.Fix is not null);
        if (d.Fix is { } fix)
        {
            WriteText(fix.Title);
            w.Write((byte)fix.Safety);
            w.Write(fix.Edits.Count);
            foreach (var edit in fix.Edits)
            {
                w.Write(edit.Span.Start);
                w.Write(edit.Span.Length);
                WriteText(edit.NewText);
            }
        }

        WriteText(d.Fingerprint);
        var carried = !ReferenceEquals(d.Excerpt, SourceExcerpt.NotCarried);
        w.Write(carried);
        if (carried)
        {
            WriteText(d.Excerpt.Text);
            w.Write(d.Excerpt.StartColumn);
            w.Write(d.Excerpt.CutAtEnd);
        }

        SpooledRecord.Write(w, d.Record);
    }

    private LintDiagnostic ReadDiagnostic(BinaryReader r)
    {
        var descriptor = _descriptors[r.ReadInt32()];
        var severity = (Severity)r.ReadByte();
        var path = r.ReadInt32() is var header && header == ResultPathMark ? _resultPath! : ReadText(r, header);
        var span = new TextSpan(r.ReadInt32(), r.ReadInt32());
        var start = new Position(r.ReadInt32(), r.ReadInt32());
        var end = new Position(r.ReadInt32(), r.ReadInt32());
        var message = ReadText(r);
        Fix? fix = null;
        if (r.ReadBoolean())
        {
            var title = ReadText(r);
            var safety = (FixSafety)r.ReadByte();
            var edits = new TextEdit[r.ReadInt32()];
            for (var i = 0; i < edits.Length; i++)
            {
                edits[i] = new TextEdit(new TextSpan(r.ReadInt32(), r.ReadInt32()), ReadText(r));
            }

            fix = new Fix(title, safety, edits);
        }

        var fingerprint = ReadText(r);
        var excerpt = r.ReadBoolean() ? new SourceExcerpt(ReadText(r), r.ReadInt32(), r.ReadBoolean()) : SourceExcerpt.NotCarried;
        return new LintDiagnostic(descriptor, severity, path, span, start, end, message, fix, fingerprint, excerpt) { Record = SpooledRecord.ReadLocation(r) };
    }

    private void WriteInput(DocumentInput input)
    {
        WriteText(input.FullPath);
        WriteText(input.DisplayPath);
        WriteText(input.CorpusPath);
        WriteOptional(input.Problem);
        SpooledRecord.Write(_writer, input.Record);
    }

    private static DocumentInput ReadInput(BinaryReader r) =>
        new(ReadText(r), ReadText(r)) { CorpusPath = ReadText(r), Problem = ReadOptional(r), Record = SpooledRecord.ReadRecord(r) };

    private void WriteOptional(string? text)
    {
        _writer.Write(text is not null);
        if (text is not null)
        {
            WriteText(text);
        }
    }

    /// <summary>
    /// Text as one byte a character when it is ASCII, as an archive's paths, messages and excerpts mostly are (half the
    /// bytes to copy and to fault in: the spool's writes were 5% of a run's CPU, benchmarks/README), else as its UTF-16
    /// code units, lossless for any string (UTF-8 would replace a lone surrogate). The length's low bit says which.
    /// </summary>
    private void WriteText(string text)
    {
        if (!Ascii.IsValid(text))
        {
            _writer.Write(text.Length << 1);
            _writer.Write(MemoryMarshal.AsBytes(text.AsSpan()));
            return;
        }

        _writer.Write((text.Length << 1) | 1);
        byte[]? rented = null;
        var bytes = text.Length <= 256 ? stackalloc byte[text.Length] : (rented = ArrayPool<byte>.Shared.Rent(text.Length)).AsSpan(0, text.Length);
        Ascii.FromUtf16(text, bytes, out _);
        _writer.Write(bytes);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static string ReadText(BinaryReader r) => ReadText(r, r.ReadInt32());

    private static string ReadText(BinaryReader r, int header)
    {
        var length = header >> 1;
        if ((header & 1) == 0)
        {
            return string.Create(length, r, static (chars, reader) => reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(chars)));
        }

        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            r.BaseStream.ReadExactly(rented.AsSpan(0, length));
            return Encoding.ASCII.GetString(rented, 0, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static string? ReadOptional(BinaryReader r) => r.ReadBoolean() ? ReadText(r) : null;
}
