using CorpusLint.Model;
using CorpusLint.Model.Layout;
using CorpusLint.Tests.Rules.Boilerplate;

namespace CorpusLint.Tests.Model;

public class LayoutTests
{
    /// <summary>The two paragraphs of the night-crossings article under the headers the headline tests print.</summary>
    private const string NightCrossingsBody = """
        The island ferry will run two extra crossings each night from July to September, its operator announced on Monday, after a summer of complaints about the last boat leaving too early for anyone working in town.

        The operator said the change would cost little because the crews were already on duty until midnight for freight runs, and that the crossings would be reviewed in the autumn.

        """;

    private static DocumentLayout Layout(string text) => Document.FromText("article.txt", text).Layout;

    [Fact]
    public void Body_runs_from_the_first_to_the_last_paragraph()
    {
        var layout = Layout(BoilerplateText.Article(before: ["Skip to content", "- [News](#)", "- [Sport](#)"], after: ["Most read", "© 2024 The Harbour Gazette. All rights reserved."]));
        Assert.Equal((7, 13), (layout.BodyStart + 1, layout.BodyEnd + 1));
        Assert.Equal(LineClass.Title, layout[4].Class);
        Assert.Equal(LineClass.Chrome, layout[0].Class);
        Assert.Equal(LineClass.Navigation, layout[1].Class);
        Assert.Equal(LineClass.Related, layout[14].Class);
        Assert.Equal(LineClass.Legal, layout[15].Class);
    }

    [Fact]
    public void Places_and_distances_are_relative_to_the_body()
    {
        var layout = Layout(BoilerplateText.Article(before: ["Skip to content"], after: ["Most read"]));
        Assert.Equal((BodyPlace.Before, 4), (layout[0].Place, layout[0].Distance));
        Assert.Equal((BodyPlace.Inside, 0), (layout[6].Place, layout[6].Distance));
        Assert.Equal((BodyPlace.After, 2), (layout[12].Place, layout[12].Distance));
    }

    [Fact]
    public void Features_measure_links_stop_words_and_sentences()
    {
        var layout = Layout(BoilerplateText.Article(after: ["[Island school to reopen](https://example.org/school)"]));
        var prose = layout[2];
        Assert.Equal(ProseClass.Good, prose.Prose);
        Assert.True(prose.StopWordShare > 0.25);
        Assert.True(prose.SentenceMarks >= 1);
        Assert.Equal(0, prose.LinkDensity);
        Assert.Equal(1.0, layout[10].LinkDensity);
        Assert.Equal(ProseClass.Bad, layout[10].Prose);
    }

    [Fact]
    public void Exact_normalized_repeats_point_at_the_first_copy()
    {
        var layout = Layout(BoilerplateText.Article(before: [BoilerplateText.Headline.ToUpperInvariant() + "."]));
        Assert.Equal(0, layout[2].DuplicateOf);
        Assert.Equal(2, layout[2].Copies);
        Assert.False(layout[0].IsDuplicate);
    }

    [Theory]
    [InlineData("I don't subscribe to that view, the harbour master said, and most of the ferry crew agree with him.")]
    [InlineData("The country was among the last to sign up to the Kyoto protocol, which it ratified years later.")]
    [InlineData("Readers can read more of the comments on the council's website, where the debate has run for weeks.")]
    [InlineData("The museum bought all rights to the archive in 1998, and the family kept only the letters of the captain.")]
    [InlineData("Subscribe to the idea, he said.")]
    [InlineData("Follow the money, she said.")]
    [InlineData("All rights reserved for the crew, the union said.")]
    [InlineData("Copyright law was changed in 2019.")]
    [InlineData("Advertisement revenue fell by a third.")]
    public void Prose_that_mentions_a_phrase_is_body(string sentence)
    {
        var layout = Layout(BoilerplateText.WithProse(sentence));
        Assert.True(layout[6].IsArticle, $"class {layout[6].Class}");
        Assert.Equal(BodyPlace.Inside, layout[6].Place);
    }

    /// <summary>A German news page: the same chrome as an English one, in the site's language, told apart by the phrase table's other languages.</summary>
    private const string GermanPage = """
        Startseite | Politik | Wirtschaft | Sport | Kultur

        Hafen erhält neue Fähre nach Nordstadt

        Von Anna Berger
        12. März 2025

        Die Stadt hat am Montag eine neue Fähre für die Verbindung zwischen dem Nordkai und der Altstadt vorgestellt. Das Schiff soll ab Juni täglich fahren und bis zu dreihundert Fahrgäste befördern.

        Die alte Fähre war mehr als vierzig Jahre im Dienst und musste im vergangenen Winter wegen eines Motorschadens mehrere Wochen in der Werft bleiben. Pendler mussten in dieser Zeit einen Umweg über die Brücke nehmen.

        „Wir haben lange auf diesen Tag gewartet“, sagte die Bürgermeisterin bei der Vorstellung im Hafen. Die Kosten von elf Millionen Euro teilen sich die Stadt und das Land.

        Der Fahrplan soll im Mai veröffentlicht werden. Fahrräder dürfen kostenlos mitgenommen werden.

        Teilen
        Drucken

        Das könnte Sie auch interessieren
        Neue Radwege am Nordkai geplant
        Stadtrat beschließt Haushalt für 2026
        Fischmarkt zieht in die alte Halle

        Schreibe einen Kommentar
        Antworten abbrechen

        Impressum | Datenschutz | Kontakt
        © 2025 Hafenblatt. Alle Rechte vorbehalten.
        """;

    [Fact]
    public void A_page_in_another_language_has_its_chrome_told_apart_by_the_phrases_of_its_language()
    {
        var document = Document.FromText("seite.txt", GermanPage);
        var layout = document.Layout;
        int[] article = [2, 7, 9, 11, 13];
        (int Line, LineClass Class)[] chrome =
        [
            (15, LineClass.Social), (16, LineClass.Social), (18, LineClass.Related), (19, LineClass.Related), (23, LineClass.Comment),
            (24, LineClass.Comment), (26, LineClass.Navigation), (27, LineClass.Legal),
        ];

        Assert.All(article, i => Assert.True(layout[i].IsArticle, $"line {i + 1}: {layout[i].Class}"));
        Assert.All(chrome, c => Assert.True(layout[c.Line].Class == c.Class, $"line {c.Line + 1}: {layout[c.Line].Class}, not {c.Class}"));
    }

    [Fact]
    public void A_list_in_the_article_is_not_a_menu()
    {
        var layout = Layout(BoilerplateText.Article(middle: ["- a new tax on short flights", "- more night trains on the coast"]));
        Assert.Equal(LineClass.Heading, layout[6].Class);
        Assert.Equal(LineClass.Heading, layout[7].Class);
    }

    [Fact]
    public void A_list_that_closes_the_article_belongs_to_it()
    {
        var layout = Layout(BoilerplateText.Article(after: ["Ferry times:", "June 9 – North quay to Harbour Town at 21:30", "June 10 – North quay to Harbour Town at 22:15", "June 11 – North quay to Harbour Town at 23:00"]));
        Assert.Equal(13, layout.BodyEnd);
    }

    [Fact]
    public void Captions_do_not_cut_the_body()
    {
        var layout = Layout(BoilerplateText.Article(middle: ["HARBOUR-FERRY-COUNCIL Passengers board the evening ferry [Eva Holm/Gazette]"]));
        Assert.Equal(LineClass.Caption, layout[6].Class);
        Assert.Equal(BodyPlace.Inside, layout[6].Place);
    }

    [Fact]
    public void A_document_without_prose_has_no_body()
    {
        var layout = Layout("Home\nNews\nSport\n");
        Assert.False(layout.HasBody);
        Assert.All(layout.Lines.Where(l => !l.IsBlank), l => Assert.False(l.IsArticle));
    }

    [Fact]
    public void Runs_bridge_blank_lines()
    {
        var layout = Layout(BoilerplateText.Article(before: ["- [News](#)", "", "- [Sport](#)"]));
        Assert.Equal([(0, 2)], layout.Runs(l => l.Class == LineClass.Navigation).ToArray());
    }

    private static readonly string[] TeaserStream =
    [
        "Storm Closes The North Quay For Two Days", "WINDS OF CHANGE", "Storm Closes The North Quay For Two Days", "",
        "Ferry passengers were told to stay at home on Monday as gales of up to ninety miles an hour hit the island.", "",
        "School Reopens After Months Of Flood Repairs", "BACK TO CLASS", "School Reopens After Months Of Flood Repairs", "",
        "Pupils returned to the island school on Tuesday, six months after the river broke its banks in the spring.", "",
        "New Bridge Plans Shelved By The Council Again", "NOT THIS YEAR", "New Bridge Plans Shelved By The Council Again", "",
        "The council has put off a decision on the bridge to the mainland until the next budget round in the autumn.",
    ];

    [Fact]
    public void A_teaser_stream_with_repeated_headlines_is_cut_off_the_body()
    {
        var layout = Layout(BoilerplateText.Article(after: TeaserStream));
        Assert.Equal(12, layout.BodyEnd);
        Assert.Equal(LineClass.Title, layout[0].Class);
    }

    [Fact]
    public void A_headline_printed_twice_above_the_article_does_not_cut_it()
    {
        var layout = Layout(BoilerplateText.Article(before: [BoilerplateText.Headline, "", "Two extra evening crossings will run from May, the council decided."]));
        Assert.Equal(BodyPlace.Inside, layout[6].Place);
        Assert.Equal(BodyPlace.Inside, layout[4].Place);
    }

    [Fact]
    public void A_bulleted_list_of_long_items_does_not_stop_a_gallery_from_being_bridged()
    {
        string[] gallery =
        [
            "Image 1 of 2", "The evening ferry leaves the north quay for the first time.", "The evening ferry leaves the north quay for the first time.", "(Image credit: Eva Holm)",
            "Image 2 of 2", "Passengers queue at the ticket office on the harbour front.", "Passengers queue at the ticket office on the harbour front.", "(Image credit: Eva Holm)", "",
            "• North quay, Harbour Town, main island", "• South pier, Little Harbour, east island", "• Old jetty, Fisher Bay, west island", "• New terminal, Port Ness, north island", "• Ferry landing, Kirkby, south island",
        ];
        var layout = Layout(BoilerplateText.Article(middle: gallery));
        Assert.Equal(2, layout.BodyStart);
        Assert.Equal(LineClass.Heading, layout[15].Class);
    }

    private static string ArticleWithBoxAfterLead(int entries)
    {
        string[] titles =
        [
            "Storm closes north quay", "School reopens after floods", "Bridge plans shelved",
            "Ferry fares rise", "Lighthouse museum opens", "Harbour festival moves",
        ];
        string[] lines =
        [
            BoilerplateText.Headline, "", "By Eva Holm", "", BoilerplateText.Paragraphs[0], "", "Further reading", "",
            .. titles.Take(entries).SelectMany(title => new[] { "• " + title, "" }),
            .. BoilerplateText.Paragraphs.Skip(1).SelectMany(paragraph => new[] { paragraph, "" }),
            "The operator said it would review the timetable again after the first summer, once it knew how many passengers used the new evening boats.", "",
        ];
        return string.Join("\n", lines);
    }

    [Fact]
    public void A_lead_above_the_articles_own_reading_box_is_in_the_body()
    {
        // "Further reading" and three titles after the first paragraph: the lead scores less than a bridged run needs,
        // but a label and a few titles are a narrower gap than any run of chrome.
        var layout = Layout(ArticleWithBoxAfterLead(entries: 3));
        Assert.Equal(4, layout.BodyStart);
        Assert.Equal(LineClass.Body, layout[4].Class);
    }

    /// <summary>
    /// Six titles after the lead are more than a box the body takes in across (three are), but the lead is still the
    /// article's, straight under its byline: the body starts there, and the titles, plain text without a link or a
    /// phrase, are read as the article's own list, as three are.
    /// </summary>
    [Fact]
    public void The_lead_under_the_byline_joins_the_body_across_a_longer_list_of_titles()
    {
        var layout = Layout(ArticleWithBoxAfterLead(entries: 6));
        Assert.Equal(4, layout.BodyStart);
        Assert.Equal(LineClass.Body, layout[4].Class);
    }

    /// <summary>
    /// The page's box of related stories after the lead shows each title with its picture (a placeholder line, as a text
    /// browser prints an image): under its related-content label a picture is part of its entry, so three titles with
    /// their pictures are a box the body takes in across, as three without are, with no byline above the lead to hold on
    /// to. Without the label, the same lines are six of a stretch the body does not cross (a headline, a picture and a
    /// subtitle under a list of other stories are the article's header, not a box).
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_lead_above_a_related_box_with_pictures_is_in_the_body(bool labelled)
    {
        string[] titles = ["Storm closes north quay", "School reopens after floods", "Bridge plans shelved"];
        string[] lines =
        [
            BoilerplateText.Headline, "", BoilerplateText.Paragraphs[0], "", .. (labelled ? (string[])["Related Articles"] : []),
            .. titles.SelectMany((title, k) => new[] { $"[img_{k + 1}]", title }), "",
            .. BoilerplateText.Paragraphs.Skip(1).SelectMany(paragraph => new[] { paragraph, "" }),
        ];
        var layout = Layout(string.Join("\n", lines));
        Assert.Equal(labelled, layout.BodyStart == 2);
        Assert.Equal(labelled, layout[2].Class == LineClass.Body);
    }

    /// <summary>
    /// A craft article: a short introduction, its materials (a list of short plain items under "Materials:", which a gap
    /// would otherwise count as a menu) and its numbered steps. The steps score as the body; the introduction joins it
    /// across the introduced list.
    /// </summary>
    [Fact]
    public void The_introduction_above_a_materials_list_joins_the_steps_below_it()
    {
        string[] lines =
        [
            "Make a lantern from an old tin can", "",
            "Every porch needs a little light, and a lantern is a fine way to give an old tin a second life before the summer evenings.", "",
            "It costs almost nothing, and an afternoon is enough to make two of them for the garden table.", "",
            "Materials:", "",
            "• 1 empty tin can", "• nails", "• hammer", "• towel", "• wire", "• pliers", "• tea light", "• spray paint", "• marker", "• water", "",
            "Instructions:", "",
            "1. Fill the tin with water and freeze it overnight, so that the ice holds its sides firm while you work on it.",
            "2. Draw a pattern of dots around the tin with the marker, leaving a clear band at the top for the handle.",
            "3. Lay the tin on the folded towel and tap a nail through each dot, turning the tin a little after every row.",
            "4. Let the ice melt, dry the tin well inside and out, and give it two thin coats of spray paint in the open air.",
            "5. Punch two holes near the rim, thread the wire through them and twist its ends with the pliers to make the handle.",
            "6. Set a tea light inside, hang the lantern from a hook on the porch and watch the pattern fall across the boards.", "",
        ];
        var layout = Layout(string.Join("\n", lines));
        Assert.Equal(2, layout.BodyStart);
        Assert.Equal(LineClass.Body, layout[2].Class);
    }

    [Fact]
    public void A_timestamp_above_the_body_is_its_dateline_not_its_title()
    {
        // The article's own dateline: kept (a boilerplate fix must not delete the publication date), never the headline.
        var layout = Layout(BoilerplateText.Article().Replace(BoilerplateText.Headline + "\n", "Nov. 19, 2019 8:03 am ET\n"));
        Assert.Equal(LineClass.Byline, layout[0].Class);
    }

    [Fact]
    public void A_publication_date_above_the_body_stays_with_the_article()
    {
        var layout = Layout(BoilerplateText.Article().Replace(BoilerplateText.Headline + "\n", "*Published Monday, May 6, 2024*\n"));
        Assert.Equal(LineClass.Byline, layout[0].Class);
        Assert.True(layout[0].IsArticle);
    }

    /// <summary>
    /// A page printed with its text nodes joined (BeautifulSoup's <c>get_text()</c>) holds its whole article on one line:
    /// the line scores as all the prose it holds, and a sidebar of headed one-sentence blurbs under it is not the body
    /// (with a line's score capped at 800 characters, six blurbs outscored a 2,600-character article).
    /// </summary>
    [Fact]
    public void An_article_joined_on_one_line_outscores_a_sidebar_of_blurbs()
    {
        string[] more =
        [
            "The operator said the first evening boat would leave the island at half past eight and the second an hour later, calling at the north quay.",
            "Fares on the evening boats will be the same as on the day crossings, though season tickets will cost a little more from the autumn.",
            "Shopkeepers in the harbour town welcomed the decision, saying that visitors had often cut short their evenings to catch the last boat home.",
            "The ferry crew's union said it had agreed to the new shifts after the operator promised to hire four more deckhands before the summer.",
            "Some councillors had asked for a trial of a single evening crossing first, but the motion for two crossings passed by nine votes to four.",
            "The island's doctor said the later boats would also help patients who travel to the mainland hospital for appointments in the afternoon.",
            "A survey by the residents' association found that more than half of the island's households had missed the last boat at least once a month.",
            "The council expects the extra crossings to be paid for partly by higher parking charges at the harbour, which will rise in the spring.",
            "Tourism officials said they hoped the change would bring more visitors to the island's summer festival, which runs for two weeks in July.",
            "The operator will publish the full timetable on its website next week, along with the dates of the winter crossings and the holiday service.",
            "Residents who want to comment on the winter timetable can write to the council before the end of March, the council's clerk said.",
            "The last time the timetable changed was six years ago, when the morning crossing was moved half an hour earlier for the mainland schools.",
        ];
        var joined = string.Join(' ', [.. BoilerplateText.Paragraphs, .. more]);
        string[] blurbs =
        [
            "Lighthouse keeper retires", "After forty years on the point, the island's last lighthouse keeper hands over the lamp to an automatic system.",
            "Seal pups return to the bay", "Wardens counted more seal pups on the north shore this winter than in any year since the counts began.",
            "School play sells out", "Every ticket for the school's spring play was sold within an hour of going on sale at the village hall.",
            "Harbour wall repairs begin", "Builders started work on the harbour wall on Monday after the winter storms washed away part of its top.",
            "New cafe opens on the quay", "A new cafe has opened on the quay in the old net store, serving breakfast to the crews of the fishing boats.",
            "Bird count breaks record", "Volunteers counted a record number of wading birds on the island's mudflats during the weekend's survey.",
        ];
        string[] chrome = ["Share this article", "Facebook", "Twitter", "Email", "Print this page", "Sign up for our daily newsletter", "Enter your email address", "Subscribe", "Privacy policy", "Terms of service"];
        var text = string.Join("\n\n", [BoilerplateText.Headline, joined, .. chrome, "Most popular", .. blurbs, "© 2024 The Harbour Gazette"]);

        var layout = Layout(text);

        Assert.Equal((2, 2), (layout.BodyStart, layout.BodyEnd));
        Assert.False(layout[text.Split('\n').ToList().IndexOf(blurbs[1])].IsArticle);
    }

    private static string[] Items(bool stamped) =>
    [
        .. Item("Storm closes the north quay for two days", "Ferry passengers were told to stay at home on Monday as gales of up to ninety miles an hour hit the island.", stamped),
        .. Item("School reopens after months of flood repairs", "Pupils returned to the island school on Tuesday, six months after the river broke its banks in the spring.", stamped),
        .. Item("New bridge plans shelved by the council again", "The council has put off a decision on the bridge to the mainland until the next budget round in the autumn.", stamped),
    ];

    private static string[] Item(string headline, string blurb, bool stamped) =>
        stamped ? [headline, "Eva Holm", "Tuesday November 19, 2019", blurb, ""] : [headline, "", blurb, ""];

    [Fact]
    public void A_stream_of_dated_teasers_after_the_article_is_cut_off_the_body()
    {
        var layout = Layout(BoilerplateText.Article(after: Items(stamped: true)));
        Assert.Equal(8, layout.BodyEnd);
        Assert.Equal(LineClass.Boilerplate, layout[13].Class);
    }

    [Fact]
    public void A_listicle_without_dates_keeps_its_items_in_the_body()
    {
        var layout = Layout(BoilerplateText.Article(after: Items(stamped: false)));
        Assert.Equal(BodyPlace.Inside, layout[16].Place);
        Assert.Equal(LineClass.Body, layout[16].Class);
    }

    [Fact]
    public void A_comment_head_bulleted_with_a_hyphen_is_a_stamp_and_a_signature_after_a_dash_is_not()
    {
        string[] lines = ["- Anna on November 19, 2019 at 1:34 am said:", "", "— Jane Roe (@jroe) November 19, 2019", ""];
        var article = BoilerplateText.Article(after: lines);

        var layout = Layout(article);

        var printed = article.Split('\n').ToList();
        Assert.True((layout[printed.IndexOf(lines[0])].Signals & LineSignals.Stamp) != 0);
        Assert.True((layout[printed.IndexOf(lines[2])].Signals & LineSignals.Stamp) == 0);
    }

    [Fact]
    public void A_comment_thread_that_outscores_a_short_article_is_not_the_body()
    {
        var comment = "I have taken the evening ferry for twenty years and it has never once left on time, so I doubt the new timetable will change anything at all.";
        string[] names = ["Anna", "Bjorn", "Carl", "Dagny", "Erik", "Frida", "Gustav", "Hanna"];
        var thread = names.SelectMany((name, n) => (string[])[$"{name} says:", $"November 19, 2019 at {n + 1}:34 am", "", $"{name} here. {comment} {comment}", "", $"And {name} again. {comment} {comment}", ""]).ToArray();
        string[] share = ["Share this:", .. ((string[])["Facebook", "Twitter", "Reddit", "LinkedIn", "WhatsApp", "Pinterest", "Tumblr", "Pocket"]).Select(site => $"• Click to share on {site} (Opens in new window)"), "Permalink 8 Comments Feed for comments Back to top", "Leave a comment", ""];
        var layout = Layout(BoilerplateText.Article(before: ["Posted by Eva Holm on November 19, 2019, 6:21 AM EST"], after: [.. share, .. thread]));
        Assert.Equal((4, 10), (layout.BodyStart, layout.BodyEnd));
        Assert.Equal(LineClass.Boilerplate, layout[27].Class);
    }

    /// <summary>
    /// A thread opened by its count and its form ("199 comments", "Log in or register to join the discussion"), each
    /// comment closed by its reader's name and votes, no dates: longer than the article, it is not the body; the body is
    /// the article above it, with the author's note under it.
    /// </summary>
    [Fact]
    public void A_thread_opened_by_its_count_and_form_that_outscores_the_article_is_not_the_body()
    {
        var comment = "I have taken the evening ferry for twenty years and it has never once left on time, so I doubt the new timetable will change anything at all.";
        string[] names = ["Anna", "Bjorn", "Carl", "Dagny", "Erik", "Frida", "Gustav", "Hanna"];
        var thread = names.SelectMany((name, n) => (string[])[$"• Not again {n + 1}", "", $"{name} here. {comment} {comment}", "", $"{name.ToLowerInvariant()}{n + 1970}", $"Reply {n + 2} Votes", ""]).ToArray();
        string[] note = ["About Eva Holm", "", "Eva Holm has written about the island's ferries for twenty years and edits the harbour pages of the Gazette.", ""];
        var text = BoilerplateText.Article(after: [.. note, "Talkback", "", "199 comments", "Log in or register to join the discussion", "", .. thread]);
        var lines = text.Split('\n');

        var layout = Layout(text);

        Assert.Equal((2, 12), (layout.BodyStart, layout.BodyEnd));
        var firstComment = Array.FindIndex(lines, l => l.StartsWith("Anna here.", StringComparison.Ordinal));
        Assert.False(layout[firstComment].IsArticle, $"{layout[firstComment].Class} ({layout[firstComment].Reason})");
    }

    /// <summary>
    /// The same thread as a scraper prints it a text node a line: its form is broken into words ("Log in", "or",
    /// "register") and the first comment comes before any form line, but each comment carries a reply link and a date, so
    /// the opening line above the body the thread won still says where the article ends.
    /// </summary>
    [Fact]
    public void A_thread_of_dated_comments_that_won_the_body_under_its_opening_line_gives_it_back_to_the_article()
    {
        var comment = "I have taken the evening ferry for twenty years and it has never once left on time, so I doubt the new timetable will change anything at all.";
        // Thirty comments, every third of one paragraph, the others of two: together they outscore the article.
        var thread = Enumerable.Range(0, 30).SelectMany(n => (string[])[
            $"Not again {n + 1}", $"Reader{n} here. {comment}", .. n % 3 == 0 ? (string[])[] : [$"And Reader{n} again. {comment}"],
            $"reader{n}", $"5 June, 2013 1{n % 10}:23", "Reply", $"{n + 2}", "Votes", "or"]).ToArray();
        string[] author = ["See also:", "Ferry fares to rise in the autumn", "Island school to close a week early", "Topic:", "Ferries", "About", "Eva Holm", "Eva Holm has written about the island's ferries for twenty years and edits the harbour pages of the Gazette.", "Follow @evaholm"];
        var lines = (string[])[BoilerplateText.Headline, BoilerplateText.Paragraphs[0], BoilerplateText.Paragraphs[1], .. author, "Talkback", "199", "comments", "Log in", "or", "register", "to join the discussion", .. thread];

        var layout = Layout(string.Join("\n", lines));

        Assert.Equal((1, 2), (layout.BodyStart, layout.BodyEnd));
    }

    /// <summary>
    /// A newspaper's page sets a picture and a box of related links after the article's first paragraph, straight under
    /// the byline and the date: the lead is the article's, though one paragraph is not a run the body would bridge to.
    /// </summary>
    [Fact]
    public void The_lead_under_the_byline_joins_the_body_across_a_box_set_into_the_article()
    {
        string[] header = ["• World", "• Business", "• Sport", "", BoilerplateText.Headline, "", "By EVA HOLM", "", "Published: May 9, 2013", ""];
        string[] box = ["Enlarge This Image", "[ferry-articleInline]", "Eva Holm/The Harbour Gazette", "", "Related", "", "• Ferry fares to rise in the autumn (May 2, 2013)", "• Island school to close a week early (April 28, 2013)", ""];
        var text = string.Join("\n", [.. header, BoilerplateText.Paragraphs[0], "", .. box, .. BoilerplateText.Paragraphs.Skip(1).SelectMany(p => (string[])[p, ""])]);
        var lines = text.Split('\n');

        var layout = Layout(text);

        var lead = Array.IndexOf(lines, BoilerplateText.Paragraphs[0]);
        Assert.Equal(lead, layout.BodyStart);
        Assert.True(layout[lead].IsArticle, $"{layout[lead].Class} ({layout[lead].Reason})");
        Assert.False(layout[Array.IndexOf(lines, "Related")].IsArticle);
    }

    /// <summary>
    /// The page sets its lead picture between the byline and the lead, and a box of related links after the lead: the
    /// lead is still straight under the byline, past the picture.
    /// </summary>
    [Fact]
    public void The_lead_under_the_byline_and_a_lead_picture_joins_the_body_across_a_box_set_into_the_article()
    {
        string[] header = ["• World", "• Business", "• Sport", "", BoilerplateText.Headline, "", "By EVA HOLM", "", "Posted: Thursday, May 9, 2013, 3:01 AM", "", "[![](http://media.example.org/images/ferry-quay.jpg)](http://www.example.org/gallery/)", ""];
        string[] box =
        [
            "More coverage", "",
            "* [**Poll:** Should the ferry run later?](http://www.example.org/poll-ferry)",
            "* [**Timetable:** every crossing this summer](http://www.example.org/timetable)",
            "* [**Forum:** Your stories of the last boat](http://www.example.org/forum)",
            "* [**Video:** A night on the island ferry](http://www.example.org/video-ferry)",
            "* [**Special section:** The islands](http://www.example.org/islands)",
            "* [**Follow the Gazette:** Download our free app](http://www.example.org/app)",
            "",
        ];
        var text = string.Join("\n", [.. header, BoilerplateText.Paragraphs[0], "", .. box, .. BoilerplateText.Paragraphs.Skip(1).SelectMany(p => (string[])[p, ""])]);
        var lines = text.Split('\n');

        var layout = Layout(text);

        var lead = Array.IndexOf(lines, BoilerplateText.Paragraphs[0]);
        Assert.True(layout[lead].IsArticle, $"{layout[lead].Class} ({layout[lead].Reason})");
        Assert.False(layout[Array.IndexOf(lines, "More coverage")].IsArticle);
    }

    /// <summary>
    /// A box of other stories set after the article's first two paragraphs (titles printed twice, blurbs, "Full
    /// coverage") is no gap to bridge, and the best run above the body is a sidebar of blurbs above the page's menu, not
    /// the lead: the lead is still the paragraphs straight under the byline.
    /// </summary>
    [Fact]
    public void The_lead_under_the_byline_joins_the_body_when_a_sidebar_above_outscores_it()
    {
        string[] sidebar =
        [
            "Most popular", "",
            "The island's only bakery closes after ninety years, and its owners say the rent on the harbour front is to blame.", "",
            "A storm tore the roof off the lifeboat station on Sunday night, and volunteers worked until dawn to save the boat.", "",
            "Fishermen say the new quotas will cost them half their catch this year, and some are selling their boats already.", "",
            "The island's football team won the county cup for the first time since 1987 after a penalty in the final minute.", "",
            "Tourists are returning to the island in numbers not seen for a decade, the harbour master told the council.", "",
        ];
        string[] menu = ["• Home", "• News", "• Sport", "• Weather", "• Business", "• Opinion", "• Arts", "• Travel", "• Obituaries", "• Jobs", "• Property", "• Motors", ""];
        string[] box =
        [
            "[ferry-300]", "", "Latest on this story", "", "□ Ferry fares to rise in the autumn", "□ Island school to close a week early",
            "□ Pier repairs delayed again", "□ New captain for the night boat", "",
            "The big story", "", "Officials fear that the harbour's old pier will not survive another winter of storms, and ask for help.", "",
            "Full coverage", "", "More island stories", "", "Lighthouse museum opens", "", "Lighthouse museum opens", "", "Gazette.com", "",
            "The new lighthouse museum opens on Saturday with a collection of lamps and logbooks gathered over a century.", "",
            "School closes a week early", "", "School closes a week early", "", "Anna Berg | Gazette.com", "",
            "The island school announced on Monday that its term would end a week early while the roof of its hall is mended.", "",
            "Ferry operator's profits fall, but new chief vows to win passengers back", "", "Ferry operator's profits fall, but new chief vows to win passengers back", "",
            "Jon Dahl | Harbour News", "",
            "The new chief reassured the council about the operator's plans for the winter timetable, saying fares would hold.", "",
        ];
        string[] more =
        [
            "The operator said it would review the crossings after the summer and publish the number of passengers on each boat.",
            "Islanders who work in town said the later boats would let them keep their jobs without moving to the mainland.",
        ];
        var lines = (string[])[
            .. sidebar, .. menu, BoilerplateText.Headline, "", "By Eva Holm, E-mail the writer", "", BoilerplateText.Paragraphs[0], "", BoilerplateText.Paragraphs[1], "", .. box,
            .. BoilerplateText.Paragraphs.Skip(2).Concat(more).SelectMany(p => (string[])[p, ""])];

        var layout = Layout(string.Join("\n", lines));

        Assert.Equal(Array.IndexOf(lines, BoilerplateText.Paragraphs[0]), layout.BodyStart);
        Assert.False(layout[Array.IndexOf(lines, "Full coverage")].IsArticle);
    }

    /// <summary>
    /// The page says where its article goes on ("Continue reading the main story") above a box it sets into it: a
    /// heading and ten one-word entries, as long as a menu. The two paragraphs above the box are the article's all the same.
    /// </summary>
    [Fact]
    public void The_lead_above_a_box_the_page_says_the_story_continues_under_joins_the_body()
    {
        string[] topics = ["Ferries", "Fares", "Piers", "Harbours", "Timetables", "Tickets", "Islands", "Weather", "Tides", "Boats"];
        string[] box = ["Continue reading the main story", "", "Top 10 island topics", "", .. topics.Select(topic => "• " + topic), ""];
        string[] more =
        [
            "The operator said it would review the crossings after the summer and publish the number of passengers on each boat.",
            "Islanders who work in town said the later boats would let them keep their jobs without moving to the mainland.",
            "The council will meet again in June to decide whether the winter timetable should keep the evening crossings.",
        ];
        var lines = (string[])[
            BoilerplateText.Headline, "", BoilerplateText.Paragraphs[0], "", BoilerplateText.Paragraphs[1], "", .. box,
            .. BoilerplateText.Paragraphs.Skip(2).Concat(more).SelectMany(p => (string[])[p, ""])];

        var layout = Layout(string.Join("\n", lines));

        Assert.Equal(2, layout.BodyStart);
        Assert.Equal(LineClass.Body, layout[2].Class);
    }

    /// <summary>
    /// Under the body the same words may lead elsewhere: a page split in pages ends its first with "Next Page >", and
    /// "Continue reading below..." then introduces a sidebar of videos, each under its label, which stays out.
    /// </summary>
    [Fact]
    public void A_sidebar_under_continue_reading_below_after_the_page_s_last_paragraph_stays_out()
    {
        string[] topics = ["Ferries", "Fares", "Piers", "Harbours", "Timetables", "Tickets", "Islands", "Weather", "Tides", "Boats"];
        string[] videos =
        [
            "Which island has the oldest ferry still sailing? Our reporter took every crossing in a single week to find out.", "",
            "Click here to watch video: Oldest ferry", "",
            "Why do evening boats run late so often? The harbour master explains what the timetable leaves out of it.", "",
            "Click here to watch video: Late boats", "",
            "How do pilots bring a ferry in through fog? A captain of thirty years shows the instruments she trusts.", "",
            "Click here to watch video: Fog", "",
            "What does a new pier cost an island of four hundred people? The council's accounts give a surprising answer.", "",
            "Click here to watch video: Pier", "",
            "Can a ferry run on batteries alone? The first electric boat on the islands made its trial crossing in March.", "",
            "Click here to watch video: Batteries", "",
        ];
        var text = BoilerplateText.Article(after: ["1 | 2 | 3", "Next Page >", "Continue reading below...", "", "Top 10 Topics", "", .. topics.Select(topic => "• " + topic), "", .. videos]);
        var printed = text.Split('\n');

        var layout = Layout(text);

        Assert.True(layout.BodyEnd < Array.IndexOf(printed, "Next Page >"), $"body ends at {layout.BodyEnd}");
    }

    /// <summary>
    /// A box of comment links inside the article ("Join the Discussion", "Post a Comment") is no thread: the article goes
    /// on under it, a long run of paragraphs, not readers' short ones each closed by a name.
    /// </summary>
    [Fact]
    public void A_box_of_comment_links_inside_an_article_does_not_end_it()
    {
        string[] more =
        [
            "The operator said it would review the crossings after the summer and publish the number of passengers on each boat.", "",
            "Islanders who work in town said the later boats would let them keep their jobs without moving to the mainland.", "",
            "The council will meet again in June to decide whether the winter timetable should keep the evening crossings.", "",
            "Until then the last boat of the day leaves the island at seven, as it has every evening since the old pier was rebuilt.", "",
            "Eva Holm", "Twitter: @evaholm", "",
            "Ferry fares will rise in the autumn to pay for the new evening crossings, the operator says.", "Published Jul 19, 2013 01:01AM", "",
            "The new pier opens on Monday after two years of building work and a long row over its cost.", "Published Jul 18, 2013 11:21PM", "",
            "The island school will close for the summer a week early while its roof is mended, the council says.", "Published Jul 18, 2013 11:02PM",
        ];
        var text = BoilerplateText.Article(middle: ["Join the Discussion", "Post a Comment"], after: more);

        var layout = Layout(text);

        Assert.Equal(2, layout.BodyStart);
        Assert.True(layout.BodyEnd >= 19, $"body ends at {layout.BodyEnd}");
    }

    /// <summary>
    /// A site's menu holds a comment entry ("Community Guidelines") and a search box under it: neither opens a thread,
    /// though the article below is short paragraphs between tables, as readers' comments are between their names, and the
    /// site's blurb above the menu would score as a body.
    /// </summary>
    [Fact]
    public void A_menu_s_comment_entry_and_a_search_box_do_not_open_a_thread()
    {
        string[] menu =
        [
            "The Harbour Gazette has covered the island and its ferries since 1921, and every one of its reporters lives on the island.",
            "It is owned by a trust of its readers, who elect its board every spring and read every word of it with a great deal of care.", "", "• Home", "• News", "• Community Guidelines", "• More", "", "[                    ] [Search]", "",
        ];
        var article = BoilerplateText.Paragraphs.SelectMany((paragraph, n) => (string[])[paragraph, "", $"Crossings      {n + 4}      {n + 12}", $"Passengers     {n + 310}    {n + 420}", ""]).ToArray();
        var text = string.Join("\n", [.. menu, BoilerplateText.Headline, "", .. article]);

        var layout = Layout(text);

        Assert.Equal(menu.Length + 2, layout.BodyStart);
    }

    /// <summary>
    /// A scraper that joins a page's text nodes keeps the article on one line, its bulleted talking points inside it: the
    /// bullets separate sentences, not a menu's entries, which are a few words each.
    /// </summary>
    [Fact]
    public void A_paragraph_with_bullets_inside_it_is_prose_and_a_line_of_separated_links_a_menu()
    {
        var article = string.Join(' ', BoilerplateText.Paragraphs) + " Leaders gave members talking points: • Extra crossings will run every night. • Fares stay as they are until the autumn. • The council will review the timetable in September.";
        var page = string.Join('\n', ["Home | News | Sport | Weather", "", BoilerplateText.Headline, "", article, "", "Privacy Policy | Terms of Use | About Us"]);

        var layout = Document.FromText("page.txt", page).Layout;

        Assert.True(layout[0].Signals.HasFlag(LineSignals.Separated));
        Assert.False(layout[4].Signals.HasFlag(LineSignals.Separated));
        Assert.Equal(LineClass.Body, layout[4].Class);
        Assert.False(layout[6].IsArticle, $"{layout[6].Class} ({layout[6].Reason})");
    }

    /// <summary>
    /// The whole article on one line, as a scraper that joins every text node prints it, with its photos' credits inside:
    /// a credit makes a caption of a picture's few lines, not of the article.
    /// </summary>
    [Fact]
    public void An_article_on_one_line_with_a_photo_credit_inside_it_is_not_a_caption()
    {
        var article = string.Join(' ', BoilerplateText.Paragraphs) + " [+] EnlargeEva Holm/Getty Images " + string.Join(' ', BoilerplateText.Paragraphs);
        var page = string.Join('\n', ["Home | News | Sport | Weather", "", BoilerplateText.Headline, "", article, "", "Passengers board the evening ferry. (Eva Holm/Getty Images)"]);

        var layout = Document.FromText("page.txt", page).Layout;

        Assert.False(layout[4].Signals.HasFlag(LineSignals.Caption));
        Assert.Equal(LineClass.Body, layout[4].Class);
        Assert.True(layout[6].Signals.HasFlag(LineSignals.Caption));
    }

    /// <summary>
    /// A podcast page: one paragraph of episode notes, then a sidebar of readers' recent comments, each under its story's
    /// title and its own, signed and dated under its text. The comments together outscore the notes; the first of them
    /// alone is no longer than the others, so it is not the article.
    /// </summary>
    [Fact]
    public void A_sidebar_of_comments_signed_under_their_text_that_outscores_a_short_article_is_not_the_body()
    {
        string[] comments =
        [
            "I have taken the evening ferry for twenty years and it has never once left on time, so I doubt the new timetable will change anything at all for those of us who work late.",
            "The island needs a second boat more than it needs a new timetable, and everybody who has waited on the quay in January knows that perfectly well by now.",
            "My daughter takes the early crossing to school every day and the new times will mean she waits an hour in the cold before the first lesson even begins.",
            "Fares went up last spring and the service has only got worse since then, which is why so many of us have started driving round the long way instead.",
        ];
        string[] names = ["harbourwatcher", "Eva Holm", "quayside42", "Erik"];
        var sidebar = comments.SelectMany((comment, n) => (string[])[$"Ferry story number {n + 1}", "", $"Not again, number {n + 1}", "", comment, "", $"{names[n]} | Apr {n + 12}, 2013", ""]).ToArray();
        string[] page =
        [
            "Harbour Radio", "", "Episode notes:", "",
            "The island ferry will run two extra crossings each night from July to September, its operator announced on Monday, after a summer of complaints about the last boat leaving too early for anyone working in town, and the council says it will review the timetable in the autumn.",
            "", "Subscribe to podcast", "Download audio", "Embed player", "", "Recent comments on our stories", "", .. sidebar,
        ];

        var layout = Layout(string.Join('\n', page));

        Assert.Equal((5, 5), (layout.BodyStart + 1, layout.BodyEnd + 1));
        Assert.False(layout[12].IsArticle, $"{layout[12].Class} ({layout[12].Reason})");
        Assert.False(layout[16].IsArticle, $"{layout[16].Class} ({layout[16].Reason})");
    }

    /// <summary>
    /// An article under a standfirst and its dated byline, straight above its comments, each under its reader's name and
    /// date: one reader wrote as much as the article, the others a paragraph. The byline's date opens the article, not
    /// the stream of comments (its article is more than a typical comment), so the article stays the body.
    /// </summary>
    [Fact]
    public void An_article_no_longer_than_its_longest_comment_stays_the_body_above_the_thread()
    {
        var comment = "I have taken the evening ferry for twenty years and it has never once left on time, so I doubt the new timetable will change anything at all.";
        string[] names = ["Anna", "Bjorn", "Carl", "Dagny", "Erik"];
        var thread = names.SelectMany((name, n) => n == 1
            ? (string[])[$"{name} says:", $"November 19, 2019 at {n + 1}:34 am", "", $"{name} here. {comment}", "", $"And again. {comment}", "", $"Once more. {comment}", ""]
            : [$"{name} says:", $"November 19, 2019 at {n + 1}:34 am", "", $"{name} here. {comment} {comment}", ""]).ToArray();
        string[] page =
        [
            "Ferry timetable to change in July", "",
            "Two extra night crossings are planned for the summer after months of complaints about the last boat.", "",
            "Posted by Eva Holm on November 19, 2019, 6:21 AM EST", "",
            "The island ferry will run two extra crossings each night from July to September, its operator announced on Monday, after a summer of complaints about the last boat.",
            "",
            "The operator said the change would cost little because the crews were already on duty until midnight for freight runs, and that the crossings would be reviewed in the autumn.",
            "",
            "Councillors welcomed the plan but asked the operator to publish the new times at least a month ahead, so that commuters could make their arrangements.",
            "", .. thread,
        ];

        var layout = Layout(string.Join('\n', page));

        Assert.True(layout.BodyStart + 1 <= 7, $"body {layout.BodyStart + 1}-{layout.BodyEnd + 1}");
        Assert.Equal(11, layout.BodyEnd + 1);
    }

    /// <summary>Options that let one stamp make a stream leave no items to compare with: the body is still cut above it.</summary>
    [Fact]
    public void A_stream_of_one_stamp_allowed_by_the_options_ends_the_body_above_it()
    {
        string[] page =
        [
            BoilerplateText.Headline, "", BoilerplateText.Paragraphs[0], "", BoilerplateText.Paragraphs[1], "",
            "Eva Holm | Apr 12, 2013", "", BoilerplateText.Paragraphs[2], "",
        ];

        var layout = Document.FromText("page.txt", string.Join('\n', page)).BuildLayout(LayoutOptions.Default with { StreamMinItems = 1 });

        Assert.Equal(5, layout.BodyEnd + 1);
    }

    /// <summary>
    /// A thread whose comments carry their date and time after their text, as bulleted reply links: name, paragraphs,
    /// "• reply", "• April 5, 2018", "• 6:32 PM"; a comment form between the opening line and the first comment.
    /// </summary>
    private static string[] StampedThread(string opening)
    {
        var comment = "I have taken the evening ferry for twenty years and it has never once left on time, so I doubt the new timetable will change anything at all.";
        string[] form = [opening, "Your name * [Anonymous          ]", "Comment *", "Text format [Basic HTML]", "• Lines and paragraphs break automatically.", "[Add comment]", ""];
        string[] names = ["Anna", "Bjorn", "Carl", "Dagny"];
        return [.. form, .. names.SelectMany((name, n) => (string[])[name, "", $"{comment} {comment}", "", $"And {name} again: {comment}", "", "• reply", $"• April {n + 5}, 2018", $"• {n + 6}:32 PM", ""])];
    }

    [Fact]
    public void A_comment_thread_opened_by_its_heading_ends_the_body_above_its_form_and_first_comment()
    {
        var thread = StampedThread("View comments (4)");
        var layout = Layout(BoilerplateText.Article(after: thread));

        Assert.Equal((3, 9), (layout.BodyStart + 1, layout.BodyEnd + 1));
        for (var line = 11; line < 11 + thread.Length; line++)
        {
            Assert.False(layout[line - 1].IsArticle, $"line {line}: {layout[line - 1].Class} ({layout[line - 1].Reason})");
        }
    }

    [Fact]
    public void A_comment_link_above_the_article_does_not_cut_the_article_from_its_thread()
    {
        var layout = Layout(BoilerplateText.Article(middle: ["Leave a comment"], after: StampedThread("Comments")));

        Assert.Equal((3, 11), (layout.BodyStart + 1, layout.BodyEnd + 1));
        Assert.True(layout[8].IsArticle);
    }

    [Fact]
    public void The_headline_over_the_byline_is_the_headline_whatever_the_page_prints_between_the_byline_and_the_text()
    {
        var text = $$"""
            Skip to content
            Home | World | Business | Sport

            Ferry operator adds night crossings for summer

            By Aoife Brennan

            Share
            Tweet
            Replay
            Your video will play in 00:25

            {{NightCrossingsBody}}
            """;
        var layout = Layout(text);
        Assert.Equal((LineClass.Title, LayoutReason.Headline), (layout[3].Class, layout[3].Reason));
        Assert.Equal(LineClass.Byline, layout[5].Class);
    }

    [Fact]
    public void Without_a_byline_the_headline_is_the_line_that_sums_up_the_lead_not_a_breadcrumb_under_it()
    {
        const string text = """
            Ferry operator adds night crossings for the summer

            Blog > Ferry news > Night crossings

            Share
            Tweet
            Email

            The island ferry operator will run two extra night crossings each day from July to September, it announced on Monday, after a summer of complaints about the last boat leaving too early.

            The operator said the change would cost little because the crews were already on duty until midnight for freight runs, and that the crossings would be reviewed in the autumn.

            """;
        var layout = Layout(text);
        Assert.Equal((LineClass.Title, LayoutReason.Headline), (layout[0].Class, layout[0].Reason));
        Assert.NotEqual(LineClass.Title, layout[2].Class);
    }

    [Fact]
    public void A_headline_printed_twice_is_its_first_copy_and_the_second_the_repeat()
    {
        const string text = """
            Facebook ends its ferry timetable app for islanders
            Home | World | Business | Sport
            Sign in
            Subscribe

            Facebook ends its ferry timetable app for islanders

            By Aoife Brennan
            Share
            Tweet

            Facebook will close the ferry timetable app that islanders have used for a decade, the company said on Monday, leaving commuters to check the operator's own website instead.

            The operator said its website already shows every crossing and that a new app of its own would follow in the autumn.

            """;
        var layout = Layout(text);
        Assert.Equal(LineClass.Title, layout[0].Class);
        Assert.Equal(LineClass.Duplicate, layout[5].Class);
    }

    [Fact]
    public void A_lead_a_share_dialog_quotes_above_the_headline_is_the_articles_where_the_body_prints_it()
    {
        const string text = """
            News
            Sport
            Business
            Weather
            Sign in
            Share This Story!
            Let friends in your social network know what you are reading about
            Ferry app closes for islanders
            The ferry timetable app that islanders have used for a decade will close at the end of the month, its owner said on Monday.
            Post to Facebook
            Cancel
            Send

            Ferry app closes for islanders

            Aoife Brennan, Harbour Gazette 9:14 a.m. GMT March 3, 2024

            The ferry timetable app that islanders have used for a decade will close at the end of the month, its owner said on Monday.

            Commuters will have to check the operator's own website instead, which already lists every crossing and each delay as it happens.

            The operator said a new app of its own would follow in the autumn, once the harbour's new berths are open to the larger boats.
            """;
        var layout = Layout(text);
        Assert.Equal((LineClass.Body, LayoutReason.BodyProse), (layout[17].Class, layout[17].Reason));
        Assert.False(layout[8].IsArticle);
    }

    [Fact]
    public void A_paragraph_printed_twice_inside_the_body_is_still_the_repeat()
    {
        const string text = """
            Ferry app closes for islanders

            By Aoife Brennan

            The ferry timetable app that islanders have used for a decade will close at the end of the month, its owner said on Monday.

            Commuters will have to check the operator's own website instead, which already lists every crossing and each delay as it happens.

            The ferry timetable app that islanders have used for a decade will close at the end of the month, its owner said on Monday.

            The operator said a new app of its own would follow in the autumn, once the harbour's new berths are open to the larger boats.

            """;
        var layout = Layout(text);
        Assert.Equal(LineClass.Body, layout[4].Class);
        Assert.Equal(LineClass.Duplicate, layout[8].Class);
    }

    [Fact]
    public void Without_a_byline_a_headline_printed_twice_right_over_the_text_is_its_title_bar_copy()
    {
        const string text = """
            Islanders lose their favourite timetable
            Home | World | Business | Sport
            Sign in
            Subscribe

            Islanders lose their favourite timetable

            Facebook will close the ferry app that commuters have used for ten years, the company said on Monday, leaving them to check the operator's own website instead.

            The operator said its website already shows every crossing and that a new app of its own would follow in the autumn.

            """;
        var layout = Layout(text);
        Assert.Equal((LineClass.Title, LayoutReason.Headline), (layout[0].Class, layout[0].Reason));
        Assert.Equal(LineClass.Duplicate, layout[5].Class);
    }

    /// <summary>The page's own teaser, a link or a list's item, prints the headline first: the headline is the copy over the text.</summary>
    [Theory]
    [InlineData("* Facebook ends its ferry timetable app for islanders")]
    [InlineData("* [Facebook ends its ferry timetable app for islanders](https://example.org/ferry-app)")]
    public void A_headline_printed_first_as_a_teaser_of_the_page_is_the_copy_over_the_text(string teaser)
    {
        var text = $$"""
            * [Home](https://example.org/)
            * [Council approves the new harbour wall](https://example.org/harbour-wall)
            {{teaser}}
            * [Sport](https://example.org/sport)

            Facebook ends its ferry timetable app for islanders

            By Aoife Brennan
            Share
            Tweet

            Facebook will close the ferry timetable app that islanders have used for a decade, the company said on Monday, leaving commuters to check the operator's own website instead.

            The operator said its website already shows every crossing and that a new app of its own would follow in the autumn.

            """;
        var layout = Layout(text);
        Assert.Equal((LineClass.Title, LayoutReason.Headline), (layout[5].Class, layout[5].Reason));
        Assert.False(layout[2].IsArticle);
    }

    [Fact]
    public void Over_an_authors_name_and_a_dateline_the_headline_is_the_line_above_the_name()
    {
        var text = $$"""
            Home | World | Business | Sport

            Ferry operator adds night crossings for summer
            Aoife Brennan
            July 15, 2024
            Share on Facebook
            Share on Twitter

            {{NightCrossingsBody}}
            """;
        var layout = Layout(text);
        Assert.Equal(LineClass.Title, layout[2].Class);
        Assert.NotEqual(LineClass.Title, layout[3].Class);
    }

    /// <summary>A dek of one sentence, a picture, the author's name printed twice and a "Follow" button between headline and dateline.</summary>
    [Theory]
    [InlineData("But only the night shift will notice the difference.\n\n[photo]\nBy Aoife Brennan\nJuly 15, 2024")]
    [InlineData("\nAoife Brennan\nAoife Brennan\nFollow\nJul 15, 2024 · 4 min read")]
    public void Over_a_dek_or_an_authors_name_printed_twice_the_headline_is_the_line_above_them(string between)
    {
        // A headline sharing few words with the lead: found by its place over the byline, not by what it says.
        var text = "Home | World | Business | Sport\n\nCouncillors give way in timetable row\n\n" + between + "\nShare\nTweet\n\n" + NightCrossingsBody;

        var layout = Layout(text);

        Assert.Equal((LineClass.Title, LayoutReason.Headline), (layout[2].Class, layout[2].Reason));
    }

    [Fact]
    public void The_dek_between_the_headline_and_the_byline_is_the_articles_as_its_headline_is()
    {
        var text = "Home | World | Business | Sport\n\nCouncillors give way in timetable row\n\nBut only the night shift will notice the difference.\n\nBy Aoife Brennan\nJuly 15, 2024\nShare\nTweet\n\n" + NightCrossingsBody;

        var layout = Layout(text);

        Assert.Equal((LineClass.Title, LayoutReason.Headline), (layout[4].Class, layout[4].Reason));
    }

    [Fact]
    public void Three_related_cards_closing_the_body_are_other_stories()
    {
        var cards = string.Concat(Enumerable.Range(1, 3).Select(n =>
            $"Related\n\nHarbour story number {n} of the week\n\nA teaser of story {n}: the council has plans for the harbour, and the islanders have views on every one of them.\n\n"));
        var text = "Councillors give way in timetable row\n\nBy Aoife Brennan\n\n" + NightCrossingsBody + "\n\n" + cards;

        var layout = Layout(text);
        var firstLabel = layout.Lines.First(l => l.Phrase is { Category: CorpusLint.Language.PhraseCategory.Related }).Index;

        Assert.True(layout.BodyEnd < firstLabel);
        Assert.All(layout.Lines.Where(l => l.Index > firstLabel && !l.IsBlank), l => Assert.False(l.IsArticle));
    }

    [Fact]
    public void Related_boxes_between_the_articles_paragraphs_leave_the_paragraphs_in_the_body()
    {
        var box = "Related\n\nHarbour story of the week\n\n";
        var text = "Councillors give way in timetable row\n\nBy Aoife Brennan\n\n" + NightCrossingsBody + "\n\n"
            + "The harbour master said the crews had agreed to the new hours after a vote on Friday, and that no one would lose pay.\n\n" + box
            + "Islanders who work late shifts in town said the change would spare them a night in a hotel twice a week.\n\n"
            + "The council had resisted the change for two years, arguing that the boats would run empty after ten o'clock.\n\n"
            + "A count last summer found forty passengers on an average night, more than the operator had expected.\n\n" + box
            + "The trial will end in September, and the council will decide in October whether the crossings stay for good.\n\n"
            + "The operator said it would publish the passenger numbers of every night crossing on its website each week.\n\n"
            + "Fares for the night boats will be the same as for the day ones, with the usual discount for island residents.\n\n" + box
            + "The operator will publish the night crossings' passenger numbers in October, when the council reviews the trial.\n\n"
            + "Until then the last boat of the day leaves the island at seven, as it has every evening since the old pier was rebuilt.\n";

        var layout = Layout(text);

        Assert.All(layout.Lines.Where(l => l.Prose == ProseClass.Good), l => Assert.True(l.IsArticle));
    }

    [Fact]
    public void A_run_of_titles_cut_off_by_an_ellipsis_is_a_box_of_other_stories_even_inside_the_body()
    {
        var text = "Councillors give way in timetable row\n\nBy Aoife Brennan\n\n" + NightCrossingsBody + "\n\n"
            + "Harbour pilots warn of a long summer for the night...\n\nIs the island ready for its new ferry?\n\nWhy the last boat leaves before the last train from...\n\n"
            + "Council approves a budget for the pier, but the 'repairs'...\n\n" + NightCrossingsBody.Replace("island ferry", "harbour ferry", StringComparison.Ordinal);

        var layout = Layout(text);
        var box = layout.Lines.Where(l => l.Reason == LayoutReason.CutOffTeaser).Select(l => l.Index).ToList();

        Assert.Equal(4, box.Count);
        Assert.All(box, i => Assert.Equal(LineClass.Related, layout[i].Class));
    }

    [Fact]
    public void A_run_of_cards_with_titles_glued_to_their_blurbs_is_a_box_of_other_stories()
    {
        string[] cards =
        [
            "[photo]", "Harbour Pilots Warn Of A Long SummerPilots say the new timetable leaves them too few hours of rest between the night crossings.",
            "[photo]", "Is The Island Ready For Its New Ferry?The new boat arrives in May, but the pier that should take it is still being rebuilt.",
            "[photo]", "Council Approves A Budget For The PierThe vote ends a year of argument over who should pay for the repairs to the old pier.",
        ];
        var text = "Councillors give way in timetable row\n\nBy Aoife Brennan\n\n" + NightCrossingsBody + "\n\n" + string.Join("\n\n", cards) + "\n\n"
            + NightCrossingsBody.Replace("island ferry", "harbour ferry", StringComparison.Ordinal);

        var layout = Layout(text);
        var box = layout.Lines.Where(l => l.Reason == LayoutReason.GluedTeaser).Select(l => l.Index).ToList();

        Assert.Equal(3, box.Count);
        Assert.All(box, i => Assert.Equal(LineClass.Related, layout[i].Class));
    }

    [Theory]
    [InlineData("[                    ]")]
    [InlineData("Bookmark Title : ____________________")]
    public void A_text_browsers_form_field_is_the_pages_chrome_not_a_photo_caption(string field)
    {
        var layout = Layout(BoilerplateText.Article(before: [field]));
        Assert.Equal((LineClass.Chrome, LayoutReason.FormField), (layout[0].Class, layout[0].Reason));
    }

    /// <summary>Where a page embeds another page, lynx prints <c>IFRAME: name</c> and elinks and links <c>IFrame</c>: the page's chrome, even inside the article.</summary>
    [Theory]
    [InlineData("IFRAME: newsletter-signup")]
    [InlineData("IFrame")]
    [InlineData("• IFrame")]
    public void A_text_browsers_label_for_an_embedded_page_is_chrome(string label)
    {
        var text = BoilerplateText.Article(middle: [label]);
        var line = Array.IndexOf(text.Split('\n'), label);

        var layout = Layout(text);

        Assert.True(layout.BodyStart < line && line < layout.BodyEnd, "the label stands inside the article");
        Assert.False(layout[line].IsArticle, $"{layout[line].Class} ({layout[line].Reason})");
    }

    [Fact]
    public void Prose_above_the_articles_headline_and_byline_is_not_bridged_into_the_body()
    {
        // A bookmark dialog's sentences over its form fields, then the article's header: the header opens the article.
        var text = "Your bookmark will appear on your profile page. Please give it a title and a short description so that visitors to your page will understand where the bookmark leads, and why you kept it for later.\n\n"
            + "Bookmarks you save are private unless you choose to share them, and you can remove any of them from your profile page at any time by clicking on the small cross beside its title.\n\n"
            + "Bookmark Title : ____________________\n\nBookmark Text : ____________________\n\nSave\n\nCancel\n\nPrint Email Twitter Facebook\n\n"
            + "Councillors give way in timetable row\n\nBy Aoife Brennan\nPublished: 11/18/2011  2:27 AM\n\n"
            + NightCrossingsBody + "\n\n" + NightCrossingsBody.Replace("island ferry", "harbour ferry", StringComparison.Ordinal);

        var layout = Layout(text);

        Assert.False(layout[0].IsArticle);
        Assert.Equal(LineClass.Title, layout[14].Class);
        Assert.Equal(new DateOnly(2011, 11, 18), Document.FromText("article.txt", text).PublicationDate?.Date);
    }

    /// <summary>
    /// A gallery under the article: each slide's caption, a sentence as long as the article's, then the control the page
    /// prints under each picture. The slides are a stream of items, not the article's last paragraphs; an ad's label
    /// printed after each of the article's paragraphs marks no item, and the paragraphs stay the article's.
    /// </summary>
    [Theory]
    [InlineData("Fullscreen", false)]
    [InlineData("Enlarge this image", false)]
    [InlineData("Advertisement", true)]
    public void A_gallery_of_captions_each_under_its_pictures_control_is_not_the_article(string control, bool captionsAreArticle)
    {
        string[] captions =
        [
            "The first evening boat leaves the north quay at half past eight, with room for forty cars and two hundred passengers.",
            "Deckhands load the last freight of the day before the evening crossing, which the operator says will run until September.",
            "Passengers wait on the harbour wall for the late boat, which used to leave before most shops in the town had closed.",
            "The ferry's captain greets the councillors who voted for the evening crossings at the harbour office on Tuesday.",
            "Lights come on along the island's pier as the second evening boat arrives from the mainland shortly before ten.",
        ];
        var gallery = captions.SelectMany(caption => (string[])[caption, control, ""]);
        var text = string.Join("\n", [BoilerplateText.Headline, "", "By Eva Holm", "", .. BoilerplateText.Paragraphs.SelectMany(p => (string[])[p, ""]), "GALLERY: THE EVENING BOATS", "", .. gallery, "© 2013 The Harbour Gazette"]);
        var lines = text.Split('\n');

        var layout = Layout(text);

        Assert.True(layout[Array.IndexOf(lines, BoilerplateText.Paragraphs[^1])].IsArticle);
        Assert.All(captions, caption => Assert.Equal(captionsAreArticle, layout[Array.IndexOf(lines, caption)].IsArticle));
    }

    /// <summary>
    /// A slideshow under its introduction: the introduction is the article's, under the page's byline; the slideshow
    /// prints the headline and the same author's byline again over its first slide. Prose above a byline belongs to
    /// another story, but not above a byline that only repeats the article's own.
    /// </summary>
    [Theory]
    [InlineData("by Eva Holm", true)]
    [InlineData("By Tomas Lind", false)]
    public void The_introduction_above_a_slideshow_repeating_the_articles_byline_is_the_articles(string slideshowByline, bool introductionIsArticle)
    {
        string[] header = ["• World", "• Business", "• Sport", "", BoilerplateText.Headline, "", "By Eva Holm  |  Posted 2013-05-15", ""];
        var introduction = "The island ferry is quick to admit that it has a long way to go, but at its open day on Tuesday the operator celebrated how far it had come, "
            + "with new boats, a new timetable and a promise of two more crossings every night from July, and a tour of the harbour for every visitor who asked.";
        string[] controls = ["• Prev", "• 1 of 6", "• Next", "• Pause", "", BoilerplateText.Headline, "", slideshowByline, "", "[1 - The new boats]", ""];
        var slides = BoilerplateText.Paragraphs.SelectMany((paragraph, i) => (string[])[$"Slide {i + 1} of the day", "", paragraph, ""]);
        var text = string.Join("\n", [.. header, introduction, "", .. controls, .. slides]);
        var lines = text.Split('\n');

        var layout = Layout(text);

        var line = Array.IndexOf(lines, introduction);
        Assert.Equal(introductionIsArticle, layout[line].IsArticle);
        Assert.True(layout[Array.IndexOf(lines, BoilerplateText.Paragraphs[^1])].IsArticle);
    }

    [Theory]
    [InlineData("He paused...\n\nAnd then he said nothing at all for a long while, looking out at the harbour.")]
    [InlineData("The ferry was late...\n\nThe crossing was rough...\n\nThe harbour was closed when we arrived, and nobody could tell us why.")]
    public void Two_lines_that_trail_off_are_the_articles_own(string middle)
    {
        var text = "Councillors give way in timetable row\n\nBy Aoife Brennan\n\n" + NightCrossingsBody + "\n\n" + middle + "\n\n" + NightCrossingsBody.Replace("island ferry", "harbour ferry", StringComparison.Ordinal);

        Assert.DoesNotContain(Layout(text).Lines, l => l.Reason == LayoutReason.CutOffTeaser);
    }

    /// <summary>A headline asks or exclaims; a line that states one sentence between it and the byline is its dek.</summary>
    [Fact]
    public void A_headline_that_asks_is_not_taken_for_a_dek()
    {
        var text = "Home | World | Business | Sport\n\nWill the late boat earn its keep?\n\nBy Aoife Brennan\n\nShare\nTweet\n\n"
            + "The island ferry will run two extra crossings each night from July to September, its operator announced on Monday, after a summer of complaints about the last boat leaving too early for anyone working in town.\n\n"
            + "The operator said the change would cost little because the crews were already on duty until midnight for freight runs, and that the crossings would be reviewed in the autumn.\n";

        Assert.Equal(LineClass.Title, Layout(text)[2].Class);
    }

    [Fact]
    public void Byline_and_dateline_are_the_articles_own_and_the_headline_sits_above_them()
    {
        const string text = """
            Skip to content
            Home | World | Business | Sport

            Ferry operator adds night crossings for summer

            By Aoife Brennan

            July 15, 2024

            The island ferry will run two extra crossings each night from July to September, its operator announced on Monday, after a summer of complaints about the last boat leaving too early for anyone working in town.

            The operator said the change would cost little because the crews were already on duty until midnight for freight runs, and that the crossings would be reviewed in the autumn.

            """;
        var layout = Layout(text);
        Assert.Equal(LineClass.Title, layout[3].Class);
        Assert.Equal(LineClass.Byline, layout[5].Class);
        Assert.Equal(LineClass.Byline, layout[7].Class);
        Assert.True(layout[5].IsArticle);
    }

    [Fact]
    public void A_sentence_with_one_markdown_link_is_not_link_dense()
    {
        var layout = Layout(BoilerplateText.Article(after: ["The group surveyed all 212 stops in the town over three weekends. [Read the full report](https://example.org/lowfield-bus-stops) on the group's website."]));
        var line = layout.Lines.Last(l => !l.IsBlank);
        Assert.True(line.LinkDensity < 0.25, $"link density {line.LinkDensity}");
        Assert.NotEqual(LineClass.Boilerplate, line.Class);
    }
    private static readonly string[] ProductCards =
    [
        "Don't miss", "",
        "Harbour Ferry Pass", "",
        "- Unlimited crossings for a whole month", "- Free seat reservations on evening boats", "- Discounts in the harbour cafe and shop", "",
        "[ferry-pass-photo]", "Harbour Ferry Pass (monthly)", "$39.00", "Buy Now", "",
        "Island Day Ticket", "",
        "- One return crossing on any day of the week", "- Bikes travel free of charge on every boat", "- Valid on the night boat at weekends", "",
        "[day-ticket-photo]", "Island Day Ticket (adult)", "$12.00", "Buy Now",
    ];

    [Fact]
    public void A_section_of_product_cards_after_the_article_belongs_to_it()
    {
        var layout = Layout(BoilerplateText.Article(after: ProductCards));
        Assert.Equal(32, layout.BodyEnd);
        Assert.Equal(LineClass.Related, layout[10].Class);
        Assert.Equal(LineClass.Heading, layout[12].Class);
        Assert.Equal(LineClass.Heading, layout[14].Class);
        Assert.True(layout[14].InList);
        Assert.Equal(LineClass.Caption, layout[18].Class);
        Assert.Equal(LineClass.Heading, layout[20].Class);
        Assert.Equal(LineClass.Heading, layout[32].Class);
    }

    [Fact]
    public void Lists_of_tags_are_not_a_section_of_the_article()
    {
        var layout = Layout(BoilerplateText.Article(after:
        [
            "Topics", "", "- Local government and politics", "- Island life", "- Transport", "",
            "Places in this story", "", "- North quay ferry terminal", "- Harbour Town", "- The island",
        ]));
        Assert.Equal(8, layout.BodyEnd);
        Assert.Equal(LineClass.Related, layout[12].Class);
    }

    [Fact]
    public void A_list_of_headlines_is_not_a_list_of_the_article()
    {
        var descriptive = Layout(BoilerplateText.Article(middle: ["- Two extra evening crossings from May", "- A night boat on Saturdays", "- Bikes carried free of charge"]));
        Assert.True(descriptive[6].InList);
        var headlines = Layout(BoilerplateText.Article(middle: ["- Storm Closes The North Quay For Two Days", "- School Reopens After Months Of Flood Repairs", "- New Bridge Plans Shelved By The Council"]));
        Assert.False(headlines[6].InList);
    }

    [Fact]
    public void Lines_in_a_row_are_a_list_only_where_the_document_marks_no_list()
    {
        string[] bare = ["Unlimited crossings for a whole month", "Free seat reservations on evening boats", "Discounts in the harbour cafe and shop"];
        Assert.True(Layout(BoilerplateText.Article(middle: bare))[7].InList);
        var marked = Layout(BoilerplateText.Article(middle: bare, after: ["- North quay", "- Harbour Town", "- The island"]));
        Assert.False(marked[7].InList);
    }

    [Fact]
    public void Prose_between_photos_joins_the_body()
    {
        var layout = Layout(BoilerplateText.Article(after:
        [
            "[IMG_2041]", "", "The new timetable will be posted at both quays before the end of April.", "",
            "[IMG_2042]", "View all (12)", "", "Ticket prices stay the same for islanders and visitors alike this year.",
        ]));
        Assert.Equal(17, layout.BodyEnd);
        Assert.Equal(LineClass.Caption, layout[14].Class);
        Assert.Equal(LineClass.Body, layout[12].Class);
    }

    [Theory]
    [InlineData("(Reporting by Jane Doe; Editing by John Roe)")]
    [InlineData("Originally published on The Harbour Gazette.")]
    [InlineData("Contributing: Jane Doe")]
    [InlineData("Jane Doe contributed reporting.")]
    [InlineData("Jane Doe reported from Bridgemoor, and John Roe from the island.")]
    [InlineData("Additional reporting from Jane Doe.")]
    public void Credits_that_close_the_article_are_its_own(string credit)
    {
        var layout = Layout(BoilerplateText.Article(after: [credit, "", "© 2024 The Harbour Gazette. All rights reserved."]));
        Assert.Equal(LineClass.Byline, layout[10].Class);
        Assert.Equal(LineClass.Legal, layout[12].Class);
    }

    [Fact]
    public void A_match_reports_line_ups_closing_the_text_are_the_articles()
    {
        var layout = Layout(BoilerplateText.Article(after:
        [
            "Harbour Rovers: Lindqvist, Okafor, Brennan, Duval, Marsh.", "", "Subs not used: Kerr, Ibarra.", "",
            "Island Athletic: Poe, Tanaka, Moreau, Quinn.", "", "Referee: J Roe (Bridgemoor)", "", "4,210",
        ]));
        Assert.Equal(18, layout.BodyEnd);
        Assert.All(new[] { 10, 12, 14, 16 }, i => Assert.True(layout[i].IsArticle, $"line {i}: {layout[i].Class}"));
    }

    [Fact]
    public void A_plan_of_labels_and_meals_closing_the_text_is_the_articles()
    {
        var layout = Layout(BoilerplateText.Article(after:
        [
            "Day 1", "", "Eat within an hour of waking", "", "Porridge with one cup of berries and a spoon of honey, stirred in while still warm.", "",
            "Day 2", "", "Eat within an hour of waking", "", "Two boiled eggs on rye toast with a handful of spinach and a squeeze of lemon.",
        ]));
        Assert.Equal(20, layout.BodyEnd);
        Assert.True(layout[16].IsArticle);
    }

    [Theory]
    [InlineData("short lines above a footer", 10, new[] { "Day 1", "", "Eat within an hour of waking", "", "© 2024 The Harbour Gazette. All rights reserved." })]
    [InlineData("a list of other stories' headlines", 14, new[]
    {
        "Island Ferry Fares Rise Again For Summer Season", "", "Bridgemoor", "", "New Lighthouse Museum Opens Its Doors To Visitors", "", "Islanders",
    })]
    public void Lines_closing_the_text_that_are_not_the_articles_stay_outside_the_body(string what, int line, string[] after)
    {
        var layout = Layout(BoilerplateText.Article(after: after));
        Assert.Equal(8, layout.BodyEnd);
        Assert.False(layout[line].IsArticle, what);
    }

    [Theory]
    [InlineData("“It is done,” she said.")]
    [InlineData("Islanders were not impressed:")]
    public void A_short_sentence_closing_the_article_is_part_of_it(string sentence)
    {
        var layout = Layout(BoilerplateText.Article(after: [sentence, "", "Most read"]));
        Assert.Equal(10, layout.BodyEnd);
        Assert.True(layout[10].IsArticle);
    }

    [Fact]
    public void A_list_opening_the_article_is_part_of_it()
    {
        var layout = Layout(BoilerplateText.Article(before: ["What's new in the spring timetable?", "", "- Two extra evening crossings", "- A night boat on Saturdays", "- Bikes carried free of charge"]));
        Assert.Equal(0, layout.BodyStart);
        Assert.Equal(LineClass.Heading, layout[2].Class);
    }

    [Fact]
    public void Short_sentences_between_two_parts_of_the_body_are_the_articles()
    {
        var layout = Layout(BoilerplateText.Article(middle:
        [
            "Advertisement", "- [News](#)", "- [Sport](#)", "- [Weather](#)", "- [Travel](#)", "[IMG_1]", "[IMG_2]", "[IMG_3]",
            "Here is how it works.",
        ]));
        Assert.Equal(BodyPlace.Inside, layout[14].Place);
        Assert.Equal(LineClass.Heading, layout[14].Class);
        Assert.Equal(LineClass.Chrome, layout[6].Class);
        Assert.Equal(LineClass.Navigation, layout[7].Class);
    }

    [Fact]
    public void A_headline_under_a_skip_link_is_the_headline()
    {
        var layout = Layout("Skip to content\n\n" + BoilerplateText.Headline + "\n\nTwo extra evening crossings from May\n\n" + string.Join("\n\n", BoilerplateText.Paragraphs) + "\n");
        Assert.Equal(LineClass.Chrome, layout[0].Class);
        Assert.Equal(LineClass.Title, layout[2].Class);
        Assert.Equal(LineClass.Title, layout[4].Class);
    }

    [Fact]
    public void A_japanese_article_between_screenshots_is_one_body()
    {
        string[] lines =
        [
            "ホーム | ブログ | お問い合わせ", "",
            "パソコン版のキンドルを入れると、自動でショートカットキーが設定されてしまいます。これがほかのソフトと重なって困りました。", "",
            "[screenshot_01]", "",
            "まずスタートメニューからプログラムを探して、右クリックします。", "",
            "[screenshot_02]", "",
            "表示されたメニューからプロパティを開き、ショートカットの欄を空にします。", "",
            "[screenshot_03]", "",
            "最後にパソコンを再起動すると、設定が反映されて元の操作に戻ります。これで問題は解決しました。",
        ];
        var layout = Layout(string.Join("\n", lines) + "\n");
        Assert.Equal((2, 14), (layout.BodyStart, layout.BodyEnd));
        Assert.All(new[] { 2, 6, 10, 14 }, i => Assert.Equal(LineClass.Body, layout[i].Class));
        Assert.Equal(LineClass.Caption, layout[4].Class);
    }
}
