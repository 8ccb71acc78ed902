using System.Text.Json.Serialization;

namespace CorpusLint.Baseline;

/// <summary>
/// The baseline as stored: per document (its path relative to the baseline file, '/'-separated), the problems
/// recorded, each by rule and fingerprint with how many times it occurs. Sorted, so it diffs well in version control.
/// </summary>
internal sealed record BaselineFile(
    int Version,
    string Tool,
    SortedDictionary<string, IReadOnlyList<BaselineEntry>> Documents);

/// <summary>One recorded problem. The message is for the reader of the file; matching uses rule and fingerprint only.</summary>
internal sealed record BaselineEntry(string Rule, string Fingerprint, int Count, string Message);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    RespectRequiredConstructorParameters = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip)]
[JsonSerializable(typeof(BaselineFile))]
internal sealed partial class BaselineJsonContext : JsonSerializerContext;
