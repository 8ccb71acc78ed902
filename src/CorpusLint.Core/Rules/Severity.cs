using Microsoft.CodeAnalysis;

namespace CorpusLint.Rules;

/// <summary>Effective severity of a diagnostic, in the words of <c>.editorconfig</c>.</summary>
public enum Severity
{
    None = 0,
    Silent = 1,
    Suggestion = 2,
    Warning = 3,
    Error = 4,
}

public static class SeverityExtensions
{
    /// <summary>The word used in reports and in <c>.editorconfig</c>: error, warning, suggestion, silent, none.</summary>
    public static string ToWord(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Suggestion => "suggestion",
        Severity.Silent => "silent",
        _ => "none",
    };

    public static bool TryParse(string? word, out Severity severity)
    {
        severity = word?.Trim().ToLowerInvariant() switch
        {
            "error" => Severity.Error,
            "warning" or "warn" => Severity.Warning,
            "suggestion" or "info" => Severity.Suggestion,
            "silent" or "hidden" => Severity.Silent,
            "none" => Severity.None,
            _ => (Severity)(-1),
        };
        return (int)severity >= 0;
    }

    public static Severity ToSeverity(this DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => Severity.Error,
        DiagnosticSeverity.Warning => Severity.Warning,
        DiagnosticSeverity.Info => Severity.Suggestion,
        _ => Severity.Silent,
    };

    public static DiagnosticSeverity ToDiagnosticSeverity(this Severity severity) => severity switch
    {
        Severity.Error => DiagnosticSeverity.Error,
        Severity.Warning => DiagnosticSeverity.Warning,
        Severity.Suggestion => DiagnosticSeverity.Info,
        _ => DiagnosticSeverity.Hidden,
    };

    /// <summary>Maps Roslyn's <see cref="ReportDiagnostic"/> (from configuration) to a severity; null for <c>default</c>.</summary>
    public static Severity? ToSeverity(this ReportDiagnostic report) => report switch
    {
        ReportDiagnostic.Error => Severity.Error,
        ReportDiagnostic.Warn => Severity.Warning,
        ReportDiagnostic.Info => Severity.Suggestion,
        ReportDiagnostic.Hidden => Severity.Silent,
        ReportDiagnostic.Suppress => Severity.None,
        _ => null,
    };
}
