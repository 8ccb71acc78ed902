using CorpusLint.Rules.Dates;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Rules.Dates;

public class CL3004DateAfterPublicationTests
{
    private const string Header = "Headline\n\nBy Maria Lindqvist\nPublished: November 11, 2023\n\n";

    private readonly CL3004DateAfterPublication _rule = new();

    [Theory]
    [InlineData("On March 3, 2024, protesters marched through the town.", 6, 4)]
    [InlineData("The summit was held on 3 March 2024.", 6, 24)]
    [InlineData("The meeting took place on 2024-03-03.", 6, 27)]
    [InlineData("The harbour reopened in May 2024, officials said.", 6, 25)]
    [InlineData("The council met on November 12, 2023.", 6, 20)]
    public void Fires_on_past_events_after_publication(string body, int line, int column) =>
        RuleTester.AssertFiresAt(_rule, Header + body + "\n", (line, column));

    [Theory]
    [InlineData("The council will discuss the plan on September 20, 2024.")]
    [InlineData("The vote is scheduled for March 3, 2024.")]
    [InlineData("The bridge should be finished by November 2024.")]
    [InlineData("The launch is slated for March 3, 2024.")]
    [InlineData("The report is due to be published on March 3, 2024.")]
    [InlineData("A ruling is expected on March 3, 2024.")]
    [InlineData("The operator plans to open the line on March 3, 2024.")]
    [InlineData("The road stays closed until March 3, 2024.")]
    [InlineData("Talks resume next year, on March 3, 2024.")]
    [InlineData("The office opens on March 3, 2024.")]
    [InlineData("On March 3, 2023, protesters marched through the town.")]
    [InlineData("The council met on November 11, 2023, in the evening.")]
    [InlineData("The harbour reopened in November 2023, officials said.")]
    [InlineData("Protesters marched on March 3, officials said.")] // year-less: resolved, never reported
    [InlineData("A version of this article appeared in print on March 3, 2024, on page A13 of the Harbour edition.")] // the document's own history
    [InlineData("This story was first published on March 3, 2024.")]
    public void Silent_on(string body) => RuleTester.AssertSilent(_rule, Header + body + "\n");

    [Fact]
    public void Silent_without_a_publication_date() =>
        RuleTester.AssertSilent(_rule, "Headline\n\nOn March 3, 2024, protesters marched through the town.\n");

    [Fact]
    public void Silent_on_comments_below_the_article()
    {
        var article = string.Concat(Enumerable.Repeat(
            "The harbour council voted to add two evening crossings to the island ferry timetable, after a winter in which commuters complained that the last boat left too early.\n\n", 4));
        var comments = "Comments\n\n  • Tomas Berg on March 3, 2024 at 4:47 pm said:\n\n    About time, and thanks for reporting it.\n\nLeave a Reply\n\nPost Comment\n";
        RuleTester.AssertSilent(_rule, Header + article + comments);
    }

    [Fact]
    public void An_update_date_moves_the_limit() =>
        RuleTester.AssertSilent(_rule, "Headline\nPublished: November 11, 2023\nUpdated: March 5, 2024\n\nOn March 3, 2024, protesters marched.\n");

    [Fact]
    public void Snapshot() => RuleTester.VerifySnapshot(_rule, "CL3004.txt");
}
