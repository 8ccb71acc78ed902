using CorpusLint.Engine;
using CorpusLint.Model;
using CorpusLint.Rules;

namespace CorpusLint.Corpus;

/// <summary>
/// The corpus-wide pass of a run: <see cref="Observe"/> each document as it is linted (from worker threads), then
/// <see cref="Complete"/> once every document was read. Null from <see cref="For"/> when the engine has no corpus rule.
/// </summary>
public sealed class CorpusPass
{
    private readonly LintEngine _engine;
    private readonly int _ruleIndex;
    private readonly RepetitionAnalysis _analysis;

    private CorpusPass(LintEngine engine, int ruleIndex, RepeatedLineRule rule)
    {
        _engine = engine;
        _ruleIndex = ruleIndex;
        _analysis = new RepetitionAnalysis(rule);
    }

    public static CorpusPass? For(LintEngine engine)
    {
        for (var i = 0; i < engine.Rules.Count; i++)
        {
            if (engine.Rules[i] is RepeatedLineRule rule)
            {
                return new CorpusPass(engine, i, rule);
            }
        }

        return null;
    }

    /// <summary>Fingerprints a document linted with the configuration at <paramref name="fullPath"/>; null when the rule is off for it.</summary>
    public DocumentFingerprints? Summarize(Document document, string fullPath)
    {
        var configuration = _engine.Configuration.GetConfiguration(fullPath);
        var severity = configuration.GetSeverity(_ruleIndex);
        if (severity == Severity.None || document.IsEmpty)
        {
            return null;
        }

        var options = configuration.GetOptions(_ruleIndex);
        // A site named in the front matter groups its documents wherever they are filed; else the folder (or the run).
        var group = LineFingerprinter.SiteOf(document) is { } site
            ? "site:" + site
            : string.Equals(options.GetText(RepeatedLineRule.GroupOption.Name), "run", StringComparison.OrdinalIgnoreCase)
                ? "run:"
                : "folder:" + (Path.GetDirectoryName(fullPath) ?? string.Empty);
        var minDocuments = Math.Max(2, options.GetInt(RepeatedLineRule.MinDocumentsOption.Name, RepeatedLineRule.DefaultMinDocuments));
        var minShare = Math.Clamp(options.GetInt(RepeatedLineRule.MinShareOption.Name, RepeatedLineRule.DefaultMinSharePercent), 0, 100);
        return LineFingerprinter.Fingerprint(document, group, severity, minDocuments, minShare);
    }

    /// <summary>Fingerprints and adds a document (thread-safe).</summary>
    public void Observe(Document document, string fullPath)
    {
        if (Summarize(document, fullPath) is { } fingerprints)
        {
            _analysis.Add(fingerprints);
        }
    }

    /// <summary>Adds the fingerprints a cache kept for a document it did not read again (thread-safe).</summary>
    public void Add(DocumentFingerprints fingerprints) => _analysis.Add(fingerprints);

    /// <summary>The pass's diagnostics, in report order, once every document was observed.</summary>
    public IReadOnlyList<LintDiagnostic> Complete() => _analysis.Complete();
}
