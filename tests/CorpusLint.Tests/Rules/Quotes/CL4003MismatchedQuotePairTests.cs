using CorpusLint.Rules.Quotes;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Rules.Quotes;

public class CL4003MismatchedQuotePairTests
{
    private readonly CL4003MismatchedQuotePair _rule = new();

    [Fact]
    public void Fires_at_a_straight_mark_closing_a_curly_quotation() =>
        RuleTester.AssertFiresAt(_rule, "“We are ready,\" the coach said. “Fine,” she said.\n", (1, 15));

    [Fact]
    public void Fires_at_a_curly_mark_closing_a_guillemet() =>
        RuleTester.AssertFiresAt(_rule, "He called it «a historic visit” yesterday.\n", (1, 31));

    [Fact]
    public void Fires_at_a_curly_mark_closing_a_straight_quotation_in_a_straight_text() =>
        RuleTester.AssertFiresAt(_rule, "\"Yes,\" he said. \"We won.\" She said \"we lost.” Fine.\n", (1, 45));

    [Theory]
    [InlineData("“We are ready,” the coach said.\n")]
    [InlineData("Er sagte: „Wir sind bereit“ und ging.\n")]
    [InlineData("Er sagte: „Wir sind bereit” und ging.\n")]
    [InlineData("“Our weapon is the people saying, ‘Enough is enough,'” he said.\n")]
    [InlineData("\"One,\" “two,\" \"three”, “four” and \"five\" are mixed all along.\n")]
    public void Silent_on(string text) => RuleTester.AssertSilent(_rule, text);

    [Fact]
    public void Snapshot() => RuleTester.VerifySnapshot(_rule, "CL4003.txt");
}
