using CorpusLint.Rules.Attribution;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Rules.Attribution;

public class CL1003EmptyCitationLinkTests
{
    private readonly CL1003EmptyCitationLink _rule = new();

    [Fact]
    public void Fires_on_a_byline_link_to_hash()
    {
        var diagnostic = Assert.Single(RuleTester.Lint(_rule, "Title\n\nBy [Maxim Orlov](#)\nJan. 22, 2019\n"));
        Assert.Equal((3, 4), (diagnostic.Start.Line, diagnostic.Start.Column));
        Assert.Equal("Byline link 'Maxim Orlov' leads nowhere: its target is '#'", diagnostic.Message);
    }

    [Fact]
    public void Fires_on_an_originally_published_link()
    {
        const string text = "Jane Doe is Deputy Editor at the Harbour Institute, where this article was [originally](#) published.\n";
        var diagnostics = RuleTester.Lint(_rule, text);
        RuleTester.AssertPositions(diagnostics, (1, 76));
        Assert.StartsWith("Source link 'originally'", diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fires_on_empty_and_javascript_targets_in_prose()
    {
        const string text = "The council voted on Tuesday, according to [the minutes]() of the meeting.\n\nThe figures are in [its report](javascript:void(0)) published on Monday.\n";
        var diagnostics = RuleTester.Lint(_rule, text);
        RuleTester.AssertPositions(diagnostics, (1, 44), (3, 20));
        Assert.Equal("Citation link 'the minutes' leads nowhere: its target is empty", diagnostics[0].Message);
    }

    [Fact]
    public void Fires_once_at_a_reference_link_whose_definition_leads_nowhere()
    {
        const string text = "The council voted on Tuesday, according to [the minutes][1] of the meeting.\n\n[1]: #\n";
        var diagnostics = RuleTester.Lint(_rule, text, "article.md");
        RuleTester.AssertPositions(diagnostics, (1, 44));
        Assert.Equal("Citation link 'the minutes' leads nowhere: its target is '#'", diagnostics[0].Message);
    }

    [Theory]
    [InlineData("By [Jane Doe](https://example.org/jane)\n")]
    [InlineData("- [News](#)\n- [Opinion](#)\n")]
    [InlineData("[Read more](#)\n")]
    [InlineData("[Contribute today](#) Maybe later\n")]
    [InlineData("Read more about: [Foreign Policy](#)\n")]
    [InlineData("The council voted, as ![a chart](#) of the vote shows in some detail.\n")]
    [InlineData("The council voted, as [the minutes](https://example.org/m) show in some detail.\n")]
    public void Silent_on(string text) => RuleTester.AssertSilent(_rule, text);

    [Fact]
    public void Snapshot() => RuleTester.VerifySnapshot(_rule, "CL1003.txt");
}
