using CorpusLint.Rules.Quotes;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Rules.Quotes;

public class CL4006MisplacedSpaceTests
{
    private readonly CL4006MisplacedSpace _rule = new();

    [Fact]
    public void Fires_at_the_space_before_an_apostrophe_a_comma_and_a_period() =>
        RuleTester.AssertFiresAt(_rule, "Hashim Thaçi ’s plan was rejected in Belgrade , Serbia .\n", (1, 13), (1, 46), (1, 55));

    [Fact]
    public void Fires_at_the_space_before_a_closing_quotation_mark() =>
        RuleTester.AssertFiresAt(_rule, "“We are ready ” she said.\n", (1, 14));

    [Fact]
    public void Fix_deletes_the_space()
    {
        var diagnostic = Assert.Single(RuleTester.Lint(_rule, "Belgrade ,  Serbia\n"));
        var edit = Assert.Single(diagnostic.Fix!.Edits);
        Assert.Equal((8, 1, string.Empty), (edit.Span.Start, edit.Span.Length, edit.NewText));
    }

    [Theory]
    [InlineData("He paused ... and went on. The rate fell to .5 per cent.\n")]
    [InlineData("It was – he said – a mistake. Dots . . . spaced.\n")]
    [InlineData("She said “no”. He said “ yes” and \"maybe\".\n")]
    [InlineData("Rock ’n’ roll in the ’90s and ’em.\n")]
    [InlineData("French « guillemets » take spaces. Visit .NET Conf.\n")]
    [InlineData("  , starts a line\n")]
    [InlineData("Tags: Ferries , Harbour Council , Island Life , Timetables\n")]
    [InlineData("To take part, visit: http://\nwww.harbourproject.org .\n")]
    [InlineData("The timetables are at http://example.org/ferries/search.php?sort=date , and fares at www.example.org/fares .\n")]
    [InlineData("Write to desk@example.org , or call.\n")]
    public void Silent_on(string text) => RuleTester.AssertSilent(_rule, text);

    [Theory]
    [InlineData("Ferries , Harbour Council and Island Life , Timetables\n", 8)] // two commas: a slip twice
    [InlineData("Ferries , Harbour Council , Island Life, Timetables , Ports\n", 8)] // one comma written right: not a separator style
    public void Fires_on_a_list_whose_commas_are_not_all_spaced_alike(string text, int column) =>
        Assert.Contains(RuleTester.Lint(_rule, text), d => d.Start.Line == 1 && d.Start.Column == column);

    /// <summary>A program's spacing is the program's: the fix would change the code (a page's script, a formula printed from its math).</summary>
    [Fact]
    public void Silent_on_a_program_listing_and_fires_on_the_prose_around_it()
    {
        var text = string.Join("\n", [
            "Checking the ferry timetable",
            "",
            "The harbour office checks its timetable with a short script , which it runs every night before the first boat.",
            "",
            "function checkCrossings(timetable) {",
            "  for (const crossing of timetable.crossings) {",
            "    assertDeparture(crossing.time , \"06:10\" );",
            "  }",
            "}",
            "",
            "When a crossing fails the check, the script writes to the harbour master, who decides whether the boat sails.",
            ""]);

        RuleTester.AssertFiresAt(_rule, text, (3, 60));
    }

    [Fact]
    public void Snapshot() => RuleTester.VerifySnapshot(_rule, "CL4006.txt");
}
