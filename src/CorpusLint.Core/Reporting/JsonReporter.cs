using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using CorpusLint.Engine;
using CorpusLint.Corpus;
using CorpusLint.Engine.Sharding;
using CorpusLint.IO;
using CorpusLint.Rules;

namespace CorpusLint.Reporting;

/// <summary>
/// The machine-readable report. Field names are a contract: tools parse them. Written as the run goes, diagnostic
/// by diagnostic, through a small buffer; documents that could not be linted are in <c>diagnostics</c> as CL0001.
/// A shard's report also carries each document's CL2012 fingerprints (<c>fingerprints</c>), for <c>merge</c> to run
/// the corpus pass over every shard; they are held in a <see cref="SpillStream"/> until the diagnostics are written.
/// </summary>
public sealed class JsonReporter(Shard? shard = null) : IReporter, ISpliceableReporter
{
    /// <summary>Buffered JSON is handed to the output in pieces of about this size.</summary>
    private const int FlushBytes = 1 << 16;

    /// <summary>Fingerprints held in memory before they go to a temporary file (a few hundred bytes a document).</summary>
    private const int FingerprintMemoryBytes = 8 << 20;

    private readonly ArrayBufferWriter<byte> _buffer = new(FlushBytes * 2);
    private Utf8JsonWriter? _writer;
    private readonly MemoryStream _record = new();
    private SpillStream? _fingerprints;
    private BinaryWriter? _fingerprintWriter;
    private int _fingerprintCount;

    public void Write(LintRunResult result, TextWriter output)
    {
        Begin(output);
        foreach (var diagnostic in result.Diagnostics)
        {
            Write(diagnostic, output);
        }

        End(
            new ReportSummary(result.Documents, result.Bytes, result.Count(Severity.Error), result.Count(Severity.Warning), result.Count(Severity.Suggestion), result.Elapsed),
            output);
    }

    public void Begin(TextWriter output)
    {
        _buffer.ResetWrittenCount();
        _writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Indented = true, Encoder = ReportJsonContext.Default.Options.Encoder });
        _writer.WriteStartObject();
        _writer.WriteString("version", ToolInfo.Version);
        if (shard is { } part)
        {
            _writer.WritePropertyName("shard");
            JsonSerializer.Serialize(_writer, new JsonShard(part.Index, part.Count), ReportJsonContext.Default.JsonShard);
        }

        _writer.WritePropertyName("diagnostics");
        _writer.WriteStartArray();
    }

    public void StartDocument(DocumentResult result, TextWriter output)
    {
        if (shard is null || result.Summary is not DocumentFingerprints fingerprints)
        {
            return;
        }

        if (_fingerprintWriter is null)
        {
            _fingerprints = new SpillStream(FingerprintMemoryBytes);
            _fingerprintWriter = new BinaryWriter(new BufferedStream(_fingerprints, FlushBytes), Encoding.UTF8);
        }

        // The path (for the report) and the record itself, length first.
        _record.SetLength(0);
        using (var record = new BinaryWriter(_record, Encoding.UTF8, leaveOpen: true))
        {
            fingerprints.Write(record);
        }

        _fingerprintWriter.Write(fingerprints.Path);

        // A dataset's record is named as its diagnostics are, so that merge places its findings as one run does.
        var location = result.Input?.Record is { AboutFile: false } datasetRecord ? datasetRecord.Location : null;
        _fingerprintWriter.Write(location?.Dataset ?? string.Empty);
        _fingerprintWriter.Write(location?.Number ?? 0);
        _fingerprintWriter.Write((int)_record.Length);
        _fingerprintWriter.Write(_record.GetBuffer(), 0, (int)_record.Length);
        _fingerprintCount++;
    }

    /// <summary>
    /// Written field by field with encoded names (the bytes <see cref="JsonDiagnostic"/> would serialize to, in its
    /// order): a warm run writes hundreds of thousands of these, and the serializer's per-object setup was most of it.
    /// </summary>
    public void Write(LintDiagnostic diagnostic, TextWriter output)
    {
        var d = diagnostic;
        var writer = Writer;
        writer.WriteStartObject();
        writer.WriteString(Names.Path, JsonText.WellFormed(d.Path));
        writer.WriteNumber(Names.Line, d.Start.Line);
        writer.WriteNumber(Names.Column, d.Start.Column);
        writer.WriteNumber(Names.EndLine, d.End.Line);
        writer.WriteNumber(Names.EndColumn, d.End.Column);
        writer.WriteString(Names.Id, d.Id);
        writer.WriteString(Names.Severity, d.Severity.ToWord());
        writer.WriteString(Names.Category, d.Category);
        writer.WriteString(Names.Message, JsonText.WellFormed(d.Message));
        writer.WriteBoolean(Names.Fixable, d.Fix is not null);
        writer.WriteString(Names.Fingerprint, d.Fingerprint);
        if (d.Record is { } record)
        {
            writer.WriteString(Names.Dataset, JsonText.WellFormed(record.Dataset));
            writer.WriteNumber(Names.Record, record.Number);
        }

        writer.WriteEndObject();
        if (writer.BytesPending + _buffer.WrittenCount >= FlushBytes)
        {
            Flush(output);
        }
    }

    public void End(ReportSummary summary, TextWriter output)
    {
        Writer.WriteEndArray();
        if (shard is not null)
        {
            WriteFingerprints(output);
        }

        Writer.WritePropertyName("summary");
        JsonSerializer.Serialize(
            Writer,
            new JsonSummary(summary.Documents, summary.Bytes, summary.Errors, summary.Warnings, summary.Suggestions, (long)summary.Elapsed.TotalMilliseconds),
            ReportJsonContext.Default.JsonSummary);
        Writer.WriteEndObject();
        Flush(output);
        output.WriteLine();
        _writer!.Dispose();
        _writer = null;
    }

    public void FlushBody(TextWriter output) => Flush(output);

    /// <summary>Items of the diagnostics array after the first one start with a comma.</summary>
    public bool PartDependsOnEarlierDiagnostics => true;

    public bool EndingListsEngineDiagnostics => false;

    public void ResumeBody(int diagnosticsWritten)
    {
        Begin(TextWriter.Null);
        JsonBodyResume.After(Writer, _buffer, diagnosticsWritten);
    }

    public void WriteEnding(ReportSummary summary, int diagnosticsWritten, TextWriter output)
    {
        ResumeBody(diagnosticsWritten);
        End(summary, output);
    }

    /// <summary>The property names of <see cref="JsonDiagnostic"/> as its serializer writes them.</summary>
    private static class Names
    {
        public static readonly JsonEncodedText Path = JsonEncodedText.Encode("path");
        public static readonly JsonEncodedText Line = JsonEncodedText.Encode("line");
        public static readonly JsonEncodedText Column = JsonEncodedText.Encode("column");
        public static readonly JsonEncodedText EndLine = JsonEncodedText.Encode("endLine");
        public static readonly JsonEncodedText EndColumn = JsonEncodedText.Encode("endColumn");
        public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
        public static readonly JsonEncodedText Severity = JsonEncodedText.Encode("severity");
        public static readonly JsonEncodedText Category = JsonEncodedText.Encode("category");
        public static readonly JsonEncodedText Message = JsonEncodedText.Encode("message");
        public static readonly JsonEncodedText Fixable = JsonEncodedText.Encode("fixable");
        public static readonly JsonEncodedText Fingerprint = JsonEncodedText.Encode("fingerprint");
        public static readonly JsonEncodedText Dataset = JsonEncodedText.Encode("dataset");
        public static readonly JsonEncodedText Record = JsonEncodedText.Encode("record");
    }

    private Utf8JsonWriter Writer => _writer ?? throw new InvalidOperationException("Begin was not called");

    /// <summary><c>"fingerprints": [{"path": ..., "data": base64 of <see cref="DocumentFingerprints.Write"/>}, ...]</c>, in document order.</summary>
    private void WriteFingerprints(TextWriter output)
    {
        Writer.WritePropertyName("fingerprints");
        Writer.WriteStartArray();
        if (_fingerprints is { } spill)
        {
            _fingerprintWriter!.Flush();
            spill.Position = 0;
            using (var reader = new BinaryReader(new BufferedStream(spill, FlushBytes), Encoding.UTF8, leaveOpen: true))
            {
                for (var i = 0; i < _fingerprintCount; i++)
                {
                    Writer.WriteStartObject();
                    Writer.WriteString("path", JsonText.WellFormed(reader.ReadString()));
                    var (dataset, number) = (reader.ReadString(), reader.ReadInt32());
                    if (number > 0)
                    {
                        Writer.WriteString("dataset", JsonText.WellFormed(dataset));
                        Writer.WriteNumber("record", number);
                    }

                    Writer.WriteBase64String("data", reader.ReadBytes(reader.ReadInt32()));
                    Writer.WriteEndObject();
                    if (Writer.BytesPending + _buffer.WrittenCount >= FlushBytes)
                    {
                        Flush(output);
                    }
                }
            }

            _fingerprintWriter.Dispose();
            _fingerprintWriter = null;
            _fingerprints = null;
            _fingerprintCount = 0;
        }

        Writer.WriteEndArray();
    }

    private void Flush(TextWriter output)
    {
        Writer.Flush();
        Utf8Output.Write(output, _buffer.WrittenSpan);
        _buffer.ResetWrittenCount();
    }
}

public sealed record JsonReport(
    string Version,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] JsonShard? Shard,
    IReadOnlyList<JsonDiagnostic> Diagnostics,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<JsonFingerprints>? Fingerprints,
    JsonSummary Summary);

/// <summary>A document's CL2012 fingerprints in a shard's report: its path and the binary record, for <c>merge</c> only.</summary>
public sealed record JsonFingerprints(string Path, byte[] Data);

/// <summary>Which part of the corpus a <c>--shard K/N</c> run linted; absent from a whole run's report.</summary>
public sealed record JsonShard(int Index, int Count);

public sealed record JsonDiagnostic(
    string Path, int Line, int Column, int EndLine, int EndColumn, string Id, string Severity, string Category, string Message, bool Fixable, string Fingerprint)
{
    /// <summary>For a record of a dataset: the dataset file (its <see cref="Path"/> is <c>dataset#id</c>); absent for files.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Dataset { get; init; }

    /// <summary>For a record of a dataset: its 1-based number in the dataset; absent for files.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Record { get; init; }
}

public sealed record JsonSummary(int Documents, long Bytes, int Errors, int Warnings, int Suggestions, long ElapsedMs);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(JsonReport))]
[JsonSerializable(typeof(JsonDiagnostic))]
[JsonSerializable(typeof(JsonSummary))]
[JsonSerializable(typeof(JsonShard))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
