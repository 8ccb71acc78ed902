using CorpusLint.Model;
using CorpusLint.Model.Layout;
using CorpusLint.Rules.Boilerplate;
using CorpusLint.Tests.Infrastructure;
using CorpusLint.Tests.Rules.Boilerplate;

namespace CorpusLint.Tests.Model;

/// <summary>
/// Pages saved as Markdown (as crawlers that convert HTML to Markdown keep them): a picture is <c>![alt](src)</c> where a
/// text browser prints "[photo]", and links carry their targets. The layout must judge them as it judges the plain text.
/// </summary>
public class LayoutMarkdownTests
{
    private const string Picture = "![The evening ferry leaving the north quay at dusk](https://example.org/img/evening-ferry.jpg)";

    private static DocumentLayout Layout(string text) => Document.FromText("article.md", text).Layout;

    [Fact]
    public void A_picture_between_paragraphs_is_the_articles_not_a_teaser()
    {
        var text = BoilerplateText.Article(middle: [Picture]);
        var layout = Layout(text);

        Assert.True(layout[6].IsArticle, $"{layout[6].Class} ({layout[6].Reason})");
        Assert.Equal(LayoutReason.PictureInBody, layout[6].Reason);
        RuleTester.AssertSilent(new CL2004RelatedContent(), text, "article.md");
        RuleTester.AssertSilent(new CL2011PhotoCaptionRemnant(), text, "article.md");
    }

    [Fact]
    public void A_linked_picture_is_a_picture_too()
    {
        var layout = Layout(BoilerplateText.Article(middle: ["[" + Picture + "](https://example.org/gallery/evening-ferry/)"]));

        Assert.True(layout[6].Signals.HasFlag(LineSignals.Picture));
        Assert.Equal(LayoutReason.PictureInBody, layout[6].Reason);
    }

    [Fact]
    public void A_picture_is_no_menu_item_nor_link()
    {
        var layout = Layout(BoilerplateText.Article(middle: [Picture]));

        Assert.False(layout[6].IsMenuItem);
        Assert.False(layout[6].Signals.HasFlag(LineSignals.LinkOnly));
        Assert.Equal(0, layout[6].LinkDensity);
    }

    [Fact]
    public void A_picture_outside_the_body_is_a_caption_as_a_text_browsers_placeholder_is()
    {
        var layout = Layout(BoilerplateText.Article(after: ["![Harbour Gazette](https://example.org/img/logo.png)"]));

        Assert.Equal(LineClass.Caption, layout[10].Class);
    }

    [Fact]
    public void A_text_link_on_its_own_line_stays_a_teaser()
    {
        var layout = Layout(BoilerplateText.Article(middle: ["[Island school to reopen after the flood repairs end](https://example.org/news/school/)"]));

        Assert.False(layout[6].Signals.HasFlag(LineSignals.Picture));
        Assert.Equal(LineClass.Related, layout[6].Class);
    }

    [Fact]
    public void A_line_with_links_is_judged_by_what_it_shows_not_by_its_targets()
    {
        var layout = Layout(BoilerplateText.Article(before: ["By [Jane Roe](https://example.org/authors/jane_roe/) and [Tom Bell](https://example.org/authors/tom_bell/)"]));

        Assert.False(layout[0].Signals.HasFlag(LineSignals.Code), string.Join(", ", layout[0].Signals));
        Assert.Equal(LineClass.Byline, layout[0].Class);
    }

    [Fact]
    public void A_boilerplate_phrase_is_found_in_a_links_label()
    {
        var layout = Layout(BoilerplateText.Article(after: ["[Read more](https://example.org/news/ferry-timetable-explained/)"]));

        Assert.Equal(LineClass.Related, layout[10].Class);
    }

    [Fact]
    public void Lone_linked_buttons_between_a_roundups_paragraphs_do_not_cut_the_body()
    {
        var lines = new List<string> { "# Six gifts for the island commuter", "" };
        string[] items = ["Harbour thermos", "Ferry rain cape", "Quay bicycle lamp", "Deck folding chair", "Tide clock", "Sailing almanac"];
        foreach (var item in items)
        {
            var slug = item.ToLowerInvariant().Replace(' ', '-');
            lines.AddRange([$"{slug}.jpg", "", "Jane Roe/Harbour Gazette", "", $"{item} for $20", "", $"* [See it now: Harbour Shop](https://shop.example.org/{slug}/)", "",
                $"The {item.ToLowerInvariant()} has been a favourite of the morning crossing for years, and this winter it is cheaper than it has been since the new timetable began.", ""]);
        }

        var layout = Layout(string.Join('\n', lines));

        var paragraphs = Enumerable.Range(0, lines.Count).Where(i => lines[i].StartsWith("The ", StringComparison.Ordinal)).ToList();
        Assert.Equal(items.Length, paragraphs.Count);
        Assert.All(paragraphs, i => Assert.True(layout[i].Class == LineClass.Body, $"line {i + 1}: {layout[i].Class} ({layout[i].Reason})"));
    }
}
