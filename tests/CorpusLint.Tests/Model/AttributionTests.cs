using CorpusLint.Model;
using CorpusLint.Model.Attribution;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Model;

public class AttributionTests
{
    // ---- Bylines ----

    [Theory]
    [InlineData("By Flavia Di Mauro", BylineKind.By, "Flavia Di Mauro")]
    [InlineData("By Jane Doe and John Roe", BylineKind.By, "Jane Doe and John Roe")]
    [InlineData("By Jane Doe, Reuters", BylineKind.By, "Jane Doe")]
    [InlineData("By JANE DOE | Updated 12:01 PM", BylineKind.By, "JANE DOE")]
    [InlineData("Written by Ana María Núñez", BylineKind.WrittenBy, "Ana María Núñez")]
    [InlineData("Edited by Jane Doe", BylineKind.EditedBy, "Jane Doe")]
    [InlineData("ed. BAR", BylineKind.EditedBy, "BAR")]
    [InlineData("Reporting by Jane Doe in Oslo", BylineKind.ReportingBy, "Jane Doe")]
    [InlineData("Contributing: Jane Doe", BylineKind.ReportingBy, "Jane Doe")]
    [InlineData("Jane Doe is a reporter at The Gazette.", BylineKind.AuthorBio, "Jane Doe")]
    [InlineData("Jan van der Berg is a senior correspondent for Harbour News based in Oslo.", BylineKind.AuthorBio, "Jan van der Berg")]
    [InlineData("Jane Doe is a contributor to the Gazette.", BylineKind.AuthorBio, "Jane Doe")]
    [InlineData("ByJane Doe", BylineKind.By, "Jane Doe")]
    [InlineData("// By Jane Doe • Nov 11, 2020", BylineKind.By, "Jane Doe")]
    [InlineData("yas! | By Jane Doe | April 13, 2020", BylineKind.By, "Jane Doe")]
    [InlineData("By JANE DOE JAN. 13, 2017", BylineKind.By, "JANE DOE")]
    [InlineData("By Jane Doe Tuesday, Aug. 17, 2010", BylineKind.By, "Jane Doe")]
    [InlineData("By: Jane T. Doe", BylineKind.By, "Jane T. Doe")]
    [InlineData("By Jane Doe March 18 at 3:57 PM  Follow @janedoe", BylineKind.By, "Jane Doe")]
    [InlineData("By Jane Doe@janedoe Updated Jul 24, 2018, 2:15pm EDT", BylineKind.By, "Jane Doe")]
    [InlineData("By Jane Doe, Senior Staff Technologist, Harbour Union Speech, Privacy, and Technology Project", BylineKind.By, "Jane Doe")]
    [InlineData("By Jane Doe, John Roe and Ann Poe", BylineKind.By, "Jane Doe, John Roe and Ann Poe")]
    [InlineData("By Jane Doe, a deputy editor and author of the Harbour newsletter who has covered the island's ferries for more than a decade.", BylineKind.By, "Jane Doe")]
    [InlineData("Posted by Jane Doe, Marketing, Example Corp", BylineKind.WrittenBy, "Jane Doe")]
    [InlineData("Author: Jane Doe", BylineKind.WrittenBy, "Jane Doe")]
    [InlineData("Words by Jane Doe", BylineKind.WrittenBy, "Jane Doe")]
    [InlineData("Story by Jane Doe", BylineKind.WrittenBy, "Jane Doe")]
    [InlineData("Story by Jane Doe. Photographs by John Roe", BylineKind.WrittenBy, "Jane Doe")]
    [InlineData("Analysis by Jane Doe, Harbour Gazette", BylineKind.WrittenBy, "Jane Doe")]
    [InlineData("Opinion by Jane Doe", BylineKind.WrittenBy, "Jane Doe")]
    [InlineData("Interview by Jane Doe", BylineKind.WrittenBy, "Jane Doe")]
    [InlineData("Reporter: Jane Doe", BylineKind.WrittenBy, "Jane Doe")]
    [InlineData("Posted by Jane Doe on March 3, 2025", BylineKind.WrittenBy, "Jane Doe")]
    [InlineData("Jane Doe · 5 min read", BylineKind.NameWithTitle, "Jane Doe")]
    [InlineData("Guest post by Jane Doe", BylineKind.WrittenBy, "Jane Doe")]
    [InlineData("A guest column by Jane Doe", BylineKind.WrittenBy, "Jane Doe")]
    [InlineData("Column by Jane Doe", BylineKind.WrittenBy, "Jane Doe")]
    [InlineData("Text and photos by Jane Doe", BylineKind.WrittenBy, "Jane Doe")]
    [InlineData("Words: Jane Doe", BylineKind.WrittenBy, "Jane Doe")]
    [InlineData("Report by Jane Doe", BylineKind.ReportingBy, "Jane Doe")]
    [InlineData("Jane Doe · Oct 19, 2017 · 12 min read", BylineKind.NameWithTitle, "Jane Doe")]
    [InlineData("By Jane DoeStaff Writer", BylineKind.By, "Jane Doe")]
    [InlineData("By Jane DoeFOXBusiness", BylineKind.By, "Jane Doe")]
    [InlineData("By Jane DoeBlockedUnblockFollowFollowing", BylineKind.By, "Jane Doe")]
    [InlineData("By JANE DOE and JOHN DOWNESSEPT. 19, 2016", BylineKind.By, "JANE DOE and JOHN DOWNES")]
    [InlineData("2016%2f09%2f16%2fhttpsd2mhye01h4nj2n.cloudfront.netmedia.6d630By Jane Doe", BylineKind.By, "Jane Doe")]
    [InlineData("2016%2f09%2f16%2fhttpsd2mhye01h4nj2n.cloudfront.netmedia.6d630 By Jane Doe", BylineKind.By, "Jane Doe")]
    [InlineData("by [Jane Doe](http://example.org/authors/jane-doe) in\n[News](http://example.org/news) on Mar 9, 2017 10:15 am", BylineKind.By, "Jane Doe")]
    [InlineData("By Jane Doe Jane Doe", BylineKind.By, "Jane Doe")]
    [InlineData("By April Doe", BylineKind.By, "April Doe")]
    [InlineData("by [June Doe](https://example.org/authors/june-doe) Dec 15, 2016, 1:55pm EST", BylineKind.By, "June Doe")]
    [InlineData("by [Jane Doe](https://example.org/@janedoe)Jane Doe", BylineKind.By, "Jane Doe")]
    [InlineData("By Jane Doe\u00A0November 19, 2019, 07:47 PM EST", BylineKind.By, "Jane Doe")]
    [InlineData("By Todd VanDerWerff", BylineKind.By, "Todd VanDerWerff")]
    [InlineData("Doe By Jane Doe", BylineKind.By, "Jane Doe")]
    [InlineData("김하늘 기자 sky@example.com", BylineKind.By, "김하늘")]
    [InlineData("칼럼니스트 박바다 sea@example.com", BylineKind.By, "박바다")]
    [InlineData("Jane Doe By Jane Doe", BylineKind.By, "Jane Doe")]
    [InlineData("Jane Doe, Staff Writer", BylineKind.NameWithTitle, "Jane Doe")]
    [InlineData("Jane Doe | Senior Contributor", BylineKind.NameWithTitle, "Jane Doe")]
    [InlineData("Jane Doe, Harbour Gazette Staff", BylineKind.NameWithTitle, "Jane Doe")]
    [InlineData("Jane DoeContact Reporter", BylineKind.NameWithTitle, "Jane Doe")]
    [InlineData("Jane Doe Jane Doe Contact Reporter", BylineKind.NameWithTitle, "Jane Doe")]
    [InlineData("Jane Doe and John Roe, staff writers at The Harbour Gazette", BylineKind.NameWithTitle, "Jane Doe and John Roe")]
    public void Finds_bylines(string line, BylineKind kind, string name)
    {
        var document = Document.FromText("a.txt", $"Ferry timetable changes\n\n{line}\n\nThe council voted on Tuesday.\n");
        var byline = Assert.Single(document.Attribution.Bylines);
        Assert.Equal(kind, byline.Kind);
        Assert.Equal(name, byline.Name);
        Assert.Equal(name, document.Text.Substring(byline.NameStart, byline.NameLength));
        Assert.Equal(3, document.GetPosition(byline.Start).Line);
    }

    [Theory]
    [InlineData("de", "Von Anna Berger", "Anna Berger")]
    [InlineData("de", "Von Moritz Bachmann publiziert am 25. September 2018", "Moritz Bachmann")]
    [InlineData("fr", "Par Anne Berger | 12 mars 2025", "Anne Berger")]
    [InlineData("pt", "Por Ana Ribeiro, 22 de outubro de 2010", "Ana Ribeiro")]
    [InlineData("ru", "Текст: Венера Ерофеева·24 сентября 2018", "Венера Ерофеева")]
    [InlineData("de", "Von Montag bis Freitag", null)]
    [InlineData("de", "Von Hamburg nach Berlin fährt die Fähre nicht.", null)]
    [InlineData("en", "Von Anna Berger", null)]
    [InlineData("fr", "Par\nAnne Berger", "Anne Berger")]
    [InlineData("de", "Von:\nAnna Berger", "Anna Berger")]
    [InlineData("en", "Par\nAnne Berger", null)]
    [InlineData("fr", "L’AUTEUR\n[portrait]\nAnne Berger", "Anne Berger")]
    [InlineData("de", "Über den Autor\n\nAnna Berger", "Anna Berger")]
    [InlineData("es", "Sobre la autora\nAna Ruiz", "Ana Ruiz")]
    [InlineData("en", "L'auteur\nAnne Berger", null)]
    [InlineData("fr", "Le marché\nAnne Berger", null)]
    public void Finds_bylines_in_the_document_s_language(string language, string line, string? name)
    {
        var document = Document.FromText("article.txt", $"Headline\n\n{line}\n\n{ForeignProse.In(language)}\n");

        Assert.Equal(name is null ? [] : [name], document.Attribution.Bylines.Select(b => b.Name));
    }

    [Theory]
    [InlineData("By Natalie Musu\u00ADmeci", BylineKind.By, "Natalie Musumeci")]
    [InlineData("Jan van der Berg is a senior corre\u00ADspondent for Harbour News,\u200B based in Oslo.", BylineKind.AuthorBio, "Jan van der Berg")]
    public void Finds_bylines_through_the_invisible_characters_a_page_left(string line, BylineKind kind, string name)
    {
        var document = Document.FromText("a.txt", $"Ferry timetable changes\n\n{line}\n\nThe council voted on Tuesday.\n");

        var byline = Assert.Single(document.Attribution.Bylines);
        Assert.Equal(kind, byline.Kind);
        Assert.Equal(name, byline.Name);
    }

    [Fact]
    public void A_name_under_an_author_label_is_a_byline_of_both_lines()
    {
        var document = Document.FromText("a.txt", "Ferry timetable changes\n\nAuthor:\n    Jane Doe\nPublish date:\n    Nov 18, 2019\n\nThe council voted on Tuesday.\n");
        var byline = Assert.Single(document.Attribution.Bylines);
        Assert.Equal((BylineKind.WrittenBy, "Jane Doe"), (byline.Kind, byline.Name));
        Assert.Equal((3, 4), (document.GetPosition(byline.Start).Line, document.GetPosition(byline.End).Line));
        Assert.Equal(new DateOnly(2019, 11, 18), document.PublicationDate!.Date);
    }

    /// <summary>
    /// An author box under the article: the label, the author's picture (a text browser's placeholder or a Markdown image)
    /// and the name, or the label and the name each a paragraph; more than three rows part them.
    /// </summary>
    [Theory]
    [InlineData("Author\n[7ce0d5e1]\n\nJane Doe", "Jane Doe")]
    [InlineData("Written by\n\n![Jane Doe](https://example.org/jane.jpg)\n\nJane Doe", "Jane Doe")]
    [InlineData("by\n\nJane Doe", "Jane Doe")]
    [InlineData("Author\n\n[]\n\nJane Doe", "Jane Doe")]
    [InlineData("About the Author\nJane Doe\nis a reporter at\nThe Harbour Gazette\n.", "Jane Doe")]
    [InlineData("## About the author\n\nJane Doe", "Jane Doe")]
    [InlineData("Author\n\n[7ce0d5e1]\n[0a4c93d2]\n\nJane Doe", null)]
    public void A_name_under_an_author_label_and_its_picture_is_a_byline(string box, string? name)
    {
        var document = Document.FromText("a.txt", "Ferry timetable changes\n\nThe council voted on Tuesday to run the ferry later in summer.\n\n" + box + "\n\nTags: Harbour, Ferries\n");
        Assert.Equal(name, document.Attribution.Bylines.SingleOrDefault(b => b.Kind == BylineKind.WrittenBy)?.Name);
    }

    /// <summary>An author box's biography under its label opens with the name: "Jane Doe covers the harbour ...".</summary>
    [Theory]
    [InlineData("About the author\nJane Doe covers the harbour and the islands for the Gazette.", "Jane Doe")]
    [InlineData("About the author\n\nJane van der Berg has written about the ferries since 2009.", "Jane van der Berg")]
    public void A_biography_under_an_author_label_names_the_writer(string box, string name)
    {
        var document = Document.FromText("a.txt", "Ferry timetable changes\n\nThe council voted on Tuesday to run the ferry later in summer.\n\n" + box + "\n\nTags: Harbour, Ferries\n");
        var byline = Assert.Single(document.Attribution.Bylines);
        Assert.Equal((BylineKind.AuthorBio, name), (byline.Kind, byline.Name));
        Assert.True(byline.IsAuthorBox);
    }

    /// <summary>
    /// An author's box a text browser printed on one line — the name, the picture's placeholder, a biography opening with
    /// the name again — names the writer in any language; a publication's own box ("Harbour Gazette [logo] Harbour
    /// Gazette is …") names none, and prose that names someone twice is no box.
    /// </summary>
    [Theory]
    [InlineData("en", "About the author\nJane Doe [jane-doe] Jane Doe is a reporter covering the harbour and its ferries.", "Jane Doe")]
    [InlineData("fr", "L'AUTEUR\nAnne Berger [portrait] Anne Berger est journaliste indépendante et blogueuse.", "Anne Berger")]
    [InlineData("en", "Jane Doe Jane Doe writes about the islands for the paper.", "Jane Doe")]
    [InlineData("en", "About us\nHarbour Gazette [logo] Harbour Gazette is an independent newspaper founded in 1921.", null)]
    [InlineData("en", "Jane Doe met the mayor. Jane Doe said the ferry was late again, and the mayor agreed with her.", null)]
    public void An_author_box_on_one_line_names_the_writer(string language, string box, string? name)
    {
        var body = language == "en"
            ? "The council voted on Tuesday to run the island ferry later into the evening through the summer months, after a year of complaints from commuters.\n\n"
            : ForeignProse.In(language) + "\n\n";
        var document = Document.FromText("a.txt", "Ferry timetable changes\n\n" + body + box + "\n");

        Assert.Equal(name is null ? [] : [name], document.AttributionChoice.Bylines.Select(b => b.Name));
    }

    /// <summary>
    /// An author box printed below the comments (the label, a linked picture a wrapper broke over two rows, the name) names
    /// the writer of a page whose header names no one; under a page whose header has a byline, it is another story's box.
    /// </summary>
    [Theory]
    [InlineData("", "Jane Doe")]
    [InlineData("By John Roe\n\n", "John Roe")]
    public void An_author_box_below_the_comments_names_the_writer_of_a_page_with_no_other_byline(string header, string writer)
    {
        var comments = string.Concat(Enumerable.Range(1, 15).Select(i => $"**Reader {i}** wrote: Comment number {i}.\n\n"));
        var document = Document.FromText(
            "page.md",
            "# Ferry to run later crossings\n\n" + header
            + "The council voted on Tuesday to run the island ferry later into the evening through the summer months, after a year of complaints from commuters.\n\n"
            + "The last crossing will leave the harbour at midnight from June, an hour later than now, and a second boat will join the route at weekends.\n\n"
            + "## 17 comments\n\n" + comments
            + "_Author_\n\n[![](https://example.org/avatars/jane.jpg)](https://example.org/authors/jane-\ndoe/ \"Posts by Jane Doe\")\n\n"
            + "### [Jane Doe](https://example.org/authors/jane-doe/ \"Posts by Jane Doe\")\n\n**Tags:** [Ferries](https://example.org/tag/ferries)\n");

        Assert.Equal(writer, Assert.Single(document.AttributionChoice.Bylines).Name);
    }

    [Fact]
    public void The_record_lines_are_the_bylines_with_its_label_and_the_dates_that_date_the_document()
    {
        var document = Document.FromText("a.txt", "Ferry timetable changes\n\nAuthor:\n    Jane Doe\nPublish date:\n    Nov 18, 2019\n\nThe council voted on Tuesday.\n");

        Assert.Equal([2, 3, 5], document.RecordLines.Order());
    }

    [Fact]
    public void A_lower_case_by_counts_only_in_the_header()
    {
        var document = Document.FromText("a.txt", "Ferry timetable changes\n\nby Jane Doe (reporting) and John Roe (photography)\n\nThe council voted on Tuesday.\n");
        var byline = Assert.Single(document.Attribution.Bylines);
        Assert.Equal(("Jane Doe", true), (byline.Name, byline.HeaderOnly));
    }

    [Fact]
    public void An_agency_after_the_name_is_a_source_credit_of_its_own()
    {
        var document = Document.FromText("a.txt", "Ferry timetable changes\n\nBy Jane Doe, Reuters\n\nThe council voted on Tuesday.\n");
        Assert.Equal("Jane Doe", Assert.Single(document.Attribution.Bylines).Name);
        var credit = Assert.Single(document.Attribution.SourceCredits);
        Assert.Equal((SourceCreditKind.Agency, "Reuters"), (credit.Kind, credit.Source));
        Assert.Equal("Reuters", document.Text[credit.Start..credit.End]);
    }

    [Fact]
    public void A_byline_link_maps_back_to_the_link()
    {
        var document = Document.FromText("a.txt", "Title\n\nBy [Maxim Orlov](#)\nJan. 22, 2019\n");
        var byline = Assert.Single(document.Attribution.Bylines);
        Assert.Equal("Maxim Orlov", byline.Name);
        Assert.Equal("Maxim Orlov", document.Text.Substring(byline.NameStart, byline.NameLength));
        Assert.Equal("#", byline.Link!.Target);
        Assert.Equal((7, 16), (byline.Start, byline.Length - 3));
    }

    [Fact]
    public void Finds_every_name_of_a_wire_credit_line()
    {
        var document = Document.FromText("a.txt", "The council voted.\n\n(Reporting by Jane Doe; Additional reporting by John Roe; Editing by Ann Poe)\n");
        Assert.Equal(
            [(BylineKind.ReportingBy, "Jane Doe"), (BylineKind.ReportingBy, "John Roe"), (BylineKind.EditedBy, "Ann Poe")],
            document.Attribution.Bylines.Select(b => (b.Kind, b.Name)));
    }

    [Theory]
    [InlineData("— Jane Doe")]
    [InlineData("— Jane Doe, Leeds")]
    [InlineData("-- Jane Doe, retired teacher, Millbrook.")]
    public void Finds_a_signature_at_the_end(string signature)
    {
        var document = Document.FromText("a.txt", $"The council voted.\n\n{signature}\n");
        var byline = Assert.Single(document.Attribution.Bylines);
        Assert.Equal((BylineKind.Signature, "Jane Doe"), (byline.Kind, byline.Name));
    }

    [Theory]
    [InlineData("— Getty Images, 2019")]
    [InlineData("— Jane Doe, who ran the ferry for twenty years")]
    public void A_dash_before_a_credit_or_a_clause_is_no_signature(string line)
    {
        var document = Document.FromText("a.txt", $"The council voted.\n\n{line}\n");
        Assert.DoesNotContain(document.Attribution.Bylines, b => b.Kind == BylineKind.Signature);
    }

    /// <summary>A Korean paper signs its article under the last paragraph: name, title, address. The name has no case.</summary>
    [Fact]
    public void A_korean_sign_off_under_the_article_is_its_byline()
    {
        var text = "항구 여객선 운항 시간표 바뀐다\n\n"
            + "시의회는 화요일 회의에서 여객선의 저녁 운항을 두 차례 늘리는 새 시간표를 승인했다. 주민들은 마지막 배가 너무 일찍 떠난다고 오랫동안 불만을 제기해 왔다.\n\n"
            + "운항사는 다음 주에 새 시간표를 공개하고 요금은 올해 말까지 그대로 유지하겠다고 밝혔다.\n\n"
            + "김하늘 기자 sky@example.com\n";

        var choice = Document.FromText("article.txt", text).AttributionChoice;

        Assert.Equal(["김하늘"], choice.Bylines.Select(b => b.Name));
    }

    [Theory]
    [InlineData("By then, the council had voted.")]
    [InlineData("By 2020 the ferry ran twice an hour.")]
    [InlineData("By contrast, the bus service was cut.")]
    [InlineData("By March, the ferry was running again.")]
    [InlineData("By June, the ferry was running again.")]
    [InlineData("Contact Reporter")]
    [InlineData("Readers can contact the reporter at the Harbour Gazette.")]
    [InlineData("By June 2020 the ferry ran twice an hour.")]
    [InlineData("By April Fools Day the ferry was running again.")]
    [InlineData("By NATO standards, the exercise was small.")]
    [InlineData("By The Way is a song by the Red Hot Chili Peppers that topped charts around the world for weeks.")]
    [InlineData("Mr Holt is a wonderful writer and should keep to fiction.")]
    [InlineData("Dame Ann Holt is among three British authors on the shortlist.")]
    [InlineData("The novel, written by Jane Doe, sold well.")]
    [InlineData("- [Videos](#)")]
    [InlineData("Byron Smith was elected in 2019.")]
    [InlineData("Jane Doe, staff writer, left the paper in May.")]
    [InlineData("By Facebook, Google and Apple, the market for online advertising was carved up long before the regulators arrived.")]
    [InlineData("Photo By Jane Doe")]
    [InlineData("그는 기자에게 말했다.")]
    [InlineData("기자 회견")]
    [InlineData("Harbour News By Jane Doe")]
    [InlineData("Research by Harbour University found that the ferry would lose money for a decade.")]
    [InlineData("Analysis by Harbour Bank shows the fares have doubled since 2019.")]
    [InlineData("The ferry takes 5 min to cross; read the timetable first.")]
    [InlineData("Text: A | A | A")]
    public void Not_a_byline(string line)
    {
        var document = Document.FromText("a.txt", $"Title\n\n{line}\n");
        Assert.Empty(document.Attribution.Bylines);
    }

    // ---- Source credits ----

    [Theory]
    [InlineData("Source: Al Jazeera, News Agencies", SourceCreditKind.SourceLine, "Al Jazeera, News Agencies")]
    [InlineData("Sources: Reuters, AFP", SourceCreditKind.SourceLine, "Reuters, AFP")]
    [InlineData("— AP", SourceCreditKind.Agency, "AP")]
    [InlineData("Associated Press", SourceCreditKind.Agency, "Associated Press")]
    [InlineData("AFP/Reuters", SourceCreditKind.Agency, "AFP/Reuters")]
    [InlineData("With agencies", SourceCreditKind.Agency, "agencies")]
    [InlineData("Staff reports", SourceCreditKind.Agency, "Staff reports")]
    [InlineData("From staff and wire reports", SourceCreditKind.Agency, "staff and wire reports")]
    [InlineData("— News services", SourceCreditKind.Agency, "News services")]
    [InlineData("This article was originally published by The Gazette.", SourceCreditKind.Republication, "The Gazette")]
    [InlineData("This article first appeared in Harbour News.", SourceCreditKind.Republication, "Harbour News")]
    [InlineData("Republished from The Conversation.", SourceCreditKind.Republication, "The Conversation")]
    [InlineData("The Associated Press contributed to this report.", SourceCreditKind.Republication, "The Associated Press")]
    [InlineData("Jane Doe and John Roe contributed reporting.", SourceCreditKind.Republication, "Jane Doe and John Roe")]
    [InlineData("Ann Poe contributed research.", SourceCreditKind.Republication, "Ann Poe")]
    [InlineData("Jane Doe reported from Bridgemoor, and John Roe from the island.", SourceCreditKind.Republication, "Jane Doe")]
    [InlineData("--additional reporting from John Roe.", SourceCreditKind.Republication, "John Roe")]
    public void Finds_source_credits(string line, SourceCreditKind kind, string source)
    {
        var document = Document.FromText("a.txt", $"The council voted on Tuesday.\n\n{line}\n");
        var credit = Assert.Single(document.Attribution.SourceCredits);
        Assert.Equal((kind, source), (credit.Kind, credit.Source));
        Assert.Equal(3, document.GetPosition(credit.Start).Line);
    }

    [Fact]
    public void Finds_an_agency_dateline_with_its_span()
    {
        var document = Document.FromText("a.txt", "WASHINGTON (AP) — The council voted.\n");
        var credit = Assert.Single(document.Attribution.SourceCredits);
        Assert.Equal((SourceCreditKind.Agency, "AP"), (credit.Kind, credit.Source));
        Assert.Equal("(AP)", document.Text[credit.Start..credit.End]);
    }

    [Fact]
    public void An_originally_published_link_is_the_credits_link()
    {
        var document = Document.FromText("a.txt", "Jane Doe is Deputy Editor at the Institute, where this article was [originally](#) published. Views are her own.\n");
        var credit = Assert.Single(document.Attribution.SourceCredits);
        Assert.Equal("originally", document.Text.Substring(credit.Link!.LabelStart, credit.Link.LabelLength));
        Assert.EndsWith("published.", document.Text[credit.Start..credit.End], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The Santy worm first appeared on 20 December.")]
    [InlineData("Oxford wants Google to scan books originally published in the 19th Century.")]
    [InlineData("The Associated Press (AP) reported the vote.")]
    [InlineData("Source code for the app was released on Tuesday.")]
    [InlineData("First published on November 19, 2019 / 8:16 AM")]
    [InlineData("First Published: Tuesday, November 19, 2019 08:38 AM")]
    [InlineData("Jane Doe reported from the front lines of three wars over two decades before she joined the paper's harbour desk.")]
    [InlineData("Reporting from Bridgemoor, Jane Doe watched the ferry leave.")]
    [InlineData("She said the council contributed research funds to the harbour trust.")]
    [InlineData("Staff reports were filed late on Tuesday.")]
    public void Not_a_source_credit(string line)
    {
        var document = Document.FromText("a.txt", $"Title\n\n{line}\n");
        Assert.Empty(document.Attribution.SourceCredits);
    }

    // ---- Front matter ----

    [Fact]
    public void Reads_front_matter_in_markdown()
    {
        const string text = "---\ntitle: \"Ferry\"\nauthors:\n  - Jane Doe\n  - John Roe\nsource: Harbour News\ntags: [a, b]\n---\n\nBy the way, source: none.\n";
        var document = Document.FromText("a.md", text);
        var attribution = document.Attribution;
        Assert.Equal(["title", "authors", "source", "tags"], attribution.Metadata.Select(m => m.Key));
        Assert.Equal("Jane Doe, John Roe", attribution.Metadata[1].Value);
        Assert.Equal("authors:\n  - Jane Doe\n  - John Roe", text[attribution.Metadata[1].Start..attribution.Metadata[1].End]);
        Assert.Equal((BylineKind.Metadata, "Jane Doe, John Roe"), (attribution.Bylines.Single().Kind, attribution.Bylines.Single().Name));
        Assert.Equal((SourceCreditKind.Metadata, "Harbour News"), (attribution.SourceCredits.Single().Kind, attribution.SourceCredits.Single().Source));
        Assert.True(document.AttributionChoice.IsAttributed);
    }

    // A note-taking app's web clipper writes the author as a link between notes: "[[Jane Doe]]", "[[jane-doe|Jane Doe]]".
    [Theory]
    [InlineData("author:\n  - \"[[Maria Lindqvist]]\"")]
    [InlineData("author: \"[[maria-lindqvist|Maria Lindqvist]]\"")]
    public void Reads_an_author_written_as_a_note_link(string entry)
    {
        var document = Document.FromText("clipping.md", $"---\ntitle: \"Ferry\"\n{entry}\n---\n\nText.\n");
        Assert.Equal("Maria Lindqvist", document.Attribution.Bylines.Single().Name);
    }

    [Fact]
    public void Front_matter_is_read_only_in_markdown()
    {
        // In plain text the lines are text: "author: Jane Doe" is an author label, not metadata.
        var document = Document.FromText("a.txt", "---\nauthor: Jane Doe\n---\n\nText.\n");
        Assert.Empty(document.Attribution.Metadata);
        Assert.Equal((BylineKind.WrittenBy, "Jane Doe"), (document.Attribution.Bylines.Single().Kind, document.Attribution.Bylines.Single().Name));
    }

    // ---- Names ----

    [Theory]
    [InlineData("Vučić", "Vucic")]
    [InlineData("Đorđević", "Dordevic")]
    [InlineData("Søren", "Soren")]
    [InlineData("Łukasz", "Lukasz")]
    [InlineData("Weiß", "Weiss")]
    [InlineData("Ærø", "AEro")]
    [InlineData("Œuvre", "OEuvre")]
    [InlineData("Ħamrun", "Hamrun")]
    [InlineData("Ŧest", "Test")]
    [InlineData("Kırıkkale", "Kirikkale")]
    [InlineData("Nguyễn", "Nguyen")]
    [InlineData("Vuc\u030Cic\u0301", "Vucic")]
    [InlineData("Plain", "Plain")]
    public void Folds_names_to_ascii(string name, string skeleton) => Assert.Equal(skeleton, NameFolding.Fold(name));

    [Fact]
    public void Finds_name_mentions_without_possessives_or_acronyms()
    {
        var document = Document.FromText("a.txt", "Vučić’s critics met NATO and Vucic. the end.\n");
        Assert.Equal(
            [("Vučić", "Vucic", true), ("Vucic", "Vucic", false)],
            document.Names.Select(n => (n.In(document).ToString(), n.SkeletonIn(document), n.SentenceInitial)));
        Assert.Equal(0, document.Names[0].Start);
        Assert.Equal(5, document.Names[0].Length);
    }

    // ---- Speakers ----

    private static SpeakerAttribution? Speaker(string text, int occurrence = 0, bool continues = false)
    {
        var document = Document.FromText("a.txt", text);
        var start = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            start = text.IndexOf('“', start + 1);
        }

        var end = text.IndexOf('”', start);
        var paragraphEnd = document.GetParagraphAt(start)!.End;
        return SpeakerFinder.FindSpeaker(document, start, end < 0 || end > paragraphEnd ? paragraphEnd : end + 1, continues);
    }

    [Theory]
    [InlineData("“Russia is interested in a stable region,” Putin told reporters at a news conference.", "told", "Putin")]
    [InlineData("“Serbia and Russia are long-standing allies,” said Glusac.", "said", "Glusac")]
    [InlineData("“This is not hybrid influence,” said Čedomir Stojković, a Belgrade-based attorney.", "said", "Čedomir Stojković")]
    [InlineData("“We have a deal,” the foreign policy chief said on Saturday.", "said", "chief")]
    [InlineData("“We will not accept it,” she added.", "added", "she")]
    [InlineData("“The vote is a disaster for the island and its people,” a council spokesman said.", "said", "spokesman")]
    [InlineData("“Prices will rise again before the summer is over,” officials warned on Monday.", "warned", "officials")]
    [InlineData("According to the minister, “the ferry will run until midnight from next week.”", "According to", "minister")]
    [InlineData("The council, according to Jane Doe, “has not met since the spring and will not meet again.”", "according to", "Jane Doe")]
    [InlineData("“Our assumption is that the veto will be overridden,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.", "said", "R-Ky")]
    [InlineData("“The president’s rationales do not hold weight at all,” said 9/11 widow Terry Strada.", "said", "widow")]
    [InlineData("The commission says on its website that “there were issues with the sound in the hall.”", "says", "commission")]
    [InlineData("Dean poked at his rival during the long Monday night debate, tweeting, “Notice the sniffing all the time tonight?”", "tweeting", "Dean")]
    [InlineData("It is prohibited when voting “to fill a vacancy on the national ticket of the party,” per the party’s bylaws.", "per", "party’s")]
    [InlineData("Clinton Said That Reform “Really Has To Come From The Industry Itself And Nowhere Else.”", "Said", "Clinton")]
    [InlineData("The minister was quoted as saying “the ferry will run until midnight from next week.”", "quoted as saying", "minister")]
    [InlineData("Hawkins pointed out that “the ferry will run until midnight from next week on.”", "pointed out", "Hawkins")]
    [InlineData("Mayor Lund described the plan as “a waste of money that the island cannot afford.”", "described", "Mayor Lund")]
    [InlineData("“A state cannot remove voters only because they did not vote in two elections,” said the ruling.", "said", "ruling")]
    [InlineData("The email began, “The mayor and her deputy were warmly received at the harbour today.”", "began", "email")]
    [InlineData("“Hearing the heartbeat was something we never take for granted,” the “Harbour” actor previously said.", "said", "actor")]
    [InlineData("Here is how bad it got, in the words of the patient: “I could not climb two stairs without stopping to rest.”", "in the words of", "patient")]
    public void Finds_the_speaker_in_the_sentence(string text, string cue, string speaker)
    {
        var found = Speaker(text);
        Assert.NotNull(found);
        Assert.Equal(cue, found.Cue);
        Assert.Equal(speaker, found.Speaker);
        Assert.False(found.FromPreviousParagraph);
    }

    [Fact]
    public void Finds_a_colon_introduction()
    {
        var found = Speaker("Putin told two Serbian pro-government newspapers: “The policy of certain Western countries is destabilising.”");
        Assert.NotNull(found);
        Assert.Equal((SpeakerCueKind.SpeechVerb, "told", "Putin"), (found.CueKind, found.Cue, found.Speaker));

        var colon = Speaker("The mayor’s verdict: “The ferry will run until midnight from next week on.”");
        Assert.NotNull(colon);
        Assert.Equal((SpeakerCueKind.Colon, ":", SpeakerKind.Role), (colon.CueKind, colon.Cue, colon.SpeakerKind));
    }

    [Fact]
    public void Finds_a_dash_signature()
    {
        var found = Speaker("“He is ignorant of our culture and lives, and he does not care.” ― Pamela Padilla “Next quotation.”");
        Assert.NotNull(found);
        Assert.Equal((SpeakerCueKind.Dash, "Pamela Padilla"), (found.CueKind, found.Speaker));
    }

    [Fact]
    public void Finds_the_speaker_elsewhere_in_the_paragraph()
    {
        const string text = "Glusac said the visit was the third in a year. “Putin said that Russia has many friends in the Balkans.”";
        var found = Speaker(text);
        Assert.NotNull(found);
        Assert.Equal(("said", "Glusac"), (found.Cue, found.Speaker));
        Assert.Equal(text.IndexOf("said", StringComparison.Ordinal), found.CueStart);
        Assert.Equal(0, found.SpeakerStart);
    }

    [Fact]
    public void Ignores_speech_verbs_inside_the_quotation()
    {
        Assert.Null(Speaker("The council met again.\n\n“Putin said that Russia has many friends in the Balkans and beyond.”\n"));
        Assert.Null(Speaker("Nobody knows what comes next. “He told us that we would be the first to know about it.”"));
    }

    [Fact]
    public void Continuation_looks_in_the_previous_paragraph()
    {
        const string text = "“Serbia and Russia are allies,” said Glusac. “Putin said Russia has friends in the Balkans.\n\n“He said Russia respects the decision of Serbian authorities about the future of Serbia,” and the talks went on.\n";
        var found = Speaker(text, occurrence: 2, continues: true);
        Assert.NotNull(found);
        Assert.Equal(("said", "Glusac", true), (found.Cue, found.Speaker, found.FromPreviousParagraph));
        Assert.Equal(text.IndexOf("Glusac", StringComparison.Ordinal), found.SpeakerStart);
    }

    [Fact]
    public void A_quotation_inside_its_paragraph_does_not_look_back()
    {
        const string text = "Glusac said the visit went well.\n\nThe talks went on. “Russia respects the decision of Serbian authorities about the future.”\n";
        Assert.Null(Speaker(text));
        Assert.NotNull(Speaker(text, continues: true));
    }

    [Fact]
    public void A_speaker_label_without_its_colon()
    {
        var found = Speaker("- Bolton boss Sam Allardyce “I am bitterly disappointed with the result of the game today.”");
        Assert.NotNull(found);
        Assert.Equal((SpeakerCueKind.Label, "Bolton", 0), (found.CueKind, found.Speaker, found.CueLength));
    }

    [Fact]
    public void A_paragraph_of_nothing_but_a_quotation_carries_on_the_previous_speaker()
    {
        const string text = "The mayor said the plan was sound.\n\n“Right now, the money is there and the people want the market hall built.”\n";
        var found = Speaker(text);
        Assert.NotNull(found);
        Assert.Equal(("said", "mayor", true), (found.Cue, found.Speaker, found.FromPreviousParagraph));
    }

    [Theory]
    [InlineData("The ferry left at noon.\n\n“Nobody expected the ferry to leave without the mayor on board that day.”\n")]
    [InlineData("Graffiti reading “Kosovo is Serbia, Crimea is Russia and always will be” can be spotted.\n")]
    [InlineData("“The wind was strong and the ferry was late again for the third day running.”\n")]
    [InlineData("The United States “remains the largest investor in the region by a wide margin.”\n")]
    [InlineData("“Do you have it in your heart? How much do you hate to lose?”\n\nThe sailing club opened its doors to new members on Monday.\n")]
    public void No_speaker(string text) => Assert.Null(Speaker(text));

    [Theory]
    [InlineData("“Do you have it in your heart? How much do you hate to lose?”\n\nThese are the questions Jane Doe will be asking the island's young sailors this summer.\n", "questions", "Jane Doe")]
    [InlineData("“You should have combined a ferry with a bridge and got a tunnel.”\n\nThat was how Jan Holm, the harbour master, once described the council's plan.\n", "described", "Jan Holm")]
    public void A_quotation_paragraph_is_attributed_by_a_next_paragraph_that_looks_back_at_it(string text, string cue, string speaker)
    {
        var found = Speaker(text);
        Assert.NotNull(found);
        Assert.Equal((cue, speaker, true, false), (found.Cue, found.Speaker, found.FromNextParagraph, found.FromPreviousParagraph));
    }
}
