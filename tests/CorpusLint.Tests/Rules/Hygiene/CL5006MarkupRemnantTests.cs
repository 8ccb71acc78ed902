using CorpusLint.Rules.Hygiene;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Rules.Hygiene;

public class CL5006MarkupRemnantTests
{
    private readonly CL5006MarkupRemnant _rule = new();

    [Fact]
    public void Fires_on_markdown_links_images_and_autolinks() =>
        RuleTester.AssertFiresAt(_rule, "Support us\n[Contribute today](#)\nSee ![photo](a.jpg) and <https://example.com/a>.\n", (2, 1), (3, 5), (3, 25));

    [Fact]
    public void Fires_on_html_tags() =>
        RuleTester.AssertFiresAt(_rule, "<p>Text</p>\nline<br/>\n<a href=\"https://x.org\">x</a> <DIV class=\"c\">\n", (1, 1), (1, 8), (2, 5), (3, 1), (3, 26), (3, 31));

    [Fact]
    public void Fires_on_html_entities() =>
        RuleTester.AssertFiresAt(_rule, "Tom &amp; Jerry, it&#8217;s &nbsp; &quot;x&quot; &#x2019;\n", (1, 5), (1, 20), (1, 29), (1, 36), (1, 43), (1, 50));

    [Fact]
    public void Fires_on_backslash_escapes() =>
        RuleTester.AssertFiresAt(_rule, "Worth \\$10M or \\\\$5, \\*starred\\*? no: \\[1\\] \\# tag\n", (1, 7), (1, 16), (1, 22), (1, 39), (1, 45));

    [Fact]
    public void Fires_on_escapes_inside_a_link_label() =>
        RuleTester.AssertFiresAt(_rule, "[Russia Allocates \\$10M](#)\n", (1, 1), (1, 19));

    [Fact]
    public void Fires_on_reference_links_and_their_definitions_as_html2text_prints_them() =>
        RuleTester.AssertFiresAt(
            _rule,
            "The council published [the report][1] and [the minutes][2].\n\n   [1]: https://example.org/report\n   [2]: /minutes \"Minutes\"\n",
            (1, 23),
            (1, 43),
            (3, 4),
            (4, 4));

    [Theory]
    [InlineData("The study [1] found a rise.\n\n[1]: Smith, J. (2001)\n")]
    [InlineData("The study [1] found a rise.\n\n[1]: Smith\n")]
    [InlineData("A [bracketed][note] with no definition.\n")]
    public void Silent_on_footnotes_whose_definition_is_no_address(string text) => RuleTester.AssertSilent(_rule, text);

    [Theory]
    [InlineData("x < y and y > z, a <c> d\n")]
    [InlineData("I <3 Belgrade and 3 < 4.\n")]
    [InlineData("Write to <editor@example.com> or <a@b.org>.\n")]
    [InlineData("AT&T, R&D, M&S and Procter & Gamble; Q&A.\n")]
    [InlineData("The shrug ¯\\_(ツ)_/¯ says it all.\n")]
    [InlineData("Saved in C:\\Temp\\$data and \\\\server\\share.\n")]
    [InlineData("See https://example.com/a?b=1&amp;c=2 for more.\n")]
    [InlineData("A [bracketed] note (and a parenthesis).\n")]
    public void Silent_on(string text) => RuleTester.AssertSilent(_rule, text);

    [Fact]
    public void Silent_on_the_html_of_a_code_sample_the_article_shows_and_not_on_a_tag_in_its_prose()
    {
        var text = string.Join("\n", [
            "Testing the ferry page",
            "",
            "The harbour office publishes its timetable as a small web page, and the test file for it is short. Create it like this:",
            "",
            "<!DOCTYPE html>",
            "<html>",
            "<head>",
            "  <title>Timetable test</title>",
            "</head>",
            "<body>",
            "  <div id=\"timetable\"></div>",
            "  <script src=\"timetable.js\"></script>",
            "</body>",
            "</html>",
            "",
            "Open it in a browser and the test runs at once, printing each crossing it checked and the time it found for it.<br>",
            "",
            "The same page works offline, which matters on the island, where the connection drops whenever a storm comes in.",
            ""]);

        RuleTester.AssertFiresAt(_rule, text, (16, 112));
    }

    [Fact]
    public void Silent_in_markdown_documents() =>
        RuleTester.AssertSilent(_rule, "[Contribute today](#) <p>x</p> &amp; \\$10M\n", "article.md");

    [Fact]
    public void Snapshot() => RuleTester.VerifySnapshot(_rule, "CL5006.txt");
}
