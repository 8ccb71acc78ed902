using System.Text;
using CorpusLint.Cli;
using CorpusLint.Configuration;
using CorpusLint.Engine;
using CorpusLint.Fixing;
using CorpusLint.Rules;
using CorpusLint.Tests.Cli;
using CorpusLint.Tests.Infrastructure;
using CorpusLint.Tests.Reporting;

namespace CorpusLint.Tests.Fixing;

public sealed class FixCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Fix_writes_the_safe_fixes_reports_what_remains_and_a_second_fix_changes_nothing()
    {
        var path = _cli.Folder.Write("a.txt", CiArticles.Defects);

        var first = _cli.Run("lint", "a.txt", "--fix");
        var fixedText = File.ReadAllText(path);
        var second = _cli.Run("lint", "a.txt", "--fix");

        Assert.Contains("leave at six, the council", fixedText, StringComparison.Ordinal);
        Assert.EndsWith("starts in April.\n", fixedText, StringComparison.Ordinal);
        Assert.Contains("corpuslint: fixed 2 problem(s) in 1 file(s)", first.Error, StringComparison.Ordinal);
        Assert.Equal(["a.txt(7,1): error CL4001: Quotation opened with “ is never closed"], first.OutputLines);
        Assert.Equal(ExitCodes.Problems, first.ExitCode);
        Assert.Contains("corpuslint: fixed 0 problem(s) in 0 file(s)", second.Error, StringComparison.Ordinal);
        Assert.Equal(fixedText, File.ReadAllText(path));
    }

    [Fact]
    public void Fix_applies_every_safe_fix_the_samples_offer_and_reaches_a_fixed_point()
    {
        CopyFolder(Path.Combine(RepositoryRoot.Find(), "samples"), _cli.Folder.PathOf("samples"));

        var first = _cli.Run("lint", "samples", "--fix", "--no-custom-rules");
        var second = _cli.Run("lint", "samples", "--fix", "--no-custom-rules");

        Assert.DoesNotContain("not applied", first.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Problems, first.ExitCode);

        // The dataset is never fixed in place: its record is fixed again into the same copy, and the copy, linted too,
        // has nothing left to fix (no copy of the copy).
        Assert.Contains("corpuslint: fixed 1 problem(s) in 1 file(s)", second.Error, StringComparison.Ordinal);
        Assert.Equal(["news-please.fixed.jsonl", "news-please.jsonl"], Directory.GetFiles(_cli.Folder.PathOf("samples/datasets")).Select(Path.GetFileName).Order());
        Assert.Equal(File.ReadAllBytes(Path.Combine(RepositoryRoot.Find(), "samples/datasets/news-please.jsonl")), File.ReadAllBytes(_cli.Folder.PathOf("samples/datasets/news-please.jsonl")));
    }

    [Fact]
    public void Diff_prints_a_unified_diff_writes_nothing_and_exits_1()
    {
        var path = _cli.Folder.Write("news/a.txt", CiArticles.Defects);

        var result = _cli.Run("lint", "news", "--fix", "--diff");

        Assert.Equal(CiArticles.Defects, File.ReadAllText(path));
        Assert.Equal(ExitCodes.Problems, result.ExitCode);
        Assert.Equal(
            """
            --- a/news/a.txt
            +++ b/news/a.txt
            @@ -2,8 +2,8 @@
             
             By Ana Ruiz
             
            -PORTLAKE, Monday, March 4, 2024 — The ferry will leave at six , the council said on Monday.
            +PORTLAKE, Monday, March 4, 2024 — The ferry will leave at six, the council said on Monday.
             
             “We listened to the people who use the boat every day, said council chair Tomas Berg.
             
            -The new timetable starts in April.
            \ No newline at end of file
            +The new timetable starts in April.

            """.ReplaceLineEndings("\n"),
            result.Output);
        Assert.Contains("corpuslint: would fix 2 problem(s) in 1 file(s)", result.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Clean, _cli.Run("lint", "news", "--diff", "--severity", "error").ExitCode);
    }

    [Fact]
    public void Diff_goes_to_the_output_file_when_one_is_given()
    {
        var path = _cli.Folder.Write("a.txt", CiArticles.Defects);

        var result = _cli.Run("lint", "a.txt", "--diff", "-o", "fixes.patch");

        Assert.Equal("", result.Output);
        Assert.StartsWith("--- a/a.txt\n+++ b/a.txt\n@@ ", File.ReadAllText(_cli.Folder.PathOf("fixes.patch")), StringComparison.Ordinal);
        Assert.Equal(CiArticles.Defects, File.ReadAllText(path));
    }

    [Fact]
    public void A_CRLF_file_with_a_BOM_and_mode_0640_keeps_all_three()
    {
        var text = CiArticles.Defects.Replace("\n", "\r\n", StringComparison.Ordinal);
        var path = _cli.Folder.WriteBytes("a.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        }

        _cli.Run("lint", "a.txt", "--fix");

        var bytes = File.ReadAllBytes(path);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var written = Encoding.UTF8.GetString(bytes[3..]);
        Assert.Contains("at six, the", written, StringComparison.Ordinal);
        Assert.EndsWith("April.\r\n", written, StringComparison.Ordinal);
        Assert.DoesNotMatch("[^\r]\n", written);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(path));
        }
    }

    [Fact]
    public void A_UTF16_file_stays_UTF16()
    {
        var path = _cli.Folder.WriteBytes("a.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(CiArticles.Defects)]);

        _cli.Run("lint", "a.txt", "--fix");

        var bytes = File.ReadAllBytes(path);
        Assert.Equal([0xFF, 0xFE], bytes[..2]);
        Assert.Contains("at six, the", Encoding.Unicode.GetString(bytes[2..]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_with_invalid_UTF8_is_not_rewritten()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("By Ana Ruiz\n\nAt six , he said "), 0xFF, .. Encoding.UTF8.GetBytes(".\n")];
        var path = _cli.Folder.WriteBytes("a.txt", bytes);

        var result = _cli.Run("lint", "a.txt", "--fix");

        Assert.Equal(bytes, File.ReadAllBytes(path));
        Assert.Contains("warning: a.txt: not fixed: it holds bytes that are not valid text, which rewriting would lose", result.Error, StringComparison.Ordinal);
        Assert.Contains(result.OutputLines, l => l.Contains("CL4006", StringComparison.Ordinal));
    }

    [Fact]
    public void Unsafe_fixes_delete_boilerplate_lines_only_with_unsafe_fixes()
    {
        var path = _cli.Folder.Write("menu.txt", CiArticles.Menu);

        _cli.Run("lint", "menu.txt", "--fix");
        var afterSafe = File.ReadAllText(path);
        _cli.Run("lint", "menu.txt", "--fix", "--unsafe-fixes");
        var afterUnsafe = File.ReadAllText(path);

        Assert.Equal(CiArticles.Menu, afterSafe);
        Assert.StartsWith("Ferry timetable changes\n", afterUnsafe.TrimStart('\n'), StringComparison.Ordinal);
        Assert.EndsWith(CiArticles.Menu[CiArticles.Menu.IndexOf("Ferry", StringComparison.Ordinal)..], afterUnsafe, StringComparison.Ordinal);
    }

    [Fact]
    public void A_projects_replace_rule_is_a_safe_fix_that_passes_the_guard()
    {
        _cli.Folder.Write("corpuslint.json", """
            { "rules": [ { "id": "ACME003", "name": "HouseSpelling", "kind": "phrase", "phrases": ["colour"], "message": "House spelling is 'color'",
                           "severity": "warning", "category": "Style", "fix": "replace", "replacement": "color" } ] }
            """);
        var path = _cli.Folder.Write("a.txt", "By Ana Ruiz\n\nThe ferry's colour is red.\n");

        var result = _cli.Run("lint", "a.txt", "--fix");

        Assert.Equal("By Ana Ruiz\n\nThe ferry's color is red.\n", File.ReadAllText(path));
        Assert.DoesNotContain("not applied", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_symbolic_link_keeps_being_a_link_and_its_target_is_fixed()
    {
        var target = _cli.Folder.Write("real/a.txt", CiArticles.Defects);
        var link = _cli.Folder.PathOf("news/a.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(link)!);
        File.CreateSymbolicLink(link, target);

        _cli.Run("lint", "news", "--fix");

        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.Contains("at six, the", File.ReadAllText(target), StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_input_can_be_diffed_but_not_fixed_and_unsafe_fixes_need_fix()
    {
        var input = Encoding.UTF8.GetBytes(CiArticles.Defects);

        var diff = _cli.RunWithInput(input, "lint", "-", "--stdin-filename", "s.txt", "--diff");
        var fix = _cli.RunWithInput(input, "lint", "-", "--stdin-filename", "s.txt", "--fix");
        var unsafeAlone = _cli.Run("lint", ".", "--unsafe-fixes");

        Assert.StartsWith("--- a/s.txt\n+++ b/s.txt\n", diff.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.UsageOrFatal, fix.ExitCode);
        Assert.StartsWith("error: --fix cannot write back to standard input", fix.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.UsageOrFatal, unsafeAlone.ExitCode);
        Assert.StartsWith("error: --unsafe-fixes needs --fix or --diff", unsafeAlone.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_changes_while_it_is_fixed_is_not_written()
    {
        var path = _cli.Folder.Write("a.txt", "At six , he said.\n");
        var calls = 0;
        var rule = new WordFixRule("CL9905", " ,", span => Fix.Safe("remove the space", TextEdit.Delete(new Microsoft.CodeAnalysis.Text.TextSpan(span.Start, 1))))
        {
            // Another program saves the file while the fixer analyses it.
            OnAnalyze = () =>
            {
                if (++calls == 1)
                {
                    File.WriteAllText(path, "At six , she said.\n");
                }
            },
        };
        var engine = new LintEngine([rule], new ConfigurationProvider([rule]));
        var fixer = new FileFixer(new DocumentFixer(engine, new FixOptions(Severity.Warning, IncludeUnsafe: false)));

        var outcome = fixer.FixFile(new DocumentInput(path, "a.txt"), write: true);

        Assert.Equal(FileFixStatus.Failed, outcome.Status);
        Assert.Equal("the file changed since it was read; run again", outcome.Message);
        Assert.Equal("At six , she said.\n", File.ReadAllText(path));
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
