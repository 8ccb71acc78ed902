using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CorpusLint.Rules;

namespace CorpusLint.Project;

/// <summary>The <c>rules</c> array of <c>corpuslint.json</c>: declarative phrase and regex rules.</summary>
public sealed partial class ProjectFile
{
    private const string DefaultCategory = "Custom";

    private static readonly string[] CommonRuleKeys =
        ["id", "kind", "name", "message", "description", "helpUri", "severity", "category", "scope", "caseSensitive", "fix", "replacement"];

    /// <summary>The key each kind needs, which the other kind does not take.</summary>
    private static readonly Dictionary<string, string> KindKeys = new(StringComparer.Ordinal)
    {
        ["phrase"] = "phrases",
        ["regex"] = "pattern",
    };

    private static readonly string[] SeverityWords = ["error", "warning", "suggestion", "silent", "none"];

    private void ReadRules(JsonElement value, string pointer)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            Error(pointer, $"'rules' must be an array of rule objects, not {Describe(value)}");
            return;
        }

        var firstLineById = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (ReadRule(item, JsonPositions.Child(pointer, index), index, firstLineById) is { } rule)
            {
                _rules.Add(rule);
            }

            index++;
        }

        var normalised = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(normalised))
        {
            value.WriteTo(writer);
        }

        _rulesFingerprint = Encoding.UTF8.GetString(normalised.WrittenSpan);
    }

    private Rule? ReadRule(JsonElement item, string pointer, int index, Dictionary<string, int> firstLineById)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            Error(pointer, $"rules[{index}] must be an object with id, kind and message, not {Describe(item)}");
            return null;
        }

        var rule = new RuleReader(this, item, pointer, index);
        var id = rule.ReadId(firstLineById);
        var kind = rule.ReadKind();
        rule.CheckKeys(kind);
        var message = rule.RequiredText("message");
        var severity = rule.ReadSeverity();
        var category = rule.ReadCategory();
        var scope = rule.ReadEnum("scope", RuleScope.Inline, ("inline", RuleScope.Inline), ("line", RuleScope.Line));
        var fix = rule.ReadEnum("fix", DeclarativeFix.None, ("delete-line", DeclarativeFix.DeleteLine), ("replace", DeclarativeFix.Replace));
        var replacement = rule.ReadReplacement(fix);
        var caseSensitive = rule.ReadBool("caseSensitive", defaultValue: kind == "regex");
        var name = rule.OptionalText("name") ?? id;
        var description = rule.OptionalText("description") ?? message ?? string.Empty;
        var helpUri = rule.ReadHelpUri();
        var phrases = kind == "phrase" ? rule.ReadPhrases() : null;
        var pattern = kind == "regex" ? rule.RequiredText("pattern") : null;
        if (rule.HasErrors || id is null || message is null || severity is null || category is null || (phrases is null && pattern is null))
        {
            return null;
        }

        var settings = new DeclarativeRuleSettings(id, name!, message, category, severity.Value, description, helpUri, scope, caseSensitive, fix, replacement);
        return phrases is not null ? new PhraseRule(settings, phrases) : rule.CompileRegex(settings, pattern!);
    }

    /// <summary>Reads one rule object, naming the rule in every message.</summary>
    private sealed class RuleReader(ProjectFile file, JsonElement rule, string pointer, int index)
    {
        private string _label = $"rules[{index}]";
        private int _errorCount;

        public bool HasErrors => _errorCount > 0;

        public string? ReadId(Dictionary<string, int> firstLineById)
        {
            var id = RequiredText("id");
            if (id is null)
            {
                return null;
            }

            if (ProjectRuleIds.Check(id) is { } problem)
            {
                Error("id", problem);
                return null;
            }

            _label = $"rule {id}";

            var (line, _) = file._positions.OfValue(Member("id"));
            if (!firstLineById.TryAdd(id, line))
            {
                Error("id", $"the ID is already used by the rule at line {firstLineById[id]}; each rule needs its own ID");
                return null;
            }

            return id;
        }

        public string? ReadKind()
        {
            var kind = RequiredText("kind");
            if (kind is not null && !KindKeys.ContainsKey(kind))
            {
                Error("kind", $"unknown kind '{kind}' (expected {string.Join(" or ", KindKeys.Keys)}; C# rules go in the 'customRules' folder)");
                return null;
            }

            return kind;
        }

        public void CheckKeys(string? kind)
        {
            foreach (var member in rule.EnumerateObject())
            {
                if (CommonRuleKeys.Contains(member.Name))
                {
                    continue;
                }

                var owner = KindKeys.FirstOrDefault(k => k.Value == member.Name).Key;
                if (owner is null)
                {
                    ErrorAtKey(member.Name, $"unknown key '{member.Name}' (a rule takes {string.Join(", ", CommonRuleKeys)}, and 'phrases' or 'pattern' by kind)");
                }
                else if (kind is not null && owner != kind)
                {
                    ErrorAtKey(member.Name, $"'{member.Name}' belongs to {owner} rules; a {kind} rule takes '{KindKeys[kind]}'");
                }
            }
        }

        public Severity? ReadSeverity()
        {
            var word = OptionalText("severity") ?? "warning";
            if (!SeverityWords.Contains(word) || !SeverityExtensions.TryParse(word, out var severity))
            {
                Error("severity", $"unknown severity '{word}' (expected {string.Join(", ", SeverityWords)})");
                return null;
            }

            return severity;
        }

        public string? ReadCategory()
        {
            var category = OptionalText("category") ?? DefaultCategory;
            if (category.Length == 0 || !char.IsAsciiLetter(category[0]) || !category.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                // The category is part of an .editorconfig key (dotnet_analyzer_diagnostic.category-NAME.severity).
                Error("category", $"'{category}' is not a category name: use letters, digits and '_' (Style, Boilerplate)");
                return null;
            }

            return category;
        }

        public T ReadEnum<T>(string key, T defaultValue, params (string Word, T Value)[] words)
        {
            if (OptionalText(key) is not { } word)
            {
                return defaultValue;
            }

            foreach (var (known, value) in words)
            {
                if (known == word)
                {
                    return value;
                }
            }

            Error(key, $"unknown {key} '{word}' (expected {string.Join(" or ", words.Select(w => w.Word))})");
            return defaultValue;
        }

        public string ReadReplacement(DeclarativeFix fix)
        {
            var has = rule.TryGetProperty("replacement", out _);
            if (fix == DeclarativeFix.Replace && !has)
            {
                Error("fix", "a 'replace' fix needs a 'replacement' (\"\" deletes the match)");
            }
            else if (fix != DeclarativeFix.Replace && has)
            {
                ErrorAtKey("replacement", "'replacement' is only used with \"fix\": \"replace\"");
            }

            return has ? TextOf("replacement", allowEmpty: true) ?? string.Empty : string.Empty;
        }

        public bool ReadBool(string key, bool defaultValue)
        {
            if (!rule.TryGetProperty(key, out var value))
            {
                return defaultValue;
            }

            if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                return value.GetBoolean();
            }

            Error(key, $"'{key}' must be true or false, not {Describe(value)}");
            return defaultValue;
        }

        public string ReadHelpUri()
        {
            var text = OptionalText("helpUri");
            if (text is not null && !Uri.TryCreate(text, UriKind.Absolute, out _))
            {
                Error("helpUri", $"'{text}' is not an absolute URI (https://...)");
            }

            return text ?? string.Empty;
        }

        public IReadOnlyList<string>? ReadPhrases()
        {
            if (!rule.TryGetProperty("phrases", out var value))
            {
                ErrorAtRule("a phrase rule needs 'phrases': [\"...\"]");
                return null;
            }

            if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
            {
                Error("phrases", "'phrases' must be a non-empty array of strings");
                return null;
            }

            var phrases = new List<string>();
            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                var itemPointer = JsonPositions.Child(Member("phrases"), i++);
                if (item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString()))
                {
                    Report(file._positions.OfValue(itemPointer), $"phrases[{i - 1}] must be a non-empty string");
                    continue;
                }

                phrases.Add(item.GetString()!);
            }

            return phrases;
        }

        public RegexRule? CompileRegex(DeclarativeRuleSettings settings, string pattern)
        {
            try
            {
                return RegexRule.Create(settings, pattern);
            }
            catch (RegexParseException e)
            {
                Error("pattern", $"invalid regular expression: {e.Message}");
            }
            catch (NotSupportedException e)
            {
                Error("pattern", $"the pattern '{pattern}' needs backtracking, which project rules do not allow so that no pattern can hang a run: {e.Message}");
            }
            catch (ArgumentException e)
            {
                Error("pattern", $"invalid regular expression '{pattern}': {e.Message}");
            }

            return null;
        }

        public string? RequiredText(string key)
        {
            if (!rule.TryGetProperty(key, out _))
            {
                ErrorAtRule($"'{key}' is missing");
                return null;
            }

            return TextOf(key, allowEmpty: false);
        }

        public string? OptionalText(string key) => rule.TryGetProperty(key, out _) ? TextOf(key, allowEmpty: false) : null;

        private string? TextOf(string key, bool allowEmpty)
        {
            var value = rule.GetProperty(key);
            if (value.ValueKind != JsonValueKind.String)
            {
                Error(key, $"'{key}' must be a string, not {Describe(value)}");
                return null;
            }

            var text = value.GetString()!;
            if (!allowEmpty && string.IsNullOrWhiteSpace(text))
            {
                Error(key, $"'{key}' is empty");
                return null;
            }

            return text;
        }

        private string Member(string key) => JsonPositions.Child(pointer, key);

        private void Error(string key, string message) => Report(file._positions.OfValue(Member(key)), message);

        private void ErrorAtKey(string key, string message) => Report(file._positions.OfKey(Member(key)), message);

        private void ErrorAtRule(string message) => Report(file._positions.OfValue(pointer), message);

        private void Report((int Line, int Column) position, string message)
        {
            _errorCount++;
            file._errors.Add(new ProjectError(file._path, position.Line, position.Column, $"{_label}: {message}"));
        }
    }
}
