using CorpusLint.Model;
using CorpusLint.Rules;
using CorpusLint.Rules.Boilerplate;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Rules.Boilerplate;

public class CL2010BoilerplateBlockTests
{
    private readonly CL2010BoilerplateBlock _rule = new();

    [Fact]
    public void Fires_on_a_block_of_page_furniture_below_the_article()
    {
        var diagnostic = Assert.Single(RuleTester.Lint(_rule, BoilerplateText.Article(after: ["Latest headlines", "Storm closes the north quay", "School reopens after flood repairs"])));
        Assert.Equal((11, 13), (diagnostic.Start.Line, diagnostic.End.Line));
    }

    [Fact]
    public void Fix_deletes_whole_lines() => BoilerplateText.AssertFixesDeleteWholeLines(_rule, "CL2010.txt");

    [Theory]
    [InlineData("The ferry will run every hour until midnight on Fridays and Saturdays, the operator confirmed on Monday.")]
    public void Silent_on_prose(string sentence) => RuleTester.AssertSilent(_rule, BoilerplateText.WithProse(sentence));

    [Fact]
    public void Silent_on_zero_width_space_lines_between_paragraphs() =>
        RuleTester.AssertSilent(_rule, BoilerplateText.Article(middle: ["\u200B", "", "Crowds of people came to the quay to watch the first evening ferry leave!", "", "\u200B"]));

    [Fact]
    public void Fires_on_furniture_after_a_zero_width_space_line()
    {
        var diagnostic = Assert.Single(RuleTester.Lint(_rule, BoilerplateText.Article(after: ["\u200B", "", "Latest headlines", "Storm closes the north quay", "School reopens after flood repairs"])));
        Assert.Equal((13, 15), (diagnostic.Start.Line, diagnostic.End.Line));
    }

    [Theory]
    [InlineData("Nov. 19, 2019 8:03 am ET")]
    [InlineData("August 10, 2018 at 9:40 am")]
    [InlineData("By Maria Lindqvist 2 days ago")]
    public void Fires_on_a_timestamp_line_between_paragraphs(string stamp)
    {
        var diagnostic = Assert.Single(RuleTester.Lint(_rule, BoilerplateText.Article(middle: [stamp])));
        Assert.Equal((7, 7), (diagnostic.Start.Line, diagnostic.End.Line));
    }

    [Theory]
    [InlineData("— Harbour Gazette (@harbourgazette) November 18, 2019")]
    [InlineData("29 November 2018 | 20 January 2019")]
    [InlineData("July 2 – Harbour Town, North quay")]
    public void Silent_on_dates_that_belong_to_the_article(string line) =>
        RuleTester.AssertSilent(_rule, BoilerplateText.Article(middle: [line]));

    [Fact]
    public void Silent_on_a_clean_article() => RuleTester.AssertSilent(_rule, BoilerplateText.Article());

    [Fact]
    public void Silent_on_the_headline_and_a_subheading() =>
        RuleTester.AssertSilent(_rule, BoilerplateText.Article(middle: ["A long dispute"]));

    [Theory]
    [InlineData("Title\n\nBy Jane Roe\n\nOne body sentence.\n")]
    [InlineData("Ferry Timetable Changes\nBy Jane Roe\nThe last crossing leaves at ten.\n")]
    [InlineData("# Harbour Reopens\n\nThe harbour reopened.\n")]
    public void Silent_on_a_document_too_short_to_have_chrome_around_a_body(string text) => RuleTester.AssertSilent(_rule, text);

    [Fact]
    public void Fires_on_a_short_document_with_no_sentence_at_all()
    {
        var diagnostic = Assert.Single(RuleTester.Lint(_rule, "Weather Maps\nTide Tables\nFerry Times\n"));

        Assert.Equal((1, 3), (diagnostic.Start.Line, diagnostic.End.Line));
    }

    [Fact]
    public void Snapshot() => RuleTester.VerifySnapshot(_rule, "CL2010.txt");
}
