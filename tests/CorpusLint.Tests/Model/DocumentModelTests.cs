using CorpusLint.Model;

namespace CorpusLint.Tests.Model;

public class DocumentModelTests
{
    [Fact]
    public void Lines_split_on_lf_crlf_and_cr()
    {
        var document = Document.FromText("a.txt", "one\r\ntwo\nthree\rfour");
        Assert.Equal(["one", "two", "three", "four"], document.Lines.Select(l => document.GetText(l).ToString()));
        Assert.Equal([2, 1, 1, 0], document.Lines.Select(l => l.TerminatorLength));
    }

    [Fact]
    public void Positions_are_one_based_utf16_columns()
    {
        var document = Document.FromText("a.txt", "first\nVučić 😀 said");
        Assert.Equal(new Position(1, 1), document.GetPosition(0));
        Assert.Equal(new Position(2, 1), document.GetPosition(6));
        // The emoji is two UTF-16 code units, so "said" starts at column 10.
        Assert.Equal(new Position(2, 10), document.GetPosition(document.Text.IndexOf("said", StringComparison.Ordinal)));
    }

    [Fact]
    public void Paragraphs_are_separated_by_blank_lines_and_may_be_one_long_line()
    {
        var document = Document.FromText("a.txt", "Headline\n\nFirst line\nsecond line\n   \n\nA paragraph on one line.\n");
        Assert.Equal([(0, 0), (2, 3), (6, 6)], document.Paragraphs.Select(p => (p.FirstLine, p.LastLine)));
        Assert.Equal(document.Paragraphs[1], document.GetParagraphAt(document.Text.IndexOf("second", StringComparison.Ordinal)));
        Assert.Null(document.GetParagraphAt(document.Text.IndexOf("   ", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("", LineShape.Blank)]
    [InlineData("- [News](#)", LineShape.Short | LineShape.ListItem | LineShape.LinkOnly)]
    [InlineData("Home | World | Business", LineShape.Short | LineShape.HeadingLike)]
    [InlineData("# Council approves budget", LineShape.Short | LineShape.HeadingLike)]
    [InlineData("The council approved the budget on Tuesday after a long debate.", LineShape.EndsSentence)]
    [InlineData("“We will build it,” she said.”", LineShape.EndsSentence)]
    [InlineData("https://example.org/story/1", LineShape.Short | LineShape.LinkOnly)]
    [InlineData("□ 3.1 Ferry timetable", LineShape.Short | LineShape.ListItem)]
    [InlineData("☆ 3.1.2 Evening crossings", LineShape.Short | LineShape.ListItem)]
    [InlineData("12.\u00A0Ferry timetable", LineShape.Short | LineShape.ListItem)]
    [InlineData("•\u00A0Evening crossings", LineShape.Short | LineShape.ListItem)]
    [InlineData("3.\u200B Island ferries", LineShape.Short | LineShape.ListItem)]
    [InlineData("‣ Evening crossings", LineShape.Short | LineShape.ListItem)]
    [InlineData("⁃ Evening crossings", LineShape.Short | LineShape.ListItem)]
    public void Line_shapes(string text, LineShape expected)
    {
        var document = Document.FromText("a.txt", text);
        Assert.Equal(expected, document.Lines[0].Shape);
    }

    [Fact]
    public void Links_inline_image_autolink_and_bare_url()
    {
        const string text = "By [Jane Roe](#). See ![map](img/map.png), <https://example.org/a> and https://example.org/b.";
        var document = Document.FromText("a.txt", text);
        Assert.Equal(
            [(LinkKind.Inline, "#", "Jane Roe"), (LinkKind.Image, "img/map.png", "map"), (LinkKind.Autolink, "https://example.org/a", "https://example.org/a"), (LinkKind.BareUrl, "https://example.org/b", "https://example.org/b")],
            document.Links.Select(l => (l.Kind, l.Target, text.Substring(l.LabelStart, l.LabelLength))));
        Assert.True(document.Links[0].IsEmptyTarget);
        Assert.False(document.Links[1].IsEmptyTarget);
        Assert.Equal(3, document.Links[0].Start);
    }

    [Theory]
    [InlineData("[not a link] (x)")]
    [InlineData("an [unclosed](link")]
    [InlineData("x < y and y > z")]
    public void Text_that_only_looks_like_links_is_not(string text) => Assert.Empty(Document.FromText("a.txt", text).Links);

    [Theory]
    [InlineData("Use `[label](#)` for a link.", 0)]
    [InlineData("```\n[Read more](#)\n```\nthen [real](https://example.org)", 1)]
    [InlineData("An unclosed ` backtick before [real](https://example.org)", 1)]
    public void Markdown_code_is_not_scanned_for_links(string text, int links) =>
        Assert.Equal(links, Document.FromText("notes.md", text).Links.Count);

    [Fact]
    public void Plain_text_backticks_do_not_hide_links() =>
        Assert.Single(Document.FromText("a.txt", "`[label](#)`").Links);

    [Fact]
    public void A_label_longer_than_a_thousand_characters_is_not_a_link()
    {
        // The cap keeps a huge line full of stray brackets linear: no unbounded search for the closing bracket.
        Assert.DoesNotContain(Document.FromText("a.txt", "[" + new string('a', 1500) + "](https://example.org)").Links, l => l.Kind == LinkKind.Inline);
        Assert.Equal(LinkKind.Inline, Assert.Single(Document.FromText("a.txt", "[" + new string('a', 900) + "](https://example.org)").Links).Kind);
    }

    [Fact]
    public void Javascript_targets_lead_nowhere() =>
        Assert.True(Document.FromText("a.txt", "[Share](javascript:void(0))").Links.Single().IsEmptyTarget);

    // A destination is read as CommonMark reads it: its own parentheses balanced, a title after it left out, and no
    // white space unless in angle brackets, so a bracket and a parenthesis of prose far apart on a line make no link.
    [Theory]
    [InlineData("[Share](javascript:void(0)) now", "javascript:void(0)", 27)]
    [InlineData("[the budget](https://example.org/budget.pdf \"Budget 2024\")", "https://example.org/budget.pdf", 58)]
    [InlineData("[the budget](<https://example.org/budget 2024.pdf>)", "https://example.org/budget 2024.pdf", 51)]
    [InlineData("[empty]()", "", 9)]
    public void A_link_target_is_its_destination(string text, string target, int length)
    {
        var link = Document.FromText("a.md", text).Links.First(l => l.Kind == LinkKind.Inline);
        Assert.Equal((target, length), (link.Target, link.Length));
    }

    /// <summary>
    /// As CommonMark reads them, a label and a title go on over a line break, not over a blank line; and as html2text wraps
    /// its Markdown at 78 columns, an address broken at the line's end goes on at the next line's first column.
    /// </summary>
    [Theory]
    [InlineData("By [Ana\nLee](https://example.org/ana-lee/) today", "Ana\nLee", "https://example.org/ana-lee/")]
    [InlineData("By [Ana Lee](https://example.org/author/ana-\nlee/index.html) today", "Ana Lee", "https://example.org/author/ana-lee/index.html")]
    [InlineData("By [Ana Lee](https://example.org/ana-lee/ \"Posts by Ana\nLee\") today", "Ana Lee", "https://example.org/ana-lee/")]
    [InlineData("By [Ana Lee](https://example.org/ana-lee/\r\n\"Posts by Ana Lee\") today", "Ana Lee", "https://example.org/ana-lee/")]
    [InlineData("[![Ana-\nlee](https://example.org/images/ana-\nlee.jpg)By Ana Lee](/people/ana/) today", "![Ana-\nlee](https://example.org/images/ana-\nlee.jpg)By Ana Lee", "/people/ana/")]
    [InlineData("By [Ana Lee](https://example.org/images/2019/01/17/ana-\nlee/thumbnail/80x80/crop-\ncenter.jpg) today", "Ana Lee", "https://example.org/images/2019/01/17/ana-lee/thumbnail/80x80/crop-center.jpg")]
    public void A_link_goes_on_over_a_line_break(string text, string label, string target)
    {
        var link = Document.FromText("a.txt", text).Links.First(l => l.Kind == LinkKind.Inline);
        Assert.Equal((label, target), (text.Substring(link.LabelStart, link.LabelLength), link.Target));
        Assert.Equal(" today", text[link.End..]);
    }

    [Theory]
    [InlineData("By [Ana\n\nLee](https://example.org/ana-lee/)")]
    [InlineData("By [Ana Lee](https://example.org/ana-lee/ \"Posts by\n\nAna Lee\")")]
    [InlineData("See [the minutes](https://example.org/minutes\n  of the council).")]
    [InlineData("By [Ana\nLee\nRoe](https://example.org/ana-lee/)")]
    [InlineData("By [Ana Lee](https://example.org/ana-lee/ \"Posts\nby Ana\nLee\")")]
    public void A_link_does_not_go_on_over_a_blank_line_or_two_line_breaks_or_into_an_indented_line(string text) =>
        Assert.DoesNotContain(Document.FromText("a.txt", text).Links, l => l.Kind == LinkKind.Inline);

    [Theory]
    [InlineData("The \u001b[31m red label] came (so the minutes say) after the vote.")]
    [InlineData("The list [Home](the council's own page) was printed.")]
    public void Brackets_and_parentheses_of_prose_are_no_link(string text) =>
        Assert.DoesNotContain(Document.FromText("a.txt", text).Links, l => l.Kind == LinkKind.Inline);

    [Fact]
    public void Words_leave_out_where_a_link_leads_but_not_a_bare_url()
    {
        var document = Document.FromText("article.md", "See [the budget](https://example.org/budget-2024.pdf \"Budget\") and ![a chart](chart.png) at example.org/x");
        Assert.Equal(["See", "the", "budget", "and", "a", "chart", "at", "example", "org", "x"], document.Words.Select(w => document.GetText(w).ToString()));
    }

    [Fact]
    public void Words_of_a_linked_picture_are_its_alt_text_alone()
    {
        var document = Document.FromText("article.md", "[![Harbour at dawn](https://img.example.org/harbour-dawn.jpg)](https://example.org/gallery) Boats");
        Assert.Equal(["Harbour", "at", "dawn", "Boats"], document.Words.Select(w => document.GetText(w).ToString()));
    }

    [Fact]
    public void Words_of_a_link_that_opens_with_a_picture_are_the_alt_text_and_the_label_after_it()
    {
        var document = Document.FromText("article.md", "[![Ana Lee](https://img.example.org/ana-lee.jpg)By Ana Lee](https://example.org/people/ana) today");
        Assert.Equal(["Ana", "Lee", "By", "Ana", "Lee", "today"], document.Words.Select(w => document.GetText(w).ToString()));
    }

    [Theory]
    [InlineData("---\ntitle: Ferry\nauthor:\n  - Jane Roe\n\n# a comment\ndate: 2024-03-03\n---\nText.", 8)]
    [InlineData("---\nHome | News | Sport\nSubscribe now for full access\n---\nText.", 0)]
    [InlineData("---\ntitle: Ferry\nText without an end.", 0)]
    public void Front_matter_is_a_yaml_block_between_rules(string text, int lines) =>
        Assert.Equal(lines, Document.FromText("a.md", text).FrontMatterLines);

    [Fact]
    public void Words_keep_apostrophes_and_hyphens_inside()
    {
        var document = Document.FromText("a.txt", "Putin’s pro-government rock 'n' roll don't - 1,200");
        Assert.Equal(["Putin’s", "pro-government", "rock", "n", "roll", "don't", "1", "200"], document.Words.Select(w => document.GetText(w).ToString()));
        Assert.Equal(2, document.GetWords(0, 20).Length);
    }

    [Fact]
    public void Empty_and_whitespace_documents_are_empty()
    {
        Assert.True(Document.FromText("a.txt", "").IsEmpty);
        Assert.True(Document.FromText("a.txt", " \n\n").IsEmpty);
        Assert.Single(Document.FromText("a.txt", "").Lines);
    }
}
