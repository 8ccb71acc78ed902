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
}
