using CorpusLint.Model;
using CorpusLint.Model.Layout;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Model;

/// <summary>
/// Markdown's reference links (<c>[label][3]</c>, <c>[label][]</c>, <c>[label]</c>) and the definitions that give their
/// targets (<c>[3]: https://...</c>), as html2text and pandoc print a page's links when asked for reference links and as
/// writers of Markdown keep them at a post's end: links like inline ones, the definitions the document's record.
/// </summary>
public class ReferenceLinksTests
{
    /// <summary>A post whose menu, prose and related stories link by reference, the definitions at its end.</summary>
    private const string Post = """
        [Home][1] | [Archive][2] | [About][3] | [Subscribe][4]

        # Why the harbour ferry timetable changed

        By Marta Lindqvist · 4 March 2025

        The harbour council voted on Tuesday to add two evening crossings to the island ferry, the first change to the timetable since the [new terminal opened][5] in 2019. Councillors said the extra sailings would cost about £40,000 a year, which the [island trust][] has agreed to share.

        Residents had asked for later sailings for years. "We have been stuck on the mainland after every concert," said Ines Porter, who chairs the [Island Residents' Association]. The council's [transport report][8] found that a third of evening passengers were returning from work.

        The new crossings start on 1 June, and the council will review them after the summer. The [full timetable][9] is on the council's website.

        Related stories

        * [Island school to stay open after council vote][10]
        * [New pontoon for the harbour's fishing boats][11]
        * [Ferry fares frozen for another year][12]

        [1]: https://harbourgazette.example/
        [2]: https://harbourgazette.example/archive/
        [3]: https://harbourgazette.example/about/
        [4]: https://harbourgazette.example/subscribe/
        [5]: https://harbourgazette.example/2019/05/new-ferry-terminal-opens/ "New ferry terminal opens"
        [Island Trust]: <https://islandtrust.example/>
        [island  residents' association]: https://islandresidents.example/
        [8]: https://harbourcouncil.example/reports/transport-2025.pdf
        [9]: https://harbourcouncil.example/ferry/timetable/
        [10]: https://harbourgazette.example/2025/02/island-school/
        [11]: https://harbourgazette.example/2025/01/new-pontoon/
        [12]: https://harbourgazette.example/2024/12/fares-frozen/

        """;

    [Fact]
    public void Full_collapsed_and_shortcut_references_are_links_to_their_definitions_targets()
    {
        var document = Document.FromText("post.md", Post);

        var references = document.Links.Where(l => l.Kind == LinkKind.Reference).Select(l => (Post.Substring(l.LabelStart, l.LabelLength), l.Target)).ToList();

        Assert.Equal(12, references.Count);
        Assert.Contains(("new terminal opened", "https://harbourgazette.example/2019/05/new-ferry-terminal-opens/"), references);
        Assert.Contains(("island trust", "https://islandtrust.example/"), references);
        Assert.Contains(("Island Residents' Association", "https://islandresidents.example/"), references);
        Assert.Equal(12, document.Links.Count(l => l.Kind == LinkKind.Definition));
    }

    [Fact]
    public void A_reference_shows_its_label_and_a_definition_shows_nothing()
    {
        var document = Document.FromText("post.md", Post);
        var words = document.Words.Select(w => Post.Substring(w.Start, w.Length)).ToList();

        Assert.Contains("terminal", words);
        Assert.DoesNotContain("https", words);
        Assert.DoesNotContain("12", words);
        Assert.DoesNotContain("harbourgazette", words);
    }

    [Fact]
    public void Definitions_are_laid_out_as_the_record_they_are_and_the_reference_menu_as_a_menu()
    {
        var document = Document.FromText("post.md", Post);
        var layout = document.Layout;
        var lines = Post.Split('\n');
        int Line(string start) => Array.FindIndex(lines, l => l.StartsWith(start, StringComparison.Ordinal));

        Assert.All(Enumerable.Range(Line("[1]:"), 12), i => Assert.Equal((LineClass.Blank, LayoutReason.LinkDefinition), (layout[i].Class, layout[i].Reason)));
        Assert.Equal(LineClass.Navigation, layout[0].Class);
        Assert.True(layout[Line("* [Island school")].Signals.HasFlag(LineSignals.LinkOnly));
        Assert.All(new[] { Line("The harbour council"), Line("Residents had"), Line("The new crossings") }, i => Assert.True(layout[i].IsArticle, $"line {i + 1}: {layout[i].Class}"));
        var diagnostics = RuleTester.CreateEngine().Lint(document, Path.Combine(Path.GetTempPath(), "post.md")).Diagnostics;
        Assert.Equal([("CL2001", 1, 1), ("CL2004", 13, 17)], diagnostics.Select(d => (d.Id, d.Start.Line, d.End.Line)));
    }

    [Theory]
    [InlineData("Text.\n\n[^1]: A footnote's own text, not a link's target.\n\nSee the note.[^1]")]
    [InlineData("The council met on Tuesday.\n[1]: https://example.org/minutes\n\nThe [minutes][1] are online.")]
    [InlineData("The [minutes][2] and the [budget] are online.\n\n[1]: https://example.org/minutes")]
    [InlineData("[1]: https://example.org/minutes and more words after it\n\nThe [minutes][1] are online.")]
    public void Bracketed_text_that_no_definition_names_is_text(string text)
    {
        Assert.DoesNotContain(Document.FromText("notes.md", text).Links, l => l.Kind == LinkKind.Reference);
    }

    [Fact]
    public void Plain_text_links_by_reference_to_definitions_whose_targets_are_addresses()
    {
        var links = Document.FromText("notes.txt", "The [minutes][1] are online.\n\n[1]: https://example.org/minutes").Links;

        Assert.Equal([LinkKind.Reference, LinkKind.Definition], links.Select(l => l.Kind));
        Assert.Equal("https://example.org/minutes", links[0].Target);
    }

    [Theory]
    [InlineData("The study [1] found a rise.\n\n[1]: Smith, J. (2001)")]
    [InlineData("The study [1] found a rise.\n\n[1]: Smith")]
    public void Plain_text_reads_a_footnote_whose_target_is_no_address_as_text(string text) =>
        Assert.Empty(Document.FromText("notes.txt", text).Links);

    [Fact]
    public void Markdown_reads_any_target_as_a_definition_as_CommonMark_does() =>
        Assert.Contains(Document.FromText("notes.md", "The study [1] found a rise.\n\n[1]: Smith").Links, l => l.Kind == LinkKind.Definition);

    /// <summary>A definition on the second line under an empty first one (a window of a large document starts so): it threw.</summary>
    [Theory]
    [InlineData("notes.md", "\n[1]: https://example.org/minutes\n", 1)]
    [InlineData("notes.txt", "\nSee [x]: the minutes\n", 0)]
    public void A_definition_under_an_empty_first_line_is_read(string path, string text, int definitions) =>
        Assert.Equal(definitions, Document.FromText(path, text).Links.Count(l => l.Kind == LinkKind.Definition));

    [Fact]
    public void The_first_of_two_definitions_of_a_label_wins()
    {
        var document = Document.FromText("notes.md", "The [minutes][M] are online.\n\n[m]: https://example.org/first\n[M]: https://example.org/second");
        Assert.Equal("https://example.org/first", document.Links.Single(l => l.Kind == LinkKind.Reference).Target);
    }
}
