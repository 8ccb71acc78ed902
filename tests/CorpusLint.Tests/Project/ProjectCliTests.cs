using CorpusLint.Cli;
using CorpusLint.Tests.Cli;

namespace CorpusLint.Tests.Project;

/// <summary>corpuslint.json as a user meets it: found, applied to the files, its rules run, its mistakes reported.</summary>
public sealed class ProjectCliTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Issue_example_lints_only_articles_outside_drafts_and_its_rules_fire()
    {
        ProjectFixtures.WriteIssueProject(_cli.Folder);

        var result = _cli.Run("lint", "--no-progress");

        var paths = result.OutputLines.Select(l => l[..l.IndexOf('(')]).Distinct().ToList();
        Assert.Equal(["articles/2024/tram.txt"], paths);
        Assert.Contains("articles/2024/tram.txt(1,1): warning ACME001: Remove the BREAKING: prefix", result.OutputLines);
        Assert.Contains("articles/2024/tram.txt(9,1): warning ACME002: Subscribe prompt", result.OutputLines);
        Assert.Contains("corpuslint: 1 document(s)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Project_is_found_upward_from_the_working_directory_and_paths_default_to_the_project()
    {
        ProjectFixtures.WriteIssueProject(_cli.Folder);
        var result = ProjectFixtures.RunIn(_cli.Folder.PathOf("notes"), "lint", "--no-progress");

        // Outside the working directory, paths are shown in full.
        Assert.Contains(_cli.Folder.PathOf("articles/2024/tram.txt") + "(1,1): warning ACME001: Remove the BREAKING: prefix", result.OutputLines);
        Assert.DoesNotContain(result.OutputLines, l => l.Contains("tram-notes.txt", StringComparison.Ordinal));
    }

    [Fact]
    public void Project_is_found_upward_from_a_folder_named_on_the_command_line()
    {
        ProjectFixtures.WriteIssueProject(_cli.Folder, under: "corpus/");

        var result = _cli.Run("lint", "corpus", "--no-progress");

        Assert.Contains("corpus/articles/2024/tram.txt(1,1): warning ACME001: Remove the BREAKING: prefix", result.OutputLines);
        Assert.DoesNotContain(result.OutputLines, l => l.Contains("drafts", StringComparison.Ordinal) || l.Contains("notes", StringComparison.Ordinal));
    }

    [Fact]
    public void Project_option_names_the_file_and_its_folder_is_the_root()
    {
        _cli.Folder.Write("elsewhere/acme.json", ProjectFixtures.IssueExample.Replace("\"customRules\": \".corpuslint/rules\",", "", StringComparison.Ordinal));
        _cli.Folder.Write("elsewhere/articles/a.txt", ProjectFixtures.BreakingArticle);
        _cli.Folder.Write("articles/b.txt", ProjectFixtures.BreakingArticle);

        var result = _cli.Run("lint", "--project", "elsewhere/acme.json", "--no-progress");

        Assert.Contains("elsewhere/articles/a.txt(1,1): warning ACME001: Remove the BREAKING: prefix", result.OutputLines);
        Assert.DoesNotContain(result.OutputLines, l => l.StartsWith("articles/b.txt", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_project_file_is_exit_2()
    {
        var result = _cli.Run("lint", "--project", "nope.json");

        Assert.Equal(ExitCodes.UsageOrFatal, result.ExitCode);
        Assert.Equal("error: --project: project file not found: nope.json\n", result.Error);
    }

    [Fact]
    public void Paths_from_two_projects_are_refused()
    {
        _cli.Folder.Write("a/corpuslint.json", "{}");
        _cli.Folder.Write("a/x.txt", ProjectFixtures.BreakingArticle);
        _cli.Folder.Write("b/corpuslint.json", "{}");
        _cli.Folder.Write("b/y.txt", ProjectFixtures.BreakingArticle);

        var result = _cli.Run("lint", "a", "b");

        Assert.Equal(ExitCodes.UsageOrFatal, result.ExitCode);
        Assert.Contains("error: the paths belong to different projects (a/corpuslint.json, b/corpuslint.json)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Project_rule_severity_is_configured_in_editorconfig_like_any_rule()
    {
        ProjectFixtures.WriteIssueProject(_cli.Folder);
        _cli.Folder.Write(".editorconfig", """
            root = true
            [*]
            dotnet_analyzer_diagnostic.severity = none
            dotnet_diagnostic.ACME001.severity = error
            [articles/2024/**]
            dotnet_analyzer_diagnostic.category-Boilerplate.severity = suggestion
            """);

        var result = _cli.Run("lint", "--no-progress");

        Assert.Equal(ExitCodes.Problems, result.ExitCode);
        Assert.Equal(
            [
                "articles/2024/tram.txt(1,1): error ACME001: Remove the BREAKING: prefix",
                "articles/2024/tram.txt(9,1): suggestion ACME002: Subscribe prompt",
                "articles/2024/tram.txt(9,1): suggestion CL2002: Call to action left in the text: 'Click here to subscribe'",
            ],
            result.OutputLines);
    }

    [Fact]
    public void Unclosed_group_in_a_pattern_is_exit_2_naming_file_rule_and_position()
    {
        _cli.Folder.Write("corpuslint.json", """
            {
              "rules": [
                { "id": "ACME009", "kind": "regex", "pattern": "(unclosed", "message": "m" }
              ]
            }
            """);
        _cli.Folder.Write("a.txt", ProjectFixtures.BreakingArticle);

        var result = _cli.Run("lint", "--no-progress");

        Assert.Equal(ExitCodes.UsageOrFatal, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.StartsWith("corpuslint.json(3,52): error: rule ACME009: invalid regular expression: Invalid pattern '(unclosed' at offset 9.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Catastrophic_pattern_on_a_long_line_finishes()
    {
        _cli.Folder.Write("corpuslint.json", """
            { "rules": [ { "id": "ACME010", "kind": "regex", "pattern": "(a+)+$", "message": "Only a's" } ] }
            """);
        _cli.Folder.Write(".editorconfig", "root = true\n[*]\ndotnet_analyzer_diagnostic.severity = none\ndotnet_diagnostic.ACME010.severity = warning\n");
        _cli.Folder.Write("long.txt", new string('a', 50_000) + "!\n" + new string('a', 50_000) + "\n");

        var result = _cli.Run("lint", "--no-progress");

        Assert.Equal(["long.txt(2,1): warning ACME010: Only a's"], result.OutputLines);
    }

    [Fact]
    public void Rules_lists_the_project_rules_after_the_built_in_ones()
    {
        ProjectFixtures.WriteIssueProject(_cli.Folder);

        var result = _cli.Run("rules", "--format", "markdown");

        Assert.Equal(
            ["| ACME001 | ACME001 | Style | warning |  | Remove the BREAKING: prefix |", "| ACME002 | ACME002 | Boilerplate | warning | unsafe | Subscribe prompt |"],
            result.OutputLines[^2..]);
    }

    [Fact]
    public void Explain_shows_what_the_project_says_about_its_rule()
    {
        ProjectFixtures.WriteIssueProject(_cli.Folder);

        var result = _cli.Run("explain", "acme001");

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        Assert.StartsWith("# ACME001: ACME001\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("A regex rule of corpuslint.json, scope inline, pattern: `\\bBREAKING:`", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_shows_where_a_csharp_rule_is_declared()
    {
        _cli.Folder.Write("corpuslint.json", """{ "customRules": "rules" }""");
        _cli.Folder.Write("rules/ACME003LongQuotation.cs", ProjectFixtures.SampleCustomRule());

        var result = _cli.Run("explain", "ACME003");

        Assert.Contains("A C# rule of the project: rules/ACME003LongQuotation.cs(12,21)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Shards_split_by_paths_relative_to_the_project_root_wherever_the_run_starts()
    {
        ProjectFixtures.WriteIssueProject(_cli.Folder);
        for (var i = 0; i < 8; i++)
        {
            _cli.Folder.Write($"articles/2024/tram-{i}.txt", ProjectFixtures.BreakingArticle);
        }

        var fromRoot = LintedDocuments(_cli.Folder.FullPath);
        var fromInside = LintedDocuments(_cli.Folder.PathOf("articles/2024"));

        Assert.Equal(fromRoot, fromInside);
        Assert.InRange(fromRoot.Count, 1, 8);
    }

    private static SortedSet<string> LintedDocuments(string workingDirectory)
    {
        var result = ProjectFixtures.RunIn(workingDirectory, "lint", "--shard", "1/2", "--no-progress");
        return [.. result.OutputLines.Select(l => Path.GetFullPath(l[..l.IndexOf('(')], workingDirectory))];
    }
}
