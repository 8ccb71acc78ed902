using System.Text;
using System.Text.Json;
using CorpusLint.Cli;

namespace CorpusLint.Tests.Cli;

public sealed class LintCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Clean_file_exits_0_with_no_output_and_a_summary_on_stderr()
    {
        _cli.WithOnlyHygieneBasics().Folder.Write("clean.txt", "By Ana Ruiz\n\nThe council met on Monday.\n");

        var result = _cli.Run("lint", "clean.txt");

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        Assert.Equal("", result.Output);
        var summary = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("corpuslint: 1 document(s), ", summary, StringComparison.Ordinal);
        Assert.EndsWith("0 error(s), 0 warning(s), 0 suggestion(s)", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Error_exits_1_and_prints_path_line_column_severity_id_message()
    {
        _cli.WithOnlyHygieneBasics("dotnet_diagnostic.CL5005.severity = error").Folder.Write("story.txt", "Line one.\nNo newline");

        var result = _cli.Run("lint", "story.txt");

        Assert.Equal(ExitCodes.Problems, result.ExitCode);
        Assert.Equal(["story.txt(2,11): error CL5005: File does not end with a newline"], result.OutputLines);
        Assert.Contains("1 error(s)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_is_the_default_command_and_the_current_folder_the_default_path()
    {
        _cli.WithOnlyHygieneBasics().Folder.Write("a.txt", "No newline");

        var explicitRun = _cli.Run("lint", ".");
        var implicitCommand = _cli.Run(".");
        var noArguments = _cli.Run();

        Assert.Equal(["a.txt(1,11): suggestion CL5005: File does not end with a newline"], explicitRun.OutputLines);
        Assert.Equal(explicitRun.Output, implicitCommand.Output);
        Assert.Equal(explicitRun.Output, noArguments.Output);
        Assert.Equal(ExitCodes.Clean, noArguments.ExitCode);
    }

    [Fact]
    public void Folder_override_silences_a_rule_in_that_folder_only()
    {
        _cli.WithOnlyHygieneBasics("[sub/**]\ndotnet_diagnostic.CL5005.severity = none");
        _cli.Folder.Write("top.txt", "No newline");
        _cli.Folder.Write("sub/inner.txt", "No newline");
        _cli.Folder.Write("sub/deeper/inner.md", "No newline");

        var result = _cli.Run(".");

        Assert.Equal(["top.txt(1,11): suggestion CL5005: File does not end with a newline"], result.OutputLines);
        Assert.Contains("3 document(s)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_is_sorted_by_path_line_and_column_whatever_the_parallelism()
    {
        _cli.WithOnlyHygieneBasics();
        for (var i = 0; i < 30; i++)
        {
            _cli.Folder.Write($"f{i % 4}/article{i}.txt", $"Trailing \nspaces {i} \nand no newline");
        }

        var serial = _cli.Run("--jobs", "1", ".");
        var parallel = _cli.Run("--jobs", "4", ".");

        Assert.Equal(serial.Output, parallel.Output);
        Assert.Equal(90, serial.OutputLines.Length);
        var keys = serial.OutputLines.Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)]).ToList();
        Assert.Equal(keys.Order(StringComparer.Ordinal).ToList(), keys);
    }

    [Fact]
    public void Json_report_has_the_documented_field_names()
    {
        _cli.WithOnlyHygieneBasics().Folder.Write("a.txt", "Trailing \nNo newline");

        var result = _cli.Run("--format", "json", "a.txt");

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal(["version", "diagnostics", "summary"], root.EnumerateObject().Select(p => p.Name));
        Assert.False(string.IsNullOrEmpty(root.GetProperty("version").GetString()));

        var diagnostics = root.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(2, diagnostics.Count);
        Assert.Equal(
            ["path", "line", "column", "endLine", "endColumn", "id", "severity", "category", "message", "fixable", "fingerprint"],
            diagnostics[0].EnumerateObject().Select(p => p.Name));
        var first = diagnostics[0];
        Assert.Equal("a.txt", first.GetProperty("path").GetString());
        Assert.Equal((1, 9, 1, 10), (first.GetProperty("line").GetInt32(), first.GetProperty("column").GetInt32(), first.GetProperty("endLine").GetInt32(), first.GetProperty("endColumn").GetInt32()));
        Assert.Equal("CL5004", first.GetProperty("id").GetString());
        Assert.Equal("warning", first.GetProperty("severity").GetString());
        Assert.Equal("Hygiene", first.GetProperty("category").GetString());
        Assert.True(first.GetProperty("fixable").GetBoolean());
        Assert.Equal("suggestion", diagnostics[1].GetProperty("severity").GetString());

        var summary = root.GetProperty("summary");
        Assert.Equal(["documents", "bytes", "errors", "warnings", "suggestions", "elapsedMs"], summary.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, summary.GetProperty("documents").GetInt32());
        Assert.Equal(20, summary.GetProperty("bytes").GetInt64());
        Assert.Equal((0, 1, 1), (summary.GetProperty("errors").GetInt32(), summary.GetProperty("warnings").GetInt32(), summary.GetProperty("suggestions").GetInt32()));
        Assert.True(summary.GetProperty("elapsedMs").GetInt64() >= 0);
    }

    [Fact]
    public void Output_option_writes_the_report_to_a_file_and_keeps_the_summary_on_stderr()
    {
        _cli.WithOnlyHygieneBasics().Folder.Write("a.txt", "No newline");

        var result = _cli.Run("a.txt", "--output", "report.json", "--format", "json");

        Assert.Equal("", result.Output);
        Assert.Contains("1 document(s)", result.Error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(_cli.Folder.PathOf("report.json")));
        Assert.Equal("CL5005", json.RootElement.GetProperty("diagnostics")[0].GetProperty("id").GetString());
    }

    [Fact]
    public void Output_into_a_missing_folder_is_a_fatal_error()
    {
        _cli.WithOnlyHygieneBasics().Folder.Write("a.txt", "Text.\n");

        var result = _cli.Run("a.txt", "--output", "no/such/folder/report.txt");

        Assert.Equal(ExitCodes.UsageOrFatal, result.ExitCode);
        Assert.Contains("--output: cannot write no/such/folder/report.txt", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, ExitCodes.Clean)]
    [InlineData("3", ExitCodes.Clean)]
    [InlineData("2", ExitCodes.Problems)]
    [InlineData("0", ExitCodes.Problems)]
    public void Max_warnings_fails_the_run_only_above_the_limit(string? limit, int expected)
    {
        _cli.WithOnlyHygieneBasics().Folder.Write("a.txt", "One \nTwo \nThree \n");
        string[] args = limit is null ? ["a.txt"] : ["a.txt", "--max-warnings", limit];

        var result = _cli.Run(args);

        Assert.Equal(3, result.OutputLines.Length);
        Assert.Equal(expected, result.ExitCode);
    }

    [Fact]
    public void Severity_option_shows_only_that_level_and_above()
    {
        _cli.WithOnlyHygieneBasics("dotnet_diagnostic.CL5004.severity = silent").Folder.Write("a.txt", "Trailing \nNo newline");

        Assert.Equal(["a.txt(2,11): suggestion CL5005: File does not end with a newline"], _cli.Run("a.txt").OutputLines);
        Assert.Equal(2, _cli.Run("a.txt", "--severity", "silent").OutputLines.Length);
        Assert.Empty(_cli.Run("a.txt", "--severity", "warning").OutputLines);
        Assert.Empty(_cli.Run("a.txt", "--severity", "error").OutputLines);
    }

    [Fact]
    public void Quiet_shows_errors_only_and_no_summary()
    {
        _cli.WithOnlyHygieneBasics("dotnet_diagnostic.CL5005.severity = error").Folder.Write("a.txt", "Trailing \nNo newline");

        var result = _cli.Run("--quiet", "a.txt");

        Assert.Equal(["a.txt(2,11): error CL5005: File does not end with a newline"], result.OutputLines);
        Assert.Equal("", result.Error);
        Assert.Equal(ExitCodes.Problems, result.ExitCode);
    }

    [Theory]
    [InlineData("missing.txt")]
    [InlineData("missing-folder/")]
    public void Missing_path_is_a_usage_error(string path)
    {
        _cli.WithOnlyHygieneBasics().Folder.Write("a.txt", "Text.\n");

        var result = _cli.Run("a.txt", path);

        Assert.Equal(ExitCodes.UsageOrFatal, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Contains($"error: path not found: {path}", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--colour")]
    [InlineData("--format", "xml")]
    [InlineData("--severity", "loud")]
    [InlineData("--severity", "none")]
    [InlineData("--jobs", "0")]
    [InlineData("--jobs", "-3")]
    [InlineData("--max-warnings", "many")]
    [InlineData("--max-warnings", "-5")]
    [InlineData("--max-document-size", "huge")]
    [InlineData("--max-document-size", "3GB")]
    [InlineData("-")]
    public void Usage_mistakes_exit_2_with_a_one_line_message(params string[] args)
    {
        _cli.WithOnlyHygieneBasics().Folder.Write("a.txt", "Text.\n");

        var result = _cli.Run(args);

        Assert.Equal(ExitCodes.UsageOrFatal, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.StartsWith("error: ", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--max-warnings", "many", "--max-warnings: expected a number of warnings, 0 or more, got 'many'")]
    [InlineData("--jobs", "two", "--jobs: expected a number of documents to lint at once, 1 or more, got 'two'")]
    [InlineData("--jobs", "0", "--jobs: expected a number of documents to lint at once, 1 or more, got '0'")]
    public void A_count_that_is_not_one_is_named_with_what_was_expected(string option, string value, string message)
    {
        _cli.WithOnlyHygieneBasics().Folder.Write("a.txt", "Text.\n");

        var result = _cli.Run(option, value, ".");

        Assert.Equal(ExitCodes.UsageOrFatal, result.ExitCode);
        Assert.Equal($"error: {message}", result.Error.Split('\n')[0].TrimEnd());
        Assert.DoesNotContain("System.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_option_is_named_as_such()
    {
        var result = _cli.Run("--colour", ".");

        Assert.Contains("unknown option '--colour'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_input_is_linted_under_the_given_name_and_its_configuration()
    {
        _cli.WithOnlyHygieneBasics("[sub/**]\ndotnet_diagnostic.CL5005.severity = error");

        var top = _cli.RunWithInput(Encoding.UTF8.GetBytes("No newline"), "-", "--stdin-filename", "story.txt");
        var sub = _cli.RunWithInput(Encoding.UTF8.GetBytes("No newline"), "lint", "--stdin-filename", "sub/story.txt", "-");

        Assert.Equal(["story.txt(1,11): suggestion CL5005: File does not end with a newline"], top.OutputLines);
        Assert.Equal(ExitCodes.Clean, top.ExitCode);
        Assert.Equal(["sub/story.txt(1,11): error CL5005: File does not end with a newline"], sub.OutputLines);
        Assert.Equal(ExitCodes.Problems, sub.ExitCode);
        Assert.Contains("1 document(s)", sub.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_input_cannot_be_mixed_with_paths()
    {
        _cli.Folder.Write("a.txt", "Text.\n");

        var result = _cli.RunWithInput([], "-", "a.txt", "--stdin-filename", "x.txt");

        Assert.Equal(ExitCodes.UsageOrFatal, result.ExitCode);
    }

    [Fact]
    public void Empty_file_is_linted_without_diagnostics()
    {
        _cli.Folder.Write("empty.txt", "");

        var result = _cli.Run("empty.txt");

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Contains("1 document(s), 0 MB", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_and_binary_files_do_not_stop_the_run()
    {
        // All rules run here: whatever they report, the run must finish and count every document.
        _cli.Folder.WriteBytes("latin1.txt", [.. Encoding.ASCII.GetBytes("Caf"), 0xE9, .. Encoding.ASCII.GetBytes(" au lait, said the chef.\n")]);
        _cli.Folder.WriteBytes("truncated.txt", [.. Encoding.ASCII.GetBytes("Ends mid-character "), 0xE2, 0x80]);
        _cli.Folder.WriteBytes("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
        _cli.Folder.Write("fine.txt", "By Ana Ruiz\n\nThe council met.\n");

        var result = _cli.Run("--format", "json", ".");

        Assert.True(result.ExitCode is ExitCodes.Clean or ExitCodes.Problems, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(4, json.RootElement.GetProperty("summary").GetProperty("documents").GetInt32());
        Assert.DoesNotContain("cannot read", result.Error, StringComparison.Ordinal);
    }

    [SkippableFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Unreadable_file_is_reported_and_the_others_are_still_linted()
    {
        Skip.If(OperatingSystem.IsWindows(), "needs Unix permissions");
        _cli.WithOnlyHygieneBasics();
        var locked = _cli.Folder.Write("locked.txt", "Text.\n");
        _cli.Folder.Write("open.txt", "No newline");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            Skip.If(CanRead(locked), "running as root: permissions do not stop reading");

            var result = _cli.Run(".");

            Assert.Equal(ExitCodes.UsageOrFatal, result.ExitCode);
            Assert.Equal(
                ["locked.txt(1,1): error CL0001: Not linted: permission denied", "open.txt(1,11): suggestion CL5005: File does not end with a newline"],
                result.OutputLines);
            Assert.Contains("1 not linted (CL0001)", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    [Fact]
    public void Folder_names_with_glob_characters_are_taken_literally()
    {
        _cli.WithOnlyHygieneBasics().Folder.Write("drafts [2019]*/a.txt", "No newline");

        var result = _cli.Run("drafts [2019]*");

        Assert.Equal(["drafts [2019]*/a.txt(1,11): suggestion CL5005: File does not end with a newline"], result.OutputLines);
    }

    [SkippableFact]
    public void Symbolic_link_loops_are_walked_once()
    {
        _cli.WithOnlyHygieneBasics().Folder.Write("archive/a.txt", "No newline");
        try
        {
            Directory.CreateSymbolicLink(_cli.Folder.PathOf("archive/loop"), _cli.Folder.FullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Skip.If(true, "cannot create symbolic links here");
        }

        var result = _cli.Run("archive");

        Assert.Equal(["archive/a.txt(1,11): suggestion CL5005: File does not end with a newline"], result.OutputLines);
    }

    [Fact]
    public void Only_articles_are_picked_up_from_folders_and_given_files_are_always_linted()
    {
        _cli.WithOnlyHygieneBasics();
        _cli.Folder.Write("a.txt", "No newline");
        _cli.Folder.Write("b.md", "No newline");
        _cli.Folder.Write("c.html", "No newline");
        _cli.Folder.Write(".git/d.txt", "No newline");

        Assert.Equal(["a.txt", "b.md"], _cli.Run(".").OutputLines.Select(l => l[..l.IndexOf('(', StringComparison.Ordinal)]));
        Assert.Single(_cli.Run("c.html").OutputLines);
    }

    [Fact]
    public void Configuration_problems_are_warnings_with_file_and_line_and_do_not_change_the_exit_code()
    {
        _cli.WithOnlyHygieneBasics("dotnet_diagnostic.CL5005.severity = loud\ndotnet_diagnostic.CL9999.severity = error");
        _cli.Folder.Write("a.txt", "Text.\n");

        var result = _cli.Run(".");

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith(".editorconfig(6): warning: 'dotnet_diagnostic.CL5005.severity': invalid severity 'loud'", lines[0], StringComparison.Ordinal);
        Assert.StartsWith(".editorconfig(7): warning: 'dotnet_diagnostic.CL9999.severity': unknown rule CL9999", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("corpuslint: ", lines[2], StringComparison.Ordinal);
    }

    private static bool CanRead(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
