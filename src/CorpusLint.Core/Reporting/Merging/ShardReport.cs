using System.Text.Json.Serialization;

namespace CorpusLint.Reporting.Merging;

/// <summary>
/// A JSON report as <c>corpuslint merge</c> reads it: the fields of <see cref="JsonReport"/>, every one optional here so
/// that a damaged report is named with what it lacks rather than failing deep inside the serializer.
/// </summary>
internal sealed record ShardReportFile(
    string? Version, ShardReportPart? Shard, List<ShardReportDiagnostic?>? Diagnostics, List<ShardReportFingerprints?>? Fingerprints, ShardReportSummary? Summary);

internal sealed record ShardReportPart(int Index, int Count);

internal sealed record ShardReportDiagnostic(
    string? Path, int Line, int Column, int EndLine, int EndColumn, string? Id, string? Severity, string? Category, string? Message, bool Fixable, string? Fingerprint,
    string? Dataset = null, int? Record = null);

internal sealed record ShardReportFingerprints(string? Path, byte[]? Data, string? Dataset = null, int? Record = null);

internal sealed record ShardReportSummary(int? Documents, long? Bytes, int? Errors, int? Warnings, int? Suggestions, long? ElapsedMs);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ShardReportFile))]
internal sealed partial class ShardReportJsonContext : JsonSerializerContext;
