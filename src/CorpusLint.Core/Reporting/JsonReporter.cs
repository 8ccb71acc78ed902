using System.Text.Json;
using System.Text.Json.Serialization;
using CorpusLint.Engine;
using CorpusLint.Engine.Sharding;
using CorpusLint.Rules;

namespace CorpusLint.Reporting;

/// <summary>The machine-readable report. Field names are a contract: tools parse them.</summary>
public sealed class JsonReporter(Shard? shard = null) : IReporter
{
    public void Write(LintRunResult result, TextWriter output)
    {
        var report = new JsonReport(
            ToolInfo.Version,
            shard is { } part ? new JsonShard(part.Index, part.Count) : null,
            [.. result.Diagnostics.Select(d => new JsonDiagnostic(
                d.Path, d.Start.Line, d.Start.Column, d.End.Line, d.End.Column, d.Id, d.Severity.ToWord(), d.Category, d.Message, d.Fix is not null, d.Fingerprint))],
            new JsonSummary(
                result.Documents,
                result.Bytes,
                result.Count(Severity.Error),
                result.Count(Severity.Warning),
                result.Count(Severity.Suggestion),
                (long)result.Elapsed.TotalMilliseconds));
        output.WriteLine(JsonSerializer.Serialize(report, ReportJsonContext.Default.JsonReport));
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
internal sealed partial class ReportJsonContext : JsonSerializerContext;
