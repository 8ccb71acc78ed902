using System.Text;
using CorpusLint.Configuration;
using CorpusLint.Rules;
using CorpusLint.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace CorpusLint.Tests.Configuration;

/// <summary>Configuration files that are not what they should be: binary, not UTF-8, invalid globs, huge.</summary>
public sealed class ConfigurationHardeningTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_binary_editorconfig_is_a_warning_naming_the_file_and_line_and_is_ignored()
    {
        _folder.Write(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.CL5005.severity = error\n");
        _folder.WriteBytes("sub/.editorconfig", [.. "root = true\n"u8, 0x89, (byte)'P', 0, 0, 0, 1, 2, 3, 0, 0x1A, 0]);
        var provider = new ConfigurationProvider(BuiltInRules.All);

        Assert.Equal(Severity.Error, SeverityOf(provider, "CL5005", _folder.PathOf("sub/a.txt")));
        var issue = Assert.Single(provider.Issues);
        Assert.Equal(_folder.PathOf("sub/.editorconfig"), issue.Path);
        Assert.Equal(2, issue.Line);
        Assert.Contains("binary", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_editorconfig_that_is_not_utf8_is_a_warning_with_the_line()
    {
        _folder.WriteBytes(".editorconfig", [.. "root = true\n\n[*]\n# caf"u8, 0xE9, .. "\ndotnet_diagnostic.CL5005.severity = error\n"u8]);
        var provider = new ConfigurationProvider(BuiltInRules.All);

        Assert.Equal(Severity.Error, SeverityOf(provider, "CL5005", _folder.PathOf("a.txt")));
        var issue = Assert.Single(provider.Issues);
        Assert.Equal(4, issue.Line);
        Assert.Contains("not valid UTF-8", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{{")]
    [InlineData("*.{txt,md")]
    [InlineData("a,b")]
    [InlineData("*.txt}")]
    [InlineData("file[0-9.txt")]
    [InlineData("{1..99999999999}")]
    public void An_invalid_section_glob_is_a_warning_naming_the_file_and_line(string glob)
    {
        _folder.Write(".editorconfig", $"root = true\n\n[*]\ndotnet_diagnostic.CL5004.severity = warning\n\n[{glob}]\ndotnet_diagnostic.CL5005.severity = error\n");
        var provider = new ConfigurationProvider(BuiltInRules.All);

        Assert.Equal(Severity.Warning, SeverityOf(provider, "CL5004", _folder.PathOf("a.txt")));
        var issue = Assert.Single(provider.Issues);
        Assert.Equal((6, $"[{glob}] is not a valid section glob; the settings under it are ignored"), (issue.Line, issue.Message));
    }

    [Theory]
    [InlineData("*.{txt,md}")]
    [InlineData("{a,b{c,d}}/**")]
    [InlineData("file{1..10}.txt")]
    [InlineData("file[!0-9].txt")]
    [InlineData("a\\{b")]
    [InlineData("**")]
    public void Valid_globs_raise_nothing(string glob)
    {
        _folder.Write(".editorconfig", $"root = true\n[{glob}]\ndotnet_diagnostic.CL5005.severity = error\n");
        var provider = new ConfigurationProvider(BuiltInRules.All);

        _ = provider.GetConfiguration(_folder.PathOf("a.txt"));
        Assert.Empty(provider.Issues);
    }

    /// <summary>
    /// A file of thousands of sections is handed to Roslyn one set of candidate sections at a time, so each document
    /// only pays for the sections that can match it. The oracle is Roslyn itself on the whole file.
    /// </summary>
    [Fact]
    public void A_file_of_many_sections_gives_each_document_what_roslyn_says_for_the_whole_file()
    {
        var text = new StringBuilder("root = true\n\n[*]\ndotnet_diagnostic.CL5004.severity = warning\n\n");
        for (var i = 0; i < 300; i++)
        {
            text.Append($"[archive/part{i}/**/*.{{txt,md}}]\ndotnet_diagnostic.CL5005.severity = error\n");
            text.Append($"[note{i}.txt]\ndotnet_diagnostic.CL5004.severity = none\n");
            text.Append($"[*.x{i}]\ndotnet_diagnostic.CL5003.severity = error\n");
        }

        text.Append("[archive/part7/deep/**]\ndotnet_diagnostic.CL5005.severity = warning\n[/archive/a?c.txt]\ndotnet_diagnostic.CL5006.severity = error\n");
        var path = _folder.Write(".editorconfig", text.ToString());
        var provider = new ConfigurationProvider(BuiltInRules.All);
        var roslyn = AnalyzerConfigSet.Create(new List<AnalyzerConfig> { AnalyzerConfig.Parse(text.ToString(), path) }, out _);

        string[] documents = [
            "a.txt", "archive/part12/x/a.md", "archive/part12/x/a.html", "archive/part7/a.txt", "archive/part7/x/a.txt",
            "archive/part7/deep/a.txt", "sub/note1.md", "sub/note1.txt", "note299.txt", "sub/file.x299", "sub/file.x300",
            "archive/abc.txt", "archive/a/c.txt", "archive/part1/x/y/z.md"];
        foreach (var document in documents)
        {
            var full = _folder.PathOf(document);
            var expected = roslyn.GetOptionsForSourcePath(full).TreeOptions;
            foreach (var id in new[] { "CL5003", "CL5004", "CL5005", "CL5006" })
            {
                var roslynSeverity = expected.TryGetValue(id.ToLowerInvariant(), out var report) || expected.TryGetValue(id, out report) ? report.ToSeverity() : null;
                var rule = BuiltInRules.All.First(r => r.Id == id);
                Assert.True((roslynSeverity ?? rule.DefaultSeverity) == SeverityOf(provider, id, full), $"{id} on {document}: Roslyn says {roslynSeverity}");
            }
        }

        Assert.Empty(provider.Issues);
    }

    [Theory]
    [InlineData("archive/part1/**", "archive/part1/", "")]
    [InlineData("/archive/*.txt", "archive/", ".txt")]
    [InlineData("note1.txt", "note1.txt", "note1.txt")]
    [InlineData("*.{txt,md}", "", "")]
    [InlineData("a?b.txt", "", "b.txt")]
    [InlineData("file[0-9].txt", "", ".txt")]
    [InlineData("archive/file[0-9].txt", "archive/file", ".txt")]
    public void Section_globs_know_the_literal_start_and_end_of_what_they_match(string glob, string prefix, string suffix)
    {
        var parsed = SectionGlob.Parse(glob);

        Assert.True(parsed.IsValid);
        Assert.Equal((prefix, suffix), (parsed.Prefix, parsed.Suffix));
    }

    private static Severity SeverityOf(ConfigurationProvider provider, string id, string path)
    {
        var index = BuiltInRules.All.ToList().FindIndex(r => r.Id == id);
        return provider.GetConfiguration(path).GetSeverity(index);
    }
}
