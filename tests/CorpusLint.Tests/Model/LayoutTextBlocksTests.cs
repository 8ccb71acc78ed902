using CorpusLint.Model;
using CorpusLint.Model.Layout;
using CorpusLint.Tests.Rules.Boilerplate;

namespace CorpusLint.Tests.Model;

/// <summary>
/// Blocks an article holds that read as chrome line by line: a fact box of label-value rows, program output under a shell
/// command, bracketed names heading a reference or a configuration section.
/// </summary>
public class LayoutTextBlocksTests
{
    private static DocumentLayout Layout(string text) => Document.FromText("article.txt", text).Layout;

    private static void AssertArticle(DocumentLayout layout, int firstLine, int lastLine)
    {
        for (var line = firstLine; line <= lastLine; line++)
        {
            Assert.True(layout[line - 1].IsBlank || layout[line - 1].IsArticle, $"line {line}: {layout[line - 1].Class} ({layout[line - 1].Reason})");
        }
    }

    private const string FactBoxPage = """
        Home | Places | Rivers | About

        Lake Orrin

        A freshwater lake in the northern hills.

                     Location        Northern hills
                   • Length          14 km
                   • Width           3 km
                  Surface area       31 km^2
                                     (12 sq mi)
                Max. depth           88 m
                  Settlements        • Orrin
                                     • Tallow Bay
                                     • Kessel

        Lake Orrin is a long and narrow freshwater lake in the northern hills, fed by three mountain streams and drained by the slow river that gives the valley below it its name.

        The lake was dammed at its southern end in the nineteenth century to power a row of mills, and the old stone weir still holds the water some four metres above its natural level.

        Fishing boats have worked the lake since the first farms were cleared, and the small harbour at Tallow Bay still lands trout and perch for the market towns of the valley every morning.

        © 2024 The Valley Almanac
        """;

    [Fact]
    public void A_fact_box_of_label_value_rows_above_the_body_is_the_articles()
    {
        var layout = Layout(FactBoxPage);

        Assert.True(layout[6].Signals.HasFlag(LineSignals.FactRow));
        Assert.True(layout[7].Signals.HasFlag(LineSignals.FactRow), "a bulleted row is a fact row too");
        AssertArticle(layout, 7, 21);
        Assert.Equal(LineClass.Navigation, layout[0].Class);
        Assert.Equal(LineClass.Legal, layout[22].Class);
    }

    [Fact]
    public void Two_label_value_rows_are_no_fact_box()
    {
        var page = FactBoxPage.Replace("""
                   • Width           3 km
                  Surface area       31 km^2
                                     (12 sq mi)
                Max. depth           88 m
                  Settlements        • Orrin
                                     • Tallow Bay
                                     • Kessel

        """, "\n", StringComparison.Ordinal);
        var layout = Layout(page);

        Assert.True(layout[6].Signals.HasFlag(LineSignals.FactRow));
        Assert.False(layout[6].Signals.HasFlag(LineSignals.Preformatted));
    }

    [Theory]
    [InlineData("He left.   The door shut.")]
    [InlineData("Name  Value")]
    [InlineData("Location   Northern hills   Length   14 km")]
    public void A_sentence_a_narrow_gap_or_many_cells_is_no_fact_row(string row)
    {
        var layout = Layout(BoilerplateText.Article(middle: [row]));

        Assert.False(layout[6].Signals.HasFlag(LineSignals.FactRow));
    }

    [Theory]
    [InlineData("Max. depth\t88 m")]
    [InlineData("Max. depth \u00A0\u00A0\u00A088 m")]
    public void A_gap_of_a_tab_or_of_no_break_spaces_makes_a_fact_row(string row)
    {
        var layout = Layout(BoilerplateText.Article(middle: [row]));

        Assert.True(layout[6].Signals.HasFlag(LineSignals.FactRow));
    }

    [Fact]
    public void Output_repeated_under_two_shell_commands_is_the_commands_not_a_duplicate()
    {
        string[] middle =
        [
            "First copy the archive to the server:",
            "",
            "$ sync push harbour-archive",
            "scanning local files",
            "copied 3 files with 3 changes to 1 folder",
            "",
            "Then copy the index, which the server needs before it can read the archive:",
            "",
            "$ sync push harbour-index",
            "scanning local files",
            "copied 3 files with 3 changes to 1 folder",
        ];
        var layout = Layout(BoilerplateText.Article(middle: middle));

        Assert.True(layout[16].Signals.HasFlag(LineSignals.ProgramOutput));
        Assert.True(layout[16].Signals.HasFlag(LineSignals.Duplicate));
        AssertArticle(layout, 3, 21);
        Assert.Equal(LayoutReason.Preformatted, layout[16].Reason);
    }

    [Fact]
    public void Bracketed_names_over_indented_references_are_citation_keys_not_pictures()
    {
        string[] references =
        [
            "References",
            "",
            "    [HARBOUR]",
            "        Marsh, J., \"Tides of the Northern Harbour\", Valley Press, 2019.",
            "",
            "    [FERRY]",
            "        Roe, A., \"Evening Crossings and Their Timetables\", 2021.",
            "",
            "    [WEIR-2]",
            "        Kessel Water Board, \"The Old Weir: A Survey\", 2018.",
        ];
        var layout = Layout(BoilerplateText.Article(middle: references));

        foreach (var line in new[] { 9, 12, 15 })
        {
            Assert.True(layout[line - 1].Signals.HasFlag(LineSignals.BracketedHead), $"line {line}");
            Assert.NotEqual(LineClass.Caption, layout[line - 1].Class);
        }
    }

    [Fact]
    public void A_bracketed_section_over_settings_is_configuration_and_a_lone_label_stays_a_picture()
    {
        string[] middle =
        [
            "Add these lines to the configuration file:",
            "",
            "[sync]",
            "remote = harbour",
            "",
            "[harbour-at-dawn]",
            "",
            "The harbour at dawn, when the first boats go out.",
        ];
        var layout = Layout(BoilerplateText.Article(middle: middle));

        Assert.True(layout[8].Signals.HasFlag(LineSignals.BracketedHead));
        Assert.True(layout[8].IsArticle, $"{layout[8].Class} ({layout[8].Reason})");
        Assert.Equal(LineClass.Caption, layout[11].Class);
    }

    [Theory]
    [InlineData("The harbour was dredged twice before the war, and both times the silt came back within a year. [HB1 / HB2 SP]", false)]
    [InlineData("The harbour at dawn, when the first boats go out. (Jo Marsh/AFP)", true)]
    [InlineData("The harbour at dawn, when the first boats go out. [EPA/AFP]", true)]
    public void A_bracket_of_source_codes_closing_prose_is_a_citation_not_a_photo_credit(string line, bool credit)
    {
        var layout = Layout(BoilerplateText.Article(middle: [line]));

        Assert.Equal(credit, layout[6].Signals.HasFlag(LineSignals.Caption));
    }

    [Theory]
    [InlineData("[Jo: I can't hear you over the engines. Speak up!]", false)]
    [InlineData("[The minutes of the meeting were corrected on Friday.]", false)]
    [InlineData("[The harbour at dawn with the first boats going out]", true)]
    [InlineData("[Done.]", true)]
    public void A_sentence_in_brackets_is_text_not_an_image_label(string line, bool caption)
    {
        var layout = Layout(BoilerplateText.Article(middle: [line]));

        Assert.Equal(caption, layout[6].Signals.HasFlag(LineSignals.Caption));
    }
}
