using CorpusLint.Rules.Dates;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Rules.Dates;

public class CL3007MixedDateFormatsTests
{
    private readonly CL3007MixedDateFormats _rule = new();

    [Fact]
    public void Fires_on_the_minority_style() =>
        RuleTester.AssertFiresAt(
            _rule,
            "Headline\n\nThe vote was on January 17, 2019.\nThe count was on January 18, 2019.\nThe appeal was on 20 January 2019.\n",
            (5, 19));

    /// <summary>A scraped page: the article writes its dates day first, the related stories' list the site's template.</summary>
    private const string ScrapedPage = """
        Home | News | Sport | Weather

        Ferry to run later crossings

        By Ana Lee

        The harbour council voted on 17 January 2019 to add two evening crossings to the ferry timetable, after a winter in which commuters complained that the last boat left too early.

        The first of the new sailings will leave the harbour on 4 March 2019, and the council will review the timetable after the summer, when the ferry runs full with visitors.

        Related stories

          • Ferry fares to rise in the spring
            January 16, 2019
          • Harbour crane arrives by barge
            January 14, 2019
          • Bus drivers' strike called off
            January 9, 2019

        """;

    [Fact]
    public void The_dates_of_a_pages_related_stories_are_not_the_articles_style() =>
        RuleTester.AssertSilent(_rule, ScrapedPage);

    [Fact]
    public void The_comments_stamps_are_not_the_style_of_an_article_that_writes_no_full_date() =>
        RuleTester.AssertSilent(
            _rule,
            ScrapedPage.Replace("on 17 January 2019", "on Thursday", StringComparison.Ordinal).Replace("on 4 March 2019", "next month", StringComparison.Ordinal)
            + "Comments\n\n  - Ana Lee, Dover, United Kingdom, 17/1/2019 20:56\n    Finally some sense.\n  - Tom, Calais, France, 17/1/2019 18:25\n    About time.\n");

    /// <summary>A reference list's entries follow the citation style: the article's prose sets the house style alone.</summary>
    [Fact]
    public void A_reference_lists_dates_are_not_the_articles_style() =>
        RuleTester.AssertSilent(
            _rule,
            "Harbour ferry\n\nThe harbour council voted on January 17, 2019 to add two evening crossings, and the first ran on March 4, 2019.\n\n"
            + "References\n\n1. ^ \"Ferry fares to rise\". Harbour Gazette. 1 May 2018. Retrieved 2019-01-17.\n"
            + "2. ^ Roe, Jane (4 March 2019). \"The first evening ferry\". Island Monthly. Retrieved 2019-03-05.\n");

    [Fact]
    public void Fires_inside_the_article_whatever_the_pages_related_stories_print() =>
        RuleTester.AssertFiresAt(_rule, ScrapedPage.Replace("on 4 March 2019", "on March 4, 2019", StringComparison.Ordinal), (9, 57));

    [Fact]
    public void Fires_on_abbreviations_beside_full_names() =>
        RuleTester.AssertFiresAt(
            _rule,
            "Headline\n\nThe vote was on January 17, 2019.\nThe count was on February 18, 2019.\nThe appeal was on Jan. 20, 2019.\n",
            (5, 19));

    [Fact]
    public void Fires_on_an_ordinal_beside_full_dates() =>
        RuleTester.AssertFiresAt(
            _rule,
            "Headline\n\nThe vote was on January 17, 2019.\nThe count was on January 18, 2019.\nOn the 17th of January, the talks began.\n",
            (5, 8));

    [Fact]
    public void Fires_on_a_date_in_numbers_of_either_order_beside_named_months_without_naming_an_order()
    {
        var diagnostic = Assert.Single(RuleTester.Lint(_rule, "Headline\n\nThe vote was on January 17, 2019.\nThe count was on January 18, 2019.\nThe appeal was on 10/10/2019.\n"));
        Assert.Contains("numerically (10/10/2019)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The vote was on 01/17/2019, the count on 01/18/2019 and the appeal on 10/10/2019.")] // 10/10 fits month first
    [InlineData("The vote was on Jan. 17, 2019, and the count on March 18, 2019.")] // AP style: March is never abbreviated
    [InlineData("The vote was on 17 January 2019 and the count on 18 January 2019.")]
    [InlineData("Headline\n\nJan. 22, 2019\n\nThe vote was on January 17, 2019.\n")] // the dateline follows the site's template
    [InlineData("The vote was on January 17, 2019, and the count on 18 January.")] // a year-less date is not a full date
    [InlineData("<time datetime=\"2016-11-07\">November 7, 2016</time>")]
    public void Silent_on(string text) => RuleTester.AssertSilent(_rule, text);

    [Fact]
    public void Snapshot() => RuleTester.VerifySnapshot(_rule, "CL3007.txt");
}
