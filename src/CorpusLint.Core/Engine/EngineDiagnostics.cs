using CorpusLint.Baseline;
using CorpusLint.Model;
using CorpusLint.Reporting;
using CorpusLint.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusLint.Engine;

/// <summary>
/// Diagnostics of the engine itself rather than of a rule (as Roslyn has AD0001 beside the analyzers' own): they are
/// in the report with the rules' findings, so a JSON or SARIF reader sees every document that was not linted, or only
/// partly. Their severities are fixed; they are not configured like rules.
/// </summary>
public static class EngineDiagnostics
{
    public const string Category = "CorpusLint";

    private const string HelpUri = "https://github.com/corpuslint/corpuslint/blob/main/README.md#bad-input";

    /// <summary>CL0001: a document or folder that could not be linted at all (unreadable, not a regular file, too large, ...).</summary>
    public static DiagnosticDescriptor NotLinted { get; } = Create("CL0001", "Document not linted", DiagnosticSeverity.Error);

    /// <summary>CL0002: a rule threw on the document; the other rules' findings stand.</summary>
    public static DiagnosticDescriptor RuleFailed { get; } = Create("CL0002", "Rule failed", DiagnosticSeverity.Error);

    /// <summary>CL0003: the document was linted only in part (in windows, or with findings left out).</summary>
    public static DiagnosticDescriptor PartlyLinted { get; } = Create("CL0003", "Document linted in part", DiagnosticSeverity.Warning);

    /// <summary>
    /// CL0004: a record of a dataset that cannot be linted (malformed JSON, no text field, a text that is not a string),
    /// or a dataset damaged in part (a compressed stream that ends early, an unreadable row group). A problem of the data,
    /// not of the run: an error (exit 1) that a baseline may record, and the rest of the dataset is linted.
    /// </summary>
    public static DiagnosticDescriptor BadRecord { get; } = Create("CL0004", "Bad dataset record", DiagnosticSeverity.Error);

    /// <param name="identity">
    /// What tells this diagnostic apart from others of its ID on the same document (the rule that failed), for its
    /// fingerprint: the message is not used, as it holds sizes and counts that change while the problem stays.
    /// </param>
    public static LintDiagnostic Create(DiagnosticDescriptor descriptor, string path, string message, string identity = "") =>
        new(
            descriptor,
            descriptor.DefaultSeverity.ToSeverity(),
            path,
            new TextSpan(0, 0),
            new Position(1, 1),
            new Position(1, 1),
            message,
            Fix: null,
            DiagnosticFingerprint.Compute(descriptor.Id, identity),
            SourceExcerpt.NotCarried);

    /// <summary>Whether a diagnostic is the engine's own rather than a rule's (by ID, so it holds for diagnostics read back from a report).</summary>
    public static bool IsEngineDiagnostic(LintDiagnostic diagnostic) =>
        diagnostic.Id == NotLinted.Id || diagnostic.Id == RuleFailed.Id || diagnostic.Id == PartlyLinted.Id || diagnostic.Id == BadRecord.Id;

    /// <summary>CL0001 and CL0002: the run could not do its job on a document; they make it exit 2, and no baseline hides them.</summary>
    public static bool IsFailure(LintDiagnostic diagnostic) => diagnostic.Id == NotLinted.Id || diagnostic.Id == RuleFailed.Id;

    private static DiagnosticDescriptor Create(string id, string title, DiagnosticSeverity severity) =>
        new(id, title, "{0}", Category, severity, isEnabledByDefault: true, helpLinkUri: HelpUri);
}
