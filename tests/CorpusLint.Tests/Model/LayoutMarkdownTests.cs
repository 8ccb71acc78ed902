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

    private const string PlanTip = "Tip: cook twice as much rice as you need tonight, and keep the rest in the fridge for tomorrow's lunch.";

    /// <summary>An article followed by a six-day plan (a day's lunch and, on two days, a tip), related links and a footer.</summary>
    private static string PlanPage(string[] lunches, string tip)
    {
        string[] plan = [.. Enumerable.Range(0, 6).SelectMany(day => new[]
        {
            $"Day {day + 1}", string.Empty, "Breakfast, eaten before the workout", string.Empty, "Have oats with berries", string.Empty,
            "Lunch, eaten after the workout", string.Empty, $"Have {lunches[day]}", string.Empty, day % 3 == 1 ? tip : "Rest", string.Empty,
        })];
        return string.Join("\n", [
            "Skip to content", string.Empty, BoilerplateText.Headline, string.Empty,
            BoilerplateText.Paragraphs[0], string.Empty, BoilerplateText.Paragraphs[1], string.Empty,
            .. plan, "Related Articles", string.Empty, "* [Island Baker Wins Top Prize](https://example.org/news/baker/)", string.Empty,
            "© 2024 The Harbour Gazette. All rights reserved.", string.Empty]);
    }

    [Fact]
    public void A_link_in_a_line_of_a_plan_below_the_body_does_not_end_the_article()
    {
        // A link is 14 of the 38 characters "Have a chicken wrap with a green salad" shows: a line shows chrome when links are
        // clutter (BadLinkDensity), as they are when prose is judged, not at the lower bar a list item must stay under.
        var text = PlanPage(["lentil soup", "a tuna salad", "bean chilli", "[a chicken wrap](https://example.org/recipes/chicken-wrap/) with a green salad", "tomato pasta", "a rice bowl"], PlanTip);

        var layout = Layout(text);

        var related = text.Split('\n').ToList().IndexOf("Related Articles");
        Assert.Equal(related - 2, layout.BodyEnd);
    }

    [Fact]
    public void A_tip_in_a_plan_below_the_body_linking_many_of_its_words_does_not_end_the_article()
    {
        // The tip reads as a sentence though links make most of what it shows: prose, as an encyclopedia's linked
        // sentences are, not the line of links that shows a page's chrome.
        const string tip = "Tip: [cook twice](https://example.org/rice/) as much [rice as you need](https://example.org/batch/) tonight, and [keep the rest](https://example.org/fridge/) for [tomorrow's lunch](https://example.org/lunch/).";
        var text = PlanPage([.. Enumerable.Repeat("a bowl of lentil soup", 6)], tip);

        var layout = Layout(text);

        var lines = text.Split('\n').ToList();
        Assert.True(layout[lines.IndexOf(tip)].LinkDensity > new LayoutOptions().BadLinkDensity, $"links {layout[lines.IndexOf(tip)].LinkDensity:0.00}");
        Assert.Equal(lines.IndexOf("Related Articles") - 2, layout.BodyEnd);
    }

    [Fact]
    public void An_encyclopedias_paragraphs_linking_half_their_words_are_prose_and_a_line_of_links_is_not()
    {
        string[] paragraphs =
        [
            "[Port Ellen](https://en.example.org/wiki/Port_Ellen) is a [village](https://en.example.org/wiki/Village) on the [south coast](https://en.example.org/wiki/South_coast) of [Islay](https://en.example.org/wiki/Islay), in the [Inner Hebrides](https://en.example.org/wiki/Inner_Hebrides) of [Scotland](https://en.example.org/wiki/Scotland).",
            "It was founded in [1821](https://en.example.org/wiki/1821) by [Walter Campbell](https://en.example.org/wiki/Walter_Campbell) and named after his wife, [Lady Ellenor](https://en.example.org/wiki/Lady_Ellenor), who died in [1832](https://en.example.org/wiki/1832).",
            "The [ferry](https://en.example.org/wiki/Ferry) to [Kennacraig](https://en.example.org/wiki/Kennacraig) sails from its [pier](https://en.example.org/wiki/Pier), and the village has three [distilleries](https://en.example.org/wiki/Distillery) within a short walk.",
        ];
        var text = string.Join("\n", [
            "# Port Ellen", "", .. paragraphs.SelectMany(p => new[] { p, "" }),
            "[Islay](https://en.example.org/wiki/Islay) | [Jura](https://en.example.org/wiki/Jura) | [Colonsay](https://en.example.org/wiki/Colonsay) | [Gigha](https://en.example.org/wiki/Gigha)", ""]);

        var layout = Layout(text);

        Assert.All([2, 4, 6], i => Assert.True(layout[i].Class == LineClass.Body, $"line {i + 1}: {layout[i].Class} ({layout[i].Reason}), links {layout[i].LinkDensity:0.00}"));
        Assert.True(layout[2].LinkDensity > new LayoutOptions().BadLinkDensity, $"links {layout[2].LinkDensity:0.00}");
        Assert.False(layout[8].IsArticle, $"{layout[8].Class} ({layout[8].Reason})");
    }

    [Fact]
    public void A_closing_list_whose_items_link_their_venue_is_the_articles()
    {
        // "June 20 – Eastport @ the Union Arena": the venue's link is 11 of the 36 characters it shows.
        string[] dates =
        [
            "June 9 – Harbour Town @ Quay Park Bandstand", "June 10 – Port Ellen @ The Pier Hall",
            "June 14 – Northpoint @ Lighthouse Green", "June 20 – Eastport @ the [Union Arena](https://example.org/venues/union-arena/)",
            "June 23 – Westbay @ The Old Customs House", "June 27 – Saltmarsh @ the [Ferry Stage](https://example.org/venues/ferry-stage/)",
            "July 2 – Kilbride @ Kilbride Village Hall", "July 5 – Harbour Town @ Quay Park Bandstand",
        ];
        var text = BoilerplateText.Article(after: ["Tour dates", "", .. dates, "", "Related Articles", "", "* [Island Baker Wins Top Prize](https://example.org/news/baker/)"]);

        var layout = Layout(text);

        Assert.All(Enumerable.Range(12, dates.Length), i => Assert.True(layout[i].IsArticle, $"line {i + 1}: {layout[i].Class} ({layout[i].Reason}), links {layout[i].LinkDensity:0.00}"));
        Assert.False(layout[12 + dates.Length + 3].IsArticle);
    }

    [Fact]
    public void The_level_one_heading_above_byline_picture_and_caption_is_the_headline()
    {
        var text = string.Join("\n", [
            "[Skip to main content](#main)", "",
            "  * [News](https://example.org/news/)", "  * [Politics](https://example.org/politics/)", "  * [Sport](https://example.org/sport/)", "",
            "# Council approves two late ferry crossings for the island", "",
            "By [Maria Lindqvist](https://example.org/authors/maria/) | March 3, 2024 | 4 min read", "",
            "![The evening ferry leaving the north quay](https://example.org/img/ferry.jpg)", "",
            "The evening ferry leaves the north quay. Photo: Tom Bell", "",
            BoilerplateText.Paragraphs[0], "", BoilerplateText.Paragraphs[1], "", BoilerplateText.Paragraphs[2], ""]);

        var layout = Layout(text);

        Assert.Equal(LineClass.Title, layout[6].Class);
        Assert.NotEqual(LineClass.Title, layout[12].Class);
        RuleTester.AssertSilent(new CL2010BoilerplateBlock(), text.Replace("The evening ferry leaves the north quay. Photo: Tom Bell", "![Ferry](https://example.org/img/2.jpg)"), "article.md");
    }

    [Fact]
    public void A_sites_name_set_as_a_heading_above_its_menu_is_not_the_headline()
    {
        var text = string.Join("\n", [
            "# The Harbour Gazette", "",
            "  * [News](https://example.org/news/)", "  * [Politics](https://example.org/politics/)", "  * [Sport](https://example.org/sport/)", "",
            "Council approves two late ferry crossings", "",
            BoilerplateText.Paragraphs[0], "", BoilerplateText.Paragraphs[1], ""]);

        var layout = Layout(text);

        Assert.NotEqual(LineClass.Title, layout[0].Class);
        Assert.Equal(LineClass.Title, layout[6].Class);
    }

    [Theory]
    [InlineData("  1. **^** Campbell, W. F. (1840). _Islay Papers_. Edinburgh: Oliver & Boyd. p. 12.", true)]
    [InlineData("  2. **^** [\"Port Ellen harbour\"](https://example.org/harbour). _Islay Heritage_. Retrieved 12 May 2019.", true)]
    [InlineData("221. ^ Roe, Jane (2004). The Steamers of the Western Isles.", true)]
    [InlineData("3. Ferry fares to rise again in the spring", false)]
    public void A_reference_lists_entry_cites_its_source(string line, bool cites) => Assert.Equal(cites, LineShapes.CitesSource(line));

    [Fact]
    public void References_below_a_see_also_list_are_the_articles_and_a_ranked_list_of_stories_is_not()
    {
        string[] references =
        [
            "  1. **^** Campbell, W. F. (1840). _Islay Papers_. Edinburgh: Oliver & Boyd. p. 12.",
            "  2. **^** [\"Port Ellen harbour\"](https://example.org/harbour). _Islay Heritage_. Retrieved 12 May 2019.",
            "  3. **^** Roe, Jane (2004). _The Steamers of the Western Isles_. Glasgow: Clyde Press. pp. 40–44.",
            "  4. **^** [\"Ferry timetable\"](https://example.org/ferry). _Island Ferries_. Retrieved 3 March 2024.",
        ];
        string[] mostRead =
        [
            "  1. [Island school to reopen after the flood repairs](https://example.org/news/school/)",
            "  2. [Lighthouse keeper retires after forty years](https://example.org/news/lighthouse/)",
            "  3. [Harbour baker wins the county prize again](https://example.org/news/baker/)",
        ];
        string[] seeAlso = ["## See also", "", "  * [Laphroaig distillery](https://example.org/wiki/Laphroaig)", "  * [Lagavulin distillery](https://example.org/wiki/Lagavulin)", ""];

        var cited = Layout(BoilerplateText.Article(after: [.. seeAlso, "## References", "", .. references]));
        var ranked = Layout(BoilerplateText.Article(after: [.. seeAlso, "## Most read", "", .. mostRead]));

        Assert.All(Enumerable.Range(17, references.Length), i => Assert.True(cited[i].IsArticle, $"line {i + 1}: {cited[i].Class} ({cited[i].Reason})"));
        Assert.Equal(LineClass.Related, cited[12].Class);
        Assert.True(cited[15].IsArticle, $"{cited[15].Class} ({cited[15].Reason})");
        Assert.All(Enumerable.Range(17, mostRead.Length), i => Assert.False(ranked[i].IsArticle, $"line {i + 1}: {ranked[i].Class} ({ranked[i].Reason})"));
    }

    [Fact]
    public void A_headings_hashes_are_not_code()
    {
        var layout = Layout(BoilerplateText.Article(after: ["## References"]));

        Assert.False(layout[10].Signals.HasFlag(LineSignals.Code), string.Join(", ", layout[10].Signals));
    }

    [Fact]
    public void A_linked_date_alone_on_its_line_is_a_stamp_not_a_teaser()
    {
        var layout = Layout(BoilerplateText.Article(after: ["[March 4, 2024 at 9:12 am](https://example.org/2024/03/03/ferry/#comment-12)"]));

        Assert.True(layout[10].Signals.HasFlag(LineSignals.TimeStamp), string.Join(", ", layout[10].Signals));
        Assert.False(layout[10].Signals.HasFlag(LineSignals.TeaserLink));
        Assert.NotEqual(LineClass.Related, layout[10].Class);
    }

    [Fact]
    public void Front_matter_is_the_documents_record_not_boilerplate()
    {
        string[] frontMatter =
        [
            "---", "title: \"Harbour council approves new ferry timetable\"", "source: \"https://example.org/news/ferry\"",
            "author:", "  - \"[[Maria Lindqvist]]\"", "published: 2024-03-03", "created: 2024-03-05", "tags:", "  - \"clippings\"", "---",
        ];
        var text = string.Join("\n", [.. frontMatter, "# " + BoilerplateText.Headline, "", BoilerplateText.Paragraphs[0], "", BoilerplateText.Paragraphs[1], ""]);

        var layout = Layout(text);

        Assert.All(Enumerable.Range(0, frontMatter.Length), i => Assert.Equal(LayoutReason.FrontMatter, layout[i].Reason));
        Assert.Equal(LineClass.Title, layout[frontMatter.Length].Class);
        RuleTester.AssertSilent(new CL2010BoilerplateBlock(), text, "clipping.md");
        RuleTester.AssertSilent(new CL2004RelatedContent(), text, "clipping.md");
    }

    [Fact]
    public void The_nearest_level_one_heading_past_share_buttons_is_the_headline_and_the_heading_under_it_its_dek()
    {
        var text = string.Join("\n", [
            "# [Harbour Letters](https://harbourletters.example.org/)", "", "Subscribe", "", "Sign in", "",
            "# Why the evening ferry matters", "", "### Two late crossings will change the island's week", "",
            "[Jane Roe](https://example.org/@janeroe)", "", "Mar 03, 2024", "", "12", "", "Share", "",
            BoilerplateText.Paragraphs[0], "", BoilerplateText.Paragraphs[1], ""]);

        var layout = Layout(text);

        Assert.NotEqual(LineClass.Title, layout[0].Class);
        Assert.Equal(LineClass.Title, layout[6].Class);
        Assert.Equal(LineClass.Title, layout[8].Class);
    }

    [Fact]
    public void The_headline_is_found_past_a_long_header_of_buttons_counters_and_links()
    {
        var text = string.Join("\n", [
            "# Why the evening ferry matters", "", "## Two late crossings will change the island's week", "",
            "[![Jane Roe](https://img.example.org/jane.png)](https://example.org/@janeroe)", "", "[Jane Roe](https://example.org/@janeroe)", "", "·", "",
            "[Follow](https://example.org/signin)", "", "5 min read", "", "·", "", "Mar 3, 2024", "", "\\--", "", "12", "", "Listen", "", "Share", "",
            BoilerplateText.Paragraphs[0], "", BoilerplateText.Paragraphs[1], ""]);

        var layout = Layout(text);

        Assert.Equal(LineClass.Title, layout[0].Class);
        Assert.Equal(LineClass.Title, layout[2].Class);
    }
    private const string SectionedArticle =
        "# Kestrel Bay Lighthouse\n\nThe Kestrel Bay lighthouse stands on the northern headland of the bay, where it was built in 1874 and automated in 1962.\n\n"
        + "## History\n\nWork began in 1871, after two ships were lost on the reef in the winter of 1869, and the tower was finished three years later.\n\n"
        + "The light was first lit on the first of September 1874, and the keepers lived in the cottages below it until 1962.\n\n";

    private const string FactTable = "| Feature | Value |\n|---|---|\n| Height | 31 m |\n| Focal height | 54 m |\n| Range | 22 nmi |\n";

    [Fact]
    public void A_table_under_a_heading_of_the_articles_sections_is_its_last_section()
    {
        var layout = Layout(SectionedArticle + "## Architecture\n\n" + FactTable);

        for (var i = 10; i <= 16; i++)
        {
            Assert.True(layout[i].IsArticle || layout[i].Class == LineClass.Blank, $"line {i + 1}: {layout[i].Class} ({layout[i].Reason})");
        }

        Assert.Equal(16, layout.BodyEnd);
    }

    [Theory]
    [InlineData("### Architecture\n\n")]
    [InlineData("")]
    public void A_table_below_the_article_under_another_heading_or_none_is_not_taken_in(string heading)
    {
        var layout = Layout(SectionedArticle + heading + FactTable);

        Assert.Equal(8, layout.BodyEnd);
    }

    [Fact]
    public void An_author_year_reference_list_carries_the_article_on()
    {
        var layout = Layout(SectionedArticle + "## See also\n\n- Robert Hale (engineer)\n- Lighthouses of the north coast\n\n## References\n\n1. Hale, R. (1875). Notes on the Kestrel Light. Harbour Press.\n2. Roe, J., & Doe, B. (1962). The automatic light. Coast Review, 4(2), 11–19.\n");

        Assert.True(layout[17].IsArticle, $"{layout[17].Class} ({layout[17].Reason})");
        Assert.True(layout[18].IsArticle, $"{layout[18].Class} ({layout[18].Reason})");
    }
}
