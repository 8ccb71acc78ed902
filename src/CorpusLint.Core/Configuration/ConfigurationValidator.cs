using System.Globalization;
using CorpusLint.Rules;

namespace CorpusLint.Configuration;

/// <summary>Checks CorpusLint's keys in a configuration file: known rule IDs, categories, severity words and option values.</summary>
internal sealed class ConfigurationValidator
{
    private readonly Dictionary<string, Rule> _rulesById;
    private static readonly string[] OwnCategories = ["attribution", "boilerplate", "dates", "quotes", "hygiene"];

    private readonly HashSet<string> _categories;
    private readonly string[] _categoryNames;

    public ConfigurationValidator(IReadOnlyList<Rule> rules)
    {
        _rulesById = rules.ToDictionary(r => r.Id.ToLowerInvariant(), StringComparer.Ordinal);
        // Every documented category is valid, also one whose rules are not loaded (a newer config, an older tool).
        string[] documented = [RuleCategory.Attribution, RuleCategory.Boilerplate, RuleCategory.Dates, RuleCategory.Quotes, RuleCategory.Hygiene];
        _categoryNames = [.. documented.Concat(rules.Select(r => r.Descriptor.Category)).Distinct(StringComparer.Ordinal)];
        _categories = _categoryNames.Select(c => c.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
    }

    public IEnumerable<ConfigurationIssue> Validate(string path, IReadOnlyList<ConfigFileEntry> entries)
    {
        foreach (var entry in entries)
        {
            if (Check(entry) is { } message)
            {
                yield return new ConfigurationIssue(path, entry.Line, message);
            }
        }
    }

    private string? Check(ConfigFileEntry entry)
    {
        var parts = entry.Key.Split('.');
        if (parts is ["dotnet_diagnostic", var id, "severity"] && id.StartsWith("cl", StringComparison.Ordinal))
        {
            if (!_rulesById.ContainsKey(id))
            {
                return $"'{entry.WrittenKey}': unknown rule {id.ToUpperInvariant()} (see `corpuslint rules`)";
            }

            return CheckSeverity(entry);
        }

        if (parts is ["dotnet_analyzer_diagnostic", var scope, "severity"] && scope.StartsWith("category-", StringComparison.Ordinal))
        {
            var category = scope["category-".Length..];
            var written = entry.WrittenKey.Split('.')[1]["category-".Length..];
            return _categories.Contains(category) || !LooksLikeOwnCategory(category)
                ? CheckSeverity(entry)
                : $"'{entry.WrittenKey}': unknown category '{written}' (CorpusLint's categories: {string.Join(", ", _categoryNames)})";
        }

        if (parts is ["corpuslint", _])
        {
            return CorpusOptions.Keys.ContainsKey(entry.Key)
                ? CorpusOptions.Check(entry.Key, entry.Value) is { } problem ? $"'{entry.WrittenKey}': {problem}" : null
                : $"'{entry.WrittenKey}': unknown option (CorpusLint's own: {string.Join(", ", CorpusOptions.Keys.Keys)}; a rule's are corpuslint.<ID>.<option>)";
        }

        if (parts is ["corpuslint", var ruleId, var optionName] && ruleId.StartsWith("cl", StringComparison.Ordinal))
        {
            if (!_rulesById.TryGetValue(ruleId, out var rule))
            {
                return $"'{entry.WrittenKey}': unknown rule {ruleId.ToUpperInvariant()}";
            }

            var option = rule.Options.FirstOrDefault(o => o.Name.Equals(optionName, StringComparison.OrdinalIgnoreCase));
            if (option is null)
            {
                var known = rule.Options.Count == 0 ? "it has no options" : "its options: " + string.Join(", ", rule.Options.Select(o => o.Name));
                return $"'{entry.WrittenKey}': {rule.Id} has no option '{optionName}' ({known})";
            }

            return CheckOptionValue(entry, option);
        }

        return null;
    }

    // Categories of other analyzers (CA rules' "Design", "Style", ...) may share the file; only flag names that look like
    // ours ("Quotations", "Date", "hygene"): the same first four letters as one of CorpusLint's categories.
    private static bool LooksLikeOwnCategory(string category) =>
        OwnCategories.Any(own => category.Length >= 4 && own.StartsWith(category[..4], StringComparison.Ordinal));

    private static string? CheckSeverity(ConfigFileEntry entry) =>
        entry.Value.Equals("default", StringComparison.OrdinalIgnoreCase) || SeverityExtensions.TryParse(entry.Value, out _)
            ? null
            : $"'{entry.WrittenKey}': invalid severity '{entry.Value}' (use error, warning, suggestion, silent, none or default); the setting is ignored";

    private static string? CheckOptionValue(ConfigFileEntry entry, RuleOption option) => option.Type switch
    {
        RuleOptionType.Integer when !int.TryParse(entry.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) =>
            $"'{entry.WrittenKey}': '{entry.Value}' is not a whole number; using the default {option.DefaultValue}",
        RuleOptionType.Boolean when !bool.TryParse(entry.Value, out _) =>
            $"'{entry.WrittenKey}': '{entry.Value}' is not true or false; using the default {option.DefaultValue}",
        _ => null,
    };
}
