using CorpusLint.Model;
using CorpusLint.Reporting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusLint.Rules;

/// <summary>A problem found in a document, at its effective severity.</summary>
/// <param name="Fingerprint">Its identity without line numbers (<see cref="Baseline.DiagnosticFingerprint"/>), for baselines and SARIF.</param>
/// <param name="Excerpt">The text of its line around it, for reports that show it.</param>
public sealed record LintDiagnostic(
    DiagnosticDescriptor Descriptor,
    Severity Severity,
    string Path,
    TextSpan Span,
    Position Start,
    Position End,
    string Message,
    Fix? Fix,
    string Fingerprint,
    SourceExcerpt Excerpt)
{
    public string Id => Descriptor.Id;

    public string Category => Descriptor.Category;

    /// <summary>Orders diagnostics by path, line, column, ID and message, as every report prints them.</summary>
    public static IComparer<LintDiagnostic> ReportOrder { get; } = Comparer<LintDiagnostic>.Create(static (a, b) =>
    {
        var order = string.CompareOrdinal(a.Path, b.Path);
        if (order == 0)
        {
            order = a.Start.CompareTo(b.Start);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(a.Id, b.Id);
        }

        return order != 0 ? order : string.CompareOrdinal(a.Message, b.Message);
    });
}
