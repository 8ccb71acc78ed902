using CorpusLint.Model;
using CorpusLint.Rules;
using CorpusLint.Rules.Boilerplate;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Rules.Boilerplate;

public class CL2004RelatedContentTests
{
    private readonly CL2004RelatedContent _rule = new();

    [Fact]
    public void Fires_on_a_teaser_link_and_its_read_more() =>
        RuleTester.AssertFiresAt(_rule, BoilerplateText.Article(middle: ["[Island school to reopen after flood repairs](#)", "", "[Read more](#)"]), (7, 1));

    [Fact]
    public void Fires_on_a_most_read_label_below_the_article() =>
        RuleTester.AssertFiresAt(_rule, BoilerplateText.Article(after: ["Most read"]), (11, 1));

    [Fact]
    public void Fix_deletes_whole_lines()
    {
        var text = BoilerplateText.Fixture("CL2004.txt");
        foreach (var diagnostic in RuleTester.Lint(_rule, Document.FromText("CL2004.txt", text)).Where(d => d.Fix is not null))
        {
            var edit = Assert.Single(diagnostic.Fix!.Edits);
            Assert.Equal(FixSafety.Unsafe, diagnostic.Fix.Safety);
            Assert.Equal(string.Empty, edit.NewText);
            Assert.True(edit.Span.Start == 0 || text[edit.Span.Start - 1] == '\n', "a deletion starts at a line start");
            Assert.True(edit.Span.End == text.Length || text[edit.Span.End - 1] == '\n', "a deletion ends after a line terminator");
        }
    }

    [Theory]
    [InlineData("You can read more of the comments on the council's website, where the debate has run for weeks.")]
    [InlineData("The most read book in the island library last year was a cookbook, the librarian said with a smile.")]
    public void Silent_on_prose(string sentence) => RuleTester.AssertSilent(_rule, BoilerplateText.WithProse(sentence));

    [Fact]
    public void Silent_on_a_clean_article() => RuleTester.AssertSilent(_rule, BoilerplateText.Article());

    [Fact]
    public void Snapshot() => RuleTester.VerifySnapshot(_rule, "CL2004.txt");
}
