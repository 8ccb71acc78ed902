namespace CorpusLint.Rules;

/// <summary>
/// A per-rule option, set in configuration as <c>corpuslint.&lt;ID&gt;.&lt;Name&gt; = value</c>.
/// Declared by the rule so that configuration can be validated and documented.
/// </summary>
public sealed record RuleOption(string Name, RuleOptionType Type, string DefaultValue, string Description);

public enum RuleOptionType
{
    Integer,
    Boolean,
    Text,

    /// <summary>A comma-separated list of phrases or words.</summary>
    List,
}
