using System.Collections.Immutable;
using System.Globalization;

namespace CorpusLint.Rules;

/// <summary>
/// The options one rule sees for one document: <c>corpuslint.&lt;id&gt;.&lt;name&gt;</c> keys from configuration.
/// Values that do not parse fall back to the default; configuration validation reports them once per file.
/// </summary>
public sealed class RuleOptions
{
    private readonly ImmutableDictionary<string, string> _values;
    private readonly string _prefix;

    public RuleOptions(string ruleId, ImmutableDictionary<string, string> values)
    {
        _values = values;
        _prefix = $"corpuslint.{ruleId.ToLowerInvariant()}.";
    }

    public static RuleOptions Empty(string ruleId) => new(ruleId, ImmutableDictionary<string, string>.Empty);

    public string? GetText(string name) =>
        _values.TryGetValue(_prefix + name.ToLowerInvariant(), out var value) ? value.Trim() : null;

    public int GetInt(string name, int defaultValue) =>
        int.TryParse(GetText(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : defaultValue;

    public bool GetBool(string name, bool defaultValue) =>
        bool.TryParse(GetText(name), out var value) ? value : defaultValue;

    /// <summary>A comma-separated list, trimmed, empty items dropped.</summary>
    public IReadOnlyList<string> GetList(string name) =>
        GetText(name) is { } text
            ? text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            : [];
}
