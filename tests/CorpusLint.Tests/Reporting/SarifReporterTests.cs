using System.Text.Json.Nodes;
using CorpusLint.Reporting;
using CorpusLint.Tests.Cli;
using CorpusLint.Tests.Infrastructure;
using NJsonSchema;
using NJsonSchema.Validation;

namespace CorpusLint.Tests.Reporting;

public sealed class SarifReporterTests : IDisposable
{
    internal static readonly string? SchemaPath = SharedFolder.Locate("schemas", "sarif-schema-2.1.0.json");
    // The SARIF schema is draft-04, which NJsonSchema validates (JsonSchema.Net 8 starts at draft-06).
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromFileAsync(SchemaPath!).GetAwaiter().GetResult());

    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [SkippableFact]
    public void Output_validates_against_the_SARIF_2_1_0_schema()
    {
        Skip.If(SchemaPath is null, "../shared/schemas/sarif-schema-2.1.0.json not found");
        _cli.Folder.Write("news/ferry story.txt", CiArticles.Defects);
        _cli.Folder.Write("news/menu.md", CiArticles.Menu);

        var result = _cli.Run("lint", "news", "--format", "sarif");

        AssertValid(result.Output);
    }

    [SkippableFact]
    public void The_validation_rejects_a_log_that_breaks_the_schema()
    {
        Skip.If(SchemaPath is null, "../shared/schemas/sarif-schema-2.1.0.json not found");
        _cli.Folder.Write("a.txt", CiArticles.Defects);
        var log = JsonNode.Parse(_cli.Run("lint", "a.txt", "--format", "sarif").Output)!;
        log["runs"]![0]!["results"]![0]!["level"] = "fatal";

        var errors = string.Join('\n', Validate(log.ToJsonString()).Select(e => e.ToString()));

        Assert.Contains("NotInEnumeration: #/runs[0].results[0].level", errors, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Seeds_validate_with_a_fingerprint_on_every_result_and_a_help_uri_on_every_rule()
    {
        var seeds = SharedFolder.Locate("corpus", "seeds");
        Skip.If(SchemaPath is null || seeds is null, "../shared (schema and corpus/seeds) not found");
        SharedFolder.CopyFiles(seeds!, _cli.Folder.PathOf("seeds"), "*.txt");

        var output = _cli.Run("lint", "seeds", "--format", "sarif").Output;

        AssertValid(output);
        var run = JsonNode.Parse(output)!["runs"]![0]!;
        var results = run["results"]!.AsArray();
        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.Matches("^[0-9a-f]{32}:[0-9]+$", (string)r!["partialFingerprints"]![SarifReporter.FingerprintKey]!));
        Assert.All(run["tool"]!["driver"]!["rules"]!.AsArray(), rule => Assert.StartsWith("https://", (string)rule!["helpUri"]!, StringComparison.Ordinal));
    }

    [Fact]
    public void Results_have_relative_uris_under_SRCROOT_regions_and_fixes()
    {
        _cli.Folder.Write("news/ferry story.txt", CiArticles.Defects);

        var run = JsonNode.Parse(_cli.Run("lint", "news", "--format", "sarif").Output)!["runs"]![0]!;

        Assert.Equal(new Uri(_cli.Folder.FullPath + "/").AbsoluteUri, (string)run["originalUriBaseIds"]!["%SRCROOT%"]!["uri"]!);
        var comma = run["results"]!.AsArray().Single(r => (string)r!["ruleId"]! == "CL4006")!;
        var location = comma["locations"]![0]!["physicalLocation"]!;
        Assert.Equal("news/ferry%20story.txt", (string)location["artifactLocation"]!["uri"]!);
        Assert.Equal("%SRCROOT%", (string)location["artifactLocation"]!["uriBaseId"]!);
        Assert.Equal(5, (int)location["region"]!["startLine"]!);
        Assert.Equal(62, (int)location["region"]!["startColumn"]!);
        Assert.Equal(63, (int)location["region"]!["endColumn"]!);
        Assert.Equal("note", (string)comma["level"]!);
        var replacement = comma["fixes"]![0]!["artifactChanges"]![0]!["replacements"]![0]!;
        Assert.Equal(1, (int)replacement["deletedRegion"]!["charLength"]!);
        Assert.Equal("", (string)replacement["insertedContent"]!["text"]!);
        var unclosed = run["results"]!.AsArray().Single(r => (string)r!["ruleId"]! == "CL4001")!;
        Assert.Null(unclosed["fixes"]);
        Assert.Equal("error", (string)unclosed["level"]!);
    }

    [Fact]
    public void Fingerprints_survive_lines_moving_and_change_with_the_problem_text()
    {
        _cli.Folder.Write("a.txt", CiArticles.Defects);
        var before = Fingerprints(_cli.Run("lint", "a.txt", "--format", "sarif").Output);
        _cli.Folder.Write("a.txt", "A new first paragraph.\n\nAnother one.\n\n" + CiArticles.Defects);
        var moved = Fingerprints(_cli.Run("lint", "a.txt", "--format", "sarif").Output);
        _cli.Folder.Write("a.txt", CiArticles.Defects.Replace("at six ,", "at seven ,", StringComparison.Ordinal));
        var edited = Fingerprints(_cli.Run("lint", "a.txt", "--format", "sarif").Output);

        Assert.Equal(before["CL4006"], moved["CL4006"]);
        Assert.Equal(before["CL4001"], moved["CL4001"]);
        Assert.NotEqual(before["CL4006"], edited["CL4006"]);
        Assert.Equal(before["CL4001"], edited["CL4001"]);
    }

    [Fact]
    public void Every_rule_is_described_with_its_help_page_and_default_level()
    {
        _cli.Folder.Write("a.txt", "Clean.\n");

        var rules = JsonNode.Parse(_cli.Run("lint", "a.txt", "--format", "sarif").Output)!["runs"]![0]!["tool"]!["driver"]!["rules"]!.AsArray();

        var cl4001 = rules.Single(r => (string)r!["id"]! == "CL4001")!;
        Assert.Equal("UnclosedQuote", (string)cl4001["name"]!);
        Assert.Equal("https://github.com/corpuslint/corpuslint/blob/main/rules/Quotes/CL4001.md", (string)cl4001["helpUri"]!);
        Assert.Equal("error", (string)cl4001["defaultConfiguration"]!["level"]!);
        Assert.False(string.IsNullOrWhiteSpace((string)cl4001["fullDescription"]!["text"]!));
        Assert.Equal(BuiltInRulesCount(), rules.Count);
    }

    [Fact]
    public void A_projects_own_rules_are_described_too()
    {
        _cli.Folder.Write("corpuslint.json", """
            { "rules": [ { "id": "ACME001", "name": "BreakingPrefix", "kind": "regex", "pattern": "^BREAKING:", "message": "Remove the prefix", "severity": "warning", "category": "Style" } ] }
            """);
        _cli.Folder.Write("a.txt", "BREAKING: ferry leaves at six.\n");

        var run = JsonNode.Parse(_cli.Run("lint", "a.txt", "--format", "sarif").Output)!["runs"]![0]!;

        var rules = run["tool"]!["driver"]!["rules"]!.AsArray();
        var index = rules.Select(r => (string)r!["id"]!).ToList().IndexOf("ACME001");
        Assert.True(index >= 0);
        var result = run["results"]!.AsArray().Single(r => (string)r!["ruleId"]! == "ACME001")!;
        Assert.Equal(index, (int)result["ruleIndex"]!);
    }

    [SkippableFact]
    public void Documents_not_linted_or_linted_in_part_are_notifications_and_the_log_still_validates()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "FIFOs");
        _cli.Folder.Write("a.txt", CiArticles.Defects);
        _cli.Folder.Write("spaces.txt", string.Concat(Enumerable.Repeat("Trailing \n", CorpusLint.Engine.LintEngine.MaxDiagnosticsPerRule + 1)));
        HostileFiles.MakeFifo(_cli.Folder.PathOf("fifo.txt"));
        File.CreateSymbolicLink(_cli.Folder.PathOf("broken.txt"), _cli.Folder.PathOf("nowhere.txt"));

        var result = _cli.Run("lint", ".", "--format", "sarif");

        if (SchemaPath is not null)
        {
            AssertValid(result.Output);
        }

        var run = JsonNode.Parse(result.Output)!["runs"]![0]!;
        var invocation = run["invocations"]![0]!;
        var described = run["tool"]!["driver"]!["notifications"]!.AsArray().Select(n => (string)n!["id"]!).ToList();
        var notifications = invocation["toolExecutionNotifications"]!.AsArray()
            .ToDictionary(n => (string)n!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!, n => n!);
        Assert.Equal(["CL0001", "CL0002", "CL0003", "CL0004"], described);
        Assert.Equal(["broken.txt", "fifo.txt", "spaces.txt"], notifications.Keys.Order());
        Assert.Equal("CL0001", (string)notifications["fifo.txt"]["descriptor"]!["id"]!);
        Assert.Equal(0, (int)notifications["fifo.txt"]["descriptor"]!["index"]!);
        Assert.Equal("error", (string)notifications["fifo.txt"]["level"]!);
        Assert.Equal("Not linted: not a regular file (a FIFO)", (string)notifications["fifo.txt"]["message"]!["text"]!);
        Assert.Equal($"Not linted: a broken symbolic link: its target '{_cli.Folder.PathOf("nowhere.txt")}' does not exist", (string)notifications["broken.txt"]["message"]!["text"]!);
        Assert.Equal("CL0003", (string)notifications["spaces.txt"]["descriptor"]!["id"]!);
        Assert.Equal("warning", (string)notifications["spaces.txt"]["level"]!);
        Assert.False((bool)invocation["executionSuccessful"]!);
        Assert.DoesNotContain(run["results"]!.AsArray(), r => ((string)r!["ruleId"]!).StartsWith("CL000", StringComparison.Ordinal));
        Assert.Contains(run["results"]!.AsArray(), r => (string)r!["ruleId"]! == "CL4006");
        Assert.Equal(CorpusLint.Cli.ExitCodes.UsageOrFatal, result.ExitCode);
    }

    [Fact]
    public void A_document_linted_in_part_is_a_warning_and_the_run_still_succeeded()
    {
        _cli.Folder.Write("spaces.txt", string.Concat(Enumerable.Repeat("Trailing \n", CorpusLint.Engine.LintEngine.MaxDiagnosticsPerRule + 1)));

        var invocation = JsonNode.Parse(_cli.Run("lint", ".", "--format", "sarif").Output)!["runs"]![0]!["invocations"]![0]!;

        Assert.True((bool)invocation["executionSuccessful"]!);
        Assert.Equal("CL0003", (string)invocation["toolExecutionNotifications"]![0]!["descriptor"]!["id"]!);
    }

    [SkippableFact]
    public void A_file_name_that_is_not_UTF8_is_a_uri_of_its_very_bytes()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "raw file names");
        HostileFiles.WriteRawName(_cli.Folder.FullPath, [(byte)'x', 0xE9, .. ".txt"u8], "No newline");

        var output = _cli.Run("lint", ".", "--format", "sarif").Output;

        var uris = JsonNode.Parse(output)!["runs"]![0]!["results"]!.AsArray()
            .Select(r => (string)r!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!).Distinct();
        Assert.Equal(["x%E9.txt"], uris);
    }

    private static int BuiltInRulesCount() => CorpusLint.Rules.BuiltInRules.All.Count;

    private static Dictionary<string, string> Fingerprints(string sarif) =>
        JsonNode.Parse(sarif)!["runs"]![0]!["results"]!.AsArray()
            .ToDictionary(r => (string)r!["ruleId"]!, r => (string)r!["partialFingerprints"]![SarifReporter.FingerprintKey]!);

    private static ICollection<ValidationError> Validate(string json) => Schema.Value.Validate(json);

    internal static void AssertValid(string json)
    {
        var errors = Validate(json);
        Assert.True(errors.Count == 0, "SARIF does not validate:\n" + string.Join('\n', errors.Take(20).Select(e => e.ToString())));
    }
}
