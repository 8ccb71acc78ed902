using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CorpusLint.Cli;
using CorpusLint.Configuration;
using CorpusLint.Engine;
using CorpusLint.Fixing;
using CorpusLint.Reporting;
using CorpusLint.Rules;
using CorpusLint.Tests.Infrastructure;
using CorpusLint.Tests.Reporting;

namespace CorpusLint.Tests.Cli;

/// <summary>
/// Issue 8's hardening through issue 11's formats, fixes and baselines: every report format over hostile input (each
/// input gets its message, nothing raw reaches a terminal or a log, the run ends with exit 2), fixes that never open
/// what linting would not, and baselines and shard merges that keep documents that were not linted in view.
/// </summary>
public sealed partial class CiFormatsOnHostileInputTests : IDisposable
{
    private const string EscapeName = "name\u001b[2J.txt";

    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [SkippableTheory]
    [InlineData("text")]
    [InlineData("full")]
    [InlineData("github")]
    [InlineData("json")]
    [InlineData("sarif")]
    public void Every_format_reports_every_hostile_input_and_nothing_raw_reaches_the_terminal(string format)
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "FIFOs, devices and raw file names are Linux's");
        WriteHostileFolder();

        var (exitCode, output, error) = HostileFiles.RunShell(_cli.Folder.FullPath, $"NO_COLOR=1 {{cli}} lint . --format {format}", TimeSpan.FromMinutes(2));

        Assert.Equal(ExitCodes.UsageOrFatal, exitCode);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
        var reported = Parse(format, output);
        void Has(string path, string id, string text) =>
            Assert.True(
                reported.Any(r => r.Path == path && r.Id == id && r.Message.Contains(text, StringComparison.Ordinal)),
                $"{format}: expected {path} {id} '{text}' in:\n{string.Join('\n', reported)}");

        var shown = ShownPath(format);
        Has("fifo.txt", "CL0001", "Not linted: not a regular file (a FIFO)");
        Has("zero.txt", "CL0001", "Not linted: not a regular file (a character device)");
        Has("spaces.txt", "CL0003", "CL5004 found 50 more problem(s)");
        Has("escape.txt", "CL5003", "U+001B");
        Has(shown(EscapeName), "CL5005", "newline");
        Has(shown("x\\xE9.txt"), "CL5005", "newline");
        if (format is "text" or "full" or "github")
        {
            Assert.DoesNotContain(output, c => c != '\n' && TerminalText.IsUnsafe(c));
        }

        if (format == "github")
        {
            Assert.All(output.TrimEnd('\n').Split('\n'), line => Assert.Matches(Annotation(), line));
        }

        if (format == "sarif" && SarifReporterTests.SchemaPath is not null)
        {
            SarifReporterTests.AssertValid(output);
        }
    }

    [SkippableFact]
    public void Fix_lints_around_a_FIFO_and_a_device_and_fixes_the_other_files()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "FIFOs and /dev/zero");
        var path = _cli.Folder.Write("a.txt", CiArticles.Defects);
        HostileFiles.MakeFifo(_cli.Folder.PathOf("fifo.txt"));
        File.CreateSymbolicLink(_cli.Folder.PathOf("zero.txt"), "/dev/zero");

        var (exitCode, output, error) = HostileFiles.RunShell(_cli.Folder.FullPath, "{cli} lint . --fix", TimeSpan.FromMinutes(1));

        Assert.Equal(ExitCodes.UsageOrFatal, exitCode);
        Assert.Contains("at six, the", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Contains("fifo.txt(1,1): error CL0001: Not linted: not a regular file (a FIFO)", output, StringComparison.Ordinal);
        Assert.Contains("zero.txt(1,1): error CL0001: Not linted: not a regular file (a character device)", output, StringComparison.Ordinal);
        Assert.Contains("corpuslint: fixed 2 problem(s) in 1 file(s)", error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Diff_exits_2_when_a_document_could_not_be_linted_whether_or_not_others_would_change()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "FIFOs");
        _cli.Folder.Write("a.txt", CiArticles.Defects);
        HostileFiles.MakeFifo(_cli.Folder.PathOf("fifo.txt"));

        var withChanges = _cli.Run("lint", ".", "--diff");
        var nothingToChange = _cli.Run("lint", ".", "--diff", "--severity", "error");

        Assert.StartsWith("--- a/a.txt\n", withChanges.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.UsageOrFatal, withChanges.ExitCode);
        Assert.Equal(ExitCodes.UsageOrFatal, nothingToChange.ExitCode);
    }

    [SkippableFact]
    public void A_file_that_became_a_FIFO_after_it_was_linted_is_not_opened_for_fixing()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "FIFOs");
        var path = _cli.Folder.PathOf("a.txt");
        HostileFiles.MakeFifo(path);

        // Reading a FIFO that has no writer blocks forever; the fixer opens files the way linting does.
        var outcome = Fixer().FixFile(new DocumentInput(path, "a.txt"), write: true);

        Assert.Equal(FileFixStatus.Failed, outcome.Status);
        Assert.Equal("cannot read it: not a regular file (a FIFO)", outcome.Message);
    }

    [Fact]
    public void A_file_too_large_to_hold_whole_is_not_fixed_and_keeps_its_diagnostics()
    {
        var path = _cli.Folder.Write("a.txt", CiArticles.Defects);

        var outcome = Fixer(maxBytes: 64).FixFile(new DocumentInput(path, "a.txt"), write: true);

        Assert.Equal(FileFixStatus.Skipped, outcome.Status);
        Assert.Equal("not fixed: larger than 64 bytes, the most that is fixed (fixing holds the whole text); its diagnostics stand", outcome.Message);
        Assert.Null(outcome.Remaining);
        Assert.Equal(CiArticles.Defects, File.ReadAllText(path));
    }

    [SkippableFact]
    public void A_file_whose_name_is_not_UTF8_is_linted_but_not_rewritten()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "raw file names");
        HostileFiles.WriteRawName(_cli.Folder.FullPath, [(byte)'x', 0xE9, .. ".txt"u8], "By Ana Ruiz\n\nNo newline");

        var result = _cli.Run("lint", ".", "--fix");

        Assert.Contains(@"x\xE9.txt(3,11): suggestion CL5005: File does not end with a newline", result.OutputLines);
        Assert.Contains(@"warning: x\xE9.txt: not fixed: its name is not valid UTF-8", result.Error, StringComparison.Ordinal);
        var unchanged = DocumentFile.ReadAll(Path.Combine(_cli.Folder.FullPath, $"x{NativePath.ByteMarker}\u00E9.txt"), 1000, out _);
        Assert.Equal("By Ana Ruiz\n\nNo newline", System.Text.Encoding.UTF8.GetString(unchanged!));
    }

    [SkippableFact]
    public void A_baseline_records_and_hides_problems_but_never_a_document_that_was_not_linted()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "FIFOs");
        _cli.Folder.Write("a.txt", CiArticles.Defects);
        _cli.Folder.Write("spaces.txt", Spaces());
        HostileFiles.MakeFifo(_cli.Folder.PathOf("fifo.txt"));

        var update = _cli.Run("lint", ".", "--baseline", "baseline.json", "--update-baseline");
        var again = _cli.Run("lint", ".", "--baseline", "baseline.json");

        using var baseline = JsonDocument.Parse(File.ReadAllText(_cli.Folder.PathOf("baseline.json")));
        var documents = baseline.RootElement.GetProperty("documents");
        Assert.Equal(["a.txt", "spaces.txt"], documents.EnumerateObject().Select(d => d.Name));
        Assert.Contains(documents.GetProperty("spaces.txt").EnumerateArray(), e => e.GetProperty("rule").GetString() == "CL0003");
        Assert.Equal(["fifo.txt(1,1): error CL0001: Not linted: not a regular file (a FIFO)"], update.OutputLines);
        Assert.Equal(update.OutputLines, again.OutputLines);
        Assert.Equal(ExitCodes.UsageOrFatal, update.ExitCode);
        Assert.Equal(ExitCodes.UsageOrFatal, again.ExitCode);
        Assert.Contains("problem(s) hidden by the baseline", again.Error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Merged_shards_with_a_document_that_was_not_linted_equal_the_single_run_and_exit_2()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "FIFOs");
        for (var i = 0; i < 6; i++)
        {
            _cli.Folder.Write($"corpus/{i}.txt", CiArticles.Defects);
        }

        HostileFiles.MakeFifo(_cli.Folder.PathOf("corpus/fifo.txt"));
        var single = _cli.Run("lint", "corpus", "--format", "json", "--reproducible", "-o", "single.json");
        var shards = Enumerable.Range(1, 3).Select(k => _cli.Run("lint", "corpus", "--shard", $"{k}/3", "--format", "json", "--reproducible", "-o", $"shard{k}.json")).ToList();

        var merged = _cli.Run("merge", "shard1.json", "shard2.json", "shard3.json", "--format", "json", "-o", "merged.json");

        Assert.Equal(File.ReadAllBytes(_cli.Folder.PathOf("single.json")), File.ReadAllBytes(_cli.Folder.PathOf("merged.json")));
        Assert.Contains("\"fingerprint\"", File.ReadAllText(_cli.Folder.PathOf("merged.json")), StringComparison.Ordinal);
        Assert.Contains("CL0001", File.ReadAllText(_cli.Folder.PathOf("merged.json")), StringComparison.Ordinal);
        Assert.Equal(ExitCodes.UsageOrFatal, single.ExitCode);
        Assert.Contains(shards, s => s.ExitCode == ExitCodes.UsageOrFatal);
        Assert.Equal(ExitCodes.UsageOrFatal, merged.ExitCode);
    }

    /// <summary>More trailing-space lines than CL5004 reports in one document, so a CL0003 gives the count of the rest.</summary>
    private static string Spaces() => string.Concat(Enumerable.Repeat("Trailing \n", LintEngine.MaxDiagnosticsPerRule + 50));

    private static FileFixer Fixer(long maxBytes = DocumentLimits.DefaultWholeDocumentBytes)
    {
        var engine = new LintEngine(BuiltInRules.All, new ConfigurationProvider(BuiltInRules.All));
        return new FileFixer(new DocumentFixer(engine, new FixOptions(Severity.Suggestion, IncludeUnsafe: false)), maxBytes);
    }

    /// <summary>How a format shows a path that holds control characters or bytes that are not UTF-8.</summary>
    private static Func<string, string> ShownPath(string format) => format switch
    {
        "text" or "github" => TerminalText.Escape,
        "full" => FullReporter.Visible,
        "sarif" => path => path.Replace("\u001b[", "%1B%5B", StringComparison.Ordinal).Replace("x\\xE9", "x%E9", StringComparison.Ordinal),
        _ => path => path,
    };

    private void WriteHostileFolder()
    {
        var folder = _cli.Folder;
        folder.Write(".editorconfig", "root = true\n");
        folder.Write("article.txt", "By Ana Ruiz\n\nHARBOURTON, Thursday, October 17, 2024 — The council met.\n");
        folder.Write("escape.txt", "By Ana Ruiz\n\nColour \u001b[31mred\u001b[0m text.\n");
        folder.Write("separators.txt", "By Ana Ruiz\n\nOne line\u2028two lines, and \u202Ereversed\u202C text\u0085.\n");
        folder.Write(EscapeName, "Clear the screen.");
        folder.Write("spaces.txt", Spaces());
        HostileFiles.MakeFifo(folder.PathOf("fifo.txt"));
        File.CreateSymbolicLink(folder.PathOf("zero.txt"), "/dev/zero");
        HostileFiles.WriteRawName(folder.FullPath, [(byte)'x', 0xE9, .. ".txt"u8], "No newline");
    }

    /// <summary>Each report as (path, ID, message) rows, whatever its format; SARIF notifications count as rows.</summary>
    private static List<(string Path, string Id, string Message)> Parse(string format, string output) => format switch
    {
        "json" => [.. JsonDocument.Parse(output).RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => (d.GetProperty("path").GetString()!, d.GetProperty("id").GetString()!, d.GetProperty("message").GetString()!))],
        "sarif" => ParseSarif(output),
        _ => [.. output.Split('\n').Select(line => (format switch { "text" => TextLine(), "full" => FullHeader(), _ => Annotation() }).Match(line))
            .Where(m => m.Success)
            .Select(m => (m.Groups["path"].Value, m.Groups["id"].Value, m.Groups["message"].Value))],
    };

    private static List<(string Path, string Id, string Message)> ParseSarif(string output)
    {
        var run = JsonNode.Parse(output)!["runs"]![0]!;
        var results = run["results"]!.AsArray().Select(r => (
            (string)r!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!, (string)r["ruleId"]!, (string)r["message"]!["text"]!));
        var notifications = run["invocations"]![0]!["toolExecutionNotifications"]!.AsArray().Select(n => (
            (string)n!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!, (string)n["descriptor"]!["id"]!, (string)n["message"]!["text"]!));
        Assert.False((bool)run["invocations"]![0]!["executionSuccessful"]!);
        return [.. results, .. notifications];
    }

    [GeneratedRegex(@"^(?<path>.+)\([0-9]+,[0-9]+\): (error|warning|suggestion|silent) (?<id>[A-Z]+[0-9]+): (?<message>.*)$")]
    private static partial Regex TextLine();

    [GeneratedRegex(@"^(?<path>.+):[0-9]+:[0-9]+: (error|warning|suggestion|silent) (?<id>[A-Z]+[0-9]+)( \[\*\])? (?<message>.*)$")]
    private static partial Regex FullHeader();

    // One annotation: a command, comma-separated properties whose values hold no raw ':' or ',', then '::' and a message on one line.
    [GeneratedRegex(@"^::(error|warning|notice) file=(?<path>[^,:\r\n]+),line=[1-9][0-9]*,endLine=[1-9][0-9]*,col=[1-9][0-9]*,endColumn=[1-9][0-9]*,title=(?<id>CL[0-9]{4})::(?<message>[^\r\n]+)$")]
    private static partial Regex Annotation();
}
