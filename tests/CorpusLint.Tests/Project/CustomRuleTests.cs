using CorpusLint.Cli;
using CorpusLint.Project;
using CorpusLint.Rules;
using CorpusLint.Tests.Cli;

namespace CorpusLint.Tests.Project;

/// <summary>C# rules in a project's customRules folder: compiled with Roslyn, cached, loaded, reported.</summary>
public sealed class CustomRuleTests : IDisposable
{
    private const string LongQuoteArticle = """
        Ferry withdrawn after engine failure

        By Marit Solberg

        HAVLUND, Wednesday, September 18, 2024 — The island ferry was taken out of service on Wednesday.

        “We had smoke in the engine room twenty minutes out, so the crew shut the port engine down and brought everyone home at half speed, which is exactly what they train for every month, and nobody was hurt, although many people missed work,” said Tor Eikeland, the operator’s safety manager.

        """;

    private readonly CliRunner _cli = new();

    public CustomRuleTests()
    {
        _cli.Folder.Write("corpuslint.json", """{ "customRules": "rules" }""");
        _cli.Folder.Write("ferry.txt", LongQuoteArticle);
        _cli.Folder.Write(".editorconfig", "root = true\n[*]\ndotnet_analyzer_diagnostic.severity = none\ndotnet_diagnostic.ACME003.severity = warning\n");
    }

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Sample_rule_copied_into_another_project_fires_there()
    {
        _cli.Folder.Write("rules/ACME003LongQuotation.cs", ProjectFixtures.SampleCustomRule());

        var result = _cli.Run("lint", "--no-progress");

        Assert.Equal(["ferry.txt(7,1): warning ACME003: Quotation of 43 words; house style is at most 40"], result.OutputLines);
        Assert.Equal(ExitCodes.Clean, result.ExitCode);
    }

    [Fact]
    public void Rule_options_come_from_editorconfig()
    {
        _cli.Folder.Write("rules/ACME003LongQuotation.cs", ProjectFixtures.SampleCustomRule());
        _cli.Folder.Write(".editorconfig", "root = true\n[*]\ndotnet_analyzer_diagnostic.severity = none\ndotnet_diagnostic.ACME003.severity = error\ncorpuslint.ACME003.max_words = 50\n");

        Assert.Empty(_cli.Run("lint", "--no-progress").OutputLines);
    }

    [Fact]
    public void Second_load_takes_the_compiled_rules_from_the_cache()
    {
        _cli.Folder.Write("rules/ACME003LongQuotation.cs", ProjectFixtures.SampleCustomRule());
        var project = ProjectFile.Load(_cli.Folder.PathOf("corpuslint.json"));

        using (var first = ProjectRuleSet.Load(project, BuiltInRules.All, customRules: true))
        {
            Assert.True(first.CompiledCustomRules);
            Assert.Equal(["ACME003"], first.ProjectRules.Select(r => r.Id));
        }

        using var second = ProjectRuleSet.Load(project, BuiltInRules.All, customRules: true);
        Assert.False(second.CompiledCustomRules);
        Assert.Equal(["ACME003"], second.ProjectRules.Select(r => r.Id));
        Assert.Single(Directory.GetFiles(_cli.Folder.PathOf(".corpuslint/cache/custom-rules"), "*.dll"));
    }

    [Fact]
    public void Changed_source_is_compiled_again_and_the_old_assembly_dropped()
    {
        _cli.Folder.Write("rules/ACME003LongQuotation.cs", ProjectFixtures.SampleCustomRule());
        var project = ProjectFile.Load(_cli.Folder.PathOf("corpuslint.json"));
        ProjectRuleSet.Load(project, BuiltInRules.All, customRules: true).Dispose();
        _cli.Folder.Write("rules/ACME003LongQuotation.cs", ProjectFixtures.SampleCustomRule().Replace("house style is at most", "the limit is", StringComparison.Ordinal));

        using var again = ProjectRuleSet.Load(project, BuiltInRules.All, customRules: true);

        Assert.True(again.CompiledCustomRules);
        Assert.Single(Directory.GetFiles(_cli.Folder.PathOf(".corpuslint/cache/custom-rules"), "*.dll"));
        Assert.Contains("the limit is", Assert.Single(_cli.Run("lint", "--no-progress").OutputLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Damaged_cache_is_rebuilt_with_a_warning()
    {
        _cli.Folder.Write("rules/ACME003LongQuotation.cs", ProjectFixtures.SampleCustomRule());
        _cli.Run("lint", "--no-progress");
        var cached = Assert.Single(Directory.GetFiles(_cli.Folder.PathOf(".corpuslint/cache/custom-rules"), "*.dll"));
        File.WriteAllBytes(cached, [1, 2, 3]);

        var result = _cli.Run("lint", "--no-progress");

        Assert.Single(result.OutputLines);
        Assert.Contains("were damaged; compiled them again", result.Error, StringComparison.Ordinal);
        Assert.True(new FileInfo(cached).Length > 3);
    }

    [Fact]
    public void Compile_error_is_printed_like_the_compiler_and_exits_2()
    {
        _cli.Folder.Write("rules/Broken.cs", """
            using CorpusLint.Rules;

            public sealed class Broken : Rule
            {
                public override Microsoft.CodeAnalysis.DiagnosticDescriptor Descriptor => new Missing();
                public override void Analyze(RuleContext context) { }
            }
            """);

        var result = _cli.Run("lint", "--no-progress");

        Assert.Equal(ExitCodes.UsageOrFatal, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Equal(
            "rules/Broken.cs(5,83): error CS0246: The type or namespace name 'Missing' could not be found (are you missing a using directive or an assembly reference?)\n",
            result.Error);
    }

    [Fact]
    public void No_custom_rules_neither_compiles_nor_runs_them()
    {
        _cli.Folder.Write("rules/ACME003LongQuotation.cs", ProjectFixtures.SampleCustomRule());
        _cli.Folder.Write("rules/Broken.cs", "this is not C#");

        var result = _cli.Run("lint", "--no-custom-rules", "--no-progress");

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        Assert.Empty(result.OutputLines);
        Assert.False(Directory.Exists(_cli.Folder.PathOf(".corpuslint/cache/custom-rules")));
    }

    [Theory]
    [InlineData("CL9001", "'CL9001': IDs starting with 'CL' belong to CorpusLint's own rules; give project rules a prefix of their own (ACME001)")]
    [InlineData("ACME001", "the ID is already used by a rule in corpuslint.json; each rule needs its own ID")]
    public void Custom_rule_ids_are_checked_like_declared_ones(string id, string problem)
    {
        _cli.Folder.Write("corpuslint.json", """
            { "customRules": "rules", "rules": [ { "id": "ACME001", "kind": "phrase", "phrases": ["x"], "message": "m" } ] }
            """);
        _cli.Folder.Write("rules/Taken.cs", $$"""
            using CorpusLint.Rules;
            using Microsoft.CodeAnalysis;

            namespace Acme;

            public sealed class Taken : Rule
            {
                private static readonly DiagnosticDescriptor Rule = new("{{id}}", "t", "m", "Style", DiagnosticSeverity.Warning, true);
                public override DiagnosticDescriptor Descriptor => Rule;
                public override void Analyze(RuleContext context) { }
            }
            """);

        var result = _cli.Run("lint", "--no-progress");

        Assert.Equal(ExitCodes.UsageOrFatal, result.ExitCode);
        Assert.Equal($"rules/Taken.cs(6,21): error: rule {id} (class Taken): {problem}\n", result.Error);
    }

    [Fact]
    public void Rule_class_that_throws_when_created_is_a_configuration_error()
    {
        _cli.Folder.Write("rules/Throws.cs", """
            using CorpusLint.Rules;

            public sealed class Throws : Rule
            {
                public Throws() => throw new InvalidOperationException("no descriptor yet");
                public override Microsoft.CodeAnalysis.DiagnosticDescriptor Descriptor => null!;
                public override void Analyze(RuleContext context) { }
            }
            """);

        var result = ProjectFixtures.RunIn(_cli.Folder.FullPath, "lint", "--no-progress");

        Assert.Equal(ExitCodes.UsageOrFatal, result.ExitCode);
        Assert.Equal("rules/Throws.cs(3,21): error: rule class Throws could not be created: InvalidOperationException: no descriptor yet\n", result.Error);
    }

    [Fact]
    public void Rule_that_throws_while_analysing_is_blamed_on_the_project()
    {
        _cli.Folder.Write("rules/Crash.cs", """
            using CorpusLint.Rules;
            using Microsoft.CodeAnalysis;

            public sealed class Crash : Rule
            {
                private static readonly DiagnosticDescriptor Rule = new("ACME003", "t", "m", "Style", DiagnosticSeverity.Warning, true);
                public override DiagnosticDescriptor Descriptor => Rule;
                public override void Analyze(RuleContext context) => throw new InvalidOperationException("boom");
            }
            """);

        var result = ProjectFixtures.RunIn(_cli.Folder.FullPath, "lint", "--no-progress");

        Assert.Equal(ExitCodes.UsageOrFatal, result.ExitCode);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Contains("ferry.txt(1,1): error CL0002: Rule ACME003 failed on this document: InvalidOperationException: boom (a defect in the project's rule)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Unloading_frees_the_rules_assembly()
    {
        _cli.Folder.Write("rules/ACME003LongQuotation.cs", ProjectFixtures.SampleCustomRule());
        var project = ProjectFile.Load(_cli.Folder.PathOf("corpuslint.json"));

        var assembly = LoadAndUnload(project);
        for (var i = 0; i < 10 && assembly.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        Assert.False(assembly.IsAlive);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static WeakReference LoadAndUnload(CorpusProject project)
    {
        using var rules = ProjectRuleSet.Load(project, BuiltInRules.All, customRules: true);
        return new WeakReference(rules.ProjectRules[0].GetType().Assembly);
    }
}
