using CorpusLint.Rules.Quotes;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Rules.Quotes;

public class CL4004MixedQuoteStylesTests
{
    private readonly CL4004MixedQuoteStyles _rule = new();

    [Fact]
    public void Fires_at_straight_quotes_in_a_curly_text() =>
        RuleTester.AssertFiresAt(_rule, "“Yes,” she said. “No,” he said. It is \"fine\".\n", (1, 39));

    [Fact]
    public void Fires_at_a_curly_apostrophe_in_a_straight_text() =>
        RuleTester.AssertFiresAt(_rule, "\"It's done,\" he said.\n\nVučić’s party won.\n", (3, 6));

    [Fact]
    public void Fires_at_guillemets_in_an_english_quoted_text() =>
        RuleTester.AssertFiresAt(_rule, "He called it «historic».\n\n“Yes,” she said. “No,” he said.\n", (1, 14));

    [Fact]
    public void One_diagnostic_per_line_with_a_fix_for_every_mark()
    {
        var diagnostic = Assert.Single(RuleTester.Lint(_rule, "“Yes,” she said. “No,” he said. It is \"fine\", isn't it?\n"));
        var edits = diagnostic.Fix!.Edits.Select(e => e.NewText).ToArray();
        Assert.Equal(["“", "”", "’"], edits);
    }

    [Fact]
    public void Fix_converts_curly_marks_to_straight_ones()
    {
        var diagnostic = Assert.Single(RuleTester.Lint(_rule, "\"It's done,\" he said. \"Yes.\"\n\nVučić’s party won.\n"));
        Assert.Equal("'", Assert.Single(diagnostic.Fix!.Edits).NewText);
    }

    [Theory]
    [InlineData("\"The embargo stays,\" the minister said. It's \"a matter of principle\".\n")]
    [InlineData("“The embargo stays,” the minister said. It’s “a matter of principle”.\n")]
    [InlineData("« C’est une visite historique », a déclaré le ministre. « Oui », l’homme a dit.\n")]
    [InlineData("He is 5'10\" tall and “very fast”.\n")]
    public void Silent_on(string text) => RuleTester.AssertSilent(_rule, text);

    /// <summary>A scraped page: the article in curly marks, the site's menus and teasers in straight ones.</summary>
    private const string ScrapedPage = """
        Home | News | Sport | Weather | Don't miss

        Ferry to run later crossings

        By Ana Lee

        “We have waited three winters for this,” said Maria Lindqvist, a nurse at the island hospital, after the harbour council voted on Tuesday to add two evening crossings to the ferry timetable.

        Councillors said the extra sailings would cost about four hundred thousand a year, paid for by a small rise in the price of day-return tickets for visitors during the summer months, when the ferry runs full.

        The operator’s chief engineer told the meeting that the crews were ready. “The older boat stays in reserve for the busiest weekends,” he said, and the council agreed to review the timetable next year.

        Related stories

          • Council's budget vote delayed again
          • 'Island life' festival returns in June
          • Harbour's new crane arrives by barge
          • Bus drivers' strike called off

        """;

    [Fact]
    public void The_style_of_a_pages_menus_and_teasers_is_not_the_articles() =>
        RuleTester.AssertSilent(_rule, ScrapedPage);

    [Fact]
    public void Fires_inside_the_article_whatever_the_pages_chrome_prints() =>
        RuleTester.AssertFiresAt(_rule, ScrapedPage.Replace("The operator’s chief", "The operator's chief", StringComparison.Ordinal), (11, 13));

    /// <summary>A shell session's straight marks are its syntax: curly ones would break the commands the fix touched.</summary>
    [Fact]
    public void A_shell_sessions_marks_are_not_the_articles_style()
    {
        var text = string.Join("\n", [
            "Keeping the timetable",
            "",
            "The harbour office’s clerk keeps the timetable in a repository, and calls it “the only copy that matters”.",
            "",
            "$ echo 'evening ferry at 19:40' >> crossings.txt",
            "$ git commit -m 'add the evening ferry'",
            "",
            "She says the log is “the island’s memory”, and that nobody has lost a crossing since.",
            ""]);

        RuleTester.AssertSilent(_rule, text);
    }

    [Fact]
    public void Snapshot() => RuleTester.VerifySnapshot(_rule, "CL4004.txt");
}
