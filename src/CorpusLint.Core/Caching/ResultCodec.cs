using CorpusLint.Configuration;
using CorpusLint.Engine;
using CorpusLint.Model;
using CorpusLint.Reporting;
using CorpusLint.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusLint.Caching;

/// <summary>
/// Turns a document's result into the bytes a cache entry keeps, and back: every field of every diagnostic a reporter,
/// a baseline or <c>--fix</c> reads (span, positions, message, fingerprint, excerpt, fix edits), and the summary for a
/// corpus-wide pass. The document's path is not kept: results are given back under the path the run shows.
/// </summary>
internal sealed class ResultCodec
{
    private const int FingerprintBytes = 16;

    private static readonly System.Buffers.SearchValues<char> UpperHexLetters = System.Buffers.SearchValues.Create("ABCDEF");

    /// <summary>Each ID's descriptor and the index of its rule in the run's rule list (-1 for the engine's own diagnostics).</summary>
    private readonly Dictionary<string, (DiagnosticDescriptor Descriptor, int Rule)>.AlternateLookup<ReadOnlySpan<char>> _descriptors;
    private readonly IDocumentSummarizer? _summarizer;

    public ResultCodec(IReadOnlyList<Rule> rules, IDocumentSummarizer? summarizer)
    {
        var byId = new Dictionary<string, (DiagnosticDescriptor, int)>(StringComparer.Ordinal);
        foreach (var descriptor in (DiagnosticDescriptor[])[EngineDiagnostics.NotLinted, EngineDiagnostics.RuleFailed, EngineDiagnostics.PartlyLinted])
        {
            byId[descriptor.Id] = (descriptor, -1);
        }

        for (var i = 0; i < rules.Count; i++)
        {
            byId[rules[i].Descriptor.Id] = (rules[i].Descriptor, i);
        }

        _descriptors = byId.GetAlternateLookup<ReadOnlySpan<char>>();
        _summarizer = summarizer;
    }

    public void Encode(DocumentResult result, CacheWriter writer)
    {
        writer.WriteVarint(result.Bytes);
        writer.WriteVarint((ulong)result.Diagnostics.Count);
        foreach (var diagnostic in result.Diagnostics)
        {
            Encode(diagnostic, writer);
        }

        WriteSummary(result.Summary, writer);
    }

    /// <summary>
    /// The result in <paramref name="payload"/>, whose diagnostics stay encoded until read (<see cref="EncodedDiagnostics"/>):
    /// the payload must not be reused afterwards.
    /// </summary>
    /// <exception cref="InvalidDataException">The bytes are not a result this codec wrote for these rules.</exception>
    public DocumentResult Decode(ReadOnlyMemory<byte> payload, DocumentInput input)
    {
        var reader = new CacheReader(payload.Span);
        var bytes = reader.ReadVarintInt64();
        var count = reader.ReadCount();
        var diagnosticsStart = reader.Position;
        var diagnosticsLength = MeasureDiagnostics(payload.Span[diagnosticsStart..], count);
        reader.ReadBytes(diagnosticsLength);

        object? summary = null;
        if (reader.ReadByte() == 1)
        {
            var length = reader.ReadCount();
            var start = reader.Position;
            reader.ReadBytes(length);
            summary = ReadSummary(payload.Slice(start, length), input);
        }

        if (!reader.AtEnd)
        {
            throw new InvalidDataException("a cached result has bytes after its end");
        }

        var diagnostics = new EncodedDiagnostics(this, input.DisplayPath, count, payload.Slice(diagnosticsStart, diagnosticsLength));
        return new DocumentResult(input.DisplayPath, diagnostics, []) { Bytes = bytes, Summary = summary, FromCache = true };
    }

    /// <summary>Decodes <paramref name="count"/> diagnostics that <see cref="MeasureDiagnostics"/> accepted.</summary>
    public LintDiagnostic[] DecodeDiagnostics(ReadOnlySpan<byte> encoded, int count, string path)
    {
        var reader = new CacheReader(encoded);
        var diagnostics = new LintDiagnostic[count];
        for (var i = 0; i < count; i++)
        {
            diagnostics[i] = Decode(ref reader, path);
        }

        return diagnostics;
    }

    /// <summary>
    /// The length of <paramref name="count"/> encoded diagnostics at the start of <paramref name="encoded"/>, checking
    /// everything <see cref="DecodeDiagnostics"/> would (rules, severities, numbers, strings) without allocating.
    /// </summary>
    /// <exception cref="InvalidDataException">They are not diagnostics this codec wrote for these rules.</exception>
    public int MeasureDiagnostics(ReadOnlySpan<byte> encoded, int count)
    {
        var reader = new CacheReader(encoded);
        for (var i = 0; i < count; i++)
        {
            ReadDescriptor(ref reader);
            ReadSeverity(ref reader);
            SkipAfterSeverity(ref reader);
        }

        return reader.Position;
    }

    /// <summary>
    /// Writes to <paramref name="writer"/> the payload a lint under <paramref name="configuration"/>'s severities would
    /// have stored for the result in <paramref name="payload"/>, made under the same options (<see cref="SeverityReapplier"/>):
    /// each diagnostic's bytes copied with its rule's severity, those of rules turned off left out, the summary
    /// reconfigured. No diagnostic is decoded. False, with nothing useful written, when the result holds a CL0003.
    /// </summary>
    /// <exception cref="InvalidDataException">The bytes are not a result this codec wrote for these rules.</exception>
    public bool TryReapply(ReadOnlyMemory<byte> payload, DocumentInput input, DocumentConfiguration configuration, CacheWriter writer)
    {
        var bytes = payload.Span;
        var reader = new CacheReader(bytes);
        var length = reader.ReadVarintInt64();
        var count = reader.ReadCount();
        var first = reader.Position;
        var kept = 0;
        for (var i = 0; i < count; i++)
        {
            var (descriptor, rule) = ReadRule(ref reader);
            ReadSeverity(ref reader);
            SkipAfterSeverity(ref reader);
            if (descriptor == EngineDiagnostics.PartlyLinted)
            {
                // It names the rule it is about in its message only: whether it stands cannot be told.
                return false;
            }

            kept += rule < 0 || configuration.GetSeverity(rule) != Severity.None ? 1 : 0;
        }

        writer.WriteVarint((ulong)length);
        writer.WriteVarint((ulong)kept);
        reader = new CacheReader(bytes[first..]);
        for (var i = 0; i < count; i++)
        {
            var start = reader.Position;
            var (_, rule) = ReadRule(ref reader);
            var severityAt = reader.Position;
            ReadSeverity(ref reader);
            SkipAfterSeverity(ref reader);
            var diagnostic = bytes.Slice(first + start, reader.Position - start);
            var severity = rule < 0 ? (Severity)diagnostic[severityAt - start] : configuration.GetSeverity(rule);
            if (severity != Severity.None)
            {
                writer.WriteBytes(diagnostic[..(severityAt - start)]);
                writer.WriteByte((byte)severity);
                writer.WriteBytes(diagnostic[(severityAt - start + 1)..]);
            }
        }

        var tail = new CacheReader(bytes[(first + reader.Position)..]);
        object? summary = null;
        if (tail.ReadByte() == 1)
        {
            var summaryLength = tail.ReadCount();
            var summaryStart = first + reader.Position + tail.Position;
            tail.ReadBytes(summaryLength);
            summary = _summarizer?.Reconfigure(ReadSummary(payload.Slice(summaryStart, summaryLength), input), configuration);
        }

        if (!tail.AtEnd)
        {
            throw new InvalidDataException("a cached result has bytes after its end");
        }

        WriteSummary(summary, writer);
        return true;
    }

    /// <summary>Reads what follows a diagnostic's severity, up to its end, checking it as <see cref="MeasureDiagnostics"/> does.</summary>
    private static void SkipAfterSeverity(ref CacheReader reader)
    {
        for (var number = 0; number < 6; number++)
        {
            reader.ReadCount();
        }

        reader.SkipString();
        SkipFingerprint(ref reader);
        reader.SkipString();
        reader.ReadCount();
        reader.ReadByte();
        switch (reader.ReadByte())
        {
            case 0:
                break;
            case 1 or 2:
                reader.SkipString();
                var edits = reader.ReadCount();
                for (var edit = 0; edit < edits; edit++)
                {
                    reader.ReadCount();
                    reader.ReadCount();
                    reader.SkipString();
                }

                break;
            default:
                throw new InvalidDataException("a cached fix is malformed");
        }
    }

    private static void Encode(LintDiagnostic diagnostic, CacheWriter writer)
    {
        writer.WriteString(diagnostic.Id);
        writer.WriteByte((byte)diagnostic.Severity);
        writer.WriteVarint((ulong)diagnostic.Span.Start);
        writer.WriteVarint((ulong)diagnostic.Span.Length);
        writer.WriteVarint((ulong)diagnostic.Start.Line);
        writer.WriteVarint((ulong)diagnostic.Start.Column);
        writer.WriteVarint((ulong)diagnostic.End.Line);
        writer.WriteVarint((ulong)diagnostic.End.Column);
        writer.WriteString(diagnostic.Message);
        EncodeFingerprint(diagnostic.Fingerprint, writer);
        writer.WriteString(diagnostic.Excerpt.Text);
        writer.WriteVarint((ulong)diagnostic.Excerpt.StartColumn);
        writer.WriteByte(diagnostic.Excerpt.CutAtEnd ? (byte)1 : (byte)0);
        if (diagnostic.Fix is not { } fix)
        {
            writer.WriteByte(0);
            return;
        }

        writer.WriteByte(fix.Safety == FixSafety.Safe ? (byte)1 : (byte)2);
        writer.WriteString(fix.Title);
        writer.WriteVarint((ulong)fix.Edits.Count);
        foreach (var edit in fix.Edits)
        {
            writer.WriteVarint((ulong)edit.Span.Start);
            writer.WriteVarint((ulong)edit.Span.Length);
            writer.WriteString(edit.NewText);
        }
    }

    private LintDiagnostic Decode(ref CacheReader reader, string path)
    {
        var descriptor = ReadDescriptor(ref reader);
        var severity = ReadSeverity(ref reader);
        var span = new TextSpan(reader.ReadCount(), reader.ReadCount());
        var start = new Position(reader.ReadCount(), reader.ReadCount());
        var end = new Position(reader.ReadCount(), reader.ReadCount());
        var message = reader.ReadString();
        var fingerprint = DecodeFingerprint(ref reader);
        var excerpt = new SourceExcerpt(reader.ReadString(), reader.ReadCount(), reader.ReadByte() == 1);
        var fix = reader.ReadByte() switch
        {
            0 => null,
            var safety and (1 or 2) => DecodeFix(ref reader, safety == 1 ? FixSafety.Safe : FixSafety.Unsafe),
            _ => throw new InvalidDataException("a cached fix is malformed"),
        };
        return new LintDiagnostic(descriptor, severity, path, span, start, end, message, fix, fingerprint, excerpt);
    }

    private static Severity ReadSeverity(ref CacheReader reader) =>
        reader.ReadByte() is var level && level <= (byte)Severity.Error ? (Severity)level : throw new InvalidDataException("a cached severity is unknown");

    private static Fix DecodeFix(ref CacheReader reader, FixSafety safety)
    {
        var title = reader.ReadString();
        var edits = new TextEdit[reader.ReadCount()];
        for (var i = 0; i < edits.Length; i++)
        {
            edits[i] = new TextEdit(new TextSpan(reader.ReadCount(), reader.ReadCount()), reader.ReadString());
        }

        return new Fix(title, safety, edits);
    }

    private void WriteSummary(object? summary, CacheWriter writer)
    {
        if (summary is not null && _summarizer is not null)
        {
            var bytes = _summarizer.ToBytes(summary);
            writer.WriteByte(1);
            writer.WriteVarint((ulong)bytes.Length);
            writer.WriteBytes(bytes);
        }
        else
        {
            writer.WriteByte(0);
        }
    }

    private DiagnosticDescriptor ReadDescriptor(ref CacheReader reader) => ReadRule(ref reader).Descriptor;

    private (DiagnosticDescriptor Descriptor, int Rule) ReadRule(ref CacheReader reader)
    {
        var header = reader.ReadVarint();
        var bytes = reader.ReadBytes(checked((int)(header >> 1)));
        Span<char> id = stackalloc char[64];
        if ((header & 1) == 0 && bytes.Length <= id.Length && System.Text.Encoding.UTF8.TryGetChars(bytes, id, out var written)
            && _descriptors.TryGetValue(id[..written], out var rule))
        {
            return rule;
        }

        throw new InvalidDataException("a cached diagnostic names a rule this run does not have");
    }

    /// <summary>Fingerprints are 32 lower-case hex digits (<see cref="Baseline.DiagnosticFingerprint"/>): kept as their 16 bytes.</summary>
    private static void EncodeFingerprint(string fingerprint, CacheWriter writer)
    {
        Span<byte> bytes = stackalloc byte[FingerprintBytes];
        if (fingerprint.Length == 2 * FingerprintBytes
            && Convert.FromHexString(fingerprint, bytes, out _, out var written) == System.Buffers.OperationStatus.Done
            && written == FingerprintBytes
            && !fingerprint.AsSpan().ContainsAny(UpperHexLetters))
        {
            writer.WriteByte(1);
            writer.WriteBytes(bytes);
        }
        else
        {
            writer.WriteByte(0);
            writer.WriteString(fingerprint);
        }
    }

    private static string DecodeFingerprint(ref CacheReader reader) => reader.ReadByte() switch
    {
        1 => Convert.ToHexStringLower(reader.ReadBytes(FingerprintBytes)),
        0 => reader.ReadString(),
        _ => throw new InvalidDataException("a cached fingerprint is malformed"),
    };

    private static void SkipFingerprint(ref CacheReader reader)
    {
        switch (reader.ReadByte())
        {
            case 1:
                reader.ReadBytes(FingerprintBytes);
                break;
            case 0:
                reader.SkipString();
                break;
            default:
                throw new InvalidDataException("a cached fingerprint is malformed");
        }
    }

    private object ReadSummary(ReadOnlyMemory<byte> bytes, DocumentInput input)
    {
        if (_summarizer is null)
        {
            throw new InvalidDataException("a cached result holds a summary this run does not use");
        }

        return _summarizer.FromBytes(bytes, input);
    }
}
