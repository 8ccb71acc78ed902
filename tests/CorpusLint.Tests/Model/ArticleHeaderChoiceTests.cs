using CorpusLint.Model;
using CorpusLint.Model.Attribution;
using CorpusLint.Model.Dates;

namespace CorpusLint.Tests.Model;

/// <summary>The article's header zone and the choice of its bylines and publication date, on scraped-page shapes written for these tests.</summary>
public class ArticleHeaderChoiceTests
{
    private const string Body =
        "The harbour council voted on Tuesday to add two evening crossings to the island ferry timetable, after a winter in which commuters "
        + "complained that the last boat left before most shifts at the hospital had ended.\n\n"
        + "Councillors said the extra sailings would cost about four hundred thousand a year, paid for by a small rise in the price of "
        + "day-return tickets for visitors during the summer months, when the ferry runs full.\n\n"
        + "The ferry operator told the meeting that it had the crews for the new crossings but would need a second engineer on duty, and "
        + "that the older of its two boats would be kept in reserve for the busiest weekends.\n\n"
        + "Islanders who spoke at the meeting welcomed the change, though several asked why it had taken three years of petitions and "
        + "a campaign by the hospital's nurses before the council found the money for it.\n";

    private static Document Page(string header, string footer = "") =>
        Document.FromText("page.txt", "Home | News | Sport | Weather\n\n" + header + "\n\n" + Body + "\n" + footer);

    private static int LineOf(Document document, string text) => document.GetPosition(document.Text.IndexOf(text, StringComparison.Ordinal)).Line;

    // ---- Header zone ----

    [Fact]
    public void The_header_ends_below_the_byline_and_dateline_that_open_the_body()
    {
        var document = Page("Ferry to run later crossings\n\nBy Maria Lindqvist\nJan. 22, 2019", string.Concat(Enumerable.Repeat("Related story\n\n", 12)));
        var header = document.Header;
        Assert.Equal(ArticleZone.Header, header.ZoneOf(LineOf(document, "Jan. 22, 2019") - 1));
        Assert.NotEqual(ArticleZone.Header, header.ZoneOf(LineOf(document, "The harbour council voted") - 1));
        Assert.Equal(ArticleZone.Closing, header.ZoneOf(LineOf(document, "Islanders who spoke") - 1));
        Assert.Equal(ArticleZone.Below, header.ZoneOf(document.Lines.Count - 2));
    }

    /// <summary>The byline's label on its own line marks the header as the name does: the dateline under the name is the header's, not the body's.</summary>
    [Theory]
    [InlineData("By\nMaria Lindqvist\nJan. 22, 2019")]
    [InlineData("Author:\nMaria Lindqvist\nJan. 22, 2019")]
    public void The_header_ends_below_a_byline_whose_label_stands_above_the_name(string byline)
    {
        // Notices read as prose, so the layout's body starts at the top, above the byline.
        const string Browser = "We have detected that you are using an old browser. For the best experience on this site, please update to a modern browser.\n";
        var document = Document.FromText(
            "page.txt",
            Browser + Browser + "\nThis copy is for your personal, non-commercial use only. To order presentation-ready copies for distribution to your colleagues, clients or customers.\n\n\n"
            + "Ferry to run later crossings\n\n" + byline + "\n\n  • Order Reprints\n\n\n\n" + Body);

        Assert.Equal(0, document.Layout.BodyStart);
        Assert.Equal(ArticleZone.Header, document.Header.ZoneOf(LineOf(document, "Jan. 22, 2019") - 1));
    }

    /// <summary>
    /// A menu's entries the body opens on (what a fix leaves of a menu it deleted: too few to read as one) are not
    /// headline or dek lines: the byline and dateline below them and a breadcrumb, a note and a share line are the header's.
    /// </summary>
    [Fact]
    public void Menu_entries_the_body_opens_on_do_not_push_the_byline_out_of_the_header()
    {
        const string Menu = "          ☆ Ferry Reviews\n          ☆ Bus Timetables\n      □ Island Walks\n          ☆ Harbour Walks\n"
            + "          ☆ Cliff Walks\n      □ For the kids\n          ☆ Rock Pools & Beaches\n      □ Grown Up Books\n";
        var document = Document.FromText(
            "page.txt",
            "      \n\n\n      \n\n" + Menu + "\nHome Ferries Ferry to run later crossings\nOur editors rode every ferry in this guide and paid their own fares.\n"
            + "Share the news of later ferries with your friends and neighbours on the island #ferry #harbour #council #islandlife\nFerries\n\n"
            + "Ferry to run later crossings\n\nby Maria Lindqvist March 3, 2024\nwritten by Maria Lindqvist\n\n\n  • Mix\n\n" + Body + "\n" + Body);

        Assert.Equal(5, document.Layout.BodyStart);
        Assert.Equal(ArticleZone.Header, document.Header.ZoneOf(LineOf(document, "by Maria Lindqvist") - 1));
        Assert.Equal(new DateOnly(2024, 3, 3), document.PublicationDate?.Date);
    }

    /// <summary>
    /// A page printed hard-wrapped at 60 columns: a dek and a gallery's caption, twice, wrapped on three lines each, stand
    /// above the byline and its dateline. Counted as the page's lines (four, and a credit), not as the wrapper's (ten),
    /// they are a header's: the dateline is the article's, not a date inside its body.
    /// </summary>
    [Fact]
    public void Lines_a_hard_wrap_carried_on_count_once_above_the_byline()
    {
        const string Header = """
            Home | News | Sport | Weather

            Ferry to run later crossings

            Commuters who work late shifts at the island hospital will
            no longer miss the last boat home when the winter timetable
            starts.

            The evening ferry leaves the harbour at dusk on a calm day
            in November, with the hospital's lights on the far shore.
            Photo: Ana Lee

            1 of 2. The evening ferry leaves the harbour at dusk on a
            calm day in November, with the hospital's lights on the far
            shore. Photo: Ana Lee

            Credit: Harbour Press

            By Ana Lee

            HALIFAX | Thu Jan 17, 2019 5:09am EST


            """;
        var document = Document.FromText("page.txt", Header + CorpusLint.Quality.TextWrapper.Wrap(Body + "\n" + Body, 60).Text);

        Assert.True(document.HardWraps?.RunsOn(LineOf(document, "The evening ferry") - 1));
        Assert.Equal(ArticleZone.Header, document.Header.ZoneOf(LineOf(document, "HALIFAX") - 1));
        Assert.Equal(new DateOnly(2019, 1, 17), document.PublicationDate?.Date);
    }

    /// <summary>
    /// A gallery's caption of more words than a dek has, printed twice, above the byline: the picture's credit under it
    /// makes it the caption, so the dateline under the byline is still the header's.
    /// </summary>
    [Fact]
    public void A_long_caption_above_its_credit_stays_in_the_header()
    {
        const string Caption = "The evening ferry leaves the harbour at dusk on a calm day in November, with the lights of the island hospital "
            + "on the far shore and the older of the two boats moored in reserve at the end of the quay. HARBOUR PRESS/Ana Lee";
        var document = Page("Ferry to run later crossings\n\n" + Caption + "\n\n1 of 2. " + Caption + "\n\nCredit: Harbour Press/Ana Lee\n\n"
            + "By Ana Lee\n\nHALIFAX | Thu Jan 17, 2019 5:09am EST");

        Assert.Equal(ArticleZone.Header, document.Header.ZoneOf(LineOf(document, "HALIFAX") - 1));
        Assert.Equal(new DateOnly(2019, 1, 17), document.PublicationDate?.Date);
    }

    /// <summary>The same long paragraph above the byline without a credit under it is prose: the byline is a second story's.</summary>
    [Fact]
    public void A_long_paragraph_above_the_byline_without_a_credit_is_prose()
    {
        const string Paragraph = "The evening ferry left the harbour at dusk on Tuesday, with the lights of the island hospital on the far shore, "
            + "for the last time under the old timetable, and the crew said they would miss the quiet crossings of the winter months.";
        var document = Page("Ferry to run later crossings\n\n" + Paragraph + "\n\n" + Paragraph + "\n\nBy Ana Lee\n\nHALIFAX | Thu Jan 17, 2019 5:09am EST");

        Assert.NotEqual(ArticleZone.Header, document.Header.ZoneOf(LineOf(document, "HALIFAX") - 1));
    }

    /// <summary>
    /// One paragraph of more words than a headline has, right above the byline and its date (a bullet alone between them is
    /// no line of its own, a name or a title is allowed): the dek (a video's or the story's summary), so the date is still the header's. Two such
    /// paragraphs are the article's start (the test above).
    /// </summary>
    [Theory]
    [InlineData("\n\n")]
    [InlineData("\n\n  • \n\n")]
    [InlineData("\n\nHarbour Press Staff\n")]
    public void One_long_paragraph_right_above_the_byline_is_the_dek(string between)
    {
        const string Dek = "The evening ferry left the harbour at dusk on Tuesday, with the lights of the island hospital on the far shore, "
            + "for the last time under the old timetable, and the crew said they would miss the quiet crossings of the winter months.";
        var page = "Home | News | Sport | Weather\n\nFerry to run later crossings\n\n" + Dek + between + "Ana Lee, Harbour Press 7:02 a.m. EST Jan. 17, 2019\n\n" + Body;
        // Printed hard-wrapped: the dek's lines are prose in a row, as the article's are.
        var document = Document.FromText("page.txt", CorpusLint.Quality.TextWrapper.Wrap(page, 78).Text);

        Assert.Equal(ArticleZone.Header, document.Header.ZoneOf(LineOf(document, "Ana Lee, Harbour Press") - 1));
        Assert.Equal(new DateOnly(2019, 1, 17), document.PublicationDate?.Date);
    }

    /// <summary>
    /// A share box printed over the page's title (its summary, then a confirmation line for each network, sentences the
    /// layout reads as prose) pushes the byline more than a header's lines below the body's start: the page's one level-1
    /// heading is the article's title, and the byline and dateline under it are the header's. With a second level-1
    /// heading the page names no one title, and the dateline stays in the body.
    /// </summary>
    [Theory]
    [InlineData("", true)]
    [InlineData("# Harbour Gazette\n\n", false)]
    public void The_pages_one_level_one_heading_starts_the_header_under_a_share_box(string masthead, bool header)
    {
        const string ShareBox = "#### The harbour council voted to add two evening crossings to the island ferry timetable after a winter of complaints.\n\n"
            + "#### Posted!\n\nA link has been posted to your Facebook feed.\n\n#### Tweeted!\n\nA tweet has been posted to your Twitter account.\n\n"
            + "#### Sent!\n\nA link has been sent to your friend's email address.\n\n#### Saved!\n\nThe story has been saved to your reading list.\n\n";
        var page = masthead + "Home | News | Sport | Weather\n\n" + ShareBox + "# Ferry to run later crossings\n\nAna Lee, Harbour Press 7:02 a.m. EST Jan. 17, 2019\n\n" + Body;
        // Printed as html2text prints a page, wrapped at 78 columns: the summary's two lines are prose in a row, as the article's are.
        var document = Document.FromText("page.txt", CorpusLint.Quality.TextWrapper.Wrap(page, 78).Text);

        Assert.Equal(header, document.Header.ZoneOf(LineOf(document, "Ana Lee, Harbour Press") - 1) == ArticleZone.Header);
        Assert.Equal(header ? new DateOnly(2019, 1, 17) : null, document.PublicationDate?.Date);
    }

    /// <summary>
    /// The same share box printed without heading marks (as lynx prints a page): the headline printed again under it, a
    /// copy of the page's title at its top, is the article's title, and the byline and dateline under it are the header's.
    /// Without the second copy the byline stays in the body.
    /// </summary>
    [Theory]
    [InlineData(true, "")]
    [InlineData(false, "")]
    [InlineData(true, "Let friends in your social network know what you are reading about and share the stories that matter to you.\n\n")]
    public void The_headline_printed_again_under_a_share_box_starts_the_header(bool repeated, string invitation)
    {
        const string ShareBox = "The harbour council voted to add two evening crossings to the island ferry timetable after a winter of complaints.\n\n"
            + "Posted!\n\nA link has been posted to your Facebook feed.\n\nTweeted!\n\nA tweet has been posted to your Twitter account.\n\n"
            + "Sent!\n\nA link has been sent to your friend's email address.\n\nSaved!\n\nThe story has been saved to your reading list.\n\n";
        // With the share box's invitation above it, the first copy of the headline stands inside the body: a heading, not the page's title.
        var page = invitation + "Ferry to run later crossings\n\n" + ShareBox + (repeated ? "Ferry to run later crossings\n\n" : string.Empty)
            + "Ana Lee, Harbour Press 7:02 a.m. EST Jan. 17, 2019\n\n" + Body;
        var document = Document.FromText("page.txt", CorpusLint.Quality.TextWrapper.Wrap(page, 78).Text);

        Assert.Equal(repeated, document.Header.ZoneOf(LineOf(document, "Ana Lee, Harbour Press") - 1) == ArticleZone.Header);
        Assert.Equal(repeated ? new DateOnly(2019, 1, 17) : null, document.PublicationDate?.Date);
    }

    /// <summary>
    /// html2text prints the author's picture, name and time inside one link to the author's page, wrapping the picture's
    /// alternative text and its address: the name and the date after the picture are the byline and the dateline.
    /// </summary>
    [Theory]
    [InlineData("[![Ana Lee](http://media.example.org/images/ana-lee.jpg)By Ana Lee2019-01-17 06:40:50 UTC](/people/ana/)")]
    [InlineData("[![Ana-\nlee](http://media.example.org/images/ana-lee.jpg)By Ana Lee2019-01-17 06:40:50 UTC](/people/ana/)")]
    [InlineData("[![Ana-\nlee](http://media.example.org/images/2019/01/17/ana-\nlee.jpg)By Ana Lee2019-01-17 06:40:50 UTC](/people/ana/)")]
    public void A_byline_and_date_linked_with_the_authors_picture_are_read(string linked)
    {
        var document = Document.FromText("page.md", "Home | News | Sport | Weather\n\nFerry to run later crossings\n\n" + linked + "\n\n" + CorpusLint.Quality.TextWrapper.Wrap(Body, 78).Text);

        Assert.Equal(new DateOnly(2019, 1, 17), document.PublicationDate?.Date);
        Assert.Equal("Ana Lee", Assert.Single(document.AttributionChoice.Bylines).Name);
    }

    /// <summary>
    /// A printer that joins a page's elements ran the picture's caption onto the date with no space between: the dateline
    /// is the words up to the date, and the name above it is the byline.
    /// </summary>
    [Fact]
    public void A_caption_glued_to_the_date_leaves_the_dateline_its_date()
    {
        var document = Page("Ferry to run later crossings\n\nAna Lee, Harbour Press\n"
            + "3:15 p.m. EDT Jan. 17, 2019The evening ferry leaves the harbour at dusk on a calm day in November, with the lights of the island hospital on the far shore.(Photo: Harbour Press)");

        Assert.Equal(new DateOnly(2019, 1, 17), document.PublicationDate?.Date);
        Assert.Equal("Ana Lee", Assert.Single(document.AttributionChoice.Bylines).Name);
    }

    /// <summary>
    /// "Published:" with its colon labels the date after it, even right after a capitalised run: the run before it is the
    /// byline with the writer's role, however long. Without the label a long run beside a date is a headline's.
    /// </summary>
    [Theory]
    [InlineData("MARIA LINDQVIST AP Sports Writer Published: June 7, 2013 2:15AM", true)]
    [InlineData("Maria Lindqvist Harbour Press Staff Writer June 7, 2013 2:15AM", false)]
    public void A_published_label_after_the_byline_labels_the_date(string line, bool dated)
    {
        var document = Page("Ferry to run later crossings\n\n" + line);

        Assert.Equal(dated ? new DateOnly(2013, 6, 7) : null, document.PublicationDate?.Date);
    }

    /// <summary>
    /// html2text wraps a picture's address at a hyphen, and the byline printed after the picture inside the author's link
    /// opens the next line past the address: after the link, the line is the byline's.
    /// </summary>
    [Fact]
    public void A_byline_after_a_pictures_wrapped_address_is_read()
    {
        const string Header = "Home | News | Sport | Weather\n\nFerry to run later crossings\n\n[![Maria-\n"
            + "lindqvist](http://media.example.org/images/2019/01/17/maria-\n"
            + "lindqvist.jpg)By Maria Lindqvist2019-01-17 06:40:50 UTC](/people/maria/)\n\n";
        var document = Document.FromText("page.md", Header + CorpusLint.Quality.TextWrapper.Wrap(Body, 78).Text);

        Assert.Equal("Maria Lindqvist", Assert.Single(document.AttributionChoice.Bylines).Name);
    }

    /// <summary>
    /// A printer that joins a page's elements ran the article's first paragraph onto its time stamp: a time and a date open
    /// the line, which no sentence does, so they are the dateline. A sentence opening on a date alone is prose.
    /// </summary>
    [Theory]
    [InlineData("3:15 p.m. EDT Jan. 17, 2019 The evening ferry", true)]
    [InlineData("Jan. 17, 2019 was the day the evening ferry", false)]
    public void A_time_stamp_opening_a_line_of_prose_is_its_dateline(string opening, bool dated)
    {
        var document = Page("Ferry to run later crossings\n\nAna Lee\n"
            + opening + " left the harbour at dusk, with the lights of the island hospital on the far shore and the older boat moored in reserve.");

        Assert.Equal(dated ? new DateOnly(2019, 1, 17) : null, document.PublicationDate?.Date);
    }

    /// <summary>
    /// A long caption right under its picture, the photographer's credit opening it, then the byline, the agency on a line of
    /// its own and the date: the caption is the picture's, and the agency's line does not cut the header before the date.
    /// </summary>
    [Fact]
    public void A_long_caption_under_its_picture_and_a_line_between_byline_and_date_stay_in_the_header()
    {
        const string Caption = "Ana Lee/Harbour Press - \u201cWe never set out to run the crossings at night,\u201d said the ferry's captain, who has "
            + "worked the route for eleven years and will take the first of the later sailings out of the harbour next week.";
        var page = "Home | News | Sport | Weather\n\n# Ferry to run later crossings\n\n![](/images/2019/01/17/ferry.jpg)\n\n" + Caption
            + "\n\nBy Harbour Press,\n\nHarbour Press\n\nJan 17, 2019 08:04 AM EST\n\n" + Body;
        // Printed hard-wrapped, as html2text prints it: the caption's lines are prose in a row, as the article's are.
        var document = Document.FromText("page.md", CorpusLint.Quality.TextWrapper.Wrap(page, 78).Text);

        Assert.Equal(ArticleZone.Header, document.Header.ZoneOf(LineOf(document, "Jan 17, 2019") - 1));
        Assert.Equal(new DateOnly(2019, 1, 17), document.PublicationDate?.Date);
    }

    [Fact]
    public void A_text_with_no_visible_line_has_a_header_zone_and_no_attribution()
    {
        var document = Document.FromText("hyphen.txt", "\u00AD");

        Assert.Equal(0, document.Header.ArticleStart);
        Assert.False(document.AttributionChoice.IsAttributed);
    }

    // ---- Bylines ----

    [Theory]
    [InlineData("Ferry to run later crossings\n\nMaria Lindqvist\nDecember 18, 2020", "Maria Lindqvist")]
    [InlineData("Ferry to run later crossings\n\nMaria Lindqvist\nFollow\nOct 18, 2019 · 8 min read", "Maria Lindqvist")]
    [InlineData("Ferry to run later crossings\n\nMaria Lindqvist - Apr 16, 2015 8:02 pm UTC", "Maria Lindqvist")]
    [InlineData("Ferry to run later crossings\n\nMaria Lindqvist, Staff Attorney, Harbour Union\nApril 5, 2018 | 6:00 PM", "Maria Lindqvist")]
    [InlineData("Ferry to run later crossings\n\nMARIA LINDQVIST\nHarbour PressDecember 2, 2016", "MARIA LINDQVIST")]
    [InlineData("Ferry to run later crossings\n\n[6eef5bc5-c] Maria Lindqvist • 8h", "Maria Lindqvist")]
    [InlineData("Ferry to run later crossings\n\nMaria Lindqvist\n14 min read", "Maria Lindqvist")]
    [InlineData("Ferry to run later crossings\n\non March 10, 2015 by Maria Lindqvist", "Maria Lindqvist")]
    [InlineData("Ferry to run later crossings\n\nby Maria Lindqvist July 10, 2015", "Maria Lindqvist")]
    [InlineData("Ferry to run later crossings\n\nMaria Lindqvist\n\n- Nov. 18th 2019 12:12 pm PT", "Maria Lindqvist")]
    [InlineData("Ferry to run later crossings\n\n[maria-lind]\nMaria Lindqvist\n     \n\nApr. 24, 2014, 9:49 AM 286,248  40", "Maria Lindqvist")]
    [InlineData("Ferry to run later crossings\n\nMaria Lindqvist\nContributing Writer\n━━━━━━━━━━━━\nNovember 15, 2019\n━━━━━━━━━━━━", "Maria Lindqvist")]
    [InlineData("Ferry to run later crossings\n\n\n\nJuly 18, 2013 9:05 AM\n\n \n\n\n\n\n\n\t\t\tMaria Lindqvist\t\t\n\n\n \n\n", "Maria Lindqvist")]
    [InlineData("Ferry to run later crossings\n\nMaria Lindqvist, Special for Harbour Press 8:57 p.m. EDT July 17, 2013", "Maria Lindqvist")]
    [InlineData("Ferry to run later crossings\n\nMaria Lindqvist Published: July 17, 2013 2:15AM", "Maria Lindqvist")]
    [InlineData("Ferry to run later crossings\n\nMARIA LINDQVIST AP Sports Writer Published: June 7, 2013 2:15AM", "MARIA LINDQVIST")]
    [InlineData("Ferry to run later crossings\n\nMaria Lindqvist and Ana Ruiz , Special for Harbour Press 5:27 p.m. EDT July 17, 2013", "Maria Lindqvist and Ana Ruiz")]
    [InlineData("Ferry to run later crossings\n\nMaria Lindqvist, Special to the Harbour Press, July 17, 2013", "Maria Lindqvist")]
    [InlineData("Ferry to run later crossings\n\n[a1b2c3]\nMaria Lindqvist\nToday 12:34pm\nFiled to: Harbour Transport", "Maria Lindqvist")]
    [InlineData("Ferry to run later crossings\n\nMaria LindqvistBlockedUnblockFollowFollowing\nAug 8, 2016", "Maria Lindqvist")]
    [InlineData("Ferry to run later crossings\n\nDecember 19, 2016  by  [Maria\nLindqvist](http://example.org/author/maria-lindqvist)", "Maria Lindqvist")]
    [InlineData("Ferry to run later crossings\n\n[Maria Lindqvist](http://example.org/maria)\n\n[Today 12:34pm](http://example.org/2016/10/13/harbour-council-approves-the-ferry-timetable-1787706769)", "Maria Lindqvist")]
    [InlineData("Ferry to run later crossings\n\n[Maria Lindqvist]\n\nMaria Lindqvist marialindqvist\n\nDecember 7, 2016 — 5:00 AM EST", "Maria Lindqvist")]
    public void Finds_a_name_printed_beside_the_dateline(string header, string name)
    {
        var choice = Page(header).AttributionChoice;
        Assert.Equal(name, Assert.Single(choice.Bylines).Name);
    }

    [Theory]
    [InlineData("Ferry to run later crossings\n\nTech Industry\nDecember 18, 2020", "section label")]
    [InlineData("Ferry to run later crossings\n\nFollow Author\nDecember 18, 2020", "section label")]
    [InlineData("Ferry to run later crossings\n\nHarbour Gazette\nDecember 18, 2020", "organisation")]
    [InlineData("Ferry to run later crossings\n\nYahoo Finance December 18, 2020", "organisation")]
    [InlineData("Ferry to run later crossings\n\nShare\nDecember 18, 2020", "single word")]
    [InlineData("Ferry to run later crossings\n\nDecember 18, 2020\nTwitter Facebook Email", "share buttons")]
    [InlineData("Ferry to run later crossings\n\nPatchy Fog Continues Overnight\nDecember 18, 2020", "too many words")]
    [InlineData("Ferry to run later crossings\n\nDecember 18, 2020\nMayor Maria Lindqvist. (Photo by Harbour Press)", "a caption's subject")]
    [InlineData("Ferry to run later crossings\n\nDecember 18, 2020\nMaria Lindqvist/AFP", "a photo credit")]
    [InlineData("Ferry to run later crossings\n\nDecember 18, 2020 – 4:39 PM\n\nText Size", "a widget's label")]
    [InlineData("Ferry to run later crossings\n\nDecember 18, 2020\nEpisode Description:", "a label over its value")]
    [InlineData("Ferry to run later crossings\n\nSalt and Pepper\nDecember 18, 2020", "one word on a side of 'and'")]
    [InlineData("Ferry to run later crossings\n\nHarbour Gazette and Island News\nDecember 18, 2020", "organisations joined")]
    [InlineData("• December 18, 2020\n\nQ&A: Maria Lindqvist and Ana Ruiz\n\nThe council met.", "a headline's words")]
    public void Rejects_section_labels_menu_items_and_sites_beside_the_dateline(string header, string why)
    {
        var document = Page(header + "\n\nThe tech industry is watching the harbour.");
        var choice = document.AttributionChoice;
        Assert.Empty(choice.Bylines);
        Assert.Contains(choice.BylineCandidates, c => !c.IsAccepted && c.Reason.Length > 0);
        Assert.NotNull(why);
    }

    /// <summary>"Today" stamps a story of today only beside its time ("Today 12:34pm"); alone, it is a menu's entry.</summary>
    [Fact]
    public void Today_without_a_time_is_no_stamp_beside_a_name()
    {
        var document = Page("Ferry to run later crossings\n\nMaria Lindqvist\nToday");
        Assert.Empty(document.AttributionChoice.Bylines);
        Assert.Empty(document.Dates.Datelines);
    }

    [Fact]
    public void An_agency_on_the_dateline_is_a_source_credit()
    {
        var choice = Page("Ferry to run later crossings\n\n[Associated] Associated Press November 19, 2019, 9:02 AM").AttributionChoice;
        Assert.Empty(choice.Bylines);
        Assert.Equal("Associated Press", Assert.Single(choice.SourceCredits).Source);
    }

    // Pages saved as Markdown link the name to the author's page: the label is the name, not a picture's placeholder. A row
    // of icons (links with no words) between the name and the date is no more than a blank line.
    [Theory]
    [InlineData("Ferry to run later crossings\n\n[Maria Lindqvist](https://example.org/@maria)\n\nMar 03, 2024")]
    [InlineData("Ferry to run later crossings\n\n[Maria Lindqvist](https://example.org/authors/maria/)\nMar 03, 2024")]
    [InlineData("Ferry to run later crossings\n\n[Maria Lindqvist](https://example.org/authors/maria/)\n\n[__](mailto:maria@example.org)[__](https://example.org/authors/maria/rss)\n\n  \nMar 03, 2024")]
    [InlineData("Ferry to run later crossings\n\n[Maria Lindqvist](https://example.org/authors/maria/ \"More\nArticles by Maria Lindqvist\")\n\nMar 03, 2024")]
    [InlineData("Ferry to run later crossings\n\n[Maria\nLindqvist](https://example.org/authors/maria/) [ mlindqvist ](https://example.org/@maria)\n\nMar 03, 2024")]
    public void A_linked_name_beside_the_dateline_is_the_byline(string header)
    {
        var document = Document.FromText("page.md", "Home | News | Sport | Weather\n\n" + header + "\n\n" + Body);
        Assert.Equal("Maria Lindqvist", Assert.Single(document.AttributionChoice.Bylines).Name);
    }

    [Fact]
    public void A_name_with_a_staff_title_is_a_byline_in_the_header_and_not_in_the_body()
    {
        Assert.Equal("Maria Lindqvist", Assert.Single(Page("Ferry to run later crossings\n\nMaria Lindqvist, Staff Writer").AttributionChoice.Bylines).Name);

        var inBody = Document.FromText(
            "page.txt",
            "Ferry to run later crossings\n\nBy Ana Ruiz\n\n" + Body.Replace("\n\nThe ferry operator", "\n\nMaria Lindqvist, Staff Writer\n\nThe ferry operator", StringComparison.Ordinal)
            + "\nThe new timetable starts in March, and the council will review the crossings after the first summer to see whether visitors use them.\n\n"
            + "A second vote, on the price of season tickets for islanders who work on the mainland, was put off until the spring meeting.\n\n"
            + "The hospital's nurses, who had collected most of the signatures on the petitions, said they would watch the first weeks closely.\n\n"
            + "The operator said the evening boats would also carry freight when the weather kept the afternoon sailing in port.\n");
        Assert.Equal("Ana Ruiz", Assert.Single(inBody.AttributionChoice.Bylines).Name);
        Assert.Contains(inBody.AttributionChoice.BylineCandidates, c => c.Byline.Kind == BylineKind.NameWithTitle && !c.IsAccepted);
    }

    [Theory]
    [InlineData("Maria Lindqvist in Kyiv", "Maria Lindqvist")]
    [InlineData("Maria Lindqvist in Kyiv and Tomas Berg in Paris", "Maria Lindqvist")]
    [InlineData("Maria Lindqvist for the Harbour Gazette", "Maria Lindqvist")]
    [InlineData("Maria Lindqvist / Harbour Gazette", "Maria Lindqvist")]
    [InlineData("Trouble in Paradise", null)]
    [InlineData("Life in London", null)]
    [InlineData("Harbour Plan for Ferries Is Bold but Costly.", null)]
    public void A_name_and_where_it_filed_from_beside_the_dateline_is_the_byline(string line, string? name)
    {
        var choice = Page("Ferry to run later crossings\n\n" + line + "\nTue 22 Jan 2019 14.30 GMT").AttributionChoice;
        Assert.Equal(name, choice.Bylines.SingleOrDefault()?.Name);
    }

    /// <summary>A show's or an exhibition's run under the article ("2018.04.05 ~ OPEN RUN") dates nothing and names no one.</summary>
    [Theory]
    [InlineData("2018.04.05 ~ OPEN RUN")]
    [InlineData("April 5, 2018 ~ May 1, 2018")]
    [InlineData("2018/04/05 〜 2018/05/01")]
    public void A_date_that_opens_a_range_is_no_dateline(string run)
    {
        var document = Document.FromText("page.txt", "Ferry to run later crossings\n\n" + Body + "\nHarbour Theatre Winter Series\n<The Lantern Keeper>\n\n" + run + "\nTue – Sat 4PM (Closed on Sun & Mon)\n");
        Assert.Null(document.PublicationDate);
        Assert.Empty(document.AttributionChoice.Bylines);
    }

    [Fact]
    public void A_name_without_a_dateline_beside_it_is_not_a_byline()
    {
        var choice = Page("Ferry to run later crossings\n\nMaria Lindqvist").AttributionChoice;
        Assert.Empty(choice.Bylines);
    }

    [Fact]
    public void A_related_storys_byline_below_the_article_is_not_the_articles()
    {
        var document = Page("Ferry to run later crossings\n\nBy Maria Lindqvist\nJan. 22, 2019", "Bridge repairs delayed again\n\nBy Tomas Berg\n\nIsland school gets a new roof\n\nBy Ann Holt\n");
        var choice = document.AttributionChoice;
        Assert.Equal(["Maria Lindqvist"], choice.Bylines.Select(b => b.Name));
        Assert.Contains(choice.BylineCandidates, c => c.Byline.Name == "Tomas Berg" && !c.IsAccepted);
    }

    [Fact]
    public void Source_credits_stay_apart_from_personal_bylines()
    {
        var choice = Page("Ferry to run later crossings\n\nBy Maria Lindqvist, Reuters\nJan. 22, 2019").AttributionChoice;
        Assert.Equal("Maria Lindqvist", Assert.Single(choice.Bylines).Name);
        Assert.Equal("Reuters", Assert.Single(choice.SourceCredits).Source);
    }

    // ---- Publication date ----

    [Fact]
    public void A_labelled_publication_date_wins_over_an_unlabelled_one()
    {
        var document = Page("Ferry to run later crossings\n\nJanuary 20, 2019\nPublished January 22, 2019");
        Assert.Equal(new DateOnly(2019, 1, 22), document.PublicationDate!.Date);
        Assert.Contains(document.PublicationDateChoice.Candidates, c => c.Verdict == DateVerdict.Rejected && c.Candidate.Date == new DateOnly(2019, 1, 20));
    }

    [Theory]
    [InlineData("Thu 3 Jan 2019 02.00 EST Last modified on Wed 16 Jan 2019 06.16 EST", "2019-01-03", "2019-01-16")]
    [InlineData("Dec. 6, 2024, 10:00 PM UTC / Updated Dec. 7, 2024, 12:43 PM UTC", "2024-12-06", "2024-12-07")]
    [InlineData("April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm", "2019-04-28", "2019-04-29")]
    [InlineData("April 28, 2019 — 6:01 AM EDT April 29, 2019 — 3:33 PM EDT", "2019-04-28", "2019-04-29")]
    public void The_unlabelled_date_beside_an_update_is_the_publication(string dateline, string published, string updated)
    {
        var choice = Page("Ferry to run later crossings\n\n" + dateline).PublicationDateChoice;
        Assert.Equal(DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), choice.PublicationDate!.Date);
        Assert.Equal(DateOnly.Parse(updated, System.Globalization.CultureInfo.InvariantCulture), choice.UpdateDate!.Date);
    }

    /// <summary>
    /// "Updated by X" in the header credits who updated the story: a template prints it in place of the byline, so it names
    /// the writer of a page with no byline, and under a byline it names no one; its date is the update's.
    /// </summary>
    [Theory]
    [InlineData("Updated by Maria Lindqvist@mlindqvist Jan 22, 2019, 10:20am EST", "Maria Lindqvist")]
    [InlineData("By Ana Ruiz\n\nUpdated by Maria Lindqvist Jan 22, 2019, 10:20am EST", "Ana Ruiz")]
    public void An_updates_credit_names_the_writer_only_where_no_byline_does(string header, string writer)
    {
        var document = Page("Ferry to run later crossings\n\n" + header);
        Assert.Equal(writer, Assert.Single(document.AttributionChoice.Bylines).Name);
        Assert.Equal(new DateOnly(2019, 1, 22), document.PublicationDateChoice.UpdateDate?.Date);
    }

    [Theory]
    [InlineData("Maria Lindqvist — 2019-01-22 — in Harbour News — Permalink", "Maria Lindqvist")]
    [InlineData("Maria Lindqvist | 2019-01-22 | in Harbour News | Permalink | License", "Maria Lindqvist")]
    [InlineData("By Maria Lindqvist | January 22, 2019 | Transport", "Maria Lindqvist")]
    [InlineData("By Maria Lindqvist — January 22, 2019 — Leave a comment", "Maria Lindqvist")]
    [InlineData("by Maria Lindqvist / January 22, 2019 / Leave a comment", "Maria Lindqvist")]
    [InlineData("by Maria Lindqvist in News on Jan 22, 2019 10:15 am", "Maria Lindqvist")]
    [InlineData("Posted by Maria Lindqvist in Harbour Transport on January 22, 2019", "Maria Lindqvist")]
    public void A_posts_meta_line_gives_its_date_and_author_whatever_the_template_prints_beside_them(string meta, string name)
    {
        var document = Page("Ferry to run later crossings\n\n" + meta);
        Assert.Equal(new DateOnly(2019, 1, 22), document.PublicationDate!.Date);
        Assert.Equal(name, Assert.Single(document.AttributionChoice.Bylines).Name);
    }

    [Theory]
    [InlineData("Written by Maria Lindqvist · January 22, 2019")]
    [InlineData("Written by Maria Lindqvist on January 22, 2019")]
    [InlineData("Words by Maria Lindqvist, January 22, 2019")]
    [InlineData("Story by Maria Lindqvist | January 22, 2019 | 4 min read")]
    public void A_bylines_role_before_its_by_belongs_to_the_byline_on_a_dateline(string dateline)
    {
        var document = Page("Ferry to run later crossings\n\n" + dateline);
        Assert.Equal(new DateOnly(2019, 1, 22), document.PublicationDate!.Date);
        Assert.Equal("Maria Lindqvist", Assert.Single(document.AttributionChoice.Bylines).Name);
    }

    /// <summary>
    /// A printer that joins a page's lines runs the header's byline into the article's text: the bar after the name closes
    /// the byline however long the line is, while a long sentence opening with "By" stays a sentence.
    /// </summary>
    [Fact]
    public void A_byline_closed_by_a_bar_opens_a_line_the_article_runs_on()
    {
        var joined = Document.FromText("page.txt", "Ferry to run later crossings\n\n\u2014By Maria Lindqvist| Tue Jan. 22, 2019 5:16 PM PSTShare "
            + Body.Replace("\n\n", " ", StringComparison.Ordinal));
        var sentence = Document.FromText("page.txt", "Ferry to run later crossings\n\nBy Harbour Council rules | the ferry must sail "
            + Body.Replace("\n\n", " ", StringComparison.Ordinal));

        Assert.Equal("Maria Lindqvist", Assert.Single(joined.AttributionChoice.Bylines).Name);
        Assert.Empty(sentence.AttributionChoice.Bylines);
    }

    /// <summary>
    /// Bylines as templates print them: the section before the cue, the cue twice (the template's and the name's own), the
    /// name in bold (html2text's **), names with a word that is also a function word ("Will", "Said", "Than") or a weekday's short form ("Sun"), and a linked name whose address and
    /// title html2text's wrap carried on to the next lines.
    /// </summary>
    [Theory]
    [InlineData("News By Maria Lindqvist Jan. 22, 2019 5:16 pm", "Maria Lindqvist")]
    [InlineData("   News By Maria Lindqvist Jan. 22, 2019 5:16 pm", "Maria Lindqvist")]
    [InlineData("By By Maria Lindqvist\nJan. 22, 2019", "Maria Lindqvist")]
    [InlineData("By **Maria Lindqvist** , Harbour Press\nJan. 22, 2019", "Maria Lindqvist")]
    [InlineData("By __Maria Lindqvist__\nJan. 22, 2019", "Maria Lindqvist")]
    [InlineData("By Will Lindqvist and Ana Ruiz, E-mail the writers\nJan. 22, 2019", "Will Lindqvist and Ana Ruiz")]
    [InlineData("By Omar Said\nJan. 22, 2019", "Omar Said")]
    [InlineData("By Ker Than\nJan. 22, 2019", "Ker Than")]
    [InlineData("By Maria H. Sun\nJan. 22, 2019", "Maria H. Sun")]
    [InlineData("By Marco deLindqvist\nJan. 22, 2019", "Marco deLindqvist")]
    [InlineData("By Marco d'Amato\nJan. 22, 2019", "Marco d'Amato")]
    [InlineData("By Omar al-Sadr\nJan. 22, 2019", "Omar al-Sadr")]
    [InlineData("By Maria LindqvistJanuary 22, 20190", "Maria Lindqvist")]
    [InlineData("By [Maria\nLindqvist](http://example.org/author/maria-lindqvist/ \"Posts by Maria Lindqvist\")\n\nJan. 22, 2019", "Maria Lindqvist")]
    [InlineData("A picture of the evening ferry leaving the harbour at dusk, the hospital lights behind it. Photo: Ana Holm\n\n"
        + "By [Maria\nLindqvist](http://example.org/author/maria-lindqvist/ \"Posts by Maria Lindqvist\")\n\nJan. 22, 2019", "Maria Lindqvist")]
    [InlineData("By [Maria Lindqvist](http://example.org/author/maria-\nlindqvist/ \"Posts by Maria\nLindqvist\")\n\nJan. 22, 2019", "Maria Lindqvist")]
    public void A_byline_as_templates_print_it_is_the_articles(string header, string name)
    {
        var document = Page("Ferry to run later crossings\n\n" + header);
        Assert.Equal(name, Assert.Single(document.AttributionChoice.Bylines).Name);
        Assert.Equal(new DateOnly(2019, 1, 22), document.PublicationDate?.Date);
    }

    [Theory]
    [InlineData("By Now\nJan. 22, 2019")]
    [InlineData("By More Than\nJan. 22, 2019")]
    [InlineData("By Sunday Morning\nJan. 22, 2019")]
    [InlineData("Harbour By Maria Lindqvist\nJan. 22, 2019")]
    public void Function_words_alone_and_a_word_before_by_that_is_neither_section_nor_picture_are_no_byline(string header) =>
        Assert.Empty(Page("Ferry to run later crossings\n\n" + header).AttributionChoice.Bylines);

    [Fact]
    public void A_capitalised_word_before_by_and_no_byline_is_still_a_name_run()
    {
        var document = Page("Ferry to run later crossings\n\nHarbour by Night · January 22, 2019");
        Assert.Null(document.PublicationDate);
    }

    [Theory]
    [InlineData("Maria Lindqvist — 2019-01-22 — the council voted again on the plan", "an item of prose")]
    [InlineData("Maria Lindqvist — 2019-01-22 — Harbour Press — City Desk", "three names or sites: a list of them")]
    [InlineData("Ferries | 2019-01-22 | 14 crossings | Tuesday", "numbers: a row of a table")]
    public void A_line_of_separated_items_is_no_dateline_when_an_item_is_more_than_a_template_prints(string line, string why)
    {
        var document = Page("Ferry to run later crossings\n\n" + line);
        Assert.True(document.PublicationDate is null, why);
    }

    [Fact]
    public void Two_unlabelled_header_dates_that_disagree_give_none()
    {
        var choice = Page("Ferry to run later crossings\n\nJanuary 20, 2019\nBy Maria Lindqvist\nJanuary 22, 2019").PublicationDateChoice;
        Assert.Null(choice.PublicationDate);
        Assert.True(choice.IsAmbiguous);
        Assert.True(choice.IsDated);
        Assert.Equal(2, choice.Candidates.Count(c => c.Verdict == DateVerdict.Ambiguous));
    }

    [Fact]
    public void A_label_line_labels_the_date_below_it()
    {
        var choice = Page("Stats:\n    Published:\n        2017-08-15\n    Updated:\n        2017-12-26").PublicationDateChoice;
        Assert.Equal(new DateOnly(2017, 8, 15), choice.PublicationDate!.Date);
        Assert.Equal(new DateOnly(2017, 12, 26), choice.UpdateDate!.Date);
    }

    [Fact]
    public void An_update_alone_dates_the_document_but_is_not_its_publication_date()
    {
        var choice = Page("Ferry to run later crossings\n\nLast Updated: January 7, 2025").PublicationDateChoice;
        Assert.Null(choice.PublicationDate);
        Assert.Equal(new DateOnly(2025, 1, 7), choice.UpdateDate!.Date);
        Assert.True(choice.IsDated);
    }

    [Fact]
    public void A_date_inside_a_sentence_of_the_body_is_never_the_publication_date()
    {
        var document = Document.FromText("page.txt", "Ferry to run later crossings\n\n" + Body.Replace("on Tuesday", "on January 22, 2019", StringComparison.Ordinal));
        Assert.Empty(document.Dates.PublicationDateCandidates);
        Assert.False(document.PublicationDateChoice.IsDated);
    }

    [Fact]
    public void A_masthead_date_far_above_the_header_does_not_count()
    {
        var masthead = "Friday, March 1, 2024\n\n" + string.Join("\n", Enumerable.Range(1, 14).Select(i => $"Section {i}")) + "\n\n";
        var document = Document.FromText("page.txt", masthead + "Ferry to run later crossings\n\nBy Maria Lindqvist\nJan. 22, 2019\n\n" + Body);
        Assert.Equal(new DateOnly(2019, 1, 22), document.PublicationDate!.Date);
        Assert.Contains(document.PublicationDateChoice.Candidates, c => c.Verdict == DateVerdict.Rejected && c.Candidate.Date == new DateOnly(2024, 3, 1));
    }

    [Fact]
    public void Dates_below_the_article_are_a_related_storys()
    {
        var document = Page("Ferry to run later crossings", "Bridge repairs delayed again\n\nMarch 3, 2019\n\nIsland school gets a new roof\n\nFebruary 27, 2019\n");
        Assert.Null(document.PublicationDate);
        Assert.All(document.PublicationDateChoice.Candidates, c => Assert.Equal(DateVerdict.Rejected, c.Verdict));
    }

    /// <summary>
    /// A template that prints the author's box under the article, past its share buttons: the name over the date is the
    /// article's. The same name and date after a label ("Comments") or a headline is a comment's or a related story's.
    /// </summary>
    [Theory]
    [InlineData("  • Share on Facebook\n  • Share on Twitter\n  • \n\n[ana]\nAna Lee @analee\n\n  • Jan 17, 2019 1:15 PM\n  • print\n\nAna Lee covers the harbour for the Press.\n", true)]
    [InlineData("  * [Share on Facebook](http://www.facebook.com/sharer.php?u=http://example.org/ferry&t=Ferry to run later crossings | Harbour Press)\n"
        + "  * [Share on Twitter](http://twitter.com/share)\n\n![](http://example.org/images/ana-lee-byline.jpg)\n\nAna Lee @analee\n\n  * Jan 17, 2019 1:15 PM\n  * [print](javascript://)\n", true)]
    // Each element on its own line, as BeautifulSoup prints a page's text nodes: a share button a line, the handle under the name.
    [InlineData("Share on Facebook\nShare on Twitter\nShare on Google+\nShare on LinkedIn\nShare on Pinterest\nAna Lee\n@analee\nJan 17, 2019 1:15 PM\nprint\n"
        + "Ana Lee\nStaff Writer, Harbour Press\nAna Lee covers the harbour for the Press.\n", true)]
    [InlineData("Comments\n\nAna Lee\n\nJan 17, 2019 1:15 PM\n\nI took the last ferry home every night for a year and it was always full.\n", false)]
    [InlineData("Bridge repairs delayed again\n\nAna Lee\n\nJan 17, 2019 1:15 PM\n", false)]
    public void The_authors_box_under_the_article_dates_it(string footer, bool dated)
    {
        var document = Page("Ferry to run later crossings", footer);

        Assert.Equal(dated ? new DateOnly(2019, 1, 17) : null, document.PublicationDate?.Date);
        Assert.Equal(dated ? ["Ana Lee"] : [], document.AttributionChoice.Bylines.Select(b => b.Name));
    }

    /// <summary>
    /// A site's top bar stamps the day in a form the reader leaves alone ("12/19/16", two digits of year and no time) under
    /// the page's summary and above the section label and the headline: the header runs on to the dated dateline under
    /// them, whose byline is the writer's, and the section label beside the stamp names no one. Running prose between the stamp and the dateline
    /// (two paragraphs) ends the header at the stamp as before (this short page's dateline is then its closing credit's).
    /// </summary>
    [Theory]
    [InlineData("Harbour Living\n\nFive Mistakes First-Time Renters Make\n\n", true)]
    [InlineData("Harbour Living\n\n" + "The island's renters have been told for years that the council would fix the old harbour flats before the winter, and many of them have given up waiting for it, "
        + "though the tenants' association still writes to the council every month.\n\n"
        + "Most of the flats were built after the war, and the council says the cost of the repairs has doubled since the first survey was made, "
        + "mostly because the roofs have let in water for so long.\n\n", false)]
    public void The_header_runs_on_below_a_stamp_without_a_date(string between, bool runsOn)
    {
        var document = Page("Renters keep making the same five mistakes, and a designer who has seen them all explains how to avoid every one of them.\n\n12/19/16 12/19/16\n\n" + between
            + "December 19, 2016 by Ana Lee\n884");

        Assert.Equal(runsOn, document.Header.ZoneOf(LineOf(document, "December 19, 2016") - 1) == ArticleZone.Header);
        Assert.Equal(new DateOnly(2016, 12, 19), document.PublicationDate?.Date);
        Assert.Equal(["Ana Lee"], document.AttributionChoice.Bylines.Select(b => b.Name));
    }

    /// <summary>
    /// html2text wraps the address of the author's picture over three lines inside the link to the author's page; the
    /// name and the time stamp after the link, on the third line, are the dateline.
    /// </summary>
    [Fact]
    public void A_dateline_after_a_picture_address_wrapped_over_three_lines_is_read()
    {
        var document = Document.FromText(
            "page.md",
            "Home | News | Sport | Weather\n\n# Ferry to run later crossings\n\n[![](http://img.example.org/user/face/20160702194404.jpg?imageMogr2/auto-\n"
            + "orient/thumbnail/!80x80r/gravity/Center/crop/80x80/quality/85/format/jpg/ignore-\nerror/1) ](/people/ana/) Ana Lee 2019-01-17 14:27:02\n\n"
            + CorpusLint.Quality.TextWrapper.Wrap(Body, 78).Text);

        Assert.Equal(new DateOnly(2019, 1, 17), document.PublicationDate?.Date);
    }

    /// <summary>
    /// The writer's name stands over the dateline; the capitalised line under it is the title of the lead picture over its
    /// caption, not a second writer.
    /// </summary>
    [Fact]
    public void A_name_over_the_dateline_leaves_the_line_under_it_to_the_picture()
    {
        var document = Page("Ferry to run later crossings\n\nJane Roe\nFirst Posted: Jul 19, 2013 02:49 AM EDT\nHarbour Lights\n(Photo : Harbour Press/ The ferry at dusk)");

        Assert.Equal(["Jane Roe"], document.AttributionChoice.Bylines.Select(b => b.Name));
    }

    [Fact]
    public void A_date_in_a_table_of_dates_is_not_a_dateline()
    {
        var document = Page("Harbour history\n\n  Charter granted        7 May 1856\n  Dominion               26 September 1907\n                         25 November 1947");
        Assert.Null(document.PublicationDate);
    }

    [Fact]
    public void An_embedded_posts_citation_is_not_a_dateline()
    {
        var document = Page("Ferry to run later crossings\n\n— Harbour Council (@harbourcouncil) October 9, 2018");
        Assert.Null(document.PublicationDate);
        Assert.Empty(document.AttributionChoice.Bylines);
    }

    [Fact]
    public void The_choice_says_why_each_candidate_won_or_lost()
    {
        var document = Page("Ferry to run later crossings\n\nBy Maria Lindqvist\nJan. 22, 2019", "Bridge repairs delayed again\n\nMarch 3, 2019\n");
        Assert.All(document.PublicationDateChoice.Candidates, c => Assert.False(string.IsNullOrWhiteSpace(c.Reason)));
        Assert.All(document.AttributionChoice.BylineCandidates, c => Assert.False(string.IsNullOrWhiteSpace(c.Reason)));
    }
}
