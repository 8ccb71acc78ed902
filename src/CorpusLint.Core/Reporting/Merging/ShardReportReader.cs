using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using CorpusLint.Corpus;
using CorpusLint.Datasets;
using CorpusLint.Engine.Sharding;
using CorpusLint.Model;
using CorpusLint.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusLint.Reporting.Merging;

/// <summary>
/// A shard's JSON report, read and checked: the part of the corpus it holds, what its run found, and the CL2012
/// fingerprints of its documents (the corpus pass runs over every shard when they are merged).
/// </summary>
public sealed record ShardReport(
    string Name, Shard Shard, IReadOnlyList<LintDiagnostic> Diagnostics, int Documents, long Bytes, TimeSpan Elapsed, IReadOnlyList<DocumentFingerprints> Fingerprints)
{
    /// <summary>Where the fingerprinted dataset records stand in their datasets, by path: the merged findings carry it.</summary>
    public IReadOnlyDictionary<string, RecordLocation> Records { get; init; } = new Dictionary<string, RecordLocation>();
}

/// <summary>
/// Reads the JSON report of a <c>--shard K/N</c> run. A report that is missing, truncated, damaged, written by another
/// version of CorpusLint or by a run without <c>--shard</c> is refused with a one-line reason that names it.
/// </summary>
public static class ShardReportReader
{
    /// <summary>How much of a report that does not parse is searched for its <c>version</c> (written first).</summary>
    private const int VersionProbeBytes = 64 * 1024;

    /// <summary>Reports keep only whether a fix exists (<c>fixable</c>), not its edits; merged diagnostics keep that much.</summary>
    private static readonly Fix FixNotCarried = new("fix offered by the rule (a report does not carry its edits)", FixSafety.Safe, []);

    /// <param name="path">The file to read.</param>
    /// <param name="name">How messages name it (the path as the user gave it).</param>
    public static bool TryRead(string path, string name, [NotNullWhen(true)] out ShardReport? report, [NotNullWhen(false)] out string? error)
    {
        report = null;
        if (Directory.Exists(path))
        {
            error = $"{name}: is a folder, not a report";
            return false;
        }

        if (!File.Exists(path))
        {
            error = $"{name}: report not found";
            return false;
        }

        ShardReportFile? file;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);
            if (stream.Length == 0)
            {
                error = $"{name}: empty file, not a report (did the shard's run stop before writing it?)";
                return false;
            }

            file = JsonSerializer.Deserialize(stream, ShardReportJsonContext.Default.ShardReportFile);
        }
        catch (JsonException e)
        {
            error = ProbeVersion(path) is { } version && version != ToolInfo.Version
                ? ForeignVersion(name, version)
                : $"{name}: truncated or not a CorpusLint JSON report (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1})";
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"{name}: cannot read: {(e is UnauthorizedAccessException ? "permission denied" : e.Message)}";
            return false;
        }

        return TryCheck(file, name, out report, out error);
    }

    private static bool TryCheck(ShardReportFile? file, string name, [NotNullWhen(true)] out ShardReport? report, [NotNullWhen(false)] out string? error)
    {
        report = null;
        if (file?.Version is null)
        {
            error = $"{name}: not a CorpusLint JSON report (no \"version\")";
            return false;
        }

        if (file.Version != ToolInfo.Version)
        {
            error = ForeignVersion(name, file.Version);
            return false;
        }

        if (file.Diagnostics is null || file.Summary is not { Documents: { } documents, Bytes: { } bytes, Errors: { } errors, Warnings: { } warnings, Suggestions: { } suggestions, ElapsedMs: { } elapsedMs })
        {
            error = $"{name}: incomplete report (no \"diagnostics\" or no complete \"summary\")";
            return false;
        }

        if (file.Shard is not { } part)
        {
            error = $"{name}: not a shard's report (it has no \"shard\"; lint with --shard K/N to make one)";
            return false;
        }

        if (part.Count < 1 || part.Index < 1 || part.Index > part.Count)
        {
            error = $"{name}: invalid \"shard\" {part.Index}/{part.Count}";
            return false;
        }

        var diagnostics = new List<LintDiagnostic>(file.Diagnostics.Count);
        var descriptors = new Dictionary<(string Id, string Category), DiagnosticDescriptor>();
        for (var i = 0; i < file.Diagnostics.Count; i++)
        {
            if (!TryConvert(file.Diagnostics[i], descriptors, out var diagnostic))
            {
                error = $"{name}: diagnostic {i + 1} is incomplete or has an unknown severity";
                return false;
            }

            diagnostics.Add(diagnostic);
        }

        var counted = (Errors: Count(diagnostics, Severity.Error), Warnings: Count(diagnostics, Severity.Warning), Suggestions: Count(diagnostics, Severity.Suggestion));
        if (counted != (errors, warnings, suggestions))
        {
            error = $"{name}: damaged report: its summary counts {errors} error(s), {warnings} warning(s), {suggestions} suggestion(s) " +
                $"but it lists {counted.Errors}, {counted.Warnings} and {counted.Suggestions}";
            return false;
        }

        var fingerprints = new List<DocumentFingerprints>(file.Fingerprints?.Count ?? 0);
        var records = new Dictionary<string, RecordLocation>(StringComparer.Ordinal);
        for (var i = 0; i < (file.Fingerprints?.Count ?? 0); i++)
        {
            if (!TryConvert(file.Fingerprints![i], out var record))
            {
                error = $"{name}: fingerprints {i + 1} are damaged";
                return false;
            }

            fingerprints.Add(record);
            if (file.Fingerprints[i] is { Dataset: { } dataset, Record: > 0 and var number })
            {
                records[record.Path] = new RecordLocation(dataset, number, null, 0);
            }
        }

        report = new ShardReport(name, new Shard(part.Index, part.Count), diagnostics, documents, bytes, TimeSpan.FromMilliseconds(elapsedMs), fingerprints) { Records = records };
        error = null;
        return true;
    }

    private static bool TryConvert(
        ShardReportDiagnostic? d, Dictionary<(string, string), DiagnosticDescriptor> descriptors, [NotNullWhen(true)] out LintDiagnostic? diagnostic)
    {
        diagnostic = null;
        if (d is not { Path: { Length: > 0 } path, Id: { Length: > 0 } id, Category: { } category, Message: { } message, Fingerprint: { Length: > 0 } fingerprint }
            || d.Line < 1 || d.Column < 1 || d.EndLine < 1 || d.EndColumn < 1
            || !SeverityExtensions.TryParse(d.Severity, out var severity) || severity.ToWord() != d.Severity)
        {
            return false;
        }

        // Reports and the merged report print a diagnostic's ID and category; its descriptor is rebuilt from them.
        if (!descriptors.TryGetValue((id, category), out var descriptor))
        {
            descriptor = new DiagnosticDescriptor(id, id, "{0}", category, severity.ToDiagnosticSeverity(), isEnabledByDefault: true);
            descriptors.Add((id, category), descriptor);
        }

        diagnostic = new LintDiagnostic(
            descriptor, severity, path, default(TextSpan), new Position(d.Line, d.Column), new Position(d.EndLine, d.EndColumn), message, d.Fixable ? FixNotCarried : null,
            fingerprint, SourceExcerpt.NotCarried)
        {
            // A record's place in its dataset orders the merged report as one run orders it (by number, not by name).
            Record = d is { Dataset: { } dataset, Record: > 0 and var number } ? new RecordLocation(dataset, number, null, 0) : null,
        };
        return true;
    }

    private static bool TryConvert(ShardReportFingerprints? entry, [NotNullWhen(true)] out DocumentFingerprints? fingerprints)
    {
        fingerprints = null;
        if (entry is not { Path: { Length: > 0 } path, Data: { Length: > 0 } data })
        {
            return false;
        }

        try
        {
            using var reader = new BinaryReader(new MemoryStream(data));
            fingerprints = DocumentFingerprints.Read(reader);
            return JsonText.WellFormed(fingerprints.Path) == path && reader.BaseStream.Position == data.Length;
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IOException or ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    private static int Count(List<LintDiagnostic> diagnostics, Severity severity) => diagnostics.Count(d => d.Severity == severity);

    private static string ForeignVersion(string name, string version) =>
        $"{name}: written by CorpusLint {version}, but this is {ToolInfo.Version}: lint that shard again with this version";

    /// <summary>The top-level <c>version</c> of a report that does not parse as a whole, when its beginning has one.</summary>
    private static string? ProbeVersion(string path)
    {
        try
        {
            var buffer = new byte[VersionProbeBytes];
            int length;
            using (var stream = File.OpenRead(path))
            {
                length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            }

            var reader = new Utf8JsonReader(buffer.AsSpan(0, length), isFinalBlock: false, state: default);
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("version"u8))
                {
                    return reader.Read() && reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }
            }
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            // Not even the beginning is JSON: the caller reports the file as not a report.
        }

        return null;
    }
}
