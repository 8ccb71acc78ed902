using CorpusLint.Model;
using CorpusLint.Rules;
using CorpusLint.Rules.Boilerplate;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Rules.Boilerplate;

public class CL2008SiteChromeTests
{
    private readonly CL2008SiteChrome _rule = new();

    [Fact]
    public void Fires_on_skip_and_account_links_and_the_masthead() =>
        RuleTester.AssertFiresAt(
            _rule,
            BoilerplateText.Article(before: ["Skip to content", "", "Go to my account", "", "THE ISLANDS' INDEPENDENT VOICE", "", "opinion"]),
            (1, 1));

    [Fact]
    public void Fires_on_an_ad_marker_between_paragraphs() =>
        RuleTester.AssertFiresAt(_rule, BoilerplateText.Article(middle: ["Advertisement"]), (7, 1));

    [Theory]
    [InlineData("Image 3 of 12")]
    [InlineData("Click to enlarge")]
    public void Fires_on_a_gallerys_controls_between_paragraphs(string control) =>
        RuleTester.AssertFiresAt(_rule, BoilerplateText.Article(middle: [control]), (7, 1));

    [Theory]
    [InlineData("Reading time: 4 minutes")]
    [InlineData("This article is more than 5 years old")]
    public void Fires_on_a_pages_notes_about_the_article(string note) =>
        RuleTester.AssertFiresAt(_rule, BoilerplateText.Article(before: [note]), (1, 1));

    [Theory]
    [InlineData("Reading time is the hour most islanders spend on the ferry, the librarian said, and the shelves show it.")]
    [InlineData("This article is more than a list of dates: it is the story of how the island got its evening ferry back.")]
    public void Silent_on_prose_that_opens_like_a_note(string sentence) => RuleTester.AssertSilent(_rule, BoilerplateText.WithProse(sentence));

    [Fact]
    public void Fix_deletes_whole_lines() => BoilerplateText.AssertFixesDeleteWholeLines(_rule, "CL2008.txt");

    [Theory]
    [InlineData("The council will skip to the second item on the agenda, the chairman said, because the ferry report is late.")]
    [InlineData("He said the news came as a surprise to everyone who had followed the long dispute over the timetable.")]
    public void Silent_on_prose(string sentence) => RuleTester.AssertSilent(_rule, BoilerplateText.WithProse(sentence));

    [Fact]
    public void Silent_on_a_clean_article() => RuleTester.AssertSilent(_rule, BoilerplateText.Article());

    [Fact]
    public void Snapshot() => RuleTester.VerifySnapshot(_rule, "CL2008.txt");
}
