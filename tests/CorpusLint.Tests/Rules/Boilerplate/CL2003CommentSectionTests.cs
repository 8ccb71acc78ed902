using CorpusLint.Model;
using CorpusLint.Rules;
using CorpusLint.Rules.Boilerplate;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Rules.Boilerplate;

public class CL2003CommentSectionTests
{
    private readonly CL2003CommentSection _rule = new();

    [Fact]
    public void Fires_on_a_comment_form_below_the_article()
    {
        var diagnostic = Assert.Single(RuleTester.Lint(_rule, BoilerplateText.Article(after:
            ["Leave a Reply", "", "Fill in your details below or click an icon to log in:", "", "You are commenting using your Twitter account. Log Out /  Change )"])));
        Assert.Equal((11, 15), (diagnostic.Start.Line, diagnostic.End.Line));
    }

    [Fact]
    public void Fix_deletes_whole_lines() => BoilerplateText.AssertFixesDeleteWholeLines(_rule, "CL2003.txt");

    [Theory]
    [InlineData("Readers can read more of the comments on the council's website, where the debate has run for weeks.")]
    [InlineData("The minister declined to comment on the report, saying the inquiry had to be allowed to finish its work.")]
    public void Silent_on_prose(string sentence) => RuleTester.AssertSilent(_rule, BoilerplateText.WithProse(sentence));

    [Fact]
    public void Silent_on_a_clean_article() => RuleTester.AssertSilent(_rule, BoilerplateText.Article());

    [Fact]
    public void Snapshot() => RuleTester.VerifySnapshot(_rule, "CL2003.txt");
}
