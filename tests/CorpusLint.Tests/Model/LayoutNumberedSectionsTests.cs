using CorpusLint.Model;
using CorpusLint.Model.Layout;

namespace CorpusLint.Tests.Model;

/// <summary>Articles in numbered sections ("Step 1", "Step 2") with pictures between their short steps (NumberedSectionsPass).</summary>
public class LayoutNumberedSectionsTests
{
    private const string Steps = """
        Home | Garden | Kitchen | Workshop

        How to Oil a Wooden Chopping Board

        A wooden chopping board lasts for decades when it is oiled a few times a year, and the whole job takes less than an hour on a quiet afternoon, with nothing more than a cloth, some fine sandpaper and a bottle of food-safe mineral oil from the hardware shop.

        Step 1

        Wash the board and let it dry overnight.

        A board drying on a rack

        A board drying on a rack (Jo Marsh)

        Step 2

        Sand the surface with fine paper.

        Sanding along the grain

        Sanding along the grain (Jo Marsh)

        Step 3

        Pour a little oil onto the board.

        Oil on the board

        Oil on the board (Jo Marsh)

        Step 4

        Rub the oil in with a soft cloth.

        Rubbing in the oil

        Rubbing in the oil (Jo Marsh)

        Step 5

        Leave the board to rest for a day.

        The finished board

        More From The Workshop
        """;

    private static DocumentLayout Layout(string text) => Document.FromText("steps.txt", text).Layout;

    [Fact]
    public void Short_steps_between_pictures_are_the_articles()
    {
        var layout = Layout(Steps);

        Assert.Equal(LineClass.Navigation, layout[0].Class);
        for (var line = 3; line <= 41; line++)
        {
            Assert.True(layout[line - 1].IsBlank || layout[line - 1].IsArticle, $"line {line}: {layout[line - 1].Class} ({layout[line - 1].Reason})");
        }

        Assert.True(layout[6].Signals.HasFlag(LineSignals.InNumberedSections));
        Assert.Equal(LineClass.Heading, layout[38].Class);
        Assert.Equal(LineClass.Body, layout[40].Class);
        Assert.Equal(40, layout.BodyEnd);
        Assert.False(layout[44].IsArticle);

        // Without the sequence the steps are lost: the body search alone gets this page wrong.
        var unlabelled = Document.FromText("steps.txt", Steps).BuildLayout(LayoutOptions.Default with { NumberedSectionLabelMaxWords = 0 });
        Assert.False(unlabelled[16].IsArticle);
    }

    [Fact]
    public void Steps_hold_with_a_higher_cost_of_short_lines()
    {
        var layout = Document.FromText("steps.txt", Steps).BuildLayout(LayoutOptions.Default with { ShortScore = -0.5 });

        Assert.Equal(4, layout.BodyStart);
        Assert.Equal(40, layout.BodyEnd);
    }

    [Fact]
    public void A_pagination_under_the_body_is_not_a_sequence_of_sections()
    {
        const string text = """
            How to Oil a Wooden Chopping Board

            A wooden chopping board lasts for decades when it is oiled a few times a year, and the whole job takes less than an hour on a quiet afternoon, with nothing more than a cloth, some fine sandpaper and a bottle of food-safe mineral oil from the hardware shop.

            Page 1

            Page 2

            Page 3

            Page 4
            """;
        var layout = Layout(text);

        Assert.Equal(2, layout.BodyEnd);
        Assert.False(layout[4].Signals.HasFlag(LineSignals.InNumberedSections));
        Assert.False(layout[10].IsArticle);
    }

    [Fact]
    public void Labels_out_of_order_are_not_a_sequence()
    {
        var shuffled = Steps.Replace("Step 3", "Step 7", StringComparison.Ordinal);
        var layout = Layout(shuffled);

        Assert.False(layout[22].Signals.HasFlag(LineSignals.InNumberedSections));
    }

    private const string Paper = """
        Home | Standards | Drafts | Search

        The Harbour Timetable Protocol

        1. Introduction

        This document describes how a harbour office publishes its ferry timetable so that the island's shops, its school and the visitors' centre can read the crossings of the day from one place, and how they learn that a crossing was cancelled.

        The protocol is deliberately small: a timetable is one document, and every change to it is a new version that the readers fetch when they next look.

        2. Publishing a Timetable

        The harbour office writes the timetable as a list of crossings, each with its route, its departure and its arrival, and signs it with the office's key so that a reader can tell it from a copy that was changed on the way.

        A reader that holds an older version asks for the newer one by its number, and the office answers with the crossings that changed since then.

        3. Acknowledgements

        Ann Boyd, Carl Dunn, Eva Fisk, Gil Hart,
        Ida Jones and Kai Lund.

        4. References

        [HTTP]
            Fielding, R., "Semantics and Content", RFC 7231, June 2014.

        [JSON]
            Bray, T., "The JSON Data Interchange Format", RFC 8259.
        """;

    [Fact]
    public void Sections_that_continue_the_bodys_numbering_are_the_articles()
    {
        var layout = Layout(Paper);

        Assert.Equal(LineClass.Navigation, layout[0].Class);
        Assert.Equal(27, layout.BodyEnd);
        Assert.True(layout[21].Signals.HasFlag(LineSignals.InNumberedSections));
        Assert.True(layout[24].IsArticle, $"{layout[24].Class} ({layout[24].Reason})");

        var unnumbered = Document.FromText("paper.txt", Paper).BuildLayout(LayoutOptions.Default with { NumberedSectionLabelMaxWords = 0 });
        Assert.True(unnumbered.BodyEnd < 21);
    }

    [Fact]
    public void A_ranked_list_below_the_article_is_no_continuation()
    {
        var ranked = Paper[..Paper.IndexOf("3. Acknowledgements", StringComparison.Ordinal)] + """
            Most read

            1. Ferry fares rise in spring

            2. School bus leaves later
            """;
        var layout = Layout(ranked);

        Assert.Equal(14, layout.BodyEnd);
        Assert.False(layout[18].IsArticle);
    }

    private const string ListicleWithLinks = """
        Five Ways to Keep a Hotel Room Tidy

        Hotel rooms fill up with clutter faster than any room at home, and a few habits from the first evening keep a short stay from turning into a search for keys, chargers and socks every morning.

        1. Unpack on the first night

        A suitcase left closed turns into a heap by the second day, so hang the shirts and fill one drawer before going out to dinner.

        2. Give the keys one place

        Choose the same dish or shelf for the keys and the room card every time, and the search in the morning ends before it starts.

        3. Keep the chargers together

        A small pouch for every cable and plug saves crawling under the desk on the last morning of the trip, when time is short.

        Read more

          • Seaside hotels raise their prices for the summer
          • The airport lounge that opened without chairs
          • Why the ferry timetable changes in May

        4. Clear the desk each evening

        Put the papers back in their folder before bed, and the desk is ready for breakfast, a laptop or a map the next morning, whatever the day brings and however early the first meeting is.

        5. Leave the room as you would like to find it

        Stack the towels, close the wardrobe and gather the rubbish into one bin before checking out, and the last look around the room takes a minute instead of a frantic quarter of an hour.

        © 2024 The Travel Desk
        """;

    [Fact]
    public void A_related_box_inside_a_numbered_article_does_not_claim_its_next_item()
    {
        var layout = Layout(ListicleWithLinks);

        Assert.Equal(LineClass.Related, layout[16].Class);
        Assert.Equal(LineClass.Related, layout[18].Class);
        Assert.Equal(LineClass.Related, layout[20].Class);
        Assert.True(layout[22].IsArticle, $"{layout[22].Class} ({layout[22].Reason})");
        Assert.True(layout[24].IsArticle, $"{layout[24].Class} ({layout[24].Reason})");
    }
}
