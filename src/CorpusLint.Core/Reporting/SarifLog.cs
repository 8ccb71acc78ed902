using System.Text.Json.Serialization;

namespace CorpusLint.Reporting;

// The part of SARIF 2.1.0 (OASIS) that CorpusLint writes. Property names follow the schema; nulls are omitted.
// The log and its run are written by SarifReporter piece by piece, so a log of any size streams.

internal sealed record SarifTool(SarifToolComponent Driver);

internal sealed record SarifToolComponent(
    string Name,
    string Version,
    string SemanticVersion,
    string InformationUri,
    IReadOnlyList<SarifReportingDescriptor> Rules,
    IReadOnlyList<SarifReportingDescriptor> Notifications);

internal sealed record SarifReportingDescriptor(
    string Id,
    string Name,
    SarifMessage ShortDescription,
    SarifMessage FullDescription,
    SarifMessage Help,
    string HelpUri,
    SarifReportingConfiguration DefaultConfiguration,
    SarifRuleProperties Properties);

internal sealed record SarifReportingConfiguration(bool Enabled, string Level);

internal sealed record SarifRuleProperties(string Category, string Fix, IReadOnlyList<string> Tags);

internal sealed record SarifInvocation(bool ExecutionSuccessful, IReadOnlyList<SarifNotification>? ToolExecutionNotifications);

internal sealed record SarifNotification(string Level, SarifMessage Message, IReadOnlyList<SarifLocation>? Locations, SarifDescriptorReference Descriptor);

internal sealed record SarifDescriptorReference(string Id, int Index);

internal sealed record SarifResult(
    string RuleId,
    int RuleIndex,
    string Level,
    SarifMessage Message,
    IReadOnlyList<SarifLocation> Locations,
    IReadOnlyDictionary<string, string> PartialFingerprints,
    IReadOnlyList<SarifFix>? Fixes);

internal sealed record SarifMessage(string Text);

internal sealed record SarifLocation(SarifPhysicalLocation PhysicalLocation, IReadOnlyList<SarifLogicalLocation>? LogicalLocations = null);

/// <summary>A dataset's record as a logical location: <c>news.jsonl#a1b2</c>, with its number and the position in its text field.</summary>
internal sealed record SarifLogicalLocation(string Name, string FullyQualifiedName, string Kind, SarifRecordProperties Properties);

/// <summary>Where a result stands in its record: the record's number, and the region in its text field (the physical region is the dataset's line, if any).</summary>
internal sealed record SarifRecordProperties(int Record, SarifRegion? TextRegion);

internal sealed record SarifPhysicalLocation(SarifArtifactLocation ArtifactLocation, SarifRegion? Region, SarifRegion? ContextRegion);

internal sealed record SarifArtifactLocation(string Uri, string? UriBaseId);

internal sealed record SarifRegion(
    int? StartLine = null,
    int? StartColumn = null,
    int? EndLine = null,
    int? EndColumn = null,
    int? CharOffset = null,
    int? CharLength = null,
    SarifArtifactContent? Snippet = null);

internal sealed record SarifArtifactContent(string Text);

internal sealed record SarifFix(SarifMessage Description, IReadOnlyList<SarifArtifactChange> ArtifactChanges);

internal sealed record SarifArtifactChange(SarifArtifactLocation ArtifactLocation, IReadOnlyList<SarifReplacement> Replacements);

internal sealed record SarifReplacement(SarifRegion DeletedRegion, SarifArtifactContent InsertedContent);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(SarifTool))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, SarifArtifactLocation>))]
[JsonSerializable(typeof(SarifResult))]
[JsonSerializable(typeof(IReadOnlyList<SarifInvocation>))]
internal sealed partial class SarifJsonContext : JsonSerializerContext;
