using CorpusLint.Cli;
using CorpusLint.Rules;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests;

/// <summary>The README's rule table is generated from the rules' descriptors; this test keeps it from drifting.</summary>
public class ReadmeRuleTableTests
{
    private const string Begin = "<!-- rules:begin -->";
    private const string End = "<!-- rules:end -->";

    [Fact]
    public void Readme_rule_table_matches_the_rules()
    {
        var readmePath = Path.Combine(RepositoryRoot.Find(), "README.md");
        var readme = File.ReadAllText(readmePath).Replace("\r\n", "\n", StringComparison.Ordinal);
        var begin = readme.IndexOf(Begin, StringComparison.Ordinal);
        var end = readme.IndexOf(End, StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin, $"README.md must contain the markers {Begin} and {End} around the rule table.");

        var actual = readme[(begin + Begin.Length)..end].Trim('\n');
        var expected = RuleTable.ToMarkdown(BuiltInRules.All).Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\n');

        Assert.True(
            expected == actual,
            "The rule table in README.md is out of date. Regenerate it with\n"
            + "  dotnet run --project src/CorpusLint.Cli -c Release -- rules --format markdown\n"
            + $"and paste the output between {Begin} and {End}. Expected:\n{expected}");
    }
}
