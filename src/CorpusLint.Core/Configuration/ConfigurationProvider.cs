using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using CorpusLint.Language;
using CorpusLint.Model;
using CorpusLint.Rules;
using CorpusLint.Text;
using Microsoft.CodeAnalysis;

namespace CorpusLint.Configuration;

/// <summary>
/// Effective configuration per document from <c>.editorconfig</c> files (found from the document's
/// folder upward until <c>root = true</c>) and <c>.globalconfig</c> files, merged by Roslyn's
/// <see cref="AnalyzerConfigSet"/>. Precedence, highest first: rule ID in .editorconfig, category in
/// .editorconfig, all rules in .editorconfig, then the same three in .globalconfig, then the rule's default.
/// Thread-safe; files are read once, and sets built once per folder and, for editorconfig files of many sections,
/// once per distinct set of sections that may match (see <see cref="SectionIndex"/>).
/// </summary>
public sealed class ConfigurationProvider
{
    private const string EditorConfigName = ".editorconfig";
    private const string GlobalConfigName = ".globalconfig";

    private static readonly object NoOptions = new();

    /// <summary>Configuration files larger than this are not read: no hand-written configuration comes near it.</summary>
    private const long MaxConfigFileBytes = 64 << 20;

    private readonly IReadOnlyList<Rule> _rules;
    private readonly ConfigurationValidator _validator;
    private readonly ConcurrentDictionary<string, Lazy<LoadedConfigFile?>> _filesByPath = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<LoadedConfigFile[]>> _chainsByDirectory = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<ConfigSets>> _setsByKey = new(StringComparer.Ordinal);
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

    /// <summary>Every rule at its default severity, with no option set: the configuration of a document no file configures.</summary>
    public DocumentConfiguration Defaults => _defaults;

    /// <summary>Problems found in configuration files so far, each once, in the order found.</summary>
    public IReadOnlyList<ConfigurationIssue> Issues => [.. _issues];

    /// <summary>The effective configuration for the document at <paramref name="fullPath"/>.</summary>
    public DocumentConfiguration GetConfiguration(string fullPath)
    {
        var chain = ChainFor(fullPath);
        if (chain.Length == 0)
        {
            return _defaults;
        }

        // Roslyn's set matches section globs against '/'-separated paths.
        var sourcePath = fullPath.Replace('\\', '/');
        var (key, sections) = SetKey(chain, sourcePath);
        var sets = _setsByKey.GetOrAdd(
            key,
            static (_, arg) => new Lazy<ConfigSets>(() => arg.Provider.CreateSets(arg.Chain, arg.Sections)),
            (Provider: this, Chain: chain, Sections: sections)).Value;
        var editor = sets.Editor?.GetOptionsForSourcePath(sourcePath);
        var global = sets.Global?.GetOptionsForSourcePath(sourcePath);

        // Roslyn returns the same dictionaries for paths that match the same sections, so they key the cache.
        var resolvedKey = (
            (object?)editor?.TreeOptions ?? NoOptions,
            (object?)editor?.AnalyzerOptions ?? NoOptions,
            (object?)global?.TreeOptions ?? NoOptions,
            (object?)global?.AnalyzerOptions ?? NoOptions);
        return _resolved.GetOrAdd(
            resolvedKey,
            static (_, arg) => arg.Provider.Resolve(new ResolvedOptions(
                arg.Editor?.TreeOptions ?? ImmutableDictionary<string, ReportDiagnostic>.Empty,
                arg.Editor?.AnalyzerOptions ?? ImmutableDictionary<string, string>.Empty,
                // Severities of a global config appear in GlobalConfigOptions, not in the per-path result (SPEC §2).
                arg.Sets.Global is { } g ? g.GlobalConfigOptions.TreeOptions.SetItems(arg.Global!.Value.TreeOptions) : ImmutableDictionary<string, ReportDiagnostic>.Empty,
                arg.Sets.Global is { } h ? h.GlobalConfigOptions.AnalyzerOptions.SetItems(arg.Global!.Value.AnalyzerOptions) : ImmutableDictionary<string, string>.Empty)),
            (Provider: this, Editor: editor, Global: global, Sets: sets));
    }

    /// <summary>
    /// The configuration files of the document's folder, found once per folder. The lambdas are static and the folder is
    /// looked up as a span: asked for every document, this allocates nothing once its folder is known.
    /// </summary>
    private LoadedConfigFile[] ChainFor(string fullPath)
    {
        var directory = System.IO.Path.GetDirectoryName(fullPath.AsSpan());
        if (directory.IsEmpty)
        {
            directory = fullPath;
        }

        if (_chainsByDirectory.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(directory, out var known))
        {
            return known.Value;
        }

        return _chainsByDirectory.GetOrAdd(
            directory.ToString(),
            static (folder, provider) => new Lazy<LoadedConfigFile[]>(() => provider.FindChain(folder)),
            this).Value;
    }

    /// <summary>The configuration files that apply in <paramref name="directory"/>: upward until <c>root = true</c>.</summary>
    private LoadedConfigFile[] FindChain(string directory)
    {
        var files = new List<LoadedConfigFile>();
        for (var current = new DirectoryInfo(directory); current is not null; current = current.Parent)
        {
            var global = System.IO.Path.Combine(current.FullName, GlobalConfigName);
            if (File.Exists(global) && Load(global) is { } globalConfig)
            {
                files.Add(globalConfig);
            }

            var editorConfig = System.IO.Path.Combine(current.FullName, EditorConfigName);
            if (File.Exists(editorConfig) && Load(editorConfig) is { } loaded)
            {
                files.Add(loaded);
                if (loaded.IsRoot)
                {
                    break;
                }
            }
        }

        return [.. files];
    }

    /// <summary>
    /// Which sets serve the document: the chain of files, and for each file of many sections the ones that may match
    /// (documents of one folder nearly always share them, so they share one set).
    /// </summary>
    private static (string Key, List<int>?[] Sections) SetKey(LoadedConfigFile[] chain, string sourcePath)
    {
        var key = new StringBuilder();
        var sections = new List<int>?[chain.Length];
        for (var i = 0; i < chain.Length; i++)
        {
            var file = chain[i];
            key.Append(file.Path).Append('\n');
            if (file.Sections is { Filters: true } index && sourcePath.StartsWith(file.Directory, StringComparison.Ordinal))
            {
                sections[i] = index.Candidates(sourcePath[file.Directory.Length..]);
                key.AppendJoin(',', sections[i]!).Append('\n');
            }
        }

        return (key.ToString(), sections);
    }

    /// <summary>
    /// Editorconfig files and global configs go into two sets: Roslyn folds global options into every
    /// per-path result, which would let a category in a .globalconfig beat a rule ID in the same file.
    /// Kept apart, the precedence of SPEC §2 can be applied level by level.
    /// </summary>
    private ConfigSets CreateSets(LoadedConfigFile[] chain, List<int>?[] sections)
    {
        var configs = chain.Select((file, i) => (file, config: file.Sections is { Filters: true } index
            ? AnalyzerConfig.Parse(index.TextOf(sections[i] ?? []), file.Path.Replace('\\', '/'))
            : file.Config!)).ToList();
        return new ConfigSets(
            CreateSet([.. configs.Where(c => !c.file.IsGlobal)]),
            CreateSet([.. configs.Where(c => c.file.IsGlobal)]));
    }

    private AnalyzerConfigSet? CreateSet(List<(LoadedConfigFile File, AnalyzerConfig Config)> files)
    {
        if (files.Count == 0)
        {
            return null;
        }

        var set = AnalyzerConfigSet.Create(files.Select(f => f.Config).ToList(), out var diagnostics);
        foreach (var diagnostic in diagnostics)
        {
            var path = diagnostic.Location.GetLineSpan().Path;
            _issues.Enqueue(new ConfigurationIssue(string.IsNullOrEmpty(path) ? files[0].File.Path : path, 0, diagnostic.GetMessage(CultureInfo.InvariantCulture)));
        }

        return set;
    }

    private LoadedConfigFile? Load(string path) => _filesByPath.GetOrAdd(path, p => new Lazy<LoadedConfigFile?>(() => LoadFile(p))).Value;

    private LoadedConfigFile? LoadFile(string path)
    {
        try
        {
            if (ReadText(path) is not { } text)
            {
                return null;
            }

            var entries = ConfigFileEntries.Read(text);
            foreach (var issue in _validator.Validate(path, entries))
            {
                _issues.Enqueue(issue);
            }

            var sections = new SectionIndex(text);
            foreach (var section in sections.Sections.Where(s => !s.Glob.IsValid))
            {
                _issues.Enqueue(new ConfigurationIssue(path, section.Line, $"[{section.Glob.Name}] is not a valid section glob; the settings under it are ignored"));
            }

            // Roslyn treats a file named .globalconfig, or any file with is_global = true, as a global config.
            var isGlobal = System.IO.Path.GetFileName(path) == GlobalConfigName || ConfigFileEntries.IsSetInPreamble(entries, "is_global");
            var isRoot = ConfigFileEntries.IsSetInPreamble(entries, "root");
            var filtered = !isGlobal && sections.Filters;
            var config = filtered ? null : AnalyzerConfig.Parse(text, path.Replace('\\', '/'));
            var directory = (System.IO.Path.GetDirectoryName(path) ?? "").Replace('\\', '/') + "/";
            return new LoadedConfigFile(path, directory, config, filtered ? sections : null, isRoot, isGlobal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _issues.Enqueue(new ConfigurationIssue(path, 0, $"cannot read configuration file: {e.Message}"));
            return null;
        }
    }

    /// <summary>The file's text, or null (with a warning naming the file and line) when it is not a text file at all.</summary>
    private string? ReadText(string path)
    {
        if (new FileInfo(path).Length > MaxConfigFileBytes)
        {
            _issues.Enqueue(new ConfigurationIssue(path, 0, $"larger than {ByteSize.Format(MaxConfigFileBytes)}, not a configuration file; ignored"));
            return null;
        }

        var bytes = File.ReadAllBytes(path);
        var decoded = SourceDecoder.Decode(bytes);
        if (decoded.IsBinary)
        {
            var firstControl = Array.FindIndex(bytes, b => b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r'));
            var line = 1 + bytes.AsSpan(0, Math.Max(0, firstControl)).Count((byte)'\n');
            _issues.Enqueue(new ConfigurationIssue(path, line, "binary content (control bytes), not a configuration file; ignored"));
            return null;
        }

        if (decoded.InvalidBytes.Count > 0)
        {
            var line = 1 + decoded.Text.AsSpan(0, decoded.InvalidBytes[0].TextOffset).Count('\n');
            _issues.Enqueue(new ConfigurationIssue(path, line, "not valid UTF-8; the bytes that are not are read as U+FFFD"));
        }

        return decoded.Text;
    }

    private DocumentConfiguration Resolve(ResolvedOptions o)
    {
        var mergedOptions = o.GlobalOptions.SetItems(o.EditorOptions);
        var severities = new Severity[_rules.Count];
        var ruleOptions = new RuleOptions[_rules.Count];
        var severitiesFingerprint = new StringBuilder();
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
            severitiesFingerprint.Append(rule.Id).Append('=').Append(severities[i].ToWord()).Append(';');
        }

        var optionsFingerprint = new StringBuilder();
        foreach (var (key, value) in mergedOptions.Where(o => o.Key.StartsWith("corpuslint.", StringComparison.Ordinal)).OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            optionsFingerprint.Append(key).Append('=').Append(value).Append(';');
        }

        return new DocumentConfiguration(
            severities, ruleOptions, severitiesFingerprint.ToString(), optionsFingerprint.ToString(), FormatOf(mergedOptions), LanguageOf(mergedOptions));
    }

    // Values that name no format or language are reported by the validator and read as "auto" here.
    private static DocumentFormat? FormatOf(ImmutableDictionary<string, string> options) =>
        options.TryGetValue(CorpusOptions.Format, out var value) && CorpusOptions.TryParseFormat(value, out var format) ? format : null;

    private static DeclaredLanguage? LanguageOf(ImmutableDictionary<string, string> options) =>
        options.TryGetValue(CorpusOptions.Language, out var value) && DeclaredLanguage.TryParse(value, out var language) ? language : null;

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

    /// <param name="Directory">The file's folder, '/'-separated with a final '/': where its section globs are anchored.</param>
    /// <param name="Config">The whole file parsed, or null when <paramref name="Sections"/> filters it per document.</param>
    private sealed record LoadedConfigFile(string Path, string Directory, AnalyzerConfig? Config, SectionIndex? Sections, bool IsRoot, bool IsGlobal);

    private sealed record ConfigSets(AnalyzerConfigSet? Editor, AnalyzerConfigSet? Global);

    private sealed record ResolvedOptions(
        ImmutableDictionary<string, ReportDiagnostic> EditorTree,
        ImmutableDictionary<string, string> EditorOptions,
        ImmutableDictionary<string, ReportDiagnostic> GlobalTree,
        ImmutableDictionary<string, string> GlobalOptions);

    /// <summary>A level's answer: <see cref="Value"/> null means "default".</summary>
    private sealed record Box(Severity? Value);
}
