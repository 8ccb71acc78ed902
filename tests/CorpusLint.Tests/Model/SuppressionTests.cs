using CorpusLint.Model;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Model;

/// <summary>Suppression comments in Markdown: found once by the document model, applied by the engine.</summary>
public class SuppressionTests
{
    [Fact]
    public void Disable_and_enable_cover_the_lines_between()
    {
        var document = Markdown("""
            Intro
            <!-- corpuslint-disable CL2004, CL2005 -->
            Read more
            <!-- corpuslint-enable CL2004 -->
            Read more
            """);

        var suppressions = document.Suppressions;

        Assert.True(suppressions.Suppresses("CL2004", 2));
        Assert.False(suppressions.Suppresses("CL2004", 4));
        Assert.True(suppressions.Suppresses("cl2005", 4)); // never enabled again: to the end
        Assert.False(suppressions.Suppresses("CL2004", 0));
        Assert.False(suppressions.Suppresses("CL2006", 2));
    }

    [Fact]
    public void Disable_without_ids_is_every_rule_until_enable()
    {
        var document = Markdown("a\n<!-- corpuslint-disable -->\nb\n<!-- corpuslint-enable -->\nc\n");

        Assert.Equal([new Suppression(null, 1, 3)], document.Suppressions.Ranges);
        Assert.Equal([1, 3], document.Suppressions.DirectiveLines.Order());
    }

    [Fact]
    public void Disable_next_line_and_disable_line_cover_one_line_and_the_reason_is_ignored()
    {
        var document = Markdown("""
            <!-- corpuslint-disable-next-line CL2004 -- the link is the article's -->
            Read more: [programme](https://example.org)
            Share this <!-- corpuslint-disable-line CL2006 -->
            """);

        Assert.Equal([new Suppression("CL2004", 1, 1), new Suppression("CL2006", 2, 2)], document.Suppressions.Ranges);
    }

    [Theory]
    [InlineData("<!-- corpuslint-disable-nextline CL2004 -->\nx\n")]
    [InlineData("corpuslint-disable CL2004\nx\n")]
    [InlineData("<!-- eslint-disable -->\nx\n")]
    public void Text_that_is_not_a_directive_suppresses_nothing(string text) =>
        Assert.True(Markdown(text).Suppressions.IsEmpty);

    [Fact]
    public void Plain_text_has_no_comment_syntax_so_no_suppressions()
    {
        var document = Document.FromText("a.txt", "<!-- corpuslint-disable -->\nRead more\n");

        Assert.True(document.Suppressions.IsEmpty);
    }

    [Fact]
    public void Engine_drops_suppressed_diagnostics_and_keeps_the_rest()
    {
        const string article = """
            # Harbour festival returns

            By Ines Várzea

            *Published Friday, June 7, 2024*

            The harbour festival returns this weekend after two years away, the organisers said on Friday.

            {0}
            Read more: [the full programme](https://example.org/festival/programme)

            """;
        var engine = RuleTester.CreateEngine();
        var path = Path.Combine(Path.GetTempPath(), "festival.md");

        var unsuppressed = engine.Lint(Markdown(article.Replace("{0}", "", StringComparison.Ordinal)), path);
        var suppressed = engine.Lint(Markdown(article.Replace("{0}", "<!-- corpuslint-disable-next-line CL2004 -->", StringComparison.Ordinal)), path);
        var otherRule = engine.Lint(Markdown(article.Replace("{0}", "<!-- corpuslint-disable-next-line CL2005 -->", StringComparison.Ordinal)), path);

        Assert.Equal([(10, "CL2004")], unsuppressed.Diagnostics.Select(d => (d.Start.Line, d.Id)));
        Assert.Empty(suppressed.Diagnostics);
        Assert.Equal([(10, "CL2004")], otherRule.Diagnostics.Select(d => (d.Start.Line, d.Id)));
    }

    [Fact]
    public void Line_holding_only_a_directive_is_not_article_text()
    {
        var document = Markdown("Text.\n  <!-- corpuslint-disable-next-line CL2004 -->\nRead more <!-- corpuslint-disable-line -->\n");

        Assert.Equal([1], document.Suppressions.DirectiveLines);
        Assert.True(document.Suppressions.Suppresses("CL2010", 1, 1));
        Assert.False(document.Suppressions.Suppresses("CL2010", 1, 3));
    }

    private static Document Markdown(string text) => Document.FromText("a.md", text);
}
