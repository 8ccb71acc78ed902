using CorpusLint.Model;
using CorpusLint.Rules;
using CorpusLint.Rules.Boilerplate;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Rules.Boilerplate;

public class CL2001NavigationMenuTests
{
    private readonly CL2001NavigationMenu _rule = new();

    [Fact]
    public void Fires_once_on_a_run_of_menu_links_from_first_to_last_line()
    {
        var diagnostics = RuleTester.Lint(_rule, BoilerplateText.Article(before: ["- [News](#)", "- [Opinion](#)", "- [Business](#)", "- [Sport](#)"]));
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((1, 1, 4), (diagnostic.Start.Line, diagnostic.Start.Column, diagnostic.End.Line));
    }

    [Fact]
    public void Fires_on_a_line_of_separated_items_below_the_article() =>
        RuleTester.AssertFiresAt(_rule, BoilerplateText.Article(after: ["Home | World | Business | Sport | Culture"]), (11, 1));

    [Fact]
    public void Fix_deletes_whole_lines() => BoilerplateText.AssertFixesDeleteWholeLines(_rule, "CL2001.txt");

    [Theory]
    [InlineData("The plan has three parts: a tax on short flights, more night trains and cheaper season tickets for commuters.")]
    public void Silent_on_prose(string sentence) => RuleTester.AssertSilent(_rule, BoilerplateText.WithProse(sentence));

    [Fact]
    public void Silent_on_a_clean_article() => RuleTester.AssertSilent(_rule, BoilerplateText.Article());

    [Fact]
    public void Silent_on_a_list_inside_the_article() =>
        RuleTester.AssertSilent(_rule, BoilerplateText.Article(middle: ["- a new tax on short flights", "- more night trains on the coast", "- cheaper season tickets for commuters"]));

    [Fact]
    public void Silent_on_a_list_of_two_word_items_inside_the_article() =>
        RuleTester.AssertSilent(_rule, BoilerplateText.Article(middle: ["What to bring on the crossing:", "", "• bottled water", "• baby carrier", "• healthy snack bars", "• camera"]));

    [Fact]
    public void Fires_on_a_menu_of_single_words_inside_the_article()
    {
        var diagnostic = Assert.Single(RuleTester.Lint(_rule, BoilerplateText.Article(middle: ["• News", "• Sport", "• Weather", "• Opinion"])));
        Assert.Equal((7, 10), (diagnostic.Start.Line, diagnostic.End.Line));
    }

    [Fact]
    public void Snapshot() => RuleTester.VerifySnapshot(_rule, "CL2001.txt");
}
