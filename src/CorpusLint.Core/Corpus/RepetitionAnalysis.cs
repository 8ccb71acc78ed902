using System.Globalization;
using CorpusLint.Engine;
using CorpusLint.Model;
using CorpusLint.Reporting;
using CorpusLint.Rules;
using Microsoft.CodeAnalysis.Text;

namespace CorpusLint.Corpus;

/// <summary>
/// Counts, over every document added, how many documents of each group hold each line (by hash); once all are added,
/// <see cref="Diagnose"/> reports a document's article lines whose count reaches its <c>min_documents</c> and
/// <c>min_share</c> of its group. Counting is a sum, so the result is the same whatever order documents arrive in
/// (<c>--jobs 1</c> or <c>N</c>, one run or merged shards). Only the counts are kept, spilled to temporary files while
/// counting and then only for the lines that could be reported, and one entry per group (<see cref="RepetitionCounts"/>).
/// </summary>
public sealed class RepetitionAnalysis
{
    /// <summary>
    /// A document more than this share of whose article lines repeat other documents is a copy of them (syndication, a
    /// document filed twice): that is a duplicated document, not boilerplate, and its lines are not reported.
    /// </summary>
    public const double CopiedDocumentShare = 0.5;

    /// <summary>Fewest article lines a document needs before it can be called a copy.</summary>
    public const int CopiedDocumentMinLines = 4;

    private readonly RepeatedLineRule _rule;
    private readonly RepetitionCounts _counts;
    private readonly Lock _gate = new();

    public RepetitionAnalysis(RepeatedLineRule rule)
        : this(rule, new RepetitionCounts())
    {
    }

    /// <summary>An analysis that goes on from counts a report snapshot kept.</summary>
    public RepetitionAnalysis(RepeatedLineRule rule, RepetitionCounts counts)
    {
        _rule = rule;
        _counts = counts;
    }

    /// <summary>The counts so far; read them once every document was added.</summary>
    public RepetitionCounts Counts => _counts;

    /// <summary>Counts a document's lines (thread-safe).</summary>
    public void Add(DocumentFingerprints fingerprints)
    {
        lock (_gate)
        {
            _counts.Add(fingerprints);
        }
    }

    /// <summary>The findings in one document, in line order; call once every document of the corpus was added.</summary>
    public IReadOnlyList<LintDiagnostic> Diagnose(DocumentFingerprints document)
    {
        if (document.Reportable.Length == 0 || document.Severity == Severity.None)
        {
            return [];
        }

        var diagnostics = new List<LintDiagnostic>();
        lock (_gate)
        {
            Report(document, diagnostics);
        }

        return diagnostics;
    }

    /// <summary>The result with the repeated lines found in it among its diagnostics, in report order; call once every document was added.</summary>
    public DocumentResult WithFindings(DocumentResult result)
    {
        if (result.Summary is not DocumentFingerprints fingerprints || Diagnose(fingerprints) is not { Count: > 0 } findings)
        {
            return result;
        }

        var diagnostics = new List<LintDiagnostic>(result.Diagnostics.Count + findings.Count);
        diagnostics.AddRange(result.Diagnostics);
        // A dataset record's findings carry its location, as its other diagnostics do.
        diagnostics.AddRange(result.Input?.Record is { } record ? findings.Select(f => f with { Record = record.Location }) : findings);
        diagnostics.Sort(LintDiagnostic.ReportOrder);
        return result with { Diagnostics = diagnostics };
    }

    private void Report(DocumentFingerprints document, List<LintDiagnostic> diagnostics)
    {
        var lines = document.Reportable;
        var minDocuments = RepetitionCounts.Threshold(document.MinDocuments, document.MinSharePercent, _counts.GroupSize(document.Group));
        var repeated = lines.Count(l => _counts.Of(l.Hash) >= minDocuments);
        if (repeated == 0 || (lines.Length >= CopiedDocumentMinLines && repeated > CopiedDocumentShare * lines.Length))
        {
            return;
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var count = _counts.Of(lines[i].Hash);
            if (count < minDocuments)
            {
                continue;
            }

            // Lines next to each other that all repeat are one block: one diagnostic.
            var last = i;
            while (last + 1 < lines.Length && lines[last + 1].Line == lines[last].Line + 1 && _counts.Of(lines[last + 1].Hash) >= minDocuments)
            {
                last++;
                count = Math.Max(count, _counts.Of(lines[last].Hash));
            }

            diagnostics.Add(Diagnostic(document, lines[i], lines[last], count));
            i = last;
        }
    }

    private LintDiagnostic Diagnostic(DocumentFingerprints document, LineFingerprint first, LineFingerprint last, int count)
    {
        var descriptor = _rule.Descriptor;
        var span = TextSpan.FromBounds(first.Start, last.Start + last.Length);
        var message = string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture), count, last.Line - first.Line + 1);
        // The identity without line numbers that baselines and SARIF need: the rule and the lines' hashes (their text and
        // group), which stay when lines move. The document is not in memory any more, so no excerpt is carried.
        var identity = first.Hash;
        for (var i = Array.IndexOf(document.Reportable, first) + 1; i < document.Reportable.Length && document.Reportable[i].Line <= last.Line; i++)
        {
            identity = (identity * 0x9E3779B97F4A7C15UL) ^ document.Reportable[i].Hash;
        }

        var fingerprint = string.Create(CultureInfo.InvariantCulture, $"{descriptor.Id}-{identity:x16}");
        return new LintDiagnostic(
            descriptor, document.Severity, document.Path, span, new Position(first.Line, 1), new Position(last.Line, last.Length + 1), message,
            Fix: null, fingerprint, SourceExcerpt.NotCarried);
    }
}
