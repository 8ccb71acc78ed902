using System.Globalization;
using CorpusLint.Configuration;
using CorpusLint.Engine.Timing;
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
    /// <summary>
    /// Findings kept per rule and document; more are counted and reported as one CL0003. Ten thousand is far past
    /// any article (a 4 MB file with trailing spaces on every line is the worst ordinary case) and keeps a hostile
    /// document ("""""..." a gigabyte long) from turning into gigabytes of diagnostics.
    /// </summary>
    public const int MaxDiagnosticsPerRule = 10_000;

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
        var pass = Run(document, configuration, wholeDocument: true);
        var diagnostics = pass.Diagnostics;
        diagnostics.AddRange(pass.Failures.Select(ToDiagnostic));
        diagnostics.AddRange(pass.Dropped.Select(d => TooManyFindings(document.Path, d.Key, d.Value)));
        diagnostics.Sort(LintDiagnostic.ReportOrder);
        return new DocumentResult(document.Path, diagnostics, pass.Failures);
    }

    /// <summary>
    /// Runs the rules on a document or on one window of a larger document (<paramref name="wholeDocument"/> false: rules
    /// that need the whole document are skipped). Diagnostics are unsorted; failures and dropped findings are apart.
    /// </summary>
    internal RulePass Run(Document document, DocumentConfiguration configuration, bool wholeDocument)
    {
        var pass = new RulePass([], [], []);

        // Empty and whitespace-only documents have nothing to check (document-level rules would only report noise).
        if (document.IsEmpty && !document.Source.IsBinary)
        {
            return pass;
        }

        for (var i = 0; i < Rules.Count; i++)
        {
            var rule = Rules[i];
            var severity = configuration.GetSeverity(i);
            if (severity == Severity.None
                || (document.Source.IsBinary && !rule.AnalyzesBinaryDocuments)
                || (!wholeDocument && rule.NeedsWholeDocument))
            {
                continue;
            }

            var context = new RuleContext(rule, document, configuration.GetOptions(i), severity, pass.Diagnostics, MaxDiagnosticsPerRule);
            try
            {
                using var timed = PartClock.Enter(TimedPart.Rule(rule.Id));
                rule.Analyze(context);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A defect in one rule must not cost the user the other rules' results.
                pass.Failures.Add(new RuleFailure(rule.Id, document.Path, $"{e.GetType().Name}: {e.Message}"));
            }

            if (context.Dropped > 0)
            {
                pass.Dropped[rule.Id] = context.Dropped;
            }
        }

        if (!document.Suppressions.IsEmpty)
        {
            pass.Diagnostics.RemoveAll(d => document.Suppressions.Suppresses(d.Id, d.Start.Line - 1, d.End.Line - 1));
        }

        return pass;
    }

    internal static LintDiagnostic ToDiagnostic(RuleFailure failure) =>
        EngineDiagnostics.Create(
            EngineDiagnostics.RuleFailed,
            failure.Path,
            $"Rule {failure.RuleId} failed on this document: {failure.Message} ({Culprit(failure.RuleId)}). The other rules' findings stand",
            failure.RuleId);

    /// <summary>Built-in rules have CL IDs, which a project's own rules may not use.</summary>
    private static string Culprit(string ruleId) =>
        ruleId.StartsWith("CL", StringComparison.Ordinal) ? "a CorpusLint defect; please report it" : "a defect in the project's rule";

    internal static LintDiagnostic TooManyFindings(string path, string ruleId, int dropped) =>
        EngineDiagnostics.Create(
            EngineDiagnostics.PartlyLinted,
            path,
            string.Create(CultureInfo.InvariantCulture, $"{ruleId} found {dropped:N0} more problem(s) in this document than are shown (at most {MaxDiagnosticsPerRule:N0} per rule and document)"),
            ruleId);
}

/// <summary>What the rules found on one document or window, before sorting.</summary>
internal sealed record RulePass(List<LintDiagnostic> Diagnostics, List<RuleFailure> Failures, Dictionary<string, int> Dropped);

/// <summary>A rule that threw on a document: a CorpusLint defect, reported without a stack trace.</summary>
public sealed record RuleFailure(string RuleId, string Path, string Message);
