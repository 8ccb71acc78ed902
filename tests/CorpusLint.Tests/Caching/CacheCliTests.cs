using CorpusLint.Tests.Cli;
using CorpusLint.Tests.Project;

namespace CorpusLint.Tests.Caching;

/// <summary>
/// The cache through the CLI (SPEC §8): where it lives, when it is not used, and that every kind of run (fixes,
/// baselines, shards, project rules) reports from it exactly what a run without it reports.
/// </summary>
public sealed class CacheCliTests : IDisposable
{
    private const string Article = "By Ana Ruiz  \n\nThe council met on Tuesday.\nIt approved the plan.   \n";

    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void The_cache_is_on_by_default_in_the_corpus_root_and_a_warm_run_reports_the_same()
    {
        WriteCorpus();

        var cold = _cli.Run("--format", "text", ".");
        var warm = _cli.Run("--format", "text", ".");

        Assert.True(Directory.Exists(_cli.Folder.PathOf(".corpuslint/cache/results")));
        Assert.True(File.Exists(_cli.Folder.PathOf(".corpuslint/cache/CACHEDIR.TAG")));
        Assert.Equal((cold.ExitCode, cold.Output), (warm.ExitCode, warm.Output));
        Assert.DoesNotContain("from cache", cold.Error, StringComparison.Ordinal);
        Assert.Contains("4 from cache", warm.Error, StringComparison.Ordinal);
        Assert.Contains("CL5004", warm.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_from_a_folder_of_the_project_reads_what_a_run_from_its_root_cached_and_reports_the_same()
    {
        // The project's corpuslint.json puts the cache in its root whatever folder a run starts in; the paths shown move
        // with that folder, the results and the corpus-wide counts (CL2012's folder groups) must not.
        const string Footer = "Follow our newsroom on every platform for more coverage like this.";
        _cli.Folder.Write("corpuslint.json", "{}");
        _cli.Folder.Write(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.CL5004.severity = error\n");
        string[] leads = ["The council met on Tuesday.", "The mayor spoke on Monday.", "The river rose on Sunday.", "The school opened on Friday.", "The bridge closed on Thursday."];
        for (var i = 0; i < leads.Length; i++)
        {
            _cli.Folder.Write($"news/{i}.txt", $"By Ana Ruiz\n\n{leads[i]} Officials said more would follow in the coming weeks.   \n\n{Footer}\n");
        }

        _cli.Run("--format", "text", ".");
        var uncached = _cli.RunFrom("news", "--no-cache", "--format", "json", "--reproducible", ".");
        var cached = _cli.RunFrom("news", "--format", "json", "--reproducible", ".");

        Assert.Contains("CL2012", uncached.Output, StringComparison.Ordinal);
        Assert.Contains("\"0.txt\"", uncached.Output, StringComparison.Ordinal);
        Assert.Contains("5 from cache", cached.Error, StringComparison.Ordinal);
        Assert.Equal((uncached.ExitCode, uncached.Output), (cached.ExitCode, cached.Output));
    }

    [Fact]
    public void A_change_of_severities_is_reported_from_the_cache_without_linting()
    {
        WriteCorpus();
        var before = _cli.Run("--format", "text", ".");

        _cli.WithOnlyHygieneBasics("dotnet_diagnostic.CL5004.severity = error\ndotnet_diagnostic.CL5005.severity = none");
        var after = _cli.Run("--format", "text", ".");

        Assert.Contains("b/three.txt(1,12): warning CL5004", before.Output, StringComparison.Ordinal);
        Assert.Contains("CL5005", before.Output, StringComparison.Ordinal);
        Assert.Contains("b/three.txt(1,12): error CL5004", after.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CL5005", after.Output, StringComparison.Ordinal);
        Assert.Contains("4 from cache", after.Error, StringComparison.Ordinal);
        Assert.Equal(Uncached("--format", "text", "."), after.Output);
    }

    [Fact]
    public void No_cache_reads_and_writes_none()
    {
        WriteCorpus();

        var result = _cli.Run("--no-cache", "--format", "text", ".");

        Assert.Contains("CL5004", result.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_cli.Folder.PathOf(".corpuslint/cache")));
    }

    [Fact]
    public void Cache_dir_and_the_projects_cacheDir_choose_the_folder()
    {
        WriteCorpus();
        _cli.Run("--cache-dir", "elsewhere/cache", ".");
        Assert.True(Directory.Exists(_cli.Folder.PathOf("elsewhere/cache/results")));
        Assert.False(Directory.Exists(_cli.Folder.PathOf(".corpuslint/cache")));

        _cli.Folder.Write("corpuslint.json", """{ "cacheDir": "build/lint-cache" }""");
        _cli.Run(".");
        Assert.True(Directory.Exists(_cli.Folder.PathOf("build/lint-cache/results")));
        Assert.False(Directory.Exists(_cli.Folder.PathOf(".corpuslint/cache")));
    }

    [Fact]
    public void Standard_input_is_never_cached()
    {
        WriteCorpus();

        var result = _cli.RunWithInput(System.Text.Encoding.UTF8.GetBytes(Article), "--stdin-filename", "a/piped.txt", "--format", "text", "-");

        Assert.Contains("CL5004", result.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_cli.Folder.PathOf(".corpuslint/cache")));
    }

    [Fact]
    public void After_fix_the_next_cached_run_reports_the_fixed_files()
    {
        WriteCorpus();
        _cli.Run(".");

        var fix = _cli.Run("--fix", "--format", "text", ".");
        var next = _cli.Run("--format", "text", ".");

        Assert.Equal(0, fix.ExitCode);
        Assert.DoesNotContain("CL5004", next.Output, StringComparison.Ordinal);
        Assert.Equal(Uncached("--format", "text", "."), next.Output);
    }

    [Fact]
    public void Baselines_and_shards_report_from_the_cache_what_they_report_without_it()
    {
        WriteCorpus();
        _cli.Run("--baseline", "baseline.json", "--update-baseline", ".");
        _cli.Folder.Write("a/new.txt", Article + "More text.  \n");

        foreach (var arguments in new[] { ["--baseline", "baseline.json", "--format", "text", "."], new[] { "--shard", "1/2", "--format", "json", "--reproducible", "." }, ["--shard", "2/2", "--format", "text", "."] })
        {
            var cold = _cli.Run(arguments);
            var warm = _cli.Run(arguments);
            Assert.Equal(Uncached(arguments), warm.Output);
            Assert.Equal(cold.Output, warm.Output);
        }
    }

    [Fact]
    public void A_change_to_a_declarative_project_rule_invalidates_the_cache()
    {
        ProjectFixtures.WriteIssueProject(_cli.Folder);
        var before = _cli.Run("--format", "text", ".");

        _cli.Folder.Write("corpuslint.json", ProjectFixtures.IssueExample.Replace("Remove the BREAKING: prefix", "Drop the BREAKING: label", StringComparison.Ordinal));
        var after = _cli.Run("--format", "text", ".");

        Assert.Contains("Remove the BREAKING: prefix", before.Output, StringComparison.Ordinal);
        Assert.Contains("Drop the BREAKING: label", after.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("from cache", after.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_change_to_a_custom_csharp_rule_invalidates_the_cache()
    {
        ProjectFixtures.WriteIssueProject(_cli.Folder);
        _cli.Folder.Write("articles/2024/quote.txt", "By Ana Ruiz\n\n\"" + string.Join(' ', Enumerable.Repeat("word", 60)) + ",\" she said.\n");
        var rule = ProjectFixtures.SampleCustomRule();
        _cli.Folder.Write(".corpuslint/rules/ACME003LongQuotation.cs", rule);
        var before = _cli.Run("--format", "text", ".");

        _cli.Folder.Write(".corpuslint/rules/ACME003LongQuotation.cs", rule.Replace("house style is at most", "the desk allows at most", StringComparison.Ordinal));
        var after = _cli.Run("--format", "text", ".");

        Assert.Contains("house style is at most", before.Output, StringComparison.Ordinal);
        Assert.Contains("the desk allows at most", after.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("from cache", after.Error, StringComparison.Ordinal);
    }

    private void WriteCorpus()
    {
        _cli.WithOnlyHygieneBasics();
        _cli.Folder.Write("a/one.txt", Article);
        _cli.Folder.Write("a/two.txt", "By Ana Ruiz\n\nA clean story.\n");
        _cli.Folder.Write("b/three.txt", Article);
        _cli.Folder.Write("b/four.txt", "By Ana Ruiz\n\nNo final newline.");
    }

    private string Uncached(params string[] arguments) => _cli.Run(["--no-cache", .. arguments]).Output;
}
