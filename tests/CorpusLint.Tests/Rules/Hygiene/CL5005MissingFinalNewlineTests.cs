using CorpusLint.Rules.Hygiene;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Rules.Hygiene;

public class CL5005MissingFinalNewlineTests
{
    private readonly CL5005MissingFinalNewline _rule = new();

    [Fact]
    public void Fires_at_the_end_of_the_last_line() =>
        RuleTester.AssertFiresAt(_rule, "Headline\n\nAll rights reserved.", (3, 21));

    [Fact]
    public void Fix_uses_the_documents_line_ending()
    {
        var diagnostic = Assert.Single(RuleTester.Lint(_rule, "One\r\nTwo"));
        Assert.Equal("\r\n", Assert.Single(diagnostic.Fix!.Edits).NewText);
    }

    [Theory]
    [InlineData("Ends well.\n")]
    [InlineData("Ends well.\r\n")]
    [InlineData("")]
    [InlineData("\n\n")]
    public void Silent_on(string text) => RuleTester.AssertSilent(_rule, text);

    [Fact]
    public void Snapshot() => RuleTester.VerifySnapshot(_rule, "CL5005.txt");
}
