using CorpusLint.Rules.Dates;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Rules.Dates;

public class CL3005ConflictingPublicationDatesTests
{
    private readonly CL3005ConflictingPublicationDates _rule = new();

    [Fact]
    public void Fires_on_a_dateline_that_contradicts_front_matter() =>
        RuleTester.AssertFiresAt(_rule, "---\ndate: 2024-03-12\n---\nHeadline\n\nMarch 14, 2024\n\nThe council met.\n", (6, 1));

    [Fact]
    public void Fires_on_a_closing_publication_line_that_disagrees_with_the_dateline() =>
        RuleTester.AssertFiresAt(_rule, "Headline\n\nJan. 22, 2019\n\nThe council met on Tuesday.\n\nPublished Jan. 23, 2019\n", (7, 11));

    [Fact]
    public void Fires_on_each_of_two_unlabelled_header_dates_that_disagree() =>
        RuleTester.AssertFiresAt(_rule, "Headline\n\nJan. 21, 2019\nBy Maria Lindqvist\nJan. 22, 2019\n\nThe council met on Tuesday.\n", (3, 1), (5, 1));

    [Fact]
    public void Fires_on_an_update_before_publication() =>
        RuleTester.AssertFiresAt(_rule, "Headline\nPublished: January 22, 2019\nUpdated: January 20, 2019\n\nThe council met.\n", (3, 10));

    [Theory]
    [InlineData("---\ndate: 2024-03-12\n---\nHeadline\n\nMarch 12, 2024\n\nThe council met.\n")]
    [InlineData("Headline\nPublished: January 22, 2019\nUpdated: January 25, 2019\n\nThe council met.\n")]
    [InlineData("Headline\n\nJan. 22, 2019\n\nThe council met on January 17, 2019.\n")]
    [InlineData("Headline\n\nThe festival runs\n\n29 November 2018 | 20 January 2019\n")]
    [InlineData("Headline\n\nJan. 22, 2019\n")]
    [InlineData("Headline\n\nJan. 22, 2019\n\nThe council met on Tuesday.\n\nJan. 23, 2019\n")] // a bare day at the end: a related story's
    [InlineData("Headline\nJanuary 20, 2019\nPublished January 22, 2019\n\nThe council met.\n")] // the label says which is the publication date
    [InlineData("Home | News | Sport\n\nRelated News\n\n  • Ferry fares to rise in spring\n    Thu, Jan 17 2019\n  • Harbour crane arrives by barge\n    Wed, Jan 16 2019\n"
        + "  • Bus drivers' strike called off\n    Mon, Jan 14 2019\n\nFerry to run later crossings\n\nBy Ana Lee\n\nThe council met on Tuesday to vote.\n")] // each related story's date under its headline
    public void Silent_on(string text) => RuleTester.AssertSilent(_rule, text);

    [Fact]
    public void Silent_on_a_readers_post_stamp_below_comment_text_that_is_not_the_articles()
    {
        const string text = """
            Harbour council approves new ferry timetable

            by Maria Lindqvist

            26 Sep 2011

            The harbour council voted on Tuesday to add two evening crossings to the island ferry, ending a dispute that had run since the spring.

            Residents had collected more than a thousand signatures, according to the island's residents' association, which called the decision long overdue.

            The new timetable starts on the first of May, and tickets bought before then remain valid, the operator said in a statement on its website.

            Comments: 2

            Why should the islanders pay for boats that nobody on the mainland ever uses at that hour?

            Posted by: harbour reader, 04 Oct 2011 | 10:02

            The evening boats will be full in summer, and everyone knows it.

            Posted by: old skipper, 05 Oct 2011 | 08:40
            """;
        Assert.DoesNotContain(RuleTester.Lint(_rule, text), d => d.Start.Line == 21);
    }

    [Fact]
    public void Snapshot() => RuleTester.VerifySnapshot(_rule, "CL3005.txt");
}
