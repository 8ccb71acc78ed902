using CorpusLint.Model;
using CorpusLint.Model.Layout;
using CorpusLint.Quality;

namespace CorpusLint.Tests.Model;

/// <summary>
/// Hard-wrapped text (a text browser's dump at 80 columns, an e-mail): where the wrapper broke lines, and a layout that
/// judges a wrapped paragraph or list item whole, as it would the same page printed a paragraph a line.
/// </summary>
public class HardWrapsTests
{
    /// <summary>
    /// A shop's deals page as a browser dump at an unbounded width prints it: one paragraph or list item a line, product
    /// cards (a name, features, a price, a button) between the introduction and the closing note.
    /// </summary>
    private const string Page = """
        Home | Reviews | Deals | Newsletter | Contact

        • Kitchen
        • Garden
        • Workshop

        Spring Sale: The Best Cordless Drill Deals This Week

        By Marta Lindqvist
        March 4, 2025

        A cordless drill is the first power tool most people buy, and for good reason: it drives screws, bores holes in timber and masonry, and with the right bit it will even mix a bucket of plaster for the bathroom you have been meaning to redo since last spring.

        Three of our favourite drills are discounted this week at the big hardware chains, and one of them has dropped to the lowest price we have seen since we started tracking it two years ago. Here are the deals worth your money.

        Harbour 18V Compact Drill

        • A two-speed gearbox that lets you switch from fast drilling to slow, careful driving without changing the clutch setting
        • A battery gauge on the pack itself, so you can check the charge before you climb the ladder
        • Belt hook for either hand
        • Bright work light

        $89.00
        Buy Now

        Kessel Pro 20V Hammer Drill

        • A hammer mode strong enough for brick and concrete block, with a depth stop that keeps every hole the same length
        • Two batteries and a fast charger that fills one of them in about forty minutes
        • Side handle
        • Carry case

        $129.00
        Buy Now

        Orrin 12V Mini Drill

        • Small enough to fit inside a kitchen cabinet, and light enough to use one-handed while you hold a hinge with the other
        • A magnetic tray on the base that holds screws and bits while you work on a ladder
        • Quick-change chuck
        • Belt clip

        $59.00
        Buy Now

        Prices were correct when we published this article and may change at any time.

        Related reviews

        • The best stud finders
        • The best cordless sanders
        • The best tool bags

        Subscribe to our newsletter for the week's best deals.

        © 2025 Workbench Reviews. All rights reserved.
        """;

    private static Document Wrapped(string text, int width, out int[] originalLine)
    {
        var (wrapped, lines) = TextWrapper.Wrap(text, width);
        originalLine = lines;
        return Document.FromText("page.txt", wrapped);
    }

    /// <summary>
    /// A text browser prints a page's control ("Continue reading the main story") under a paragraph with no blank line
    /// between: the paragraph ends its sentence there and does not run on into the control, so the paragraph stays the
    /// article's and only the control is chrome.
    /// </summary>
    [Fact]
    public void A_paragraph_does_not_run_on_into_a_page_control_under_it()
    {
        // A width at which the paragraph's last line is full: the control's first word would not have fit after it.
        var (lines, paragraphEnd) = Enumerable.Range(60, 30)
            .Select(width => (Width: width, Lines: TextWrapper.Wrap(Page, width).Text.Split('\n').ToList()))
            .Select(w => (w.Width, w.Lines, End: w.Lines.FindIndex(l => l.EndsWith(" spring.", StringComparison.Ordinal))))
            .Where(w => w.End >= 0 && w.Lines[w.End].Length + " Continue".Length > w.Width)
            .Select(w => (w.Lines, w.End))
            .First();
        lines.Insert(paragraphEnd + 1, "Continue reading the main story");
        var document = Document.FromText("page.txt", string.Join('\n', lines));

        Assert.False(document.HardWraps!.RunsOn(paragraphEnd));
        Assert.True(document.Layout[paragraphEnd].IsArticle, $"{document.Layout[paragraphEnd].Class}");
        Assert.False(document.Layout[paragraphEnd + 1].IsArticle);
    }

    [Fact]
    public void A_page_printed_a_paragraph_a_line_is_not_hard_wrapped()
    {
        Assert.Null(Document.FromText("page.txt", Page).HardWraps);
    }

    [Fact]
    public void Short_lines_that_never_run_on_are_not_hard_wrapped()
    {
        const string poem = """
            The tide comes in along the stony shore,
            and gulls go quiet on the harbour wall;
            the boats that left at dawn come home once more,
            their lanterns swinging as the evenings fall.

            A child is waiting where the road runs down,
            her father's coat held tight against the rain;
            the lights are coming on across the town,
            and every window fills with gold again.
            """;

        Assert.Null(Document.FromText("poem.txt", poem).HardWraps);
    }

    [Fact]
    public void The_wrap_width_and_the_broken_lines_are_found()
    {
        var document = Wrapped(Page, 71, out var originalLine);

        var wraps = Assert.IsType<HardWraps>(document.HardWraps);
        Assert.True(wraps.Width is > 60 and <= 71, $"width {wraps.Width}");
        Assert.Equal(wraps.Width, CorpusLint.Reporting.DocumentInspector.Inspect(document).Layout.HardWrapWidth);
        for (var i = 0; i + 1 < originalLine.Length; i++)
        {
            var sameOriginal = originalLine[i] == originalLine[i + 1] && !document.Lines[i].IsBlank;
            Assert.True(sameOriginal == wraps.RunsOn(i), $"line {i + 1}: runs on {wraps.RunsOn(i)}, wrapped from one line {sameOriginal}");
        }
    }

    /// <summary>
    /// html2text prints a page's menus as lists of links about as long as its wrap column, and wraps its paragraphs at 78:
    /// a list item that ends near the width over the list's next item says nothing of the width, so a dozen of them do not
    /// hide the paragraphs' wraps.
    /// </summary>
    [Fact]
    public void A_menu_of_long_list_items_does_not_hide_the_width()
    {
        string[] stories =
        [
            "Harbour council adds two evening crossings to the ferry", "Storm closes the north quay for the third time this winter",
            "Island school reopens after the floods with a new roof", "Bridge plans shelved again as the cost of steel rises",
            "Lighthouse museum opens its doors for the first summer", "Harbour festival moves to September after a wet June",
            "Fishing fleet returns early as the cod quota runs out", "New timetable for the mainland bus service from Monday",
            "Ferry fares to rise in the autumn for visitors only", "Volunteers repair the old pier with timber from the yard",
            "Island doctor retires after forty years of house calls", "Council asks islanders for views on the new harbour wall",
        ];
        var menu = string.Concat(stories.Select((story, k) => $"  * [{story}](/news/{k})\n"));
        var article = string.Join("\n\n", Page.Split("\n\n").Where(p => p.Length > 200));
        var (wrapped, _) = TextWrapper.Wrap(article, 78);

        var wraps = Assert.IsType<HardWraps>(Document.FromText("page.txt", menu + "\n" + wrapped).HardWraps);
        Assert.True(wraps.Width is > 63 and <= 78, $"width {wraps.Width}");
    }

    /// <summary>
    /// html2text wraps a Markdown link's long target where it holds a hyphen, and a line may hold nothing but the middle of
    /// one: the logical line joins the target's pieces without a space, so the link and its label read as written.
    /// </summary>
    [Fact]
    public void A_link_target_broken_across_lines_is_joined_whole()
    {
        string[] form =
        [
            "[**Log in**](https://example.org/log-",
            "in/?next=%2Fdeals%2Fspring-sale%2F) or",
            "[**register**](https://example.org/register/?next=%2Fdeals%2Fspring-",
            "sale%2F) to join the discussion",
        ];
        var (page, _) = TextWrapper.Wrap(Page, 71);
        var document = Document.FromText("page.txt", page.TrimEnd() + "\n\n" + string.Join("\n", form) + "\n");

        var (text, _, _) = Assert.IsType<HardWraps>(document.HardWraps).Unwrap(document);

        Assert.Contains("[**Log in**](https://example.org/log-in/?next=%2Fdeals%2Fspring-sale%2F) or [**register**](https://example.org/register/?next=%2Fdeals%2Fspring-sale%2F) to join the discussion", text);
        var formLine = document.Lines.Count - 2;
        Assert.Equal(LineClass.Comment, document.Layout[formLine].Class);
    }

    /// <summary>
    /// A window of a document too large to hold whole is read as wrapped only on a fair sample of lines: its few lines
    /// would otherwise read it as wrapped where the whole is not, and join a byline to the date below it.
    /// </summary>
    [Fact]
    public void A_part_of_a_larger_text_is_read_as_wrapped_only_on_a_fair_sample_of_lines()
    {
        var (page, _) = TextWrapper.Wrap(Page, 71);
        var pages = string.Join("\n", Enumerable.Repeat(page, 10));

        var width = Assert.IsType<HardWraps>(Document.FromText("page.txt", page).HardWraps).Width;

        Assert.Null(Document.CreatePart("page.txt", Document.FromText("page.txt", page).Source).HardWraps);
        Assert.Equal(width, Document.CreatePart("pages.txt", Document.FromText("pages.txt", pages).Source).HardWraps?.Width);
    }

    /// <summary>
    /// <c>lynx -dump</c> wraps the page and lists the links' addresses at its end, each on one line however long: a wrapper
    /// cannot break an address, so those lines stand above the column the page's other lines pile up under.
    /// </summary>
    [Fact]
    public void Addresses_longer_than_the_width_do_not_hide_it()
    {
        const string references = """

            References

              1. https://www.workbench-reviews.example/2025/03/04/spring-sale-the-best-cordless-drill-deals-this-week/
              2. https://www.workbench-reviews.example/reviews/tools/harbour-18v-compact-drill-two-speed-review/?ref=deals
              3. https://www.workbench-reviews.example/newsletter/subscribe/?utm_source=article&utm_medium=footer-link
            """;
        var (wrapped, originalLine) = TextWrapper.Wrap(Page, 71);
        var document = Document.FromText("page.txt", wrapped + references);

        var wraps = Assert.IsType<HardWraps>(document.HardWraps);
        Assert.True(wraps.Width is > 60 and <= 71, $"width {wraps.Width}");
        for (var i = 0; i + 1 < originalLine.Length; i++)
        {
            var sameOriginal = originalLine[i] == originalLine[i + 1] && !document.Lines[i].IsBlank;
            Assert.True(sameOriginal == wraps.RunsOn(i), $"line {i + 1}: runs on {wraps.RunsOn(i)}, wrapped from one line {sameOriginal}");
        }

        Assert.False(Enumerable.Range(originalLine.Length, document.Lines.Count - originalLine.Length).Any(wraps.RunsOn), "an address runs on");
    }

    /// <summary>A line the wrapper never saw (a footer the site's software adds) stands above the column the others reach.</summary>
    [Fact]
    public void A_line_left_unwrapped_does_not_hide_the_width()
    {
        const string footer = "\n\nThis page was generated by the Workbench publishing system, version 4.2, from the article's source.\n";
        var (wrapped, _) = TextWrapper.Wrap(Page, 71);
        var document = Document.FromText("page.txt", wrapped + footer);

        var wraps = Assert.IsType<HardWraps>(document.HardWraps);
        Assert.True(wraps.Width is > 60 and <= 71, $"width {wraps.Width}");
    }

    /// <summary>Results printed without blank lines: short lines of one length, none broken off another.</summary>
    private const string Results = """
        Harbor 2-1 Kessel
        Orrins 0-0 Tallow
        Marshe 3-2 Downes
        Ferrys 1-1 Millar
        Bridge 4-0 Quayle
        Causey 2-2 Strand
        Abbeys 0-1 Priory
        Northe 1-3 Weirby
        Harbor 1-0 Tallow
        Orrins 2-0 Downes
        Marshe 0-2 Millar
        Ferrys 3-3 Quayle
        """;

    /// <summary>
    /// The results under a paragraph on one line: each of the short lines a wrapper at their length would have had to
    /// break, yet none was, so they are no column.
    /// </summary>
    [Fact]
    public void Short_lines_of_one_length_under_a_long_paragraph_are_not_hard_wrapped()
    {
        const string paragraph = "The cup's format changed this year: the sixteen teams played in four groups of four at the harbour ground, "
            + "and each group's winner went through to the final tournament in August.";

        Assert.Null(Document.FromText("results.txt", paragraph + "\n" + Results).HardWraps);
    }

    /// <summary>The results under a line holding an address: leaving that line out leaves no column a wrapper would use.</summary>
    [Fact]
    public void Short_lines_of_one_length_beside_an_address_are_not_hard_wrapped() =>
        Assert.Null(Document.FromText("results.txt", "Tickets for the final: https://tickets.harbourcup.example/2025/final/seating-plan-and-prices\n" + Results).HardWraps);

    [Fact]
    public void A_wrapped_page_is_laid_out_as_the_page_printed_a_paragraph_a_line()
    {
        var unwrapped = Document.FromText("page.txt", Page).Layout;
        var document = Wrapped(Page, 71, out var originalLine);
        var layout = document.Layout;

        for (var i = 0; i < originalLine.Length; i++)
        {
            var original = unwrapped[originalLine[i] - 1];
            Assert.True(original.Class == layout[i].Class && original.Place == layout[i].Place,
                $"line {i + 1} '{document.GetText(document.Lines[i]).Trim()}': {layout[i].Class} {layout[i].Place}, unwrapped {original.Class} {original.Place}");
        }

        Assert.Equal(LineClass.Body, unwrapped[11].Class);
        Assert.Equal(LineClass.Navigation, unwrapped[0].Class);
        Assert.Equal(LineClass.Legal, unwrapped[unwrapped.Lines.Count - 1].Class);
    }

    /// <summary>
    /// pandoc prints a page laid out in a table as a grid table: the wrapped page inside a frame of bars, an empty row of
    /// the frame between its paragraphs. Read inside the frame, it is laid out as the page printed a paragraph a line;
    /// read with its bars, every line of the article was a fragment and the article was lost.
    /// </summary>
    [Fact]
    public void A_wrapped_page_framed_as_a_grid_tables_cell_is_laid_out_as_the_page_printed_a_paragraph_a_line()
    {
        var unwrapped = Document.FromText("page.txt", Page).Layout;
        var (wrapped, originalLine) = TextWrapper.Wrap(Page, 71);
        var border = "+" + new string('-', 73) + "+";
        var rows = wrapped.TrimEnd('\n').Split('\n').Select(line => "| " + line.PadRight(71) + " |");
        var document = Document.FromText("page.txt", string.Join("\n", [border, .. rows, border]) + "\n");
        var layout = document.Layout;

        Assert.Equal(71, Assert.IsType<HardWraps>(document.HardWraps).Width);
        for (var i = 0; i < originalLine.Length; i++)
        {
            var original = unwrapped[originalLine[i] - 1];
            var framed = layout[i + 1];
            Assert.True(original.Class == framed.Class && original.Place == framed.Place,
                $"line {i + 2} '{document.GetText(document.Lines[i + 1]).Trim()}': {framed.Class} {framed.Place}, unwrapped {original.Class} {original.Place}");
        }
    }

    [Fact]
    public void Product_cards_with_wrapped_features_stay_in_the_article()
    {
        var document = Wrapped(Page, 71, out var originalLine);
        var layout = document.Layout;
        var itemLines = Enumerable.Range(0, originalLine.Length).Where(i => originalLine[i] is >= 26 and <= 46).ToList();

        Assert.True(itemLines.Count(i => originalLine[i] == 28) > 1, "a feature is wrapped");
        Assert.All(itemLines, i => Assert.True(layout[i].IsBlank || layout[i].IsArticle, $"line {i + 1}: {layout[i].Class} ({layout[i].Reason})"));
    }

    /// <summary>The paragraph wrapped at the first width in 40–100 where a wrapped line opens with <paramref name="opening"/>.</summary>
    private static Document WrappedWhereALineOpensWith(string paragraph, string opening)
    {
        for (var width = 40; width <= 100; width++)
        {
            var (text, _) = TextWrapper.Wrap(paragraph, width);
            if (text.Split('\n').Skip(1).Any(line => line.StartsWith(opening, StringComparison.Ordinal)))
            {
                return Document.FromText("story.txt", text);
            }
        }

        throw new InvalidOperationException($"no width puts '{opening}' at a line's start");
    }

    /// <summary>
    /// A text browser prints the author's picture by its address right before "By" (<c>…6d630By Marta Lindqvist</c>), and
    /// the line reaches the width: the date under it reads as carried on, but what carried it on is a byline, so the date
    /// is the header's dateline.
    /// </summary>
    [Fact]
    public void The_date_under_a_byline_that_fills_the_line_is_the_dateline()
    {
        var page = Page.Replace("By Marta Lindqvist\nMarch 4, 2025", "images%2fdrills%2fcordless-lead-photo-2025.6d630By Marta Lindqvist\nMarch 4, 2025", StringComparison.Ordinal);
        var document = Wrapped(page, 71, out _);
        var byline = document.Text.IndexOf("By Marta", StringComparison.Ordinal);

        Assert.True(document.HardWraps?.RunsOn(document.GetLineIndex(byline)), "the byline's line reads as carried on");
        Assert.Equal("Marta Lindqvist", Assert.Single(document.AttributionChoice.Bylines).Name);
        Assert.Equal(new DateOnly(2025, 3, 4), document.PublicationDate?.Date);
    }

    /// <summary>
    /// The wrapper broke the byline's line after the date's month ("…By Marta Lindqvist March" / "4, 2025 at 7:18am"): the
    /// month opens the date on the next line and is no part of the name.
    /// </summary>
    [Fact]
    public void A_month_that_a_wrap_parted_from_its_day_ends_the_bylines_name()
    {
        var page = Page.Replace("By Marta Lindqvist\nMarch 4, 2025", "images%2fdrills%2fcordless-photo-2025-1.6d630By Marta Lindqvist March 4, 2025 at 7:18am", StringComparison.Ordinal);
        var document = Wrapped(page, 71, out _);

        Assert.Contains("Lindqvist March\n4, 2025", document.Text, StringComparison.Ordinal);
        Assert.Equal("Marta Lindqvist", Assert.Single(document.AttributionChoice.Bylines).Name);
    }

    /// <summary>
    /// The wrapper carried the picture's address under its caption, and broke the byline after the first name ("…6d630 By
    /// Marta" / "Lindqvist March 4, 2025"): the address opens a byline though the line reads as carried on, and the surname
    /// on the next line is the name's; a month opening the next line is the date's, not a surname.
    /// </summary>
    [Theory]
    [InlineData("Marta Lindqvist", "Marta\nLindqvist March")]
    [InlineData("Marta", "Marta\nMarch 4")]
    public void A_surname_that_a_wrap_carried_to_the_next_line_is_the_bylines(string name, string wrapped)
    {
        const string address = "images%2fdrills%2fcordless-lead-photo-2025-bench-a1.6d630";
        var page = Page.Replace("By Marta Lindqvist\nMarch 4, 2025", $"Image: Jo Poe/Workbench {address} By {name} March 4, 2025 at 7:18am", StringComparison.Ordinal);
        var document = Wrapped(page, 71, out _);

        Assert.Contains($"Workbench\n{address} By {wrapped}", document.Text, StringComparison.Ordinal);
        Assert.Equal(name, Assert.Single(document.AttributionChoice.Bylines).Name);
        Assert.Equal(new DateOnly(2025, 3, 4), document.PublicationDate?.Date);
    }

    /// <summary>
    /// A byline of linked names whose links carry titles (<c>"More Articles by …"</c>, as html2text prints them), wrapped
    /// over three lines: the byline's length is the words a reader sees, not the addresses' and titles'.
    /// </summary>
    [Fact]
    public void A_byline_of_linked_names_with_titles_is_as_long_as_its_shown_words()
    {
        const string byline = "By [MARTA LINDQVIST](https://example.org/by/marta-lindqvist \"More Articles by MARTA LINDQVIST\"), "
            + "[JO POE](https://example.org/by/jo-poe \"More Articles by JO POE\") and ANA RUIZ";
        var document = Wrapped(Page.Replace("By Marta Lindqvist", byline, StringComparison.Ordinal), 71, out _);

        Assert.Contains("\"More\nArticles by MARTA LINDQVIST\")", document.Text, StringComparison.Ordinal);
        Assert.Equal("MARTA LINDQVIST", Assert.Single(document.AttributionChoice.Bylines).Name);
    }

    /// <summary>
    /// A byline of linked names with titles a wrapper broke over four lines, the lines after the first opening inside a
    /// link's title (<c>MARTA LINDQVIST"), [JO POE](…</c>), the last writer and the date on the last line, which opens in
    /// the last link's title (<c>ROE") and ANA RUIZ …</c>) or after the byline's "and": the date is the header's dateline,
    /// the last writer a writer, and a title's words at a line's start name no one.
    /// </summary>
    [Theory]
    [InlineData("JO POE\"), [AL ROE](https://example.org/by/al-roe-000000000000 \"More Articles by AL\nROE\") and ANA RUIZ March 4, 2025")]
    [InlineData("JO POE\"), [AL ROE](https://example.org/by/al-roe-000 \"More Articles by AL ROE\") and\nANA RUIZ March 4, 2025")]
    public void The_date_after_a_byline_of_linked_names_wrapped_over_four_lines_is_the_dateline(string end)
    {
        var byline = "By [MARTA LINDQVIST](https://example.org/by/marta-lindqvist-00 \"More Articles by\n"
            + "MARTA LINDQVIST\"), [JO POE](https://example.org/by/jo-poe-0000000 \"More Articles by\n" + end;
        var document = Wrapped(Page.Replace("By Marta Lindqvist\nMarch 4, 2025", byline, StringComparison.Ordinal), 84, out _);

        Assert.NotNull(document.HardWraps);
        Assert.Equal(new DateOnly(2025, 3, 4), document.PublicationDate?.Date);
        Assert.Equal(["MARTA LINDQVIST", "ANA RUIZ"], document.AttributionChoice.Bylines.Select(b => b.Name));
    }

    [Fact]
    public void A_sentence_runs_on_across_a_hard_wrap_whatever_the_next_line_opens_with()
    {
        const string paragraph = "The committee met on Monday to hear from the managers of Harbour Textiles, Orrin Wool, Kessel Mills, Tallow "
            + "Bay Weavers and Northgate Dyeworks about the new water charges, which they say will double their costs by the autumn. "
            + "Each of them asked for more time to adapt their machinery to the rules that Orrin Council and Kessel District "
            + "Council agreed in the spring. The chair promised an answer within a month, after a visit to the weir that Tallow "
            + "Bay residents have been asking for since the floods of the winter before last.";
        var document = WrappedWhereALineOpensWith(paragraph, "Bay ");

        Assert.NotNull(document.HardWraps);
        Assert.Equal(3, document.Sentences.Count);
        Assert.All(document.Sentences, sentence => Assert.EndsWith(".", document.GetText(sentence).ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void A_line_carried_on_by_a_hard_wrap_is_not_a_byline()
    {
        const string paragraph = "The company emerged from administration last year and has since sold its two smaller plants to pay its "
            + "creditors, and its remaining mill has been working at half its capacity for most of the winter. Last week its board "
            + "agreed to a takeover by Northgate Holdings for four hundred million.";
        var document = WrappedWhereALineOpensWith(paragraph, "by Northgate");

        Assert.NotNull(document.HardWraps);
        Assert.Empty(document.Attribution.Bylines);
    }

    [Theory]
    [InlineData("Sunday")]
    [InlineData("Today programme")]
    public void A_name_broken_by_a_hard_wrap_is_not_a_date(string opening)
    {
        const string paragraph = "The film about the marches of that winter, which the director first pitched to the broadcaster a decade "
            + "ago, won the drama award over a crowded field that included two period pieces and a thriller set on a North Sea oil "
            + "platform, and its lead actor thanked the families of Derry. Bloody Sunday remains one of the most watched dramas "
            + "of the decade, the producer told the BBC's Today programme, where she was asked about the sequel.";
        var document = WrappedWhereALineOpensWith(paragraph, opening);

        Assert.NotNull(document.HardWraps);
        Assert.DoesNotContain(document.WrittenDateMentions, mention => opening.StartsWith(document.Text.Substring(mention.Start, mention.Length), StringComparison.Ordinal));
    }

    /// <summary>
    /// html2text prints a site's lists of stories with each link's target, a path on the site, whole past the width: such a
    /// line says nothing of the width, as one holding a full address does not. Read as not wrapped, the text left a
    /// caption's last line ("October 7, 2012.") standing alone as the article's dateline.
    /// </summary>
    [Fact]
    public void Links_to_paths_on_the_site_past_the_width_leave_the_text_wrapped()
    {
        const string page = """
            Most read

              1. [Council votes to close the old harbour bridge to lorries from next spring](/article/2013/06/06/us-harbour-bridge-lorries-idUSBRE95514A20130606)
              2. [Water company fined over a summer of hosepipe bans and burst mains](/article/2013/06/07/us-water-company-fined-idUSBRE95502920130607)

            Children queue for water at the Al Noor camp near the northern border, during
            a visit by officials of the aid agencies who run its clinics and its schools,
            October 7, 2012.

            Credit: Example/Ana Ruiz

            By Kate Morrow

            LONDON | Fri Jun 7, 2013 5:09am EDT

            LONDON (Example) - Some 165 million children around the world are stunted by
            poor food as babies and face a future of ill health, poor schooling and low
            pay, the agency said in a report published on Friday.

            The report found that children who were stunted by the age of two were more
            likely to leave school early, and that the harm done in those first years
            could not be undone later, whatever help the children were given.

            Aid workers at the camp said that the number of families arriving each week
            had doubled since the spring, and that the clinics were running short of the
            fortified foods they hand out to mothers of small children.

            The agency called on governments to spend more on feeding programmes for
            mothers and babies, which it said cost little and paid for themselves many
            times over in better health and higher earnings.
            """;

        var document = Document.FromText("page.md", page);

        Assert.NotNull(document.HardWraps);
        Assert.Equal(new DateOnly(2013, 6, 7), document.PublicationDate?.Date);
    }
}
