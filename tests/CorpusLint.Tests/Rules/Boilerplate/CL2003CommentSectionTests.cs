using CorpusLint.Model;
using CorpusLint.Rules;
using CorpusLint.Rules.Boilerplate;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Rules.Boilerplate;

public class CL2003CommentSectionTests
{
    private readonly CL2003CommentSection _rule = new();

    [Fact]
    public void Fires_on_a_comment_form_below_the_article()
    {
        var diagnostic = Assert.Single(RuleTester.Lint(_rule, BoilerplateText.Article(after:
            ["Leave a Reply", "", "Fill in your details below or click an icon to log in:", "", "You are commenting using your Twitter account. Log Out /  Change )"])));
        Assert.Equal((11, 15), (diagnostic.Start.Line, diagnostic.End.Line));
    }

    [Fact]
    public void Fix_deletes_whole_lines()
    {
        var text = BoilerplateText.Fixture("CL2003.txt");
        foreach (var diagnostic in RuleTester.Lint(_rule, Document.FromText("CL2003.txt", text)).Where(d => d.Fix is not null))
        {
            var edit = Assert.Single(diagnostic.Fix!.Edits);
            Assert.Equal(FixSafety.Unsafe, diagnostic.Fix.Safety);
            Assert.Equal(string.Empty, edit.NewText);
            Assert.True(edit.Span.Start == 0 || text[edit.Span.Start - 1] == '\n', "a deletion starts at a line start");
            Assert.True(edit.Span.End == text.Length || text[edit.Span.End - 1] == '\n', "a deletion ends after a line terminator");
        }
    }

    [Theory]
    [InlineData("Readers can read more of the comments on the council's website, where the debate has run for weeks.")]
    [InlineData("The minister declined to comment on the report, saying the inquiry had to be allowed to finish its work.")]
    public void Silent_on_prose(string sentence) => RuleTester.AssertSilent(_rule, BoilerplateText.WithProse(sentence));

    [Fact]
    public void Silent_on_a_clean_article() => RuleTester.AssertSilent(_rule, BoilerplateText.Article());

    [Fact]
    public void Snapshot() => RuleTester.VerifySnapshot(_rule, "CL2003.txt");
}
