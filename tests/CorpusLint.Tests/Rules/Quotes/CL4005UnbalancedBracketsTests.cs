using CorpusLint.Rules.Quotes;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Rules.Quotes;

public class CL4005UnbalancedBracketsTests
{
    private readonly CL4005UnbalancedBrackets _rule = new();

    [Fact]
    public void Fires_at_a_closing_bracket_with_nothing_open() =>
        RuleTester.AssertFiresAt(_rule, "Comments\n\nLog Out / Change )\n", (3, 18));

    [Fact]
    public void Fires_at_an_opening_bracket_never_closed() =>
        RuleTester.AssertFiresAt(_rule, "The minister (who arrived on Monday said no.\n", (1, 14));

    [Fact]
    public void Fires_on_brackets_of_two_kinds() =>
        RuleTester.AssertFiresAt(_rule, "A list [of (things] here.\n", (1, 12));

    [Fact]
    public void Silent_on_a_bracket_in_a_teaser_an_ellipsis_cuts_short() =>
        RuleTester.AssertSilent(_rule, "More from the newsroom\n\n  • Harbour crane arrives by barge\n  • Ferry crews (and their families...\n  • Bus drivers' strike called off\n");

    [Theory]
    [InlineData("The ferry crews (and their families ...\n", 17)]
    [InlineData("The ferry crews (and their families... all of them, said no.\n", 17)]
    [InlineData("The ferry crews (and their families... said no\nto the plan.\n", 17)]
    public void Fires_when_the_ellipsis_does_not_cut_the_line_inside_the_brackets(string text, int column) =>
        RuleTester.AssertFiresAt(_rule, text, (1, column));

    [Fact]
    public void Ten_thousand_open_brackets_give_one_diagnostic() =>
        Assert.Single(RuleTester.Lint(_rule, new string('(', 10_000) + new string(']', 10_000) + "\n"));

    [Theory]
    [InlineData("The minister (who arrived on Monday) said no.\n")]
    [InlineData("1) Reduce the deficit.\na) Cut spending.\niv) Raise taxes.\n")]
    [InlineData("Options are 1) wait or 2) act.\n")]
    [InlineData("Great result :) see you next week :-( or ;)\n")]
    [InlineData("See [the report](https://example.org/report_(2019)) for details {and more}.\n")]
    [InlineData("It opened (in one paragraph)\n\nand closed (in the next).\n")]
    public void Silent_on(string text) => RuleTester.AssertSilent(_rule, text);

    [Fact]
    public void Silent_on_a_program_listing_whose_braces_pair_across_its_paragraphs()
    {
        var text = string.Join("\n", [
            "Checking the ferry timetable",
            "",
            "The harbour office checks its timetable with a short script, which it runs every night before the first boat. It reads:",
            "",
            "function checkCrossings(timetable) {",
            "  for (const crossing of timetable.crossings) {",
            "    assertDeparture(crossing.time);",
            "",
            "    assertArrival(crossing.time + crossing.length);",
            "  }",
            "}",
            "",
            "When a crossing fails the check, the script writes to the harbour master, who decides whether the boat sails.",
            ""]);

        RuleTester.AssertSilent(_rule, text);
    }

    [Fact]
    public void Snapshot() => RuleTester.VerifySnapshot(_rule, "CL4005.txt");
}
