using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using CorpusLint.Engine;
using CorpusLint.Engine.Sharding;
using CorpusLint.Rules;

namespace CorpusLint.Reporting;

/// <summary>
/// The machine-readable report. Field names are a contract: tools parse them. Written as the run goes, diagnostic
/// by diagnostic, through a small buffer; documents that could not be linted are in <c>diagnostics</c> as CL0001.
/// </summary>
public sealed class JsonReporter(Shard? shard = null) : IReporter, IStreamingReporter
{
    /// <summary>Buffered JSON is handed to the output in pieces of about this size.</summary>
    private const int FlushBytes = 1 << 16;

    private readonly ArrayBufferWriter<byte> _buffer = new(FlushBytes * 2);
    private Utf8JsonWriter? _writer;

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

    public void Write(LintDiagnostic diagnostic, TextWriter output)
    {
        var d = diagnostic;
        JsonSerializer.Serialize(
            Writer,
            new JsonDiagnostic(JsonText.WellFormed(d.Path), d.Start.Line, d.Start.Column, d.End.Line, d.End.Column, d.Id, d.Severity.ToWord(), d.Category, JsonText.WellFormed(d.Message), d.Fix is not null, d.Fingerprint),
            ReportJsonContext.Default.JsonDiagnostic);
        if (Writer.BytesPending + _buffer.WrittenCount >= FlushBytes)
        {
            Flush(output);
        }
    }

    public void End(ReportSummary summary, TextWriter output)
    {
        Writer.WriteEndArray();
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

    private void Flush(TextWriter output)
    {
        Writer.Flush();
        output.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan));
        _buffer.ResetWrittenCount();
    }
}

public sealed record JsonReport(
    string Version,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] JsonShard? Shard,
    IReadOnlyList<JsonDiagnostic> Diagnostics,
    JsonSummary Summary);

/// <summary>Which part of the corpus a <c>--shard K/N</c> run linted; absent from a whole run's report.</summary>
public sealed record JsonShard(int Index, int Count);

public sealed record JsonDiagnostic(
    string Path, int Line, int Column, int EndLine, int EndColumn, string Id, string Severity, string Category, string Message, bool Fixable, string Fingerprint);

public sealed record JsonSummary(int Documents, long Bytes, int Errors, int Warnings, int Suggestions, long ElapsedMs);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(JsonReport))]
[JsonSerializable(typeof(JsonDiagnostic))]
[JsonSerializable(typeof(JsonSummary))]
[JsonSerializable(typeof(JsonShard))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
