using CorpusLint.Rules;

namespace CorpusLint.Configuration;

/// <summary>The effective severity and options of every rule for one document (shared by documents with the same configuration).</summary>
public sealed class DocumentConfiguration
{
    private readonly Severity[] _severities;
    private readonly RuleOptions[] _options;

    internal DocumentConfiguration(Severity[] severities, RuleOptions[] options, string fingerprint)
    {
        _severities = severities;
        _options = options;
        Fingerprint = fingerprint;
    }

    /// <summary>A stable text that changes whenever any effective severity or option changes (for cache keys).</summary>
    public string Fingerprint { get; }

    /// <summary>Severity of the rule at <paramref name="ruleIndex"/> in the engine's rule list.</summary>
    public Severity GetSeverity(int ruleIndex) => _severities[ruleIndex];

    public RuleOptions GetOptions(int ruleIndex) => _options[ruleIndex];
}
