using System.Text.Json;
using CorpusLint.Cli;
using CorpusLint.Rules;

namespace CorpusLint.Tests.Cli;

public sealed class OtherCommandsTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Rules_lists_every_built_in_rule_with_its_category_severity_and_fix()
    {
        var result = _cli.Run("rules");

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        foreach (var rule in BuiltInRules.All)
        {
            var row = Assert.Single(result.OutputLines, l => l.Contains(rule.Id, StringComparison.Ordinal));
            Assert.Contains(rule.Name, row, StringComparison.Ordinal);
            Assert.Contains(rule.Descriptor.Category, row, StringComparison.Ordinal);
            Assert.Contains(rule.DefaultSeverity.ToWord(), row, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Rules_in_markdown_is_the_readme_table()
    {
        var result = _cli.Run("rules", "--format", "markdown");

        Assert.Equal(RuleTable.ToMarkdown(BuiltInRules.All), result.Output);
    }

    [Fact]
    public void Rules_filters_by_category()
    {
        var result = _cli.Run("rules", "--category", "hygiene", "--format", "markdown");

        Assert.Equal(RuleTable.ToMarkdown(BuiltInRules.All.Where(r => r.Descriptor.Category == RuleCategory.Hygiene)), result.Output);
    }

    [Theory]
    [InlineData("rules", "--category", "Weather")]
    [InlineData("rules", "--format", "html")]
    [InlineData("explain", "CL9999")]
    [InlineData("explain")]
    [InlineData("inspect", "missing.txt")]
    [InlineData("inspect")]
    public void Mistakes_exit_2(params string[] args)
    {
        var result = _cli.Run(args);

        Assert.Equal(ExitCodes.UsageOrFatal, result.ExitCode);
        Assert.StartsWith("error: ", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CL5004")]
    [InlineData("cl5004")]
    public void Explain_prints_the_rule_page(string id)
    {
        var result = _cli.Run("explain", id);

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        Assert.Equal(RuleDocumentation.GetPage("CL5004"), result.Output);
        Assert.Contains("CL5004", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_rule_has_a_page_for_explain()
    {
        Assert.All(BuiltInRules.All, rule => Assert.False(string.IsNullOrWhiteSpace(RuleDocumentation.GetPage(rule.Id)), $"{rule.Id} has no page"));
    }

    [Fact]
    public void Inspect_prints_the_document_model_as_json()
    {
        _cli.Folder.Write("story.md", "# Title\n\nBy [Ana Ruiz](https://example.org/ana)\n\nFirst paragraph.\n");

        var result = _cli.Run("inspect", "story.md");

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal("story.md", json.RootElement.GetProperty("path").GetString());
        Assert.Equal(3, json.RootElement.GetProperty("paragraphs").GetArrayLength());
        Assert.Equal("https://example.org/ana", json.RootElement.GetProperty("links")[0].GetProperty("target").GetString());
    }

    [Fact]
    public void Inspect_shows_quotations_attribution_dates_and_layout_with_positions()
    {
        _cli.Folder.Write("story.txt", "Ferry to run later\n\nBy Maria Lindqvist\nJan. 22, 2019\n\n“We listened to islanders,” said Tomas Berg on Tuesday.\n\nSubscribe to our newsletter\n");

        var result = _cli.Run("inspect", "story.txt");

        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        var pair = root.GetProperty("quotations").GetProperty("pairs")[0];
        Assert.Equal(("Closed", 6, 1), (pair.GetProperty("status").GetString(), pair.GetProperty("openAt").GetProperty("line").GetInt32(), pair.GetProperty("openAt").GetProperty("column").GetInt32()));
        var byline = root.GetProperty("attribution").GetProperty("bylines")[0];
        Assert.Equal(("Maria Lindqvist", 3), (byline.GetProperty("name").GetString(), byline.GetProperty("start").GetProperty("line").GetInt32()));
        Assert.Equal(4, root.GetProperty("dates").GetProperty("publicationDate").GetProperty("start").GetProperty("line").GetInt32());
        Assert.Equal(6, root.GetProperty("layout").GetProperty("bodyStart").GetInt32());
        var prompt = root.GetProperty("layout").GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("line").GetInt32() == 8);
        Assert.Equal(("CallToAction", "After", "Bad"), (prompt.GetProperty("class").GetString(), prompt.GetProperty("place").GetString(), prompt.GetProperty("prose").GetString()));
    }

    [Fact]
    public void Inspect_explains_every_byline_and_date_candidate()
    {
        _cli.Folder.Write("story.txt", "Ferry to run later\n\nTech Desk\nPublished January 22, 2019\nMaria Lindqvist\nJanuary 21, 2019\n\nThe council voted on Tuesday to add two evening crossings.\n");

        var result = _cli.Run("inspect", "story.txt");

        using var json = JsonDocument.Parse(result.Output);
        var attribution = json.RootElement.GetProperty("attribution");
        Assert.True(attribution.GetProperty("header").GetProperty("articleStart").GetInt32() > 6);
        var names = attribution.GetProperty("bylineCandidates").EnumerateArray()
            .ToDictionary(c => c.GetProperty("byline").GetProperty("name").GetString()!, c => (c.GetProperty("accepted").GetBoolean(), c.GetProperty("reason").GetString()));
        Assert.True(names["Maria Lindqvist"].Item1);
        Assert.False(names["Tech Desk"].Item1);
        Assert.Contains("section", names["Tech Desk"].Item2, StringComparison.Ordinal);
        var dates = json.RootElement.GetProperty("dates");
        Assert.Equal("2019-01-22", dates.GetProperty("publicationDate").GetProperty("date").GetString());
        var verdicts = dates.GetProperty("candidates").EnumerateArray().Select(c => (c.GetProperty("date").GetString(), c.GetProperty("verdict").GetString())).ToList();
        Assert.Equal([("2019-01-22", "Chosen"), ("2019-01-21", "Rejected")], verdicts);
        Assert.All(dates.GetProperty("candidates").EnumerateArray(), c => Assert.False(string.IsNullOrEmpty(c.GetProperty("reason").GetString())));
    }

    [Fact]
    public void Inspect_on_a_folder_says_so()
    {
        _cli.Folder.CreateFolder("archive");

        var result = _cli.Run("inspect", "archive");

        Assert.Equal(ExitCodes.UsageOrFatal, result.ExitCode);
        Assert.Contains("archive is a folder", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_exits_0()
    {
        var result = _cli.Run("--help");

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        Assert.Contains("explain", result.Output, StringComparison.Ordinal);
    }
}
