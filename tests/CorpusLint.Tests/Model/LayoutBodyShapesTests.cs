using CorpusLint.Model;
using CorpusLint.Model.Layout;
using CorpusLint.Tests.Rules.Boilerplate;

namespace CorpusLint.Tests.Model;

/// <summary>Bodies that are not one block of prose (issue 9): code, tables, wrapped text, lists and charts inside an article.</summary>
public class LayoutBodyShapesTests
{
    private static DocumentLayout Layout(string text) => Document.FromText("article.txt", text).Layout;

    private static void AssertArticle(DocumentLayout layout, int firstLine, int lastLine)
    {
        for (var line = firstLine; line <= lastLine; line++)
        {
            Assert.True(layout[line - 1].IsBlank || layout[line - 1].IsArticle, $"line {line}: {layout[line - 1].Class} ({layout[line - 1].Reason})");
        }
    }

    [Fact]
    public void A_code_block_between_paragraphs_is_the_articles_and_does_not_cut_the_body()
    {
        string[] code =
        [
            "Submitting the form looks like this:",
            "",
            "fetch(\"/timetable.json\").then(function(res) {",
            "  if (res.ok) {",
            "    res.json().then(function(data) {",
            "      console.log(data.crossings);",
            "    });",
            "  } else {",
            "    console.log(\"no timetable\", res.status);",
            "  }",
            "}, function(e) {",
            "  console.log(\"request failed\", e);",
            "});",
            "",
            "SELECT route, departure",
            "FROM",
            "crossings",
            "WHERE",
            "evening = true;",
        ];
        var layout = Layout(BoilerplateText.Article(before: ["Skip to content"], middle: code, after: ["© 2024 The Harbour Gazette"]));

        Assert.Equal(LineClass.Chrome, layout[0].Class);
        AssertArticle(layout, 3, 31);
        Assert.Equal(LayoutReason.Preformatted, layout[10].Reason);
        Assert.Equal(LineClass.Body, layout[30].Class);
        Assert.Equal(LineClass.Legal, layout[32].Class);
    }

    /// <summary>
    /// A page's inline style sheet and script, hard-wrapped and joined again: a block holding a statement is code, and so is
    /// a statement opening with what reads as a list's marker; a bulleted item with a semicolon and no code name is a list's.
    /// </summary>
    [Theory]
    [InlineData("} .ferry-box a { color: #ffffff; font-size: 14px; text-align: right; } .ferry-box div.panel { width: auto", true)]
    [InlineData("0) return cookie.substring(name.length, cookie.length); } return null; } var x = readCookie('c_id');", true)]
    [InlineData("+ size_str + revenue_str + '?'; href = href.substring(0, cut) + info + '?';", true)]
    [InlineData("• Cash; cheques are taken at the ferry office only", false)]
    [InlineData("• Harbour Lines (HBL) rose 5% to $120 on Tuesday", false)]
    public void Style_sheets_and_script_statements_are_code(string line, bool code)
    {
        var document = Document.FromText("article.txt", BoilerplateText.Article(middle: [line]));
        var index = Enumerable.Range(0, document.Lines.Count).Single(i => document.GetText(document.Lines[i]).SequenceEqual(line));

        Assert.Equal(code, document.Layout[index].Signals.HasFlag(LineSignals.Code));
    }

    [Fact]
    public void A_long_sentence_that_names_a_file_is_prose_not_code()
    {
        const string sentence = "The council posted timetable_2024_final.pdf on its website on Tuesday, and the harbour master said the new evening crossings would begin in the first week of the spring season.";
        var layout = Layout(BoilerplateText.Article(middle: [sentence]));

        Assert.False(layout[6].Signals.HasFlag(LineSignals.Code));
        Assert.Equal(LineClass.Body, layout[6].Class);
    }

    [Fact]
    public void Short_items_the_body_introduces_are_the_articles_list_not_a_menu()
    {
        string[] list = ["The ferry office takes these payments:", "", "• Cash", "• Cheque", "• Card"];
        var layout = Layout(BoilerplateText.Article(middle: list));

        AssertArticle(layout, 1, 15);
        Assert.Equal(LayoutReason.IntroducedList, layout[8].Reason);
    }

    [Fact]
    public void Short_items_nested_in_the_articles_list_are_the_articles()
    {
        string[] list =
        [
            "• The council added two evening crossings to the island timetable",
            "• The ferry office now takes more kinds of payment at the desk",
            "□ Cash",
            "□ Card",
            "• The harbour master moved the spring timetable forward by a week",
            "• The island school will run a later bus to meet the last boat",
        ];
        var layout = Layout(BoilerplateText.Article(middle: list));

        AssertArticle(layout, 1, 16);
        Assert.Equal(LayoutReason.IntroducedList, layout[8].Reason);
    }

    [Fact]
    public void Linked_items_under_a_line_of_the_body_stay_a_menu()
    {
        string[] list = ["The ferry office takes these payments:", "", "• [Cash](/cash)", "• [Cheque](/cheque)", "• [Card](/card)"];
        var layout = Document.FromText("article.md", BoilerplateText.Article(middle: list)).Layout;

        Assert.Equal(LineClass.Navigation, layout[8].Class);
    }

    /// <summary>A menu shows its links' labels; a list that prints addresses under the article gives its sources.</summary>
    [Fact]
    public void Addresses_listed_under_the_article_are_its_sources_not_a_menu()
    {
        string[] sources =
        [
            "Sources & links",
            "",
            "  • https://harbourcouncil.example/minutes/2025-03-04",
            "  • https://harbourcouncil.example/reports/ferry-timetable-review",
            "  • www.islandtrust.example/news/evening-crossings",
        ];
        var layout = Layout(BoilerplateText.Article(after: sources) + "Subscribe to our newsletter\n\n© 2025 Harbour Gazette. All rights reserved.\n");

        AssertArticle(layout, 1, 15);
        Assert.Equal(LineClass.CallToAction, layout[15].Class);
    }

    private static readonly string[] Timetable =
    [
        "Route              Departure     Arrival",
        "Harbour - Island   18:30         19:05",
        "Island - Harbour   19:20         19:55",
        "Harbour - Island   21:00         21:35",
        "Island - Harbour   21:50         22:25",
    ];

    [Fact]
    public void A_table_with_columns_between_paragraphs_is_the_articles()
    {
        var layout = Layout(BoilerplateText.Article(middle: Timetable));

        AssertArticle(layout, 1, 16);
        Assert.True((layout[7].Signals & LineSignals.TableRow) != 0);
    }

    [Fact]
    public void Two_spaces_after_each_sentence_are_no_columns()
    {
        // Sentences of few stop words, typed with two spaces after each full stop: prose, not a table's row.
        string[] paragraphs =
        [
            "The platform offers programmatic native advertising at scale.  Brands reach engaged audiences across premium publishers.  Results improve quarterly.",
            "Its solution includes dynamic creative optimisation.  Advertisers measure outcomes precisely.  Publishers monetise inventory efficiently.",
        ];
        var layout = Layout(BoilerplateText.Article(after: [.. paragraphs.SelectMany(p => new[] { p, string.Empty })]));

        Assert.DoesNotContain(layout.Lines, l => (l.Signals & LineSignals.TableRow) != 0);
    }

    [Fact]
    public void A_tables_columns_padded_with_no_break_spaces_are_columns()
    {
        // An HTML table printed as text pads its cells with &nbsp; as often as with spaces.
        var layout = Layout(BoilerplateText.Article(middle: [.. Timetable.Select(row => row.Replace("  ", "\u00A0\u00A0", StringComparison.Ordinal))]));

        AssertArticle(layout, 1, 16);
        Assert.True((layout[7].Signals & LineSignals.TableRow) != 0);
    }

    [Fact]
    public void Hard_wrapped_paragraphs_are_prose_together()
    {
        const string text = """
            Home | News | Sport | Weather

            Harbour council approves new ferry timetable

            The harbour council voted on Tuesday to add two evening crossings
            to the island ferry, ending a dispute that had run since the
            spring. Residents had collected more than a thousand signatures,
            according to the island's residents' association.

            The new timetable starts on the first of May, and tickets bought
            before then remain valid, the operator said in a statement on its
            website.

            Critics argued that the extra crossings would cost the council a
            great deal of money every year, and that the evening boats were
            rarely full.

            Share this article
            """;
        var document = Document.FromText("article.txt", text);
        var layout = document.Layout;

        Assert.Equal(LineClass.Navigation, layout[0].Class);
        AssertArticle(layout, 3, 16);
        Assert.All(new[] { 5, 6, 10, 11, 14, 15 }, i => Assert.Equal(ProseClass.Good, layout[i].Prose));
        Assert.True((layout[5].Signals & LineSignals.Wrapped) != 0);
        Assert.Equal(LineClass.Social, layout[17].Class);
        // inspect says the fragment is prose with its paragraph, not by itself.
        Assert.Contains("Good with the lines its sentence runs across", CorpusLint.Reporting.DocumentInspector.Inspect(document).Layout.Lines[5].Why);
    }

    [Fact]
    public void Labels_that_never_end_a_sentence_are_not_a_wrapped_paragraph()
    {
        // A page dumped one block a line, nothing between: a video widget's labels open in lower case, as a wrapped
        // paragraph's lines do, but no sentence runs across them. Judged together they outscored the article.
        const string text = """
            Home | News | Sport | Weather
            Harbour council approves new ferry timetable
            The harbour council voted on Tuesday to add two evening crossings to the island ferry, ending a dispute that had run since the spring.
            Residents had collected more than a thousand signatures, according to the island's residents' association.
            The new timetable starts on the first of May, and tickets bought before then remain valid, the operator said.
            Video: Now Playing
            Click here to watch video: Harbour Lights After Dark On The Island
            click to expand section Evening Ferry Crossings From The Mainland Pier
            click to hide section Evening Ferry Crossings From The Mainland Pier
            Click here to watch video: Evening Ferry Crossings From The Mainland Pier
            click to expand section Island Timetable Changes For The Summer Season
            click to hide section Island Timetable Changes For The Summer Season
            Click here to watch video: Island Timetable Changes For The Summer Season
            click to expand section Harbour Council Meeting On The Ferry Dispute
            click to hide section Harbour Council Meeting On The Ferry Dispute
            Click here to watch video: Harbour Council Meeting On The Ferry Dispute
            """;
        var layout = Layout(text);

        AssertArticle(layout, 2, 5);
        Assert.All(Enumerable.Range(6, 10), i =>
        {
            Assert.False(layout[i].IsArticle, $"line {i + 1}");
            Assert.NotEqual(ProseClass.Good, layout[i].Prose);
            Assert.True((layout[i].Signals & LineSignals.Wrapped) == 0, $"line {i + 1}");
        });
    }

    [Fact]
    public void A_numbered_reference_list_after_the_article_belongs_to_it()
    {
        string[] references =
        [
            "References",
            "",
            "1. Berg, T. (2019). \"Evening ferries and island life\". Island Studies Review. 12 (3): 45–60.",
            ". Retrieved 3 March 2020.",
            "2. Lindqvist, M. (2021). \"The cost of a timetable\". Harbour Gazette.",
            "3. \"Ferry timetable 2024\". Harbour Council.",
            "4. Council minutes, 12 March 2024.",
        ];
        var layout = Layout(BoilerplateText.Article(after: references));

        AssertArticle(layout, 1, 18);
        Assert.True((layout[14].Signals & LineSignals.InOrderedList) != 0);
    }

    [Fact]
    public void A_numbered_list_is_never_a_menu()
    {
        var layout = Layout(BoilerplateText.Article(middle: ["1. Buy a ticket", "2. Board", "3. Sail"]));

        Assert.All(new[] { 6, 7, 8 }, i => Assert.False((layout[i].Signals & LineSignals.MenuItem) != 0));
        AssertArticle(layout, 1, 13);
    }

    [Fact]
    public void A_table_of_contents_whose_entries_come_back_as_headings_is_the_articles()
    {
        const string text = """
            Harbour ferries: a guide

            Contents

            • 1 History
            • 2 Routes
            • 3 Timetables
            • 4 Fares

            The island ferry has linked the harbour and the island since the first boats crossed in the autumn of 1921.

            History

            The first boats were converted fishing vessels, and crossings were cancelled whenever the wind rose.

            Routes

            Today two routes run all year, and a third runs only in the summer months when the visitors come.

            Timetables

            The council publishes the timetable every spring, after a consultation with the island's residents.

            Fares

            A return ticket costs less than a coffee on the island, and children travel free with an adult.
            """;
        var layout = Layout(text);

        Assert.All(new[] { 4, 5, 6, 7 }, i => Assert.True(layout[i].IsArticle, $"line {i + 1}: {layout[i].Class}"));
        Assert.True((layout[4].Signals & LineSignals.TableOfContents) != 0);
    }

    [Fact]
    public void A_lone_list_item_between_paragraphs_does_not_end_the_body()
    {
        const string text = """
            Harbour council approves new ferry timetable

            The harbour council voted on Tuesday to add two evening crossings to the island ferry, ending a long dispute.

            • Screenshot

            Residents had collected more than a thousand signatures, according to the island's residents' association.

            • Screenshot

            The new timetable starts on the first of May, and tickets bought before then remain valid, the operator said.
            """;
        var layout = Layout(text);

        Assert.Equal((3, 11), (layout.BodyStart + 1, layout.BodyEnd + 1));
    }

    [Fact]
    public void A_charts_labels_between_paragraphs_are_its_remnants_and_do_not_split_the_body()
    {
        string[] chart = ["$915", "", "billion", "", "$263", "", "’17", "", "’18", "", "’19", "", "’20", "", "’21", "", "’22", "", "’23", "", "’24", "", "’25"];
        var layout = Layout(BoilerplateText.Article(middle: chart));

        Assert.Equal(LineClass.Body, layout[30].Class);
        Assert.Equal(LineClass.Boilerplate, layout[6].Class);
        Assert.Equal(LineClass.Boilerplate, layout[18].Class);
    }

    [Fact]
    public void Rules_between_the_sections_of_a_wire_story_are_section_breaks_not_a_charts_remnants()
    {
        string[] questions = ["WILL THE FERRY RUN LATER?", "WHO PAYS FOR IT?", "WHAT DO THE NURSES SAY?", "WHEN DOES IT START?"];
        var sections = questions.SelectMany(q => new[]
        {
            "___", "", q, "",
            $"The council answered the question put to it at the meeting on Tuesday, and the operator agreed, the mayor said ({q.Length}).", "",
        });
        var layout = Layout(BoilerplateText.Article(middle: [.. sections]));

        var rules = Enumerable.Range(0, layout.Lines.Count).Where(i => layout[i].Signals.HasFlag(LineSignals.Decoration)).ToList();
        Assert.Equal(4, rules.Count);
        Assert.All(rules, i => Assert.True(layout[i].IsArticle, $"line {i + 1}: {layout[i].Class} ({layout[i].Reason})"));
    }

    [Fact]
    public void A_price_alone_in_the_article_is_not_a_chart()
    {
        var layout = Layout(BoilerplateText.Article(middle: ["Island day ticket", "$12.50"]));

        Assert.True(layout[7].IsArticle, layout[7].Class.ToString());
    }

    [Fact]
    public void A_url_written_out_in_a_sentence_is_text_not_a_link()
    {
        var layout = Layout(BoilerplateText.WithProse("The full timetable is published at https://harbour.example.org/ferry/timetable and in the council's weekly newsletter."));

        Assert.Equal(0, layout[6].LinkDensity);
        Assert.Equal(LineClass.Body, layout[6].Class);
    }

    [Theory]
    [InlineData("This website uses cookies to improve your experience while you navigate through the website and to show you relevant ads.")]
    [InlineData("We use cookies and similar technologies to remember your settings and to measure how you use our pages, as our policy explains.")]
    public void A_cookie_banner_above_the_headline_is_not_the_start_of_the_article(string banner)
    {
        var layout = Layout(BoilerplateText.Article(before: [banner]));

        Assert.Equal(LineClass.Legal, layout[0].Class);
        Assert.Equal(LineClass.Title, layout[2].Class);
    }

    [Fact]
    public void Headlines_of_other_stories_that_exclaim_or_trail_off_are_not_the_start_of_the_body()
    {
        // Long enough to read as prose by their length; only their casing and their marks say they are headlines.
        string[] otherStories =
        [
            "• Mayor Quits Harbour Council -- Blames the Ferry Row ... NOT His Health",
            "Mayor Quits Harbour Council -- Blames the Ferry Row ... NOT His Health",
            string.Empty,
            "• Island Baker Wins Top Prize -- I Make the Best Bread in the County!",
            "Island Baker Wins Top Prize -- I Make the Best Bread in the County!",
            string.Empty,
            "• Lighthouse Keeper Retires ... After Forty Long Years on the Rock",
            "Lighthouse Keeper Retires ... After Forty Long Years on the Rock",
        ];

        var layout = Layout(BoilerplateText.Article(before: otherStories));

        for (var line = 1; line <= otherStories.Length; line++)
        {
            if (otherStories[line - 1].Length == 0)
            {
                continue;
            }

            Assert.False(layout[line - 1].IsArticle, $"line {line}: {layout[line - 1].Class} ({layout[line - 1].Reason})");
        }

        Assert.Equal(LineClass.Title, layout[otherStories.Length + 1].Class);
        AssertArticle(layout, otherStories.Length + 3, otherStories.Length + 10);
    }

    [Theory]
    [InlineData("EXCLUSIVE", LineClass.Title, LineClass.Title)]
    [InlineData("SPECIAL REPORT", LineClass.Title, LineClass.Title)]
    [InlineData("Ferries", LineClass.Title, LineClass.Boilerplate)]
    public void A_kicker_in_capitals_between_the_headline_and_the_body_is_the_articles(string kicker, LineClass headline, LineClass label)
    {
        // A list of other stories above, so the headline is not the document's first lines.
        var text = string.Join("\n",
            "• Mayor Quits Harbour Council -- Blames the Ferry Row ... NOT His Health", string.Empty,
            "• Island Baker Wins Top Prize -- I Make the Best Bread in the County!", string.Empty,
            "• Lighthouse Keeper Retires ... After Forty Long Years on the Rock", string.Empty,
            BoilerplateText.Headline, string.Empty,
            kicker, string.Empty,
            BoilerplateText.Paragraphs[0], string.Empty,
            BoilerplateText.Paragraphs[1], string.Empty,
            BoilerplateText.Paragraphs[2], string.Empty);

        var layout = Layout(text);

        Assert.Equal(headline, layout[6].Class);
        Assert.Equal(label, layout[8].Class);
        AssertArticle(layout, 11, 15);
    }

    [Fact]
    public void A_plan_printed_day_after_day_below_the_body_is_the_articles_down_to_the_pages_chrome()
    {
        string[] meals = ["oats with berries", "eggs on rye toast", "yoghurt with honey", "a banana smoothie", "porridge with apple", "a cheese omelette"];
        string[] lunches = ["lentil soup", "a tuna salad", "bean chilli", "a chicken wrap", "tomato pasta", "a rice bowl"];
        string[] plan = [.. Enumerable.Range(0, 6).SelectMany(day => new[]
        {
            $"Day {day + 1}", string.Empty, "Breakfast, eaten before the workout", string.Empty, $"Have {meals[day]}", string.Empty, "Lunch, eaten after the workout", string.Empty, $"Have {lunches[day]}", string.Empty,
            day % 3 == 1 ? "Tip: cook twice as much rice as you need tonight, and keep the rest in the fridge for tomorrow's lunch." : "Rest", string.Empty,
        })];
        var text = string.Join("\n", [
            "Skip to content", string.Empty, BoilerplateText.Headline, string.Empty,
            BoilerplateText.Paragraphs[0], string.Empty, BoilerplateText.Paragraphs[1], string.Empty,
            .. plan, "Related Articles", string.Empty, "• Island Baker Wins Top Prize", "• Lighthouse Keeper Retires", string.Empty,
            "© 2024 The Harbour Gazette. All rights reserved.", string.Empty]);

        var layout = Layout(text);

        var related = text.Split('\n').ToList().IndexOf("Related Articles");
        Assert.Equal(related - 2, layout.BodyEnd);
        Assert.False(layout[related].IsArticle);
    }

    [Fact]
    public void A_footer_of_long_legal_notices_is_not_the_body_of_a_short_article()
    {
        string[] plan = [.. Enumerable.Range(1, 6).SelectMany(day => new[] { $"Day {day}", string.Empty, "Breakfast: oats and berries", string.Empty, "Lunch: lentil soup", string.Empty })];
        string[] notices =
        [
            "© 2024 Harbour Health, LLC. All rights reserved. Harbour Health, LLC is the owner of the Harbour Health trademarks, and all related designs, trademarks, copyrights and other intellectual property.",
            string.Empty,
            "*These statements have not been evaluated by the Food and Drug Administration. This product is not intended to diagnose, treat, cure or prevent any disease, and results vary from one person to another.",
            string.Empty,
            "Ferry Pass, Harbour Card and the Harbour logo are registered trademarks of Harbour Health, LLC in the United States and other countries, used here with the permission of their owners.",
        ];
        var text = string.Join("\n", [
            BoilerplateText.Headline, string.Empty,
            "This plan gives you a week of simple meals that you can prepare on a Sunday and eat through the week, with little cooking.", string.Empty,
            "Each day has the same shape, so shopping is easy, and every meal fits in the containers that come with the programme.", string.Empty,
            .. plan, "Related Articles", string.Empty, .. notices, string.Empty]);

        var layout = Layout(text);

        Assert.Equal(3, layout.BodyStart + 1);
        Assert.All(Enumerable.Range(text.Split('\n').Length - 6, 5).Where(i => !layout[i].IsBlank), i => Assert.False(layout[i].IsArticle, $"line {i + 1}: {layout[i].Class}"));
    }

    [Fact]
    public void A_fixture_box_over_a_match_preview_kept_without_its_page_is_the_articles_header()
    {
        var layout = Layout(BoilerplateText.Article(before: ["Harbour Town v Island Rovers", "", "Quay Park", "", "Saturday, 4 May", "", "1500 BST", "", "Referee: Ann Holt (Eastshire)"]));

        for (var line = 0; line < 9; line += 2)
        {
            Assert.True(layout[line].IsArticle, $"line {line + 1}: {layout[line].Class} ({layout[line].Reason})");
        }
    }

    [Fact]
    public void Many_plain_lines_above_the_article_are_a_table_of_contents_not_its_header()
    {
        string[] contents = [.. Enumerable.Range(1, 12).SelectMany(n => new[] { $"{n}. Chapter {n}: The Harbour in Year {1900 + n}", string.Empty })];
        var layout = Layout(BoilerplateText.Article(before: contents[..^1]));

        Assert.All(Enumerable.Range(0, 12), n => Assert.False(layout[2 * n].IsArticle, $"line {2 * n + 1}: {layout[2 * n].Class}"));
    }

    [Theory]
    [InlineData("Print this page")]
    [InlineData("Home | World | Business | Sport")]
    [InlineData("Menu")]
    public void Chrome_on_the_first_line_is_found(string first)
    {
        var layout = Layout(BoilerplateText.Article(before: [first]));

        Assert.False(layout[0].IsArticle, $"{layout[0].Class} ({layout[0].Reason})");
        Assert.Equal(LineClass.Title, layout[2].Class);
    }

    private const string Samples = """
        Tide Formulas

        The Harmonic Sum

        h ( t ) = ∑ k = 1 n A k cos ( ω k t + φ k )

        The Lunar Day

        T = 2 π / ( ω M − ω E ) ≈ 24.84 h

        The Spring Range

        R s = 2 ( A M 2 + A S 2 ) ^ ( 1 / 2 )

        The harbour master uses these sums every morning to work out when the evening ferry can leave the inner basin, and the island school prints them in the timetable so that its pupils can check the tides themselves before the last crossing of the day.
        """;

    [Fact]
    public void The_names_of_preformatted_blocks_above_the_body_are_the_articles()
    {
        var layout = Layout(Samples);

        for (var line = 3; line <= 15; line++)
        {
            Assert.True(layout[line - 1].IsBlank || layout[line - 1].IsArticle, $"line {line}: {layout[line - 1].Class} ({layout[line - 1].Reason})");
        }

        Assert.Equal(2, layout.BodyStart);
    }

    [Fact]
    public void A_short_line_above_a_single_block_is_not_taken_as_a_blocks_name()
    {
        const string text = """
            Latest from the harbour

            Weather Desk

            h ( t ) = ∑ k = 1 n A k cos ( ω k t + φ k )

            The harbour master uses these sums every morning to work out when the evening ferry can leave the inner basin, and the island school prints them in the timetable so that its pupils can check the tides themselves before the last crossing of the day.
            """;
        var layout = Layout(text);

        Assert.Equal(6, layout.BodyStart);
    }

    /// <summary>
    /// Product cards carry the article on, under a related-content label that opens them ("Don't miss:"), but a label under
    /// the last card ("Related reviews") announces other stories' list: the section ends above it.
    /// </summary>
    [Fact]
    public void A_related_label_under_product_cards_ends_them()
    {
        const string text = """
            Home | Reviews | Deals | Contact

            Spring Sale: The Best Cordless Drill Deals This Week

            Three of our favourite drills are discounted this week at the big hardware chains, and one of them has dropped to the lowest price we have seen since we started tracking it two years ago.

            Don't miss:

            Harbour 18V Compact Drill

            • A two-speed gearbox that lets you switch from fast drilling to slow, careful driving
            • A battery gauge on the pack itself, so you can check the charge before you climb the ladder
            • Belt hook for either hand

            $89.00
            Buy Now

            Kessel Pro 20V Hammer Drill

            • A hammer mode strong enough for brick and concrete block, with a depth stop
            • Two batteries and a fast charger that fills one of them in about forty minutes
            • Carry case

            $129.00
            Buy Now

            Related reviews

            • The best stud finders for old plaster walls
            • The best cordless sanders for furniture
            • The best tool bags for the van

            © 2025 Workbench Reviews. All rights reserved.
            """;
        var layout = Layout(text);

        AssertArticle(layout, 9, 25);
        Assert.Equal(LineClass.Related, layout[26].Class);
        Assert.All(new[] { 28, 29, 30 }, i => Assert.Equal(LineClass.Related, layout[i].Class));
    }
}
