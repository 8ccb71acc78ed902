using System.Text.Json;
using CorpusLint.Engine;
using CorpusLint.Rules;

namespace CorpusLint.Reporting;

/// <summary>
/// SARIF 2.1.0 for code scanning (GitHub, Azure DevOps, IDE viewers): every rule with its descriptions, default
/// level and help page; results with regions relative to <c>%SRCROOT%</c> (the folder paths are reported against),
/// a <c>partialFingerprints</c> entry that survives lines moving, and fix objects for fixable diagnostics.
/// </summary>
public sealed class SarifReporter : IReporter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>The partial fingerprint's key: the fingerprint's scheme and version, so a change of scheme never matches an old one.</summary>
    public const string FingerprintKey = "corpusLintContext/v1";

    private const string SourceRoot = "%SRCROOT%";
    private const string InformationUri = "https://github.com/corpuslint/corpuslint";

    private readonly IReadOnlyList<Rule> _rules;
    private readonly string _sourceRootUri;

    /// <param name="rules">Every rule the run knows, listed in the log whether it fired or not.</param>
    /// <param name="sourceRoot">The folder that reported paths are relative to.</param>
    public SarifReporter(IReadOnlyList<Rule> rules, string sourceRoot)
    {
        _rules = rules;
        _sourceRootUri = new Uri(Path.TrimEndingDirectorySeparator(Path.GetFullPath(sourceRoot)) + Path.DirectorySeparatorChar).AbsoluteUri;
    }

    public void Write(LintRunResult result, TextWriter output)
    {
        var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < _rules.Count; i++)
        {
            ruleIndex[_rules[i].Id] = i;
        }

        var occurrences = new Dictionary<(string Path, string Fingerprint), int>();
        var results = new List<SarifResult>(result.Diagnostics.Count);
        foreach (var d in result.Diagnostics)
        {
            var occurrence = occurrences[(d.Path, d.Fingerprint)] = occurrences.GetValueOrDefault((d.Path, d.Fingerprint)) + 1;
            var artifact = ArtifactLocation(d.Path);
            results.Add(new SarifResult(
                d.Id,
                ruleIndex.GetValueOrDefault(d.Id, -1),
                Level(d.Severity),
                new SarifMessage(d.Message),
                [new SarifLocation(new SarifPhysicalLocation(artifact, Region(d), ContextRegion(d)))],
                new Dictionary<string, string> { [FingerprintKey] = $"{d.Fingerprint}:{occurrence}" },
                d.Fix is { } fix ? [Fix(fix, artifact)] : null));
        }

        var notifications = result.InputFailures
            .Select(f => Notification($"cannot read {f.Path}: {f.Message}", f.Path))
            .Concat(result.RuleFailures.Select(f => Notification($"rule {f.RuleId} failed: {f.Message} (a CorpusLint defect)", f.Path)))
            .ToList();

        var run = new SarifRun(
            new SarifTool(new SarifToolComponent("CorpusLint", ToolInfo.Version, ToolInfo.Version, InformationUri, [.. _rules.Select(Describe)])),
            [new SarifInvocation(notifications.Count == 0, notifications.Count == 0 ? null : notifications)],
            new Dictionary<string, SarifArtifactLocation> { [SourceRoot] = new(_sourceRootUri, null) },
            results,
            "utf16CodeUnits");
        output.WriteLine(JsonSerializer.Serialize(new SarifLog(SchemaUri, "2.1.0", [run]), SarifJsonContext.Default.SarifLog));
    }

    private static SarifReportingDescriptor Describe(Rule rule)
    {
        var descriptor = rule.Descriptor;
        var title = descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var description = descriptor.Description.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var fix = rule.FixKind.ToString().ToLowerInvariant();
        return new SarifReportingDescriptor(
            rule.Id,
            rule.Name,
            new SarifMessage(title),
            new SarifMessage(description.Length > 0 ? description : title),
            new SarifMessage($"{description} See {descriptor.HelpLinkUri}"),
            descriptor.HelpLinkUri,
            new SarifReportingConfiguration(rule.DefaultSeverity != Severity.None, Level(rule.DefaultSeverity)),
            new SarifRuleProperties(descriptor.Category, fix, [descriptor.Category]));
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Suggestion => "note",
        _ => "none",
    };

    private static SarifRegion Region(LintDiagnostic d) =>
        new(StartLine: d.Start.Line, StartColumn: d.Start.Column, EndLine: d.End.Line, EndColumn: d.End.Column);

    /// <summary>The line around a one-line result, with its text, for viewers that do not have the document.</summary>
    private static SarifRegion? ContextRegion(LintDiagnostic d)
    {
        var excerpt = d.Excerpt;
        var excerptEnd = excerpt.StartColumn + excerpt.Text.Length;
        return d.Start.Line == d.End.Line && excerpt.StartColumn <= d.Start.Column && d.End.Column <= excerptEnd && excerpt.Text.Length > 0
            ? new SarifRegion(StartLine: d.Start.Line, StartColumn: excerpt.StartColumn, EndLine: d.Start.Line, EndColumn: excerptEnd, Snippet: new SarifArtifactContent(excerpt.Text))
            : null;
    }

    /// <summary>A fix's edits as replacements; regions are character offsets into the document's text (UTF-16 code units, a BOM not counted).</summary>
    private static SarifFix Fix(Fix fix, SarifArtifactLocation artifact) =>
        new(
            new SarifMessage($"{fix.Title} ({fix.Safety.ToString().ToLowerInvariant()})"),
            [new SarifArtifactChange(
                artifact,
                [.. fix.Edits.Select(e => new SarifReplacement(
                    new SarifRegion(CharOffset: e.Span.Start, CharLength: e.Span.Length),
                    new SarifArtifactContent(e.NewText)))])]);

    private SarifNotification Notification(string message, string path) =>
        new("error", new SarifMessage(message), [new SarifLocation(new SarifPhysicalLocation(ArtifactLocation(path), null, null))]);

    /// <summary>A relative path becomes a relative URI under <c>%SRCROOT%</c>; a path outside it stays absolute.</summary>
    private static SarifArtifactLocation ArtifactLocation(string path)
    {
        if (Path.IsPathRooted(path))
        {
            return new SarifArtifactLocation(new Uri(path).AbsoluteUri, null);
        }

        return new SarifArtifactLocation(string.Join('/', path.Split('/').Select(Uri.EscapeDataString)), SourceRoot);
    }
}
