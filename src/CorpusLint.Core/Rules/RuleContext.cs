using System.Globalization;
using CorpusLint.Baseline;
using CorpusLint.Model;
using CorpusLint.Reporting;
using Microsoft.CodeAnalysis.Text;

namespace CorpusLint.Rules;

/// <summary>What a rule sees while it analyses one document, and where it reports.</summary>
public sealed class RuleContext
{
    private readonly Rule _rule;
    private readonly Severity _severity;
    private readonly List<LintDiagnostic> _sink;
    private readonly int _maxDiagnostics;
    private int _reported;

    internal RuleContext(Rule rule, Document document, RuleOptions options, Severity severity, List<LintDiagnostic> sink, int maxDiagnostics = int.MaxValue)
    {
        _rule = rule;
        Document = document;
        Options = options;
        _severity = severity;
        _sink = sink;
        _maxDiagnostics = maxDiagnostics;
    }

    /// <summary>Findings reported past the engine's limit per rule and document, counted but not kept.</summary>
    internal int Dropped => Math.Max(0, _reported - _maxDiagnostics);

    public Document Document { get; }

    public RuleOptions Options { get; }

    /// <summary>Reports the rule's diagnostic on <paramref name="span"/> with its message arguments.</summary>
    public void Report(TextSpan span, params object?[] messageArgs) => Report(span, fix: null, messageArgs);

    public void Report(TextSpan span, Fix? fix, params object?[] messageArgs)
    {
        if (++_reported > _maxDiagnostics)
        {
            return;
        }

        var descriptor = _rule.Descriptor;
        var format = descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture);
        var message = messageArgs.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, messageArgs);
        var end = span.Length == 0 ? span.Start : span.End;
        _sink.Add(new LintDiagnostic(
            descriptor,
            _severity,
            Document.Path,
            span,
            Document.GetPosition(span.Start),
            Document.GetPosition(end),
            message,
            fix,
            DiagnosticFingerprint.Compute(descriptor.Id, Document, span),
            SourceExcerpt.Capture(Document, span)));
    }

    /// <summary>Reports on a whole line (its content, terminator excluded).</summary>
    public void ReportLine(Line line, params object?[] messageArgs) =>
        Report(new TextSpan(line.Start, line.Length), messageArgs);
}
