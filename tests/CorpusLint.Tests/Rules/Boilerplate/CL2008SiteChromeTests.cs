using CorpusLint.Model;
using CorpusLint.Rules;
using CorpusLint.Rules.Boilerplate;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Rules.Boilerplate;

public class CL2008SiteChromeTests
{
    private readonly CL2008SiteChrome _rule = new();

    [Fact]
    public void Fires_on_skip_and_account_links_and_the_masthead() =>
        RuleTester.AssertFiresAt(
            _rule,
            BoilerplateText.Article(before: ["Skip to content", "", "Go to my account", "", "THE ISLANDS' INDEPENDENT VOICE", "", "opinion"]),
            (1, 1));

    [Fact]
    public void Fires_on_an_ad_marker_between_paragraphs() =>
        RuleTester.AssertFiresAt(_rule, BoilerplateText.Article(middle: ["Advertisement"]), (7, 1));

    [Fact]
    public void Fix_deletes_whole_lines()
    {
        var text = BoilerplateText.Fixture("CL2008.txt");
        foreach (var diagnostic in RuleTester.Lint(_rule, Document.FromText("CL2008.txt", text)).Where(d => d.Fix is not null))
        {
            var edit = Assert.Single(diagnostic.Fix!.Edits);
            Assert.Equal(FixSafety.Unsafe, diagnostic.Fix.Safety);
            Assert.Equal(string.Empty, edit.NewText);
            Assert.True(edit.Span.Start == 0 || text[edit.Span.Start - 1] == '\n', "a deletion starts at a line start");
            Assert.True(edit.Span.End == text.Length || text[edit.Span.End - 1] == '\n', "a deletion ends after a line terminator");
        }
    }

    [Theory]
    [InlineData("The council will skip to the second item on the agenda, the chairman said, because the ferry report is late.")]
    [InlineData("He said the news came as a surprise to everyone who had followed the long dispute over the timetable.")]
    public void Silent_on_prose(string sentence) => RuleTester.AssertSilent(_rule, BoilerplateText.WithProse(sentence));

    [Fact]
    public void Silent_on_a_clean_article() => RuleTester.AssertSilent(_rule, BoilerplateText.Article());

    [Fact]
    public void Snapshot() => RuleTester.VerifySnapshot(_rule, "CL2008.txt");
}
