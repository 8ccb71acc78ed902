using CorpusLint.Model;
using CorpusLint.Rules;
using CorpusLint.Rules.Boilerplate;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Rules.Boilerplate;

public class CL2002CallToActionTests
{
    private readonly CL2002CallToAction _rule = new();

    [Fact]
    public void Fires_on_prompts_above_and_below_the_article() =>
        RuleTester.AssertFiresAt(
            _rule,
            BoilerplateText.Article(before: ["Support The Harbour Gazette!", "[Contribute today](#)"], after: ["Sign up for our weekly newsletter"]),
            (1, 1), (14, 1));

    [Theory]
    [InlineData("Subscribe now")]
    [InlineData("Gift this article")]
    public void Fires_on_a_prompt_between_paragraphs(string prompt) =>
        RuleTester.AssertFiresAt(_rule, BoilerplateText.Article(middle: [prompt]), (7, 1));

    [Fact]
    public void Extra_phrases_come_from_the_options()
    {
        var text = BoilerplateText.Article(after: ["Become a Gazette friend"]);
        Assert.Empty(RuleTester.Lint(_rule, text));
        var diagnostic = Assert.Single(RuleTester.Lint(_rule, text, options: new Dictionary<string, string> { ["phrases"] = "gazette friend" }));
        Assert.Equal(11, diagnostic.Start.Line);
    }

    [Fact]
    public void Fix_deletes_whole_lines() => BoilerplateText.AssertFixesDeleteWholeLines(_rule, "CL2002.txt");

    [Theory]
    [InlineData("I don't subscribe to that view, the harbour master said, and most of the ferry crew agree with him.")]
    [InlineData("The country was among the last to sign up to the Kyoto protocol, which it ratified years later.")]
    [InlineData("Readers who subscribe to the newspaper's print edition will receive the timetable with Saturday's paper.")]
    [InlineData("The charity asked residents to donate warm clothes and blankets for the families who lost their homes.")]
    public void Silent_on_prose(string sentence) => RuleTester.AssertSilent(_rule, BoilerplateText.WithProse(sentence));

    [Fact]
    public void Silent_on_a_long_paragraph_that_mentions_a_free_trial_between_pictures() =>
        RuleTester.AssertSilent(_rule, BoilerplateText.Article(after:
        [
            "[Gazette]", "",
            "If you are on the fence about paying for a whole season, you are not alone. The pass is really meant for the regular travellers who cross every single day. When the spring comes and the free trials are offered again, you should give it a try. You might like it.",
            "", "[Courier]",
        ]));

    [Fact]
    public void Silent_on_a_clean_article() => RuleTester.AssertSilent(_rule, BoilerplateText.Article());

    [Fact]
    public void Snapshot() => RuleTester.VerifySnapshot(_rule, "CL2002.txt");
}
