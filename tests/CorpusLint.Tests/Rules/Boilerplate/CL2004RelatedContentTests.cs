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
    public void Fires_on_a_posts_categories_above_the_article() =>
        RuleTester.AssertFiresAt(_rule, BoilerplateText.Article(before: ["Posted in Local News | Filed under: ferries, council"]), (1, 1));

    [Fact]
    public void Fix_deletes_whole_lines() => BoilerplateText.AssertFixesDeleteWholeLines(_rule, "CL2004.txt");

    [Theory]
    [InlineData("You can read more of the comments on the council's website, where the debate has run for weeks.")]
    [InlineData("The most read book in the island library last year was a cookbook, the librarian said with a smile.")]
    [InlineData("Posted in 2019, the video of the ferry crossing has been watched more than a million times by now.")]
    public void Silent_on_prose(string sentence) => RuleTester.AssertSilent(_rule, BoilerplateText.WithProse(sentence));

    [Fact]
    public void Silent_on_a_clean_article() => RuleTester.AssertSilent(_rule, BoilerplateText.Article());

    [Fact]
    public void Snapshot() => RuleTester.VerifySnapshot(_rule, "CL2004.txt");
}
