using CorpusLint.Rules.Quotes;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Rules.Quotes;

public class CL4002UnopenedQuoteTests
{
    private readonly CL4002UnopenedQuote _rule = new();

    [Fact]
    public void Fires_at_a_stray_closing_mark() =>
        RuleTester.AssertFiresAt(_rule, "Headline\n\nIt was fine,” he said.\n", (3, 13));

    [Fact]
    public void Fires_once_per_paragraph()
    {
        var diagnostic = Assert.Single(RuleTester.Lint(_rule, "One” two” three”.\n"));
        Assert.Contains("2 more", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fires_on_a_closing_guillemet_after_a_word() =>
        RuleTester.AssertFiresAt(_rule, "Il a dit oui» hier.\n", (1, 13));

    [Theory]
    [InlineData("“It was fine,” he said.\n")]
    [InlineData("Putin’s visit, the students’ union, rock ’n’ roll, the ’90s, Washington D.C.’s mayor.\n")]
    [InlineData("The forces were already stretched,\" said Mr Davis.\n")]
    [InlineData("It was a bit more.' The orchestra played.\n")]
    [InlineData("Home » News » World\n")]
    [InlineData("Two ferries were late again this week. Full story »$9,000 in lost fares recovered\n")]
    [InlineData("[Sign me up »]\n")]
    [InlineData("Listen to Harbour Radio Live›\n")]
    [InlineData("Ferries to run later in winterMore News»\n")]
    [InlineData("He said ‘the students’ union is strong,’ and left.\n")]
    public void Silent_on(string text) => RuleTester.AssertSilent(_rule, text);

    [Fact]
    public void Snapshot() => RuleTester.VerifySnapshot(_rule, "CL4002.txt");
}
