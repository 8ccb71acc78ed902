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
    public void Fix_deletes_whole_lines()
    {
        var text = BoilerplateText.Fixture("CL2001.txt");
        foreach (var diagnostic in RuleTester.Lint(_rule, Document.FromText("CL2001.txt", text)).Where(d => d.Fix is not null))
        {
            var edit = Assert.Single(diagnostic.Fix!.Edits);
            Assert.Equal(FixSafety.Unsafe, diagnostic.Fix.Safety);
            Assert.Equal(string.Empty, edit.NewText);
            Assert.True(edit.Span.Start == 0 || text[edit.Span.Start - 1] == '\n', "a deletion starts at a line start");
            Assert.True(edit.Span.End == text.Length || text[edit.Span.End - 1] == '\n', "a deletion ends after a line terminator");
        }
    }

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
