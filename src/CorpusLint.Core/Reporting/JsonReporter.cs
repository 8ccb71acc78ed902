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
public sealed class JsonReporter(Shard? shard = null) : IReporter, IStreamingReporter
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

    public void Write(LintDiagnostic diagnostic, TextWriter output)
    {
        var d = diagnostic;
        JsonSerializer.Serialize(
            Writer,
            new JsonDiagnostic(JsonText.WellFormed(d.Path), d.Start.Line, d.Start.Column, d.End.Line, d.End.Column, d.Id, d.Severity.ToWord(), d.Category, JsonText.WellFormed(d.Message), d.Fix is not null, d.Fingerprint)
            {
                Dataset = d.Record is { } record ? JsonText.WellFormed(record.Dataset) : null,
                Record = d.Record?.Number,
            },
            ReportJsonContext.Default.JsonDiagnostic);
        if (Writer.BytesPending + _buffer.WrittenCount >= FlushBytes)
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
