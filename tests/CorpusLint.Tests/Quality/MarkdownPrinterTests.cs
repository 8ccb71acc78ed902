using CorpusLint.Quality;

namespace CorpusLint.Tests.Quality;

public sealed class MarkdownPrinterTests
{
    [Fact]
    public void Prints_bullets_numbers_and_placeholders_as_Markdown_line_for_line()
    {
        const string dump = "Harbour Gazette\n  • News\n    □ Ferries\n   12. Step twelve\n[IMG_2041]\n[Tom's Guide]\nText with [a note] inside.\n[                    ] [Search]";

        var (text, originalLine) = MarkdownPrinter.Print(dump);

        Assert.Equal(
            "Harbour Gazette\n* News\n  * Ferries\n12. Step twelve\n![IMG_2041](https://img.example.org/IMG-2041.jpg)\n"
            + "![Tom's Guide](https://img.example.org/Tom-s-Guide.jpg)\nText with [a note] inside.\n[                    ] [Search]",
            text);
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8], originalLine);
    }

    [Fact]
    public void Links_three_words_of_every_third_line_of_prose_but_not_a_tables_row()
    {
        const string prose = "The harbour council voted on Tuesday to add two evening crossings to the island ferry.";
        const string row = "Crossing    Departs    Arrives    Days of the week    Fare in pounds    Notes on it";
        var dump = string.Join('\n', prose, prose, row, prose, prose);

        var lines = MarkdownPrinter.Print(dump).Text.Split('\n');

        Assert.Equal(prose, lines[1]);
        Assert.Equal(row, lines[2]);
        Assert.Equal("The harbour [council voted on](https://www.example.org/2019/05/council-voted-on/) Tuesday to add two evening crossings to the island ferry.", lines[3]);
    }

    [Fact]
    public void Links_two_words_of_every_five_in_a_line_of_prose_leaving_punctuation_outside()
    {
        const string prose = "The harbour council voted on Tuesday to add two evening crossings to the island ferry, starting in June.";
        const string menu = "Home News Sport Weather";

        var (text, originalLine) = EncyclopediaLinks.Print(string.Join('\n', prose, menu));

        Assert.Equal(
            "The [harbour council](https://en.example.org/wiki/harbour_council) voted on Tuesday [to add](https://en.example.org/wiki/to_add) two evening "
            + "crossings [to the](https://en.example.org/wiki/to_the) island ferry, starting [in June](https://en.example.org/wiki/in_June).\n" + menu,
            text);
        Assert.Equal([1, 2], originalLine);
    }

    [Fact]
    public void Numbers_links_as_lynx_does_and_lists_their_addresses_at_the_end()
    {
        const string prose = "The harbour council voted on Tuesday to add two evening crossings to the island ferry.";
        var dump = string.Join('\n', prose, prose, prose);

        var (text, originalLine) = LynxPrinter.Print(dump);

        Assert.Equal(
            string.Join('\n', prose, prose, "The harbour [1]council voted on Tuesday to add two evening crossings to the island ferry.", "", "References", "",
                "   1. https://www.example.org/2019/05/council-voted-on/"),
            text);
        Assert.Equal([1, 2, 3, 0, 0, 0, 0], originalLine);
    }

    [Fact]
    public void Prints_as_html2text_does_each_wrapped_line_mapped_to_its_original_line()
    {
        const string prose = "The harbour council voted on Tuesday to add two evening crossings to the island ferry from the first week of June.";
        var dump = string.Join('\n', "  • News", prose, prose, prose);

        var (text, originalLine) = Reprinting.Html2Text.Reprint(dump);

        Assert.Equal(
            string.Join('\n', "* News",
                "The harbour council voted on Tuesday to add two evening crossings to the", "island ferry from the first week of June.",
                "The harbour council voted on Tuesday to add two evening crossings to the", "island ferry from the first week of June.",
                "The harbour [council voted", "on](https://www.example.org/2019/05/council-voted-on/) Tuesday to add two",
                "evening crossings to the island ferry from the first week of June."),
            text);
        Assert.Equal([1, 2, 2, 3, 3, 4, 4, 4], originalLine);
    }

    [Fact]
    public void Prints_inline_links_by_reference_with_their_definitions_at_the_end()
    {
        const string markdown = "The [harbour council](https://example.org/council/) voted.\n![map](https://img.example.org/map.jpg)\nSee [the minutes](https://example.org/minutes/).";

        var (text, originalLine) = ReferenceLinksPrinter.Print(markdown);

        Assert.Equal(
            "The [harbour council][1] voted.\n![map](https://img.example.org/map.jpg)\nSee [the minutes][2].\n\n   [1]: https://example.org/council/\n   [2]: https://example.org/minutes/",
            text);
        Assert.Equal([1, 2, 3, 0, 0, 0], originalLine);
    }
}
