using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CorpusLint.Engine;
using CorpusLint.Rules;
using Microsoft.CodeAnalysis;

namespace CorpusLint.Reporting;

/// <summary>
/// SARIF 2.1.0 for code scanning (GitHub, Azure DevOps, IDE viewers): every rule with its descriptions, default
/// level and help page; results with regions relative to <c>%SRCROOT%</c> (the folder paths are reported against),
/// a <c>partialFingerprints</c> entry that survives lines moving, and fix objects for fixable diagnostics. The
/// engine's own diagnostics (CL0001–CL0003: a document not linted, a rule that failed, a document linted in part) are
/// not findings in the text: they are the invocation's <c>toolExecutionNotifications</c>, described under the
/// driver's <c>notifications</c>.
/// <para>
/// The log is one JSON document, written as the run goes: the tool and its rules first (known before the run),
/// then each result as it comes, in pieces of about <see cref="FlushBytes"/>. What SARIF puts after the results is
/// buffered: the notifications (one per document the run failed on or linted in part, so few) and, for the
/// document in hand only, how often each fingerprint occurred.
/// </para>
/// </summary>
public sealed class SarifReporter : ISpliceableReporter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>The partial fingerprint's key: the fingerprint's scheme and version, so a change of scheme never matches an old one.</summary>
    public const string FingerprintKey = "corpusLintContext/v2";

    /// <summary>Buffered JSON is handed to the output in pieces of about this size.</summary>
    private const int FlushBytes = 1 << 16;

    private const string SourceRoot = "%SRCROOT%";
    private const string InformationUri = "https://github.com/corpuslint/corpuslint";

    private static readonly DiagnosticDescriptor[] EngineDescriptors =
        [EngineDiagnostics.NotLinted, EngineDiagnostics.RuleFailed, EngineDiagnostics.PartlyLinted, EngineDiagnostics.BadRecord];

    private readonly IReadOnlyList<Rule> _rules;
    private readonly string _sourceRoot;
    private readonly string _sourceRootUri;
    private readonly Dictionary<string, int> _ruleIndex = new(StringComparer.Ordinal);
    private readonly ArrayBufferWriter<byte> _buffer = new(FlushBytes * 2);
    private readonly Dictionary<string, int> _occurrences = new(StringComparer.Ordinal);
    private readonly List<SarifNotification> _notifications = [];
    private Utf8JsonWriter? _writer;

    /// <summary>The location of the document in hand when its name has bytes that are not UTF-8 (its reported path shows them escaped).</summary>
    private (string Path, SarifArtifactLocation Location)? _rawNamedDocument;

    /// <param name="rules">Every rule the run knows, listed in the log whether it fired or not.</param>
    /// <param name="sourceRoot">The folder that reported paths are relative to.</param>
    public SarifReporter(IReadOnlyList<Rule> rules, string sourceRoot)
    {
        _rules = rules;
        _sourceRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(sourceRoot));
        _sourceRootUri = new Uri(_sourceRoot + Path.DirectorySeparatorChar).AbsoluteUri;
        for (var i = 0; i < rules.Count; i++)
        {
            _ruleIndex[rules[i].Id] = i;
        }
    }

    public void Begin(TextWriter output)
    {
        _buffer.ResetWrittenCount();
        _notifications.Clear();
        _writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Indented = true, Encoder = SarifJsonContext.Default.Options.Encoder });
        _writer.WriteStartObject();
        _writer.WriteString("$schema", SchemaUri);
        _writer.WriteString("version", "2.1.0");
        _writer.WriteStartArray("runs");
        _writer.WriteStartObject();
        _writer.WritePropertyName("tool");
        var driver = new SarifToolComponent(
            "CorpusLint",
            ToolInfo.Version,
            ToolInfo.Version,
            InformationUri,
            [.. _rules.Select(Describe)],
            [.. EngineDescriptors.Select(d => Describe(d, Name(d), d.DefaultSeverity.ToSeverity(), FixKind.None))]);
        JsonSerializer.Serialize(_writer, new SarifTool(driver), SarifJsonContext.Default.SarifTool);
        _writer.WritePropertyName("originalUriBaseIds");
        JsonSerializer.Serialize<IReadOnlyDictionary<string, SarifArtifactLocation>>(
            _writer, new Dictionary<string, SarifArtifactLocation> { [SourceRoot] = new(_sourceRootUri, null) }, SarifJsonContext.Default.IReadOnlyDictionaryStringSarifArtifactLocation);
        _writer.WriteString("columnKind", "utf16CodeUnits");
        _writer.WriteStartArray("results");
    }

    public void StartDocument(DocumentResult result, TextWriter output)
    {
        _occurrences.Clear();
        _rawNamedDocument = result.Input is { } input && NativePath.HasRawBytes(input.FullPath) ? (result.Path, RawNamedLocation(input.FullPath)) : null;
    }

    public void Write(LintDiagnostic diagnostic, TextWriter output)
    {
        var d = diagnostic;
        var artifact = _rawNamedDocument is { } raw && raw.Path == d.Path ? raw.Location : ArtifactLocation(d.Record?.Dataset ?? d.Path);
        if (EngineDiagnostics.IsEngineDiagnostic(d))
        {
            var index = Array.FindIndex(EngineDescriptors, e => e.Id == d.Id);
            var location = d.Record is { } where ? RecordLocation(d, where, artifact, textRegion: null) : new SarifLocation(new SarifPhysicalLocation(artifact, null, null));
            _notifications.Add(new SarifNotification(Level(d.Severity), new SarifMessage(JsonText.WellFormed(d.Message)), [location], new SarifDescriptorReference(d.Id, index)));
            return;
        }

        var occurrence = _occurrences[d.Fingerprint] = _occurrences.GetValueOrDefault(d.Fingerprint) + 1;
        var result = new SarifResult(
            d.Id,
            _ruleIndex.GetValueOrDefault(d.Id, -1),
            Level(d.Severity),
            new SarifMessage(JsonText.WellFormed(d.Message)),
            [d.Record is { } record ? RecordLocation(d, record, artifact, Region(d)) : new SarifLocation(new SarifPhysicalLocation(artifact, Region(d), ContextRegion(d)))],
            new Dictionary<string, string> { [FingerprintKey] = $"{d.Fingerprint}:{occurrence}" },
            d.Fix is { } fix && d.Record is null ? [Fix(fix, artifact)] : null);
        JsonSerializer.Serialize(Writer, result, SarifJsonContext.Default.SarifResult);
        if (Writer.BytesPending + _buffer.WrittenCount >= FlushBytes)
        {
            Flush(output);
        }
    }

    public void End(ReportSummary summary, TextWriter output)
    {
        Writer.WriteEndArray();
        Writer.WritePropertyName("invocations");
        var failed = _notifications.Any(n => n.Level == "error");
        IReadOnlyList<SarifInvocation> invocations = [new SarifInvocation(!failed, _notifications.Count == 0 ? null : [.. _notifications])];
        JsonSerializer.Serialize(Writer, invocations, SarifJsonContext.Default.IReadOnlyListSarifInvocation);
        Writer.WriteEndObject();
        Writer.WriteEndArray();
        Writer.WriteEndObject();
        Flush(output);
        output.WriteLine();
        _writer!.Dispose();
        _writer = null;
        _notifications.Clear();
    }

    /// <summary>Results after the first one start with a comma.</summary>
    public bool PartDependsOnEarlierDiagnostics => true;

    /// <summary>The engine's diagnostics are the invocation's notifications, after the results.</summary>
    public bool EndingListsEngineDiagnostics => true;

    public void ResumeBody(int diagnosticsWritten)
    {
        Begin(TextWriter.Null);
        JsonBodyResume.After(Writer, _buffer, diagnosticsWritten);
    }

    public void FlushBody(TextWriter output) => Flush(output);

    /// <summary>The ending of a body with no notifications: one written with them is copied as it was stored.</summary>
    public void WriteEnding(ReportSummary summary, int diagnosticsWritten, TextWriter output)
    {
        ResumeBody(diagnosticsWritten);
        End(summary, output);
    }

    private Utf8JsonWriter Writer => _writer ?? throw new InvalidOperationException("Begin was not called");

    private void Flush(TextWriter output)
    {
        Writer.Flush();
        Utf8Output.Write(output, _buffer.WrittenSpan);
        _buffer.ResetWrittenCount();
    }

    private static SarifReportingDescriptor Describe(Rule rule) => Describe(rule.Descriptor, rule.Name, rule.DefaultSeverity, rule.FixKind);

    private static SarifReportingDescriptor Describe(DiagnosticDescriptor descriptor, string name, Severity severity, FixKind fixKind)
    {
        var title = descriptor.Title.ToString(CultureInfo.InvariantCulture);
        var description = descriptor.Description.ToString(CultureInfo.InvariantCulture);
        return new SarifReportingDescriptor(
            descriptor.Id,
            name,
            new SarifMessage(title),
            new SarifMessage(description.Length > 0 ? description : title),
            new SarifMessage($"{description} See {descriptor.HelpLinkUri}"),
            descriptor.HelpLinkUri,
            new SarifReportingConfiguration(severity != Severity.None, Level(severity)),
            new SarifRuleProperties(descriptor.Category, fixKind.ToString().ToLowerInvariant(), [descriptor.Category]));
    }

    /// <summary>An engine diagnostic's name in the style of rule names: its title in PascalCase ("DocumentNotLinted").</summary>
    private static string Name(DiagnosticDescriptor descriptor) =>
        string.Concat(descriptor.Title.ToString(CultureInfo.InvariantCulture).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Suggestion => "note",
        _ => "none",
    };

    /// <summary>
    /// A dataset's record: the dataset file as the physical location (at the record's line for uncompressed JSON Lines,
    /// where line numbers are the file's own), and the record as a logical location, with the region in its text field.
    /// Fixes are not offered: their offsets are in the text field, not in the file.
    /// </summary>
    private static SarifLocation RecordLocation(LintDiagnostic d, Datasets.RecordLocation record, SarifArtifactLocation artifact, SarifRegion? textRegion)
    {
        var fileRegion = record.Line > 0 && Datasets.DatasetFile.Detect(record.Dataset) == Datasets.DatasetFormat.Jsonl ? new SarifRegion(StartLine: (int)record.Line) : null;
        var name = d.Path.Length > record.Dataset.Length && d.Path.StartsWith(record.Dataset + "#", StringComparison.Ordinal) ? d.Path[(record.Dataset.Length + 1)..] : d.Path;
        return new SarifLocation(
            new SarifPhysicalLocation(artifact, fileRegion, null),
            [new SarifLogicalLocation(JsonText.WellFormed(name), JsonText.WellFormed(d.Path), "record", new SarifRecordProperties(record.Number, textRegion))]);
    }

    private static SarifRegion Region(LintDiagnostic d) =>
        new(StartLine: d.Start.Line, StartColumn: d.Start.Column, EndLine: d.End.Line, EndColumn: d.End.Column);

    /// <summary>The line around a one-line result, with its text, for viewers that do not have the document.</summary>
    private static SarifRegion? ContextRegion(LintDiagnostic d)
    {
        var excerpt = d.Excerpt;
        var excerptEnd = excerpt.StartColumn + excerpt.Text.Length;
        return d.Start.Line == d.End.Line && excerpt.StartColumn <= d.Start.Column && d.End.Column <= excerptEnd && excerpt.Text.Length > 0
            ? new SarifRegion(StartLine: d.Start.Line, StartColumn: excerpt.StartColumn, EndLine: d.Start.Line, EndColumn: excerptEnd, Snippet: new SarifArtifactContent(JsonText.WellFormed(excerpt.Text)))
            : null;
    }

    /// <summary>A fix's edits as replacements; regions are character offsets into the document's text (UTF-16 code units, a BOM not counted).</summary>
    private static SarifFix Fix(Fix fix, SarifArtifactLocation artifact) =>
        new(
            new SarifMessage(JsonText.WellFormed($"{fix.Title} ({fix.Safety.ToString().ToLowerInvariant()})")),
            [new SarifArtifactChange(
                artifact,
                [.. fix.Edits.Select(e => new SarifReplacement(
                    new SarifRegion(CharOffset: e.Span.Start, CharLength: e.Span.Length),
                    new SarifArtifactContent(JsonText.WellFormed(e.NewText))))])]);

    /// <summary>A relative path becomes a relative URI under <c>%SRCROOT%</c>; a path outside it stays absolute.</summary>
    private static SarifArtifactLocation ArtifactLocation(string path)
    {
        if (Path.IsPathRooted(path))
        {
            return new SarifArtifactLocation(new Uri(path).AbsoluteUri, null);
        }

        return new SarifArtifactLocation(NativePath.ToUriPath(path), SourceRoot);
    }

    /// <summary>The location of a file whose name is not UTF-8, from its full path: the bytes percent-encoded as they are.</summary>
    private SarifArtifactLocation RawNamedLocation(string fullPath) =>
        fullPath.StartsWith(_sourceRoot + "/", StringComparison.Ordinal)
            ? new SarifArtifactLocation(NativePath.ToUriPath(fullPath[(_sourceRoot.Length + 1)..]), SourceRoot)
            : new SarifArtifactLocation("file://" + NativePath.ToUriPath(fullPath), null);
}
