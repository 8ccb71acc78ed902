using CorpusLint.Language;
using CorpusLint.Model;
using CorpusLint.Rules;

namespace CorpusLint.Configuration;

/// <summary>
/// The effective severity and options of every rule for one document, and how to read it (<c>corpuslint.format</c>,
/// <c>corpuslint.language</c>); shared by documents with the same configuration.
/// </summary>
public sealed class DocumentConfiguration
{
    private readonly Severity[] _severities;
    private readonly RuleOptions[] _options;

    internal DocumentConfiguration(
        Severity[] severities, RuleOptions[] options, string severitiesFingerprint, string optionsFingerprint, DocumentFormat? format = null, DeclaredLanguage? language = null)
    {
        Format = format;
        Language = language;
        _severities = severities;
        _options = options;
        OptionsFingerprint = optionsFingerprint;
        Fingerprint = severitiesFingerprint + optionsFingerprint;
        SeverityKey = SeverityKeys.Pack(severities);
    }

    /// <summary>A stable text that changes whenever any effective severity or option changes (for cache keys).</summary>
    public string Fingerprint { get; }

    /// <summary>
    /// A stable text that changes whenever an option changes, and only then: what a rule finds depends on its options,
    /// never on its severity, so the result cache keys on this and keeps <see cref="SeverityKey"/> beside each result.
    /// </summary>
    public string OptionsFingerprint { get; }

    /// <summary>The format <c>corpuslint.format</c> sets (<c>markdown</c>, <c>text</c>), or null to tell it by the file's extension.</summary>
    public DocumentFormat? Format { get; }

    /// <summary>The language <c>corpuslint.language</c> declares, or null to tell it by the document's stop words.</summary>
    public DeclaredLanguage? Language { get; }

    /// <summary>Every rule's severity, packed (<see cref="SeverityKeys"/>).</summary>
    public ReadOnlyMemory<byte> SeverityKey { get; }

    /// <summary>Severity of the rule at <paramref name="ruleIndex"/> in the engine's rule list.</summary>
    public Severity GetSeverity(int ruleIndex) => _severities[ruleIndex];

    public RuleOptions GetOptions(int ruleIndex) => _options[ruleIndex];
}
