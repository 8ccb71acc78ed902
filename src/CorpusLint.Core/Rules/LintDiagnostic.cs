using CorpusLint.Datasets;
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

    /// <summary>For a diagnostic about a dataset's record: the dataset, the record's number and id, the line it is on.</summary>
    public RecordLocation? Record { get; init; }

    public string Category => Descriptor.Category;

    /// <summary>
    /// Orders diagnostics by path, line, column, ID and message, as every report prints them; a dataset's records by
    /// their number in it, the order they are read in, rather than by their names.
    /// </summary>
    public static IComparer<LintDiagnostic> ReportOrder { get; } = Comparer<LintDiagnostic>.Create(static (a, b) =>
    {
        var order = string.CompareOrdinal(a.Record?.Dataset ?? a.Path, b.Record?.Dataset ?? b.Path);
        if (order == 0)
        {
            order = (a.Record?.Number ?? 0).CompareTo(b.Record?.Number ?? 0);
        }

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
