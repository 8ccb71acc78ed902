using CorpusLint.Rules.Hygiene;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Rules.Hygiene;

public class CL5004TrailingWhitespaceTests
{
    private readonly CL5004TrailingWhitespace _rule = new();

    [Fact]
    public void Fires_at_the_first_trailing_space() =>
        RuleTester.AssertFiresAt(_rule, "The minister resigned.  \nShe left.\t\n", (1, 23), (2, 10));

    [Fact]
    public void Fix_deletes_only_the_trailing_whitespace()
    {
        var diagnostic = Assert.Single(RuleTester.Lint(_rule, "Text. \n"));
        var edit = Assert.Single(diagnostic.Fix!.Edits);
        Assert.Equal((5, 1), (edit.Span.Start, edit.Span.Length));
        Assert.Equal(string.Empty, edit.NewText);
    }

    [Theory]
    [InlineData("Clean line.\nAnother.\n")]
    [InlineData("Paragraph one.\n   \nParagraph two.\n")]
    [InlineData("No-break space at the end is CL5003's.\u00A0\n")]
    public void Silent_on(string text) => RuleTester.AssertSilent(_rule, text);

    [Fact]
    public void Snapshot() => RuleTester.VerifySnapshot(_rule, "CL5004.txt");
}
