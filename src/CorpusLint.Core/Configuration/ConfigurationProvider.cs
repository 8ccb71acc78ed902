using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
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

    private static readonly object NoOptions = new();

    private readonly IReadOnlyList<Rule> _rules;
    private readonly ConfigurationValidator _validator;
    private readonly ConcurrentDictionary<string, Lazy<LoadedConfigFile?>> _filesByPath = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<ConfigSets?>> _setsByDirectory = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<ConfigSets>> _setsByFiles = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(object, object, object, object), DocumentConfiguration> _resolved = new();
    private readonly ConcurrentQueue<ConfigurationIssue> _issues = new();
    private readonly DocumentConfiguration _defaults;

    public ConfigurationProvider(IReadOnlyList<Rule> rules)
    {
        _rules = rules;
        _validator = new ConfigurationValidator(rules);
        var empty = new ResolvedOptions(
            ImmutableDictionary<string, ReportDiagnostic>.Empty,
            ImmutableDictionary<string, string>.Empty,
            ImmutableDictionary<string, ReportDiagnostic>.Empty,
            ImmutableDictionary<string, string>.Empty);
        _defaults = Resolve(empty);
    }

    /// <summary>Problems found in configuration files so far, each once, in the order found.</summary>
    public IReadOnlyList<ConfigurationIssue> Issues => [.. _issues];

    /// <summary>The effective configuration for the document at <paramref name="fullPath"/>.</summary>
    public DocumentConfiguration GetConfiguration(string fullPath)
    {
        var directory = System.IO.Path.GetDirectoryName(fullPath) ?? fullPath;
        var sets = _setsByDirectory.GetOrAdd(directory, d => new Lazy<ConfigSets?>(() => BuildSetsForDirectory(d))).Value;
        if (sets is null)
        {
            return _defaults;
        }

        // Roslyn's set matches section globs against '/'-separated paths.
        var sourcePath = fullPath.Replace('\\', '/');
        var editor = sets.Editor?.GetOptionsForSourcePath(sourcePath);
        var global = sets.Global?.GetOptionsForSourcePath(sourcePath);

        // Roslyn returns the same dictionaries for paths that match the same sections, so they key the cache.
        var key = (
            (object?)editor?.TreeOptions ?? NoOptions,
            (object?)editor?.AnalyzerOptions ?? NoOptions,
            (object?)global?.TreeOptions ?? NoOptions,
            (object?)global?.AnalyzerOptions ?? NoOptions);
        return _resolved.GetOrAdd(key, _ => Resolve(new ResolvedOptions(
            editor?.TreeOptions ?? ImmutableDictionary<string, ReportDiagnostic>.Empty,
            editor?.AnalyzerOptions ?? ImmutableDictionary<string, string>.Empty,
            // Severities of a global config appear in GlobalConfigOptions, not in the per-path result (SPEC §2).
            sets.Global is { } g ? g.GlobalConfigOptions.TreeOptions.SetItems(global!.Value.TreeOptions) : ImmutableDictionary<string, ReportDiagnostic>.Empty,
            sets.Global is { } h ? h.GlobalConfigOptions.AnalyzerOptions.SetItems(global!.Value.AnalyzerOptions) : ImmutableDictionary<string, string>.Empty)));
    }

    private ConfigSets? BuildSetsForDirectory(string directory)
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

        return _setsByFiles.GetOrAdd(string.Join('\n', files), _ => new Lazy<ConfigSets>(() => CreateSets(files))).Value;
    }

    /// <summary>
    /// Editorconfig files and global configs go into two sets: Roslyn folds global options into every
    /// per-path result, which would let a category in a .globalconfig beat a rule ID in the same file.
    /// Kept apart, the precedence of SPEC §2 can be applied level by level.
    /// </summary>
    private ConfigSets CreateSets(List<string> files)
    {
        var loaded = files.Select(Load).OfType<LoadedConfigFile>().ToList();
        var editor = loaded.Where(f => !f.IsGlobal).ToList();
        var global = loaded.Where(f => f.IsGlobal).ToList();
        return new ConfigSets(CreateSet(editor), CreateSet(global));
    }

    private AnalyzerConfigSet? CreateSet(List<LoadedConfigFile> files)
    {
        if (files.Count == 0)
        {
            return null;
        }

        var set = AnalyzerConfigSet.Create(files.Select(f => f.Config).ToList(), out var diagnostics);
        foreach (var diagnostic in diagnostics)
        {
            var path = diagnostic.Location.GetLineSpan().Path;
            _issues.Enqueue(new ConfigurationIssue(string.IsNullOrEmpty(path) ? files[0].Path : path, 0, diagnostic.GetMessage(CultureInfo.InvariantCulture)));
        }

        return set;
    }

    private LoadedConfigFile? Load(string path) => _filesByPath.GetOrAdd(path, p => new Lazy<LoadedConfigFile?>(() => LoadFile(p))).Value;

    private LoadedConfigFile? LoadFile(string path)
    {
        try
        {
            var text = File.ReadAllText(path, Encoding.UTF8);
            var entries = ConfigFileEntries.Read(text);
            foreach (var issue in _validator.Validate(path, entries))
            {
                _issues.Enqueue(issue);
            }

            // Roslyn treats a file named .globalconfig, or any file with is_global = true, as a global config.
            var isGlobal = System.IO.Path.GetFileName(path) == GlobalConfigName || ConfigFileEntries.IsSetInPreamble(entries, "is_global");
            var isRoot = ConfigFileEntries.IsSetInPreamble(entries, "root");
            return new LoadedConfigFile(path, AnalyzerConfig.Parse(text, path.Replace('\\', '/')), isRoot, isGlobal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _issues.Enqueue(new ConfigurationIssue(path, 0, $"cannot read configuration file: {e.Message}"));
            return null;
        }
    }

    private DocumentConfiguration Resolve(ResolvedOptions o)
    {
        var mergedOptions = o.GlobalOptions.SetItems(o.EditorOptions);
        var severities = new Severity[_rules.Count];
        var ruleOptions = new RuleOptions[_rules.Count];
        var fingerprint = new StringBuilder();
        for (var i = 0; i < _rules.Count; i++)
        {
            var rule = _rules[i];
            var ruleDefault = rule.Descriptor.IsEnabledByDefault ? rule.DefaultSeverity : Severity.None;

            // First level that says anything wins; "default" there means the rule's own severity.
            var configured = FromTree(o.EditorTree, rule.Id)
                ?? FromOptions(o.EditorOptions, rule.Descriptor.Category)
                ?? FromTree(o.GlobalTree, rule.Id)
                ?? FromOptions(o.GlobalOptions, rule.Descriptor.Category);
            severities[i] = configured?.Value ?? ruleDefault;
            ruleOptions[i] = new RuleOptions(rule.Id, mergedOptions);
            fingerprint.Append(rule.Id).Append('=').Append(severities[i].ToWord()).Append(';');
        }

        foreach (var (key, value) in mergedOptions.Where(o => o.Key.StartsWith("corpuslint.", StringComparison.Ordinal)).OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            fingerprint.Append(key).Append('=').Append(value).Append(';');
        }

        return new DocumentConfiguration(severities, ruleOptions, fingerprint.ToString());
    }

    // Outer null: the level does not set the rule. Inner null: it sets "default" (the rule's own severity).
    private static Box? FromTree(ImmutableDictionary<string, ReportDiagnostic> tree, string id) =>
        tree.TryGetValue(id, out var report) || tree.TryGetValue(id.ToLowerInvariant(), out report) ? new Box(report.ToSeverity()) : null;

    private static Box? FromOptions(ImmutableDictionary<string, string> options, string category) =>
        FromWord(options, $"dotnet_analyzer_diagnostic.category-{category.ToLowerInvariant()}.severity")
        ?? FromWord(options, "dotnet_analyzer_diagnostic.severity");

    // Invalid words are reported by the validator and ignored here, so the next level decides.
    private static Box? FromWord(ImmutableDictionary<string, string> options, string key)
    {
        if (!options.TryGetValue(key, out var word))
        {
            return null;
        }

        if (word.Trim().Equals("default", StringComparison.OrdinalIgnoreCase))
        {
            return new Box(null);
        }

        return SeverityExtensions.TryParse(word, out var severity) ? new Box(severity) : null;
    }

    private sealed record LoadedConfigFile(string Path, AnalyzerConfig Config, bool IsRoot, bool IsGlobal);

    private sealed record ConfigSets(AnalyzerConfigSet? Editor, AnalyzerConfigSet? Global);

    private sealed record ResolvedOptions(
        ImmutableDictionary<string, ReportDiagnostic> EditorTree,
        ImmutableDictionary<string, string> EditorOptions,
        ImmutableDictionary<string, ReportDiagnostic> GlobalTree,
        ImmutableDictionary<string, string> GlobalOptions);

    /// <summary>A level's answer: <see cref="Value"/> null means "default".</summary>
    private sealed record Box(Severity? Value);
}
