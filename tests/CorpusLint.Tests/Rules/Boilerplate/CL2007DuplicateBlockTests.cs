using CorpusLint.Model;
using CorpusLint.Rules;
using CorpusLint.Rules.Boilerplate;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Rules.Boilerplate;

public class CL2007DuplicateBlockTests
{
    private readonly CL2007DuplicateBlock _rule = new();

    [Fact]
    public void Fires_on_the_second_copy_of_the_headline()
    {
        var diagnostic = Assert.Single(RuleTester.Lint(_rule, BoilerplateText.Article(before: [BoilerplateText.Headline])));
        Assert.Equal((3, 1), (diagnostic.Start.Line, diagnostic.Start.Column));
        Assert.Contains("line 1", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fires_on_a_paragraph_pasted_twice() =>
        RuleTester.AssertFiresAt(_rule, BoilerplateText.Article(middle: [BoilerplateText.Paragraphs[0]]), (7, 1));

    [Fact]
    public void Min_words_is_an_option() =>
        Assert.Empty(RuleTester.Lint(_rule, BoilerplateText.Article(before: [BoilerplateText.Headline]), options: new Dictionary<string, string> { ["min_words"] = "10" }));

    [Fact]
    public void Fix_deletes_whole_lines() => BoilerplateText.AssertFixesDeleteWholeLines(_rule, "CL2007.txt");

    [Theory]
    [InlineData("Yes, she said, and the room fell silent for a moment before the vote was taken by a show of hands.")]
    public void Silent_on_prose(string sentence) => RuleTester.AssertSilent(_rule, BoilerplateText.WithProse(sentence));

    [Fact]
    public void Silent_on_a_clean_article() => RuleTester.AssertSilent(_rule, BoilerplateText.Article());

    [Fact]
    public void Silent_on_a_short_quote_repeated_inside_the_article() =>
        RuleTester.AssertSilent(_rule, BoilerplateText.Article(middle: ["'Yes,' she said.", "", "The vote was close, and the chairman had to count the raised hands twice before he could announce it.", "", "'Yes,' she said."]));

    [Fact]
    public void Silent_on_an_item_two_lists_of_the_article_share() =>
        RuleTester.AssertSilent(_rule, BoilerplateText.Article(middle:
        [
            "- Quick access to the night boat with any ticket", "- Bikes travel free of charge", "- Valid all week long", "",
            "The season pass is the same, with two differences:", "",
            "- Quick access to the night boat with any ticket", "- Seats reserved on request", "- Valid at weekends only",
        ]));

    [Fact]
    public void Silent_on_the_signatures_of_two_posts_of_one_account() =>
        RuleTester.AssertSilent(_rule, BoilerplateText.Article(middle:
        [
            "The night boat is back from Friday. Book early!", "— Harbour Council (@HarbourCouncil) May 2, 2024", "",
            "Bikes travel free on every crossing this summer.", "— Harbour Council (@HarbourCouncil) May 2, 2024",
        ]));

    [Fact]
    public void Snapshot() => RuleTester.VerifySnapshot(_rule, "CL2007.txt");
}
