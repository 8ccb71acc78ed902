using CorpusLint.Configuration;
using CorpusLint.Model;
using CorpusLint.Rules;

namespace CorpusLint.Engine;

/// <summary>
/// Runs every enabled rule over a document. The document model is built once and read by all rules;
/// a rule whose effective severity is <c>none</c> for the document is not run at all, and diagnostics on lines
/// the document's suppression comments cover are dropped.
/// </summary>
public sealed class LintEngine
{
    public LintEngine(IReadOnlyList<Rule> rules, ConfigurationProvider configuration)
    {
        Rules = rules;
        Configuration = configuration;
    }

    public IReadOnlyList<Rule> Rules { get; }

    public ConfigurationProvider Configuration { get; }

    /// <summary>Lints one document with the configuration that applies at <paramref name="configurationPath"/> (a full path).</summary>
    public DocumentResult Lint(Document document, string configurationPath) =>
        Lint(document, Configuration.GetConfiguration(configurationPath));

    public DocumentResult Lint(Document document, DocumentConfiguration configuration)
    {
        var diagnostics = new List<LintDiagnostic>();
        List<RuleFailure>? failures = null;
        // Empty and whitespace-only documents have nothing to check (document-level rules would only report noise).
        if (document.IsEmpty && !document.Source.IsBinary)
        {
            return new DocumentResult(document.Path, diagnostics, []);
        }

        for (var i = 0; i < Rules.Count; i++)
        {
            var rule = Rules[i];
            var severity = configuration.GetSeverity(i);
            if (severity == Severity.None || (document.Source.IsBinary && !rule.AnalyzesBinaryDocuments))
            {
                continue;
            }

            var context = new RuleContext(rule, document, configuration.GetOptions(i), severity, diagnostics);
            try
            {
                rule.Analyze(context);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A defect in one rule must not cost the user the other rules' results.
                (failures ??= []).Add(new RuleFailure(rule.Id, document.Path, $"{e.GetType().Name}: {e.Message}"));
            }
        }

        if (!document.Suppressions.IsEmpty)
        {
            diagnostics.RemoveAll(d => document.Suppressions.Suppresses(d.Id, d.Start.Line - 1, d.End.Line - 1));
        }

        diagnostics.Sort(LintDiagnostic.ReportOrder);
        return new DocumentResult(document.Path, diagnostics, failures ?? []);
    }
}

/// <summary>The diagnostics of one document, in report order.</summary>
public sealed record DocumentResult(string Path, IReadOnlyList<LintDiagnostic> Diagnostics, IReadOnlyList<RuleFailure> Failures);

/// <summary>A rule that threw on a document: a CorpusLint defect, reported without a stack trace.</summary>
public sealed record RuleFailure(string RuleId, string Path, string Message);
