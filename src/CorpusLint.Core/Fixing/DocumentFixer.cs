using CorpusLint.Configuration;
using CorpusLint.Engine;
using CorpusLint.Model;
using CorpusLint.Rules;
using CorpusLint.Text;
using Microsoft.CodeAnalysis.Text;

namespace CorpusLint.Fixing;

/// <summary>Which fixes <c>--fix</c> applies: those of diagnostics at <paramref name="Minimum"/> severity or above, unsafe ones only when asked.</summary>
public sealed record FixOptions(Severity Minimum, bool IncludeUnsafe)
{
    public bool Applies(LintDiagnostic diagnostic) =>
        diagnostic.Fix is not null
        && diagnostic.Severity >= Minimum
        && (IncludeUnsafe || diagnostic.Fix.Safety == FixSafety.Safe);
}

/// <summary>A fix that <see cref="FixGuard"/> turned down: a defect in its rule, reported and not applied.</summary>
public sealed record RefusedFix(LintDiagnostic Diagnostic, string Reason);

/// <summary>What fixing one document's text came to.</summary>
/// <param name="Text">The fixed text (the original when nothing applied).</param>
/// <param name="Applied">Fixes applied over all passes.</param>
/// <param name="Settled">False when fixes still applied after <see cref="DocumentFixer.MaxPasses"/> passes.</param>
/// <param name="Remaining">The diagnostics of the fixed text, in report order.</param>
public sealed record DocumentFix(string Text, int Applied, bool Settled, IReadOnlyList<LintDiagnostic> Remaining, IReadOnlyList<RefusedFix> Refused)
{
    /// <summary>What the fixer's <see cref="IDocumentSummarizer"/> kept from the fixed text; null when no fix applied.</summary>
    public object? Summary { get; init; }
}

/// <summary>
/// Applies fixes to one document the way ESLint does: each pass applies the non-overlapping fixes
/// (<see cref="FixApplier.SelectNonOverlapping"/>), then the document is analysed again, until a pass changes
/// nothing or <see cref="MaxPasses"/> passes ran. Running it again on its output changes nothing. Each pass keeps
/// the lines every earlier pass read the document's record from (<see cref="Document.RecordLines"/>), so that a pass
/// reading the fixed text differently cannot delete the byline or date the text as given had.
/// </summary>
/// <param name="summarizer">Summarizes the fixed text for a corpus-wide pass (the summary of the text as read no longer describes the file).</param>
public sealed class DocumentFixer(LintEngine engine, FixOptions options, IDocumentSummarizer? summarizer = null)
{
    /// <summary>ESLint's limit: enough for fixes that uncover others, and a stop for two rules that undo each other.</summary>
    public const int MaxPasses = 10;

    public FixOptions Options => options;

    /// <param name="input">The document's path (for configuration) and name (for reports).</param>
    /// <param name="source">Its decoded text; it must have no invalid bytes, which a rewrite would lose.</param>
    /// <param name="configuration">The document's configuration; looked up from <paramref name="input"/> when not given.</param>
    public DocumentFix Fix(DocumentInput input, DecodedSource source, DocumentConfiguration? configuration = null)
    {
        configuration ??= engine.Configuration.GetConfiguration(input.ConfigurationPath);
        var text = source.Text;
        var applied = 0;
        var refused = new List<RefusedFix>();
        var refusedKeys = new HashSet<(string Id, string Fingerprint)>();
        IReadOnlyList<TextSpan> record = [];
        for (var pass = 0; ; pass++)
        {
            // A dataset's record is plain text with its record's metadata, whatever its name ends with, unless the configuration says Markdown.
            var format = configuration.Format ?? (input.Record is null ? null : DocumentFormat.PlainText);
            var document = Document.Create(input.DisplayPath, source with { Text = text }, format, input.Record?.Metadata, configuration.Language)
                .KeepingRecord(record);
            var diagnostics = engine.Lint(document, configuration).Diagnostics;
            var accepted = FixApplier.SelectNonOverlapping(diagnostics.Where(d => options.Applies(d) && Passes(document, d, refused, refusedKeys)));
            if (accepted.Count == 0 || pass == MaxPasses)
            {
                return new DocumentFix(text, applied, accepted.Count == 0, diagnostics, refused)
                {
                    Summary = applied > 0 ? summarizer?.Summarize(document, input.CorpusPath, configuration) : null,
                };
            }

            var edits = FixApplier.Merge(accepted.SelectMany(d => d.Fix!.Edits));
            record = [.. document.RecordSpans().Select(span => FixApplier.Map(span, edits)).OfType<TextSpan>()];
            text = FixApplier.Apply(text, edits);
            applied += accepted.Count;
        }
    }

    private static bool Passes(Document document, LintDiagnostic diagnostic, List<RefusedFix> refused, HashSet<(string Id, string Fingerprint)> refusedKeys)
    {
        if (FixGuard.Check(document, diagnostic, diagnostic.Fix!) is not { } reason)
        {
            return true;
        }

        if (refusedKeys.Add((diagnostic.Id, diagnostic.Fingerprint)))
        {
            refused.Add(new RefusedFix(diagnostic, reason));
        }

        return false;
    }
}
