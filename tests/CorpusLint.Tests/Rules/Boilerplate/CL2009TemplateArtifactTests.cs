using CorpusLint.Model;
using CorpusLint.Rules;
using CorpusLint.Rules.Boilerplate;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Rules.Boilerplate;

public class CL2009TemplateArtifactTests
{
    private readonly CL2009TemplateArtifact _rule = new();

    [Fact]
    public void Fires_at_each_placeholder() =>
        RuleTester.AssertFiresAt(
            _rule,
            "Connecting to %s\nWritten by {{author_name}}\nPrice: ${price}\n[object Object]\nLorem ipsum dolor sit amet.\nBy undefined\n",
            (1, 15), (2, 12), (3, 8), (4, 1), (5, 1), (6, 4));

    [Fact]
    public void Fires_at_format_placeholders_and_not_a_number() =>
        RuleTester.AssertFiresAt(_rule, "Hello %(first_name)s\nClick {0} to continue\nPrice: $NaN\n", (1, 7), (2, 7), (3, 9));

    [Fact]
    public void Fix_deletes_a_placeholder_line_outside_the_prose()
    {
        var diagnostic = Assert.Single(RuleTester.Lint(_rule, BoilerplateText.Article(after: ["Connecting to %s"])));
        Assert.Equal(FixSafety.Unsafe, diagnostic.Fix!.Safety);
    }

    [Fact]
    public void Extra_placeholders_come_from_the_options() =>
        Assert.Single(RuleTester.Lint(_rule, "Title: [[TITLE]]\n", options: new Dictionary<string, string> { ["phrases"] = "[[TITLE]]" }));

    [Fact]
    public void Fix_deletes_whole_lines() => BoilerplateText.AssertFixesDeleteWholeLines(_rule, "CL2009.txt");

    [Theory]
    [InlineData("The border remains undefined after the talks, and the islanders were held for an undefined period.")]
    [InlineData("Profits rose 15% since January, the company said, and 20% of the staff will get a bonus.")]
    [InlineData("Nan Goldin, whose photographs of the island hang in the museum, said the sets {1, 2} and {2, 3} were fine.")]
    [InlineData(@"The matrix {\displaystyle {\frac {1}{\sqrt {2}}}\left(E_{jk}+E_{kj}\right)} is symmetric, as the formula {\displaystyle C={\frac {1}{2}}(C+C^{H})} shows.")]
    public void Silent_on_prose(string sentence) => RuleTester.AssertSilent(_rule, BoilerplateText.WithProse(sentence));

    [Fact]
    public void Silent_on_a_clean_article() => RuleTester.AssertSilent(_rule, BoilerplateText.Article());

    [Fact]
    public void Snapshot() => RuleTester.VerifySnapshot(_rule, "CL2009.txt");
}
