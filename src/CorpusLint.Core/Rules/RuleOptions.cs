using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;

namespace CorpusLint.Rules;

/// <summary>
/// The options one rule sees for one document: <c>corpuslint.&lt;id&gt;.&lt;name&gt;</c> keys from configuration.
/// Values that do not parse fall back to the default; configuration validation reports them once per file.
/// </summary>
public sealed class RuleOptions
{
    /// <summary>
    /// This rule's values by option name (without case), taken out of the configuration once: rules read their options
    /// for every document, and the configuration's keys of every rule made each read a concatenation and a tree lookup.
    /// </summary>
    private readonly FrozenDictionary<string, string> _values;

    public RuleOptions(string ruleId, ImmutableDictionary<string, string> values)
    {
        var prefix = $"corpuslint.{ruleId.ToLowerInvariant()}.";
        var own = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in values)
        {
            // Keys are lower case (Roslyn's reader folds them), as the name asked for was.
            if (key.StartsWith(prefix, StringComparison.Ordinal))
            {
                own[key[prefix.Length..]] = value.Trim();
            }
        }

        _values = own.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    public static RuleOptions Empty(string ruleId) => new(ruleId, ImmutableDictionary<string, string>.Empty);

    public string? GetText(string name) => _values.GetValueOrDefault(name);

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
