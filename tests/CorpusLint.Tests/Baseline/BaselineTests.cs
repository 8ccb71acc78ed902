using System.Text.Json.Nodes;
using CorpusLint.Baseline;
using CorpusLint.Cli;
using CorpusLint.Model;
using CorpusLint.Tests.Cli;
using CorpusLint.Tests.Reporting;
using Microsoft.CodeAnalysis.Text;

namespace CorpusLint.Tests.Baseline;

public sealed class BaselineTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void After_update_baseline_a_run_with_the_baseline_reports_nothing()
    {
        _cli.Folder.Write("news/a.txt", CiArticles.Defects);
        _cli.Folder.Write("news/menu.md", CiArticles.Menu);
        Assert.Equal(ExitCodes.Problems, _cli.Run("lint", "news").ExitCode);

        var update = _cli.Run("lint", "news", "--baseline", "corpuslint-baseline.json", "--update-baseline");
        var run = _cli.Run("lint", "news", "--baseline", "corpuslint-baseline.json");

        Assert.Equal(ExitCodes.Clean, update.ExitCode);
        Assert.Contains("corpuslint: baseline corpuslint-baseline.json records ", update.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Clean, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Contains("problem(s) hidden by the baseline", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_defect_above_old_ones_is_the_only_one_reported()
    {
        _cli.Folder.Write("a.txt", CiArticles.Defects);
        _cli.Run("lint", "a.txt", "--baseline", "baseline.json", "--update-baseline");
        var shifted = CiArticles.Defects.Replace("By Ana Ruiz\n", "By Ana Ruiz\n\nThe fare rises to 2 euros , officials said.\n", StringComparison.Ordinal);
        _cli.Folder.Write("a.txt", shifted);

        var result = _cli.Run("lint", "a.txt", "--baseline", "baseline.json");

        Assert.Equal(["a.txt(5,26): suggestion CL4006: Space before a comma"], result.OutputLines);
        Assert.Equal(ExitCodes.Clean, result.ExitCode);
    }

    [Fact]
    public void Fixed_problems_drop_out_at_the_next_update()
    {
        _cli.Folder.Write("a.txt", CiArticles.Defects);
        _cli.Folder.Write("b.txt", CiArticles.Defects);
        _cli.Run("lint", ".", "--baseline", "baseline.json", "--update-baseline");
        var before = Entries();
        _cli.Folder.Write("a.txt", CiArticles.Defects.Replace("six ,", "six,", StringComparison.Ordinal));

        var run = _cli.Run("lint", ".", "--baseline", "baseline.json");
        _cli.Run("lint", ".", "--baseline", "baseline.json", "--update-baseline");

        Assert.Contains("1 recorded problem(s) are gone (--update-baseline drops them)", run.Error, StringComparison.Ordinal);
        Assert.Contains(before, e => e.Document == "a.txt" && e.Rule == "CL4006");
        Assert.DoesNotContain(Entries(), e => e.Document == "a.txt" && e.Rule == "CL4006");
        Assert.Contains(Entries(), e => e.Document == "b.txt" && e.Rule == "CL4006");
    }

    [Fact]
    public void A_problem_repeated_is_hidden_only_as_often_as_it_was_recorded()
    {
        var line = "The ferry leaves at six , he said.\n";
        _cli.Folder.Write("a.txt", "By Ana Ruiz\n\n" + line + "\n" + line);
        _cli.Run("lint", "a.txt", "--baseline", "baseline.json", "--update-baseline", "--severity", "suggestion");
        _cli.Folder.Write("a.txt", "By Ana Ruiz\n\n" + line + "\n" + line + "\n" + line);

        var result = _cli.Run("lint", "a.txt", "--baseline", "baseline.json");

        Assert.Equal(2, Entries().Single(e => e.Rule == "CL4006").Count);
        Assert.Single(result.OutputLines, l => l.Contains("CL4006", StringComparison.Ordinal));
    }

    [Fact]
    public void Updating_from_one_folder_keeps_the_entries_of_the_others()
    {
        _cli.Folder.Write("one/a.txt", CiArticles.Defects);
        _cli.Folder.Write("two/b.txt", CiArticles.Defects);
        _cli.Run("lint", ".", "--baseline", "baseline.json", "--update-baseline");
        _cli.Folder.Write("one/a.txt", "By Ana Ruiz\n\nPORTLAKE, Monday, March 4, 2024 — All is well.\n");

        _cli.Run("lint", "one", "--baseline", "baseline.json", "--update-baseline");

        Assert.DoesNotContain(Entries(), e => e.Document == "one/a.txt");
        Assert.Contains(Entries(), e => e.Document == "two/b.txt");
        Assert.Equal(ExitCodes.Clean, _cli.Run("lint", ".", "--baseline", "baseline.json").ExitCode);
    }

    [Fact]
    public void Keys_are_relative_to_the_baseline_file_so_the_working_folder_does_not_matter()
    {
        _cli.Folder.Write("corpus/news/a.txt", CiArticles.Defects);
        _cli.Run("lint", "corpus/news", "--baseline", "corpus/baseline.json", "--update-baseline");

        var fromInside = _cli.Run("lint", _cli.Folder.PathOf("corpus/news"), "--baseline", _cli.Folder.PathOf("corpus/baseline.json"));

        Assert.Equal("news/a.txt", Assert.Single(Entries("corpus/baseline.json").Select(e => e.Document).Distinct()));
        Assert.Equal(ExitCodes.Clean, fromInside.ExitCode);
        Assert.Equal("", fromInside.Output);
    }

    [Fact]
    public void The_projects_baseline_is_the_default()
    {
        _cli.Folder.Write("corpuslint.json", "{ \"baseline\": \"corpuslint.baseline.json\" }");
        _cli.Folder.Write("a.txt", CiArticles.Defects);

        var before = _cli.Run("lint", "a.txt");
        var update = _cli.Run("lint", "a.txt", "--update-baseline");
        var after = _cli.Run("lint", "a.txt");

        Assert.Contains("warning: the baseline corpuslint.baseline.json named in corpuslint.json does not exist yet", before.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Problems, before.ExitCode);
        Assert.Equal(ExitCodes.Clean, update.ExitCode);
        Assert.True(File.Exists(_cli.Folder.PathOf("corpuslint.baseline.json")));
        Assert.Equal((ExitCodes.Clean, ""), (after.ExitCode, after.Output));
    }

    [Fact]
    public void A_missing_or_corrupt_baseline_is_a_one_line_error_with_exit_2()
    {
        _cli.Folder.Write("a.txt", CiArticles.Defects);
        _cli.Folder.Write("broken.json", "{ \"version\": 1, \"documents\": ");
        _cli.Folder.Write("foreign.json", "{ \"version\": 99, \"tool\": \"x\", \"documents\": {} }");

        var missing = _cli.Run("lint", "a.txt", "--baseline", "missing.json");
        var broken = _cli.Run("lint", "a.txt", "--baseline", "broken.json");
        var foreign = _cli.Run("lint", "a.txt", "--baseline", "foreign.json");
        var noFile = _cli.Run("lint", "a.txt", "--update-baseline");

        Assert.All([missing, broken, foreign, noFile], r => Assert.Equal(ExitCodes.UsageOrFatal, r.ExitCode));
        Assert.StartsWith("error: --baseline: missing.json not found", missing.Error, StringComparison.Ordinal);
        Assert.StartsWith("error: --baseline: ", broken.Error, StringComparison.Ordinal);
        Assert.Contains("format version 2", foreign.Error, StringComparison.Ordinal);
        Assert.StartsWith("error: --update-baseline needs --baseline FILE", noFile.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_baseline_of_format_1_is_refused_and_written_again_by_update_baseline()
    {
        _cli.Folder.Write("a.txt", CiArticles.Defects);
        _cli.Run("lint", "a.txt", "--baseline", "current.json", "--update-baseline");
        var current = File.ReadAllText(_cli.Folder.PathOf("current.json"));
        _cli.Folder.Write("old.json", current.Replace("\"version\": 2", "\"version\": 1", StringComparison.Ordinal));

        var refused = _cli.Run("lint", "a.txt", "--baseline", "old.json");
        var update = _cli.Run("lint", "a.txt", "--baseline", "old.json", "--update-baseline");
        var after = _cli.Run("lint", "a.txt", "--baseline", "old.json");

        Assert.Equal(ExitCodes.UsageOrFatal, refused.ExitCode);
        Assert.Contains("format version 1, whose fingerprints this CorpusLint no longer computes; write it again with --update-baseline", refused.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Clean, update.ExitCode);
        Assert.Contains("warning: --baseline: ", update.Error, StringComparison.Ordinal);
        Assert.Contains("written again from this run's problems only", update.Error, StringComparison.Ordinal);
        Assert.Equal(current, File.ReadAllText(_cli.Folder.PathOf("old.json")));
        Assert.Equal(ExitCodes.Clean, after.ExitCode);
    }

    [Fact]
    public void The_file_is_sorted_json_written_without_leftovers()
    {
        _cli.Folder.Write("b.txt", CiArticles.Defects);
        _cli.Folder.Write("a.txt", CiArticles.Defects);

        _cli.Run("lint", ".", "--baseline", "baseline.json", "--update-baseline");
        var first = File.ReadAllText(_cli.Folder.PathOf("baseline.json"));
        _cli.Run("lint", ".", "--baseline", "baseline.json", "--update-baseline");

        Assert.Equal(first, File.ReadAllText(_cli.Folder.PathOf("baseline.json")));
        Assert.Equal(["a.txt", "b.txt"], Entries().Select(e => e.Document).Distinct());
        Assert.Equal(["a.txt", "b.txt", "baseline.json"], Directory.GetFiles(_cli.Folder.FullPath).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_fingerprint_ignores_the_line_and_whitespace_but_not_the_words()
    {
        static string Of(string text, string near)
        {
            var document = Document.FromText("a.txt", text);
            var at = text.IndexOf(near, StringComparison.Ordinal);
            return DiagnosticFingerprint.Compute("CL4006", document, new TextSpan(at, 1));
        }

        var original = Of("Intro.\n\nAt six , he said.\n", " ,");
        Assert.Equal(original, Of("Intro.\n\nMore.\n\nAt six , he said.\n", " ,"));
        Assert.Equal(original, Of("Intro.\n\nAt  six , he   said.\n", " ,"));
        Assert.NotEqual(original, Of("Intro.\n\nAt nine , he said.\n", " ,"));
        Assert.NotEqual(original, DiagnosticFingerprint.Compute("CL5004", Document.FromText("a.txt", "Intro.\n\nAt six , he said.\n"), new TextSpan(14, 1)));
    }

    private IReadOnlyList<(string Document, string Rule, int Count)> Entries(string file = "baseline.json")
    {
        var documents = JsonNode.Parse(File.ReadAllText(_cli.Folder.PathOf(file)))!["documents"]!.AsObject();
        return [.. documents.SelectMany(d => d.Value!.AsArray().Select(e => (d.Key, (string)e!["rule"]!, (int)e["count"]!)))];
    }
}
