using CorpusLint.Configuration;
using CorpusLint.Engine;
using CorpusLint.Model;
using CorpusLint.Rules;

namespace CorpusLint.Corpus;

/// <summary>
/// The corpus-wide pass of CL2012: fingerprints each document as it is linted (<see cref="Summarize"/>, on worker
/// threads), and through <see cref="ReportInto"/> counts them and adds the findings once every document was read.
/// Holds no state of its own, so one pass serves any number of runs. Null from <see cref="For"/> when the engine has no
/// corpus rule.
/// </summary>
public sealed class CorpusPass : ICorpusPass
{
    private readonly int _ruleIndex;
    private readonly Severity _reportedFrom;

    private CorpusPass(int ruleIndex, RepeatedLineRule rule, Severity reportedFrom = Severity.Silent)
    {
        _ruleIndex = ruleIndex;
        _reportedFrom = reportedFrom;
        Rule = rule;
    }

    public RepeatedLineRule Rule { get; }

    public static CorpusPass? For(LintEngine engine)
    {
        for (var i = 0; i < engine.Rules.Count; i++)
        {
            if (engine.Rules[i] is RepeatedLineRule rule)
            {
                return new CorpusPass(i, rule);
            }
        }

        return null;
    }

    /// <summary>
    /// The pass for a run whose report lists only <paramref name="minimum"/> and above and whose fingerprints are
    /// analysed later (a shard's, by <c>merge</c>): a document whose rule severity is below it is counted but never
    /// reported, as the run's own report would not have listed its findings.
    /// </summary>
    public CorpusPass ReportingFrom(Severity minimum) => new(_ruleIndex, Rule, minimum);

    /// <summary>The document's <see cref="DocumentFingerprints"/>, or null when the rule is off for it.</summary>
    public object? Summarize(Document document, string corpusPath, DocumentConfiguration configuration) => Fingerprint(document, corpusPath, configuration);

    /// <inheritdoc cref="Summarize"/>
    public DocumentFingerprints? Fingerprint(Document document, string corpusPath, DocumentConfiguration configuration)
    {
        var severity = configuration.GetSeverity(_ruleIndex);
        if (severity == Severity.None || document.IsEmpty)
        {
            return null;
        }

        var (byRun, minDocuments, minShare) = Settings(configuration);
        // A site named in the front matter (or a record's url field) groups its documents wherever they are filed; else a
        // dataset's records are one group, and a file is in its folder's as the corpus names it (relative to the project's
        // root: shards linted from one root, on any machine, and runs from any folder of the project group alike), or the
        // run's.
        var group = LineFingerprinter.SiteOf(document) is { } site
            ? "site:" + site
            : byRun
                ? "run:"
                : document.Metadata.Dataset is { } dataset
                    ? "dataset:" + dataset
                    : "folder:" + (Path.GetDirectoryName(corpusPath) ?? string.Empty);
        return LineFingerprinter.Fingerprint(document, group, Reported(severity), minDocuments, minShare, corpusPath);
    }

    /// <summary>
    /// What a document's fingerprints take from its configuration besides the rule's severity: whether the rule is on,
    /// and its settings (group, least documents, least share). Two configurations that give the same text count a
    /// document's lines alike, whatever else differs between them.
    /// </summary>
    public string SettingsOf(DocumentConfiguration configuration) =>
        configuration.GetSeverity(_ruleIndex) == Severity.None ? "off" : Settings(configuration).ToString();

    private (bool ByRun, int MinDocuments, int MinSharePercent) Settings(DocumentConfiguration configuration)
    {
        var options = configuration.GetOptions(_ruleIndex);
        return (
            string.Equals(options.GetText(RepeatedLineRule.GroupOption.Name), "run", StringComparison.OrdinalIgnoreCase),
            Math.Max(2, options.GetInt(RepeatedLineRule.MinDocumentsOption.Name, RepeatedLineRule.DefaultMinDocuments)),
            Math.Clamp(options.GetInt(RepeatedLineRule.MinShareOption.Name, RepeatedLineRule.DefaultMinSharePercent), 0, 100));
    }

    /// <inheritdoc/>
    public object? Reconfigure(object summary, DocumentConfiguration configuration) =>
        configuration.GetSeverity(_ruleIndex) is var severity && severity == Severity.None
            ? null
            : ((DocumentFingerprints)summary).WithSeverity(Reported(severity));

    private Severity Reported(Severity severity) => severity >= _reportedFrom ? severity : Severity.None;

    /// <summary>Names the fingerprints' format and what they hold (a shard's pass drops severities below its report's), for the result cache's key.</summary>
    public string Format => $"{nameof(DocumentFingerprints)} {DocumentFingerprints.FormatVersion} reported from {_reportedFrom}";

    public void Write(object summary, BinaryWriter writer) => ((DocumentFingerprints)summary).Write(writer);

    /// <summary>
    /// Reads fingerprints the cache kept, reported under this run's path for the document. Their group and hashes derive
    /// from the document's path in the corpus, so fingerprints made under another (a file moved) are not this document's.
    /// </summary>
    public object Read(BinaryReader reader, DocumentInput input) =>
        DocumentFingerprints.Read(reader) is var fingerprints && fingerprints.CorpusPath == input.CorpusPath
            ? fingerprints.WithPath(input.DisplayPath)
            : throw new InvalidDataException($"cached fingerprints of {fingerprints.CorpusPath}, not {input.CorpusPath}");

    /// <summary>A sink for one run: it counts every result's fingerprints and holds the results until the run completes.</summary>
    public ILintResultSink ReportInto(ILintResultSink sink) => new CorpusSink(new RepetitionAnalysis(Rule), sink);
}
