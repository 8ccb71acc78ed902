using CorpusLint.Model;
using CorpusLint.Model.Layout;
using CorpusLint.Rules.Boilerplate;
using CorpusLint.Tests.Infrastructure;
using CorpusLint.Tests.Rules.Boilerplate;

namespace CorpusLint.Tests.Model;

/// <summary>
/// Pages dumped by <c>lynx -dump</c>, which numbers every link ("[2]Home [3]News") and lists the numbered addresses under
/// "References" at the end: the numbers are not text the page shows.
/// </summary>
public class LayoutLinkNumbersTests
{
    [Theory]
    [InlineData("[2]Home [3]News [4]Sport", "Home News Sport", 3)]
    [InlineData("By [6]Maria Lindqvist | March 3, 2024", "By Maria Lindqvist | March 3, 2024", 1)]
    [InlineData("It lies in Scotland.[1] It has a pier.", "It lies in Scotland.[1] It has a pier.", 0)]
    [InlineData("[1] Campbell, W. F. (1840). Islay Papers.", "[1] Campbell, W. F. (1840). Islay Papers.", 0)]
    [InlineData("See [123456]x and [a]b", "See [123456]x and [a]b", 0)]
    public void Link_numbers_are_left_out_of_what_the_line_shows(string line, string shown, int numbers)
    {
        Assert.Equal(shown, LineShapes.WithoutLinkNumbers(line).ToString());
        Assert.Equal(numbers, LineShapes.CountLinkNumbers(line));
    }

    [Fact]
    public void A_lynx_dumps_numbered_chrome_is_found_and_its_article_kept()
    {
        var text = string.Join("\n", [
            "   [1]Skip to content", "   [2]Home [3]News [4]Sport [5]Weather", "",
            BoilerplateText.Headline, "", "   By [6]Maria Lindqvist | March 3, 2024", "",
            BoilerplateText.Paragraphs[0], "", BoilerplateText.Paragraphs[1], "", BoilerplateText.Paragraphs[2], "",
            "References", "", "   1. https://example.org/#content", "   2. https://example.org/", "   3. https://example.org/news/",
            "   4. https://example.org/sport/", "   5. https://example.org/weather/", "   6. https://example.org/authors/maria/", ""]);

        var layout = Document.FromText("page.txt", text).Layout;

        Assert.False(layout[0].IsArticle, $"{layout[0].Class} ({layout[0].Reason})");
        Assert.False(layout[1].IsArticle, $"{layout[1].Class} ({layout[1].Reason})");
        Assert.True(layout[1].Signals.HasFlag(LineSignals.Separated));
        Assert.All([7, 9, 11], i => Assert.Equal(LineClass.Body, layout[i].Class));
        RuleTester.AssertPositions(RuleTester.Lint(new CL2008SiteChrome(), text, "page.txt"), (1, 1));
    }

    /// <summary>
    /// html2text's Markdown wrapped at 78 columns breaks a link over two lines: the line that opens it is not the more
    /// link-dense for it (a link's share of one line of a wrapped paragraph says nothing of the paragraph's).
    /// </summary>
    [Fact]
    public void A_link_a_hard_wrap_broke_over_two_lines_adds_no_link_density_to_either()
    {
        const string Text = "The harbour council voted on Tuesday to add two crossings, after [a campaign by\n"
            + "the nurses](https://example.org/news/2019/01/nurses-campaign-for-later-ferries) of the island hospital.\n";
        var document = Document.FromText("page.txt", Text);

        Assert.Contains(document.Links, l => l.Kind == LinkKind.Inline);
        Assert.Equal(0, document.Layout[0].LinkDensity);
    }
}
