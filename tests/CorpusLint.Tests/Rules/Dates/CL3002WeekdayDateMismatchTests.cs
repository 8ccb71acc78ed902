using CorpusLint.Rules.Dates;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Rules.Dates;

public class CL3002WeekdayDateMismatchTests
{
    private readonly CL3002WeekdayDateMismatch _rule = new();

    [Theory]
    [InlineData("Putin arrived on Thursday, January 18, 2019.", 1, 18)]
    [InlineData("Putin arrived on Thu., Jan. 18, 2019.", 1, 18)]
    [InlineData("Putin arrived on Thursday 18 January 2019.", 1, 18)]
    [InlineData("Putin arrived on Thursday, 18 Jan 2019.", 1, 18)]
    [InlineData("Filed Thursday 2019-01-18.", 1, 7)]
    [InlineData("Filed Thursday, 18/01/2019.", 1, 7)]
    [InlineData("Headline\n\n12:38 PM EST, Thursday, January 18, 2019\n", 3, 15)]
    public void Fires_on_the_weekday_beside_a_date_in_any_format(string text, int line, int column) =>
        RuleTester.AssertFiresAt(_rule, text, (line, column));

    [Fact]
    public void Fires_on_a_yearless_date_near_publication() =>
        RuleTester.AssertFiresAt(_rule, "Headline\n\nJanuary 17, 2019\n\nThe vote is on Friday, Jan. 24.\n", (5, 16));

    [Theory]
    [InlineData("Putin arrived on Thursday, January 17, 2019.")] // January 17, 2019 was a Thursday
    [InlineData("Putin arrived on Thu., Jan. 17, 2019.")]
    [InlineData("The leap day fell on Saturday, February 29, 2020.")]
    [InlineData("Putin arrived on Thursday, and on January 18, 2019 he left.")]
    [InlineData("The vote is on Friday, Jan. 24.")] // no year, no publication date: nothing to check against
    [InlineData("The vote on Thursday, February 30, 2019 never happened.")] // CL3003's
    public void Silent_on(string text) => RuleTester.AssertSilent(_rule, text);

    [Fact]
    public void Snapshot() => RuleTester.VerifySnapshot(_rule, "CL3002.txt");
}
