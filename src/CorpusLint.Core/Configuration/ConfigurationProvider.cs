using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using CorpusLint.Rules;
using Microsoft.CodeAnalysis;

namespace CorpusLint.Configuration;

/// <summary>
/// Effective configuration per document from <c>.editorconfig</c> files (found from the document's
/// folder upward until <c>root = true</c>) and <c>.globalconfig</c> files, merged by Roslyn's
/// <see cref="AnalyzerConfigSet"/>. Precedence, highest first: rule ID in .editorconfig, category in
/// .editorconfig, all rules in .editorconfig, then the same three in .globalconfig, then the rule's default.
/// Thread-safe; files are read and sets built once per folder.
/// </summary>
public sealed class ConfigurationProvider
{
    private const string EditorConfigName = ".editorconfig";
    private const string GlobalConfigName = ".globalconfig";

    private readonly IReadOnlyList<Rule> _rules;
    private readonly ConfigurationValidator _validator;
    private readonly ConcurrentDictionary<string, LoadedConfigFile?> _filesByPath = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, AnalyzerConfigSet?> _setsByDirectory = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, AnalyzerConfigSet> _setsByFiles = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(object, object, object), DocumentConfiguration> _resolved = new();
    private readonly ConcurrentQueue<ConfigurationIssue> _issues = new();
    private readonly DocumentConfiguration _defaults;

    public ConfigurationProvider(IReadOnlyList<Rule> rules)
    {
        _rules = rules;
        _validator = new ConfigurationValidator(rules);
        _defaults = Resolve(ImmutableDictionary<string, ReportDiagnostic>.Empty, ImmutableDictionary<string, string>.Empty, null);
    }

    /// <summary>Problems found in configuration files so far, in the order found.</summary>
    public IReadOnlyList<ConfigurationIssue> Issues => [.. _issues];

    /// <summary>The effective configuration for the document at <paramref name="fullPath"/>.</summary>
    public DocumentConfiguration GetConfiguration(string fullPath)
    {
        var directory = System.IO.Path.GetDirectoryName(fullPath) ?? fullPath;
        var set = _setsByDirectory.GetOrAdd(directory, BuildSetForDirectory);
        if (set is null)
        {
            return _defaults;
        }

        // Roslyn's set matches section globs against '/'-separated paths.
        var result = set.GetOptionsForSourcePath(fullPath.Replace('\\', '/'));
        var global = set.GlobalConfigOptions;
        return _resolved.GetOrAdd(
            (set, result.TreeOptions, result.AnalyzerOptions),
            _ => Resolve(result.TreeOptions, result.AnalyzerOptions, global));
    }

    private AnalyzerConfigSet? BuildSetForDirectory(string directory)
    {
        var files = new List<string>();
        for (var current = new DirectoryInfo(directory); current is not null; current = current.Parent)
        {
            var global = System.IO.Path.Combine(current.FullName, GlobalConfigName);
            if (File.Exists(global))
            {
                files.Add(global);
            }

            var editorConfig = System.IO.Path.Combine(current.FullName, EditorConfigName);
            if (File.Exists(editorConfig))
            {
                files.Add(editorConfig);
                if (Load(editorConfig) is { IsRoot: true })
                {
                    break;
                }
            }
        }

        if (files.Count == 0)
        {
            return null;
        }

        return _setsByFiles.GetOrAdd(string.Join('\n', files), _ => CreateSet(files));
    }

    private AnalyzerConfigSet CreateSet(List<string> files)
    {
        var configs = files.Select(Load).OfType<LoadedConfigFile>().Select(f => f.Config).ToList();
        var set = AnalyzerConfigSet.Create(configs, out var diagnostics);
        foreach (var diagnostic in diagnostics)
        {
            _issues.Enqueue(new ConfigurationIssue(diagnostic.Location.GetLineSpan().Path ?? files[0], 0, diagnostic.GetMessage()));
        }

        return set;
    }

    private LoadedConfigFile? Load(string path) => _filesByPath.GetOrAdd(path, p =>
    {
        try
        {
            var text = File.ReadAllText(p, Encoding.UTF8);
            var entries = ConfigFileEntries.Read(text);
            foreach (var issue in _validator.Validate(p, entries))
            {
                _issues.Enqueue(issue);
            }

            var isRoot = entries.Any(e => e.Section is null && e.Key == "root" && e.Value.Equals("true", StringComparison.OrdinalIgnoreCase));
            return new LoadedConfigFile(AnalyzerConfig.Parse(text, p.Replace('\\', '/')), isRoot);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _issues.Enqueue(new ConfigurationIssue(p, 0, $"cannot read configuration file: {e.Message}"));
            return null;
        }
    });

    private DocumentConfiguration Resolve(
        ImmutableDictionary<string, ReportDiagnostic> tree,
        ImmutableDictionary<string, string> options,
        AnalyzerConfigOptionsResult? global)
    {
        var globalTree = global?.TreeOptions ?? ImmutableDictionary<string, ReportDiagnostic>.Empty;
        var globalOptions = global?.AnalyzerOptions ?? ImmutableDictionary<string, string>.Empty;
        var mergedOptions = globalOptions.SetItems(options);
        var severities = new Severity[_rules.Count];
        var ruleOptions = new RuleOptions[_rules.Count];
        var fingerprint = new StringBuilder();
        for (var i = 0; i < _rules.Count; i++)
        {
            var rule = _rules[i];
            severities[i] = FromTree(tree, rule.Id)
                ?? FromOptions(options, rule.Descriptor.Category)
                ?? FromTree(globalTree, rule.Id)
                ?? FromOptions(globalOptions, rule.Descriptor.Category)
                ?? (rule.Descriptor.IsEnabledByDefault ? rule.DefaultSeverity : Severity.None);
            ruleOptions[i] = new RuleOptions(rule.Id, mergedOptions);
            fingerprint.Append(rule.Id).Append('=').Append(severities[i].ToWord()).Append(';');
        }

        foreach (var (key, value) in mergedOptions.Where(o => o.Key.StartsWith("corpuslint.", StringComparison.Ordinal)).OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            fingerprint.Append(key).Append('=').Append(value).Append(';');
        }

        return new DocumentConfiguration(severities, ruleOptions, fingerprint.ToString());
    }

    private static Severity? FromTree(ImmutableDictionary<string, ReportDiagnostic> tree, string id) =>
        tree.TryGetValue(id, out var report) || tree.TryGetValue(id.ToLowerInvariant(), out report) ? report.ToSeverity() : null;

    private static Severity? FromOptions(ImmutableDictionary<string, string> options, string category)
    {
        if (options.TryGetValue($"dotnet_analyzer_diagnostic.category-{category.ToLowerInvariant()}.severity", out var word)
            && SeverityExtensions.TryParse(word, out var severity))
        {
            return severity;
        }

        return options.TryGetValue("dotnet_analyzer_diagnostic.severity", out word) && SeverityExtensions.TryParse(word, out severity)
            ? severity
            : null;
    }

    private sealed record LoadedConfigFile(AnalyzerConfig Config, bool IsRoot);
}
