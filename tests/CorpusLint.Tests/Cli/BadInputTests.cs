using System.Text;
using System.Text.Json;
using CorpusLint.Cli;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Cli;

/// <summary>Issue 8's table, row by row: inputs that used to hang, crash or destroy a file.</summary>
public sealed class BadInputTests : IDisposable
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [SkippableFact]
    public void A_fifo_in_a_folder_is_not_opened_for_reading_and_the_rest_is_linted()
    {
        Skip.IfNot(HostileFiles.OnUnix, "FIFOs are a Unix file type");
        _cli.WithOnlyHygieneBasics().Folder.Write("b.txt", "No newline");
        HostileFiles.MakeFifo(_cli.Folder.PathOf("a.txt"));

        var result = RunGuarded(".");

        Assert.Equal(ExitCodes.UsageOrFatal, result.ExitCode);
        Assert.Equal(
            ["a.txt(1,1): error CL0001: Not linted: not a regular file (a FIFO)", "b.txt(1,11): suggestion CL5005: File does not end with a newline"],
            result.OutputLines);
    }

    [SkippableFact]
    public void A_link_to_dev_zero_is_refused_and_the_rest_is_linted()
    {
        Skip.IfNot(File.Exists("/dev/zero"), "needs /dev/zero");
        _cli.WithOnlyHygieneBasics().Folder.Write("b.txt", "No newline");
        File.CreateSymbolicLink(_cli.Folder.PathOf("zero.txt"), "/dev/zero");

        var result = RunGuarded(".");

        Assert.Equal(ExitCodes.UsageOrFatal, result.ExitCode);
        Assert.Equal(
            ["b.txt(1,11): suggestion CL5005: File does not end with a newline", "zero.txt(1,1): error CL0001: Not linted: not a regular file (a character device)"],
            result.OutputLines);
    }

    [SkippableFact]
    public void Inspecting_dev_zero_is_refused_with_a_message()
    {
        Skip.IfNot(File.Exists("/dev/zero"), "needs /dev/zero");

        var result = _cli.Run("inspect", "/dev/zero");

        Assert.Equal(ExitCodes.UsageOrFatal, result.ExitCode);
        Assert.Equal("error: cannot inspect /dev/zero: not a regular file (a character device)\n", result.Error);
    }

    [Theory]
    [InlineData("a.txt", "a.txt")]
    [InlineData(".", "a.txt")]
    [InlineData(".", "sub/../a.txt")]
    public void An_output_file_that_is_one_of_the_inputs_is_refused_before_anything_runs(string input, string output)
    {
        var article = _cli.WithOnlyHygieneBasics().Folder.Write("a.txt", "The article.\n");

        var result = _cli.Run("lint", input, "-o", output);

        Assert.Equal(ExitCodes.UsageOrFatal, result.ExitCode);
        Assert.Equal($"error: --output: {output} is one of the documents to lint; the report would overwrite it\n", result.Error);
        Assert.Equal("The article.\n", File.ReadAllText(article));
    }

    [Fact]
    public void An_output_file_in_the_linted_folder_that_is_not_an_article_is_fine()
    {
        _cli.WithOnlyHygieneBasics().Folder.Write("a.txt", "No newline");

        var result = _cli.Run("lint", ".", "-o", "report.json", "--format", "json");

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        using var json = JsonDocument.Parse(File.ReadAllText(_cli.Folder.PathOf("report.json")));
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("documents").GetInt32());
    }

    [Fact]
    public void An_output_in_a_missing_folder_is_refused_before_linting_starts()
    {
        _cli.WithOnlyHygieneBasics().Folder.Write("a.txt", "Text.\n");

        var result = _cli.Run("lint", ".", "-o", "missing/dir/x.json");

        Assert.Equal(ExitCodes.UsageOrFatal, result.ExitCode);
        Assert.StartsWith("error: --output: cannot write missing/dir/x.json: the folder ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("corpuslint:", result.Error, StringComparison.Ordinal); // no summary: nothing was linted
    }

    [Fact]
    public void The_report_replaces_the_old_one_through_a_temporary_file_and_leaves_nothing_behind()
    {
        _cli.WithOnlyHygieneBasics().Folder.Write("a.txt", "No newline");
        var report = _cli.Folder.Write("out/report.txt", "the previous report\n");

        var result = _cli.Run("lint", "a.txt", "-o", "out/report.txt");

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        Assert.Equal("a.txt(1,11): suggestion CL5005: File does not end with a newline\n", File.ReadAllText(report));
        Assert.Equal(["report.txt"], Directory.GetFiles(_cli.Folder.PathOf("out")).Select(Path.GetFileName));
    }

    [SkippableFact]
    public void A_path_longer_than_the_system_allows_is_reported_and_the_rest_is_linted()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "PATH_MAX of 4,096 bytes is Linux's");
        _cli.WithOnlyHygieneBasics().Folder.Write("top.txt", "No newline");
        var deep = _cli.Folder.CreateFolder("deep");
        HostileFiles.MakeDeepFolders(deep, HostileFiles.DeepNesting, "a.txt", "No newline");
        try
        {
            var result = RunGuarded(".");

            Assert.Equal(ExitCodes.UsageOrFatal, result.ExitCode);
            var notLinted = Assert.Single(result.OutputLines, l => l.Contains("CL0001", StringComparison.Ordinal));
            Assert.StartsWith("deep/d/d/d/", notLinted, StringComparison.Ordinal);
            Assert.EndsWith("(1,1): error CL0001: Not linted: cannot read the folder: the path is longer than the operating system allows", notLinted, StringComparison.Ordinal);
            Assert.Contains("top.txt(1,11): suggestion CL5005: File does not end with a newline", result.OutputLines);
        }
        finally
        {
            HostileFiles.DeleteDeepFolders(deep);
        }
    }

    [SkippableFact]
    public void A_file_name_that_is_not_utf8_is_linted_and_shown_escaped()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "Linux file names are bytes; other systems keep them in UTF-8 or UTF-16");
        _cli.WithOnlyHygieneBasics();
        HostileFiles.WriteRawName(_cli.Folder.FullPath, [(byte)'x', 0xE9, .. ".txt"u8], "No newline");
        Directory.CreateDirectory(_cli.Folder.PathOf("sub"));
        HostileFiles.WriteRawName(_cli.Folder.PathOf("sub"), [0xFF, .. ".txt"u8], "No newline");

        var result = RunGuarded(".");

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        Assert.Equal(
            [@"sub/\xFF.txt(1,11): suggestion CL5005: File does not end with a newline", @"x\xE9.txt(1,11): suggestion CL5005: File does not end with a newline"],
            result.OutputLines);
    }

    [SkippableFact]
    public void Control_characters_in_text_and_file_names_are_escaped_in_text_output()
    {
        Skip.If(OperatingSystem.IsWindows(), "Windows file names cannot hold control characters");
        _cli.WithOnlyHygieneBasics("dotnet_diagnostic.CL5003.severity = warning").Folder.Write("red\u001b[31m\nname.txt", "Colour \u001b[31mred\u001b[0m here.\n");

        var text = RunGuarded(".");
        var json = RunGuarded(".", "--format", "json");

        Assert.Equal(
            [@"red\x1B[31m\nname.txt(1,8): warning CL5003: Control character U+001B", @"red\x1B[31m\nname.txt(1,16): warning CL5003: Control character U+001B"],
            text.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain('\u001b', text.Output);
        using var report = JsonDocument.Parse(json.Output);
        Assert.Equal("red\u001b[31m\nname.txt", report.RootElement.GetProperty("diagnostics")[0].GetProperty("path").GetString());
        Assert.DoesNotContain('\u001b', json.Output);
    }

    [Fact]
    public void Standard_input_over_the_size_limit_gets_the_same_message_as_a_file()
    {
        _cli.WithOnlyHygieneBasics().Folder.Write("big.txt", new string('x', 3000) + "\n");

        var file = _cli.Run("big.txt", "--max-document-size", "2KB");
        var stdin = _cli.RunWithInput(new byte[50_000], "-", "--stdin-filename", "big.txt", "--max-document-size", "2KB");

        Assert.Equal(["big.txt(1,1): error CL0001: Not linted: larger than the size limit of 2 KB (--max-document-size)"], file.OutputLines);
        Assert.Equal(file.OutputLines, stdin.OutputLines);
        Assert.Equal((ExitCodes.UsageOrFatal, ExitCodes.UsageOrFatal), (file.ExitCode, stdin.ExitCode));
    }

    [SkippableFact]
    public void A_document_that_cannot_be_linted_is_in_the_json_report_and_counted_as_an_error()
    {
        Skip.IfNot(HostileFiles.OnUnix, "FIFOs are a Unix file type");
        _cli.WithOnlyHygieneBasics().Folder.Write("b.txt", "Text.\n");
        HostileFiles.MakeFifo(_cli.Folder.PathOf("a.txt"));

        var result = RunGuarded(".", "--format", "json");

        Assert.Equal(ExitCodes.UsageOrFatal, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var diagnostic = Assert.Single(json.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(("a.txt", "CL0001", "error"), (diagnostic.GetProperty("path").GetString(), diagnostic.GetProperty("id").GetString(), diagnostic.GetProperty("severity").GetString()));
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("errors").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("documents").GetInt32());
    }

    [Fact]
    public void Double_dash_ends_the_options_so_a_path_may_start_with_a_dash()
    {
        _cli.WithOnlyHygieneBasics().Folder.Write("--odd-name.txt", "No newline");

        var result = _cli.Run("lint", "--", "--odd-name.txt");

        Assert.Equal(["--odd-name.txt(1,11): suggestion CL5005: File does not end with a newline"], result.OutputLines);
        Assert.Equal(ExitCodes.Clean, result.ExitCode);
    }

    [SkippableFact]
    public void Closed_standard_input_is_an_error_not_a_hang()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "the check reads /proc");

        var (exitCode, _, error) = HostileFiles.RunShell(_cli.Folder.FullPath, "exec {cli} lint - --stdin-filename s.txt <&-", HangGuard);

        Assert.Equal(ExitCodes.UsageOrFatal, exitCode);
        Assert.Contains("error: cannot read standard input: it is closed", error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Diagnostics_and_the_summary_never_share_a_line_in_one_log()
    {
        Skip.IfNot(HostileFiles.OnUnix, "uses a POSIX shell to send both streams to one file");
        _cli.WithOnlyHygieneBasics("dotnet_diagnostic.CL5004.severity = warning\ndotnet_diagnostic.CL9999.severity = error");
        for (var i = 0; i < 40; i++)
        {
            _cli.Folder.Write($"f{i:D2}.txt", string.Concat(Enumerable.Repeat("Trailing \n", 50)) + "no newline");
        }

        var (exitCode, _, _) = HostileFiles.RunShell(_cli.Folder.FullPath, "{cli} lint . --jobs 2 > log.out 2>&1", HangGuard);

        Assert.Equal(ExitCodes.Clean, exitCode);
        var lines = File.ReadAllLines(_cli.Folder.PathOf("log.out"));
        Assert.True(lines.Length == (40 * 51) + 2, string.Join('\n', lines.Where(l => !l.StartsWith('f'))));
        Assert.All(lines[..^2], l => Assert.Matches(@"^f\d\d\.txt\(\d+,\d+\): (warning CL5004|suggestion CL5005): [^:]+$", l));
        Assert.StartsWith(".editorconfig(", lines[^2], StringComparison.Ordinal);
        Assert.StartsWith("corpuslint: 40 document(s)", lines[^1], StringComparison.Ordinal);
    }

    [SkippableFact]
    public void SIGTERM_while_the_report_is_pending_leaves_the_old_report_whole()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "sends a POSIX signal");
        var report = _cli.Folder.Write("report.json", "{ \"the previous\": \"report\" }\n");

        // Standard input stays open and empty, so the run waits; then it is told to stop.
        var (exitCode, _, error) = HostileFiles.RunShell(
            _cli.Folder.FullPath,
            "mkfifo in; sleep 30 > in & writer=$!; {cli} lint - --stdin-filename s.txt -o report.json --format json < in & pid=$!; "
            + "sleep 3; kill -TERM $pid; wait $pid; code=$?; kill $writer; rm in; exit $code",
            HangGuard);

        Assert.Equal(ExitCodes.Terminated, exitCode);
        Assert.Equal("{ \"the previous\": \"report\" }\n", File.ReadAllText(report));
        Assert.Equal(["report.json"], Directory.GetFiles(_cli.Folder.FullPath).Select(Path.GetFileName).Where(n => n != ".editorconfig"));
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
    }

    private CliResult RunGuarded(params string[] args)
    {
        var run = Task.Run(() => _cli.Run(args));
        Assert.True(run.Wait(HangGuard), $"corpuslint {string.Join(' ', args)} did not finish within {HangGuard.TotalSeconds} s (a hang)");
        return run.Result;
    }
}
