using CorpusLint.Configuration;
using CorpusLint.Engine;
using CorpusLint.Model;
using CorpusLint.Rules;
using CorpusLint.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusLint.Tests.Configuration;

public sealed class ConfigurationProviderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Without_settings_every_rule_has_its_default_severity()
    {
        _folder.Write(".editorconfig", "root = true\n");
        var provider = new ConfigurationProvider(BuiltInRules.All);
        var path = _folder.PathOf("article.txt");
        foreach (var rule in BuiltInRules.All)
        {
            Assert.Equal(rule.DefaultSeverity, SeverityOf(provider, rule.Id, path));
        }

        Assert.Empty(provider.Issues);
    }

    [Fact]
    public void Folder_section_overrides_the_rule_in_that_folder_only()
    {
        _folder.Write(".editorconfig", "root = true\n\n[sub/**]\ndotnet_diagnostic.CL5005.severity = none\n");
        var provider = new ConfigurationProvider(BuiltInRules.All);

        Assert.Equal(Severity.Suggestion, SeverityOf(provider, "CL5005", _folder.PathOf("article.txt")));
        Assert.Equal(Severity.None, SeverityOf(provider, "CL5005", _folder.PathOf("sub/article.txt")));
        Assert.Equal(Severity.None, SeverityOf(provider, "CL5005", _folder.PathOf("sub/deeper/article.md")));
        Assert.Equal(Severity.Suggestion, SeverityOf(provider, "CL5005", _folder.PathOf("other/article.txt")));
        Assert.Equal(Severity.Silent, SeverityOf(provider, "CL5004", _folder.PathOf("sub/article.txt")));
    }

    [Fact]
    public void Category_severity_applies_to_every_rule_of_the_category_and_the_rule_id_wins()
    {
        _folder.Write(".editorconfig", """
            root = true
            [*.txt]
            dotnet_analyzer_diagnostic.category-Hygiene.severity = error
            dotnet_diagnostic.CL5004.severity = warning
            """);
        var provider = new ConfigurationProvider(BuiltInRules.All);
        var path = _folder.PathOf("article.txt");

        Assert.Equal(Severity.Warning, SeverityOf(provider, "CL5004", path));
        foreach (var rule in BuiltInRules.All.Where(r => r.Descriptor.Category == RuleCategory.Hygiene && r.Id != "CL5004"))
        {
            Assert.Equal(Severity.Error, SeverityOf(provider, rule.Id, path));
        }

        foreach (var rule in BuiltInRules.All.Where(r => r.Descriptor.Category != RuleCategory.Hygiene))
        {
            Assert.Equal(rule.DefaultSeverity, SeverityOf(provider, rule.Id, path));
        }

        // The section is for .txt files only.
        Assert.Equal(Severity.Suggestion, SeverityOf(provider, "CL5005", _folder.PathOf("article.md")));
    }

    [Fact]
    public void Category_beats_all_rules_setting()
    {
        _folder.Write(".editorconfig", """
            root = true
            [*]
            dotnet_analyzer_diagnostic.severity = warning
            dotnet_analyzer_diagnostic.category-Hygiene.severity = silent
            """);
        var provider = new ConfigurationProvider(BuiltInRules.All);
        var path = _folder.PathOf("article.txt");

        Assert.Equal(Severity.Silent, SeverityOf(provider, "CL5005", path));
        foreach (var rule in BuiltInRules.All.Where(r => r.Descriptor.Category != RuleCategory.Hygiene))
        {
            Assert.Equal(Severity.Warning, SeverityOf(provider, rule.Id, path));
        }
    }

    [Fact]
    public void Default_word_restores_the_rules_own_severity_over_a_category_setting()
    {
        _folder.Write(".editorconfig", """
            root = true
            [*]
            dotnet_analyzer_diagnostic.category-Hygiene.severity = error
            dotnet_diagnostic.CL5005.severity = default
            """);
        var provider = new ConfigurationProvider(BuiltInRules.All);

        Assert.Equal(Severity.Suggestion, SeverityOf(provider, "CL5005", _folder.PathOf("a.txt")));
        Assert.Equal(Severity.Error, SeverityOf(provider, "CL5004", _folder.PathOf("a.txt")));
        Assert.Empty(provider.Issues);
    }

    [Fact]
    public void Nearer_editorconfig_overrides_a_parent_one()
    {
        _folder.Write(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.CL5005.severity = error\n");
        _folder.Write("2019/.editorconfig", "[*]\ndotnet_diagnostic.CL5005.severity = warning\n");
        var provider = new ConfigurationProvider(BuiltInRules.All);

        Assert.Equal(Severity.Error, SeverityOf(provider, "CL5005", _folder.PathOf("a.txt")));
        Assert.Equal(Severity.Warning, SeverityOf(provider, "CL5005", _folder.PathOf("2019/a.txt")));
        Assert.Equal(Severity.Warning, SeverityOf(provider, "CL5005", _folder.PathOf("2019/01/a.txt")));
    }

    [Fact]
    public void Root_true_stops_the_upward_search()
    {
        _folder.Write(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.CL5005.severity = error\n");
        _folder.Write("inherits/.editorconfig", "[*]\ndotnet_diagnostic.CL5004.severity = warning\n");
        _folder.Write("own/.editorconfig", "root = true\n[*]\ndotnet_diagnostic.CL5004.severity = warning\n");
        var provider = new ConfigurationProvider(BuiltInRules.All);

        Assert.Equal(Severity.Error, SeverityOf(provider, "CL5005", _folder.PathOf("inherits/a.txt")));
        Assert.Equal(Severity.Warning, SeverityOf(provider, "CL5004", _folder.PathOf("inherits/a.txt")));
        Assert.Equal(Severity.Suggestion, SeverityOf(provider, "CL5005", _folder.PathOf("own/a.txt")));
        Assert.Equal(Severity.Warning, SeverityOf(provider, "CL5004", _folder.PathOf("own/deeper/a.txt")));
    }

    [Theory]
    [InlineData("is_global = true\n")]
    [InlineData("is_global = true\nglobal_level = 100\n")]
    [InlineData("")]
    public void Globalconfig_sets_severities(string header)
    {
        _folder.Write(".editorconfig", "root = true\n");
        _folder.Write(".globalconfig", header + "dotnet_diagnostic.CL5005.severity = error\ndotnet_analyzer_diagnostic.category-Hygiene.severity = warning\n");
        var provider = new ConfigurationProvider(BuiltInRules.All);
        var path = _folder.PathOf("deep/folder/a.txt");

        Assert.Equal(Severity.Error, SeverityOf(provider, "CL5005", path));
        Assert.Equal(Severity.Warning, SeverityOf(provider, "CL5004", path));
        Assert.Empty(provider.Issues);
    }

    [Fact]
    public void Editorconfig_beats_globalconfig_at_every_level()
    {
        _folder.Write(".globalconfig", """
            is_global = true
            dotnet_diagnostic.CL5005.severity = error
            dotnet_diagnostic.CL5004.severity = error
            """);
        _folder.Write(".editorconfig", """
            root = true
            [*]
            dotnet_analyzer_diagnostic.category-Hygiene.severity = suggestion
            [strict/**]
            dotnet_diagnostic.CL5004.severity = warning
            """);
        var provider = new ConfigurationProvider(BuiltInRules.All);

        // A category in .editorconfig beats a rule ID in .globalconfig.
        Assert.Equal(Severity.Suggestion, SeverityOf(provider, "CL5005", _folder.PathOf("a.txt")));
        Assert.Equal(Severity.Suggestion, SeverityOf(provider, "CL5004", _folder.PathOf("a.txt")));

        // An ID in .editorconfig beats everything.
        Assert.Equal(Severity.Warning, SeverityOf(provider, "CL5004", _folder.PathOf("strict/a.txt")));
        Assert.Equal(Severity.Suggestion, SeverityOf(provider, "CL5005", _folder.PathOf("strict/a.txt")));
        Assert.Empty(provider.Issues);
    }

    [Fact]
    public void Globalconfig_rule_id_beats_globalconfig_category()
    {
        _folder.Write(".editorconfig", "root = true\n");
        _folder.Write(".globalconfig", """
            is_global = true
            dotnet_analyzer_diagnostic.severity = error
            dotnet_analyzer_diagnostic.category-Hygiene.severity = warning
            dotnet_diagnostic.CL5005.severity = silent
            """);
        var provider = new ConfigurationProvider(BuiltInRules.All);
        var path = _folder.PathOf("a.txt");

        Assert.Equal(Severity.Silent, SeverityOf(provider, "CL5005", path));
        Assert.Equal(Severity.Warning, SeverityOf(provider, "CL5004", path));
        foreach (var rule in BuiltInRules.All.Where(r => r.Descriptor.Category != RuleCategory.Hygiene))
        {
            Assert.Equal(Severity.Error, SeverityOf(provider, rule.Id, path));
        }
    }

    [Fact]
    public void A_rule_at_none_is_not_run()
    {
        _folder.Write(".editorconfig", "root = true\n[off/**]\ndotnet_diagnostic.CL9901.severity = none\n");
        var probe = new ProbeRule();
        var engine = new LintEngine([probe], new ConfigurationProvider([probe]));

        var on = engine.Lint(Document.FromText("on/a.txt", "Some text.\n"), _folder.PathOf("on/a.txt"));
        Assert.Equal(1, probe.Runs);
        Assert.Equal(Severity.Warning, Assert.Single(on.Diagnostics).Severity);

        var off = engine.Lint(Document.FromText("off/a.txt", "Some text.\n"), _folder.PathOf("off/a.txt"));
        Assert.Equal(1, probe.Runs);
        Assert.Empty(off.Diagnostics);
    }

    [Fact]
    public void Diagnostics_carry_the_configured_severity()
    {
        _folder.Write(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.CL9901.severity = error\n");
        var probe = new ProbeRule();
        var engine = new LintEngine([probe], new ConfigurationProvider([probe]));

        var result = engine.Lint(Document.FromText("a.txt", "Some text.\n"), _folder.PathOf("a.txt"));

        Assert.Equal(Severity.Error, Assert.Single(result.Diagnostics).Severity);
    }

    [Fact]
    public void Rule_options_are_read_per_folder_and_editorconfig_beats_globalconfig()
    {
        _folder.Write(".globalconfig", "is_global = true\ncorpuslint.CL9901.min_words = 5\n");
        _folder.Write(".editorconfig", "root = true\n[wire/**]\ncorpuslint.CL9901.min_words = 12\ncorpuslint.CL9901.phrases = Read more, Subscribe ,\n");
        var probe = new ProbeRule();
        var provider = new ConfigurationProvider([probe]);

        var plain = provider.GetConfiguration(_folder.PathOf("a.txt")).GetOptions(0);
        var wire = provider.GetConfiguration(_folder.PathOf("wire/a.txt")).GetOptions(0);

        Assert.Equal(5, plain.GetInt("min_words", 8));
        Assert.Equal(12, wire.GetInt("min_words", 8));
        Assert.Equal(12, wire.GetInt("MIN_WORDS", 8));
        Assert.Equal(["Read more", "Subscribe"], wire.GetList("phrases"));
        Assert.Empty(plain.GetList("phrases"));
        Assert.NotEqual(
            provider.GetConfiguration(_folder.PathOf("a.txt")).Fingerprint,
            provider.GetConfiguration(_folder.PathOf("wire/a.txt")).Fingerprint);
        Assert.Empty(provider.Issues);
    }

    [Fact]
    public void Rule_option_that_does_not_parse_falls_back_to_the_default_with_a_warning()
    {
        var config = _folder.Write(".editorconfig", "root = true\n[*]\ncorpuslint.CL9901.min_words = many\n");
        var probe = new ProbeRule();
        var provider = new ConfigurationProvider([probe]);

        Assert.Equal(8, provider.GetConfiguration(_folder.PathOf("a.txt")).GetOptions(0).GetInt("min_words", 8));
        var issue = Assert.Single(provider.Issues);
        Assert.Equal((config, 3), (issue.Path, issue.Line));
        Assert.Contains("corpuslint.CL9901.min_words", issue.Message, StringComparison.Ordinal);
        Assert.Contains("many", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_severity_word_is_a_warning_naming_file_line_and_key_and_is_ignored()
    {
        var config = _folder.Write(".editorconfig", "root = true\n\n[*.txt]\ndotnet_diagnostic.CL5005.severity = loud\n");
        var provider = new ConfigurationProvider(BuiltInRules.All);

        Assert.Equal(Severity.Suggestion, SeverityOf(provider, "CL5005", _folder.PathOf("a.txt")));
        var issue = Assert.Single(provider.Issues);
        Assert.Equal((config, 4), (issue.Path, issue.Line));
        Assert.Contains("dotnet_diagnostic.CL5005.severity", issue.Message, StringComparison.Ordinal);
        Assert.Contains("'loud'", issue.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{config}(4): warning: ", issue.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_category_severity_is_reported()
    {
        var config = _folder.Write(".editorconfig", "root = true\n[*]\ndotnet_analyzer_diagnostic.category-Hygiene.severity = high\n");
        var provider = new ConfigurationProvider(BuiltInRules.All);

        Assert.Equal(Severity.Suggestion, SeverityOf(provider, "CL5005", _folder.PathOf("a.txt")));
        var issue = Assert.Single(provider.Issues);
        Assert.Equal((config, 3), (issue.Path, issue.Line));
    }

    [Fact]
    public void Unknown_rule_id_and_unknown_category_are_warnings()
    {
        var config = _folder.Write(".editorconfig", """
            root = true
            [*]
            dotnet_diagnostic.CL9999.severity = error
            dotnet_analyzer_diagnostic.category-Quotations.severity = error
            corpuslint.CL5005.min_words = 3
            dotnet_diagnostic.CA1822.severity = none
            dotnet_analyzer_diagnostic.category-Style.severity = none
            """);
        var provider = new ConfigurationProvider(BuiltInRules.All);

        provider.GetConfiguration(_folder.PathOf("a.txt"));

        var issues = provider.Issues.OrderBy(i => i.Line).ToList();
        Assert.Equal([3, 4, 5], issues.Select(i => i.Line));
        Assert.All(issues, i => Assert.Equal(config, i.Path));
        Assert.Contains("unknown rule CL9999", issues[0].Message, StringComparison.Ordinal);
        Assert.Contains("unknown category 'Quotations'", issues[1].Message, StringComparison.Ordinal);
        Assert.Contains("CL5005 has no option 'min_words'", issues[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_documented_category_is_accepted_even_without_loaded_rules()
    {
        _folder.Write(".editorconfig", """
            root = true
            [*]
            dotnet_analyzer_diagnostic.category-Attribution.severity = error
            dotnet_analyzer_diagnostic.category-Boilerplate.severity = error
            dotnet_analyzer_diagnostic.category-Dates.severity = error
            dotnet_analyzer_diagnostic.category-Quotes.severity = error
            dotnet_analyzer_diagnostic.category-Hygiene.severity = error
            """);
        var provider = new ConfigurationProvider([new ProbeRule()]);

        provider.GetConfiguration(_folder.PathOf("a.txt"));

        Assert.Empty(provider.Issues);
    }

    [Fact]
    public void Roslyn_syntax_variants_are_understood_and_not_reported()
    {
        _folder.Write(".editorconfig", """
            root = TRUE ; comment
            # a comment line
            [*.{txt,md}] # sections may carry comments
            dotnet_diagnostic.CL5005.severity = error # why: our archive needs it
            dotnet_diagnostic.cl5004.severity : warning
            """);
        var provider = new ConfigurationProvider(BuiltInRules.All);

        Assert.Equal(Severity.Error, SeverityOf(provider, "CL5005", _folder.PathOf("a.md")));
        Assert.Equal(Severity.Warning, SeverityOf(provider, "CL5004", _folder.PathOf("a.txt")));
        Assert.Empty(provider.Issues);
    }

    [Fact]
    public void Each_problem_is_reported_once_however_many_documents_share_the_file()
    {
        _folder.Write(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.CL5005.severity = loud\n");
        var provider = new ConfigurationProvider(BuiltInRules.All);

        Parallel.For(0, 200, i => provider.GetConfiguration(_folder.PathOf($"f{i % 20}/a{i}.txt")));

        Assert.Single(provider.Issues);
    }

    [Fact]
    public void Documents_with_the_same_settings_share_one_configuration()
    {
        _folder.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.CL5005.severity = error\n");
        _folder.Write(".editorconfig", "root = true\n[*.txt]\ndotnet_diagnostic.CL5004.severity = warning\n");
        var provider = new ConfigurationProvider(BuiltInRules.All);

        var first = provider.GetConfiguration(_folder.PathOf("a/one.txt"));

        Assert.Same(first, provider.GetConfiguration(_folder.PathOf("a/two.txt")));
        Assert.Same(first, provider.GetConfiguration(_folder.PathOf("b/three.txt")));
        Assert.NotSame(first, provider.GetConfiguration(_folder.PathOf("a/four.md")));
    }

    [Fact]
    public void Conflicting_global_configs_are_reported_not_thrown()
    {
        _folder.Write(".editorconfig", "root = true\n");
        _folder.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.CL5005.severity = error\n");
        _folder.Write("sub/.globalconfig", "is_global = true\ndotnet_diagnostic.CL5005.severity = warning\n");
        var provider = new ConfigurationProvider(BuiltInRules.All);

        provider.GetConfiguration(_folder.PathOf("sub/a.txt"));

        var issue = Assert.Single(provider.Issues);
        Assert.False(string.IsNullOrEmpty(issue.Path));
        Assert.Contains("dotnet_diagnostic.cl5005.severity", issue.Message, StringComparison.OrdinalIgnoreCase);
    }

    private static Severity SeverityOf(ConfigurationProvider provider, string id, string path)
    {
        var index = BuiltInRules.All.ToList().FindIndex(r => r.Id == id);
        Assert.True(index >= 0, $"{id} is not a built-in rule");
        return provider.GetConfiguration(path).GetSeverity(index);
    }

    private sealed class ProbeRule : Rule
    {
#pragma warning disable RS2008 // Release tracking is for analyzer packages; this rule lives in a test.
        private static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
            "CL9901", "Probe", "Probe ran", RuleCategory.Hygiene, Severity.Warning, "A rule for tests that counts its runs.");
#pragma warning restore RS2008

        private int _runs;

        public int Runs => _runs;

        public override DiagnosticDescriptor Descriptor => Rule;

        public override IReadOnlyList<RuleOption> Options =>
        [
            new RuleOption("min_words", RuleOptionType.Integer, "8", "Words."),
            new RuleOption("phrases", RuleOptionType.List, "", "Phrases."),
        ];

        public override void Analyze(RuleContext context)
        {
            Interlocked.Increment(ref _runs);
            context.Report(new TextSpan(0, 1));
        }
    }
}
