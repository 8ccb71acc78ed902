using CorpusLint.Model;
using CorpusLint.Rules;
using CorpusLint.Rules.Boilerplate;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Rules.Boilerplate;

public class CL2006SocialEmbedTests
{
    private readonly CL2006SocialEmbed _rule = new();

    [Fact]
    public void Fires_on_a_share_prompt_and_a_bare_post_url() =>
        RuleTester.AssertFiresAt(
            _rule,
            BoilerplateText.Article(middle: ["https://twitter.com/harbourgazette/status/1765432109876543210"], after: ["Share with a friend"]),
            (7, 1), (13, 1));

    [Fact]
    public void Fix_deletes_whole_lines() => BoilerplateText.AssertFixesDeleteWholeLines(_rule, "CL2006.txt");

    [Theory]
    [InlineData("She shared the photograph with a friend, who posted it online the same evening with a short comment.")]
    [InlineData("The company will follow up on the complaints, a spokesman said, and will share the results with the council.")]
    public void Silent_on_prose(string sentence) => RuleTester.AssertSilent(_rule, BoilerplateText.WithProse(sentence));

    [Fact]
    public void Silent_on_a_clean_article() => RuleTester.AssertSilent(_rule, BoilerplateText.Article());

    [Fact]
    public void Snapshot() => RuleTester.VerifySnapshot(_rule, "CL2006.txt");
}
