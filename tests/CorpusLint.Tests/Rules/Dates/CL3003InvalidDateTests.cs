using CorpusLint.Rules.Dates;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Rules.Dates;

public class CL3003InvalidDateTests
{
    private readonly CL3003InvalidDate _rule = new();

    [Theory]
    [InlineData("The vote was held on February 30, 2019.", 1, 22)]
    [InlineData("The vote was held on February 30.", 1, 22)]
    [InlineData("The vote was held on 31 April 2019.", 1, 22)]
    [InlineData("The vote was held on April 31.", 1, 22)]
    [InlineData("The vote was held on February 29, 2019.", 1, 22)]
    [InlineData("Filed as 2019-13-01.", 1, 10)]
    [InlineData("Filed as 31/04/2019.", 1, 10)]
    [InlineData("Headline\n\nThe vote, on the 31st of June, failed.", 3, 18)]
    public void Fires_on_impossible_dates(string text, int line, int column) =>
        RuleTester.AssertFiresAt(_rule, text, (line, column));

    [Theory]
    [InlineData("The leap day fell on February 29, 2020.")]
    [InlineData("The leap day fell on February 29, 2000.")]
    [InlineData("The leap day fell on February 29.")]
    [InlineData("The vote was held on April 30, 2019, and on 31 March 2019.")]
    [InlineData("Filed as 2019-12-31.")]
    [InlineData("Then March 32 people came, and 40 May Day marchers.")]
    [InlineData("Call 2019-13-0199 for details.")]
    public void Silent_on(string text) => RuleTester.AssertSilent(_rule, text);

    [Fact]
    public void Snapshot() => RuleTester.VerifySnapshot(_rule, "CL3003.txt");
}
