using CorpusLint.Model;
using CorpusLint.Model.Attribution;

namespace CorpusLint.Tests.Model;

public class BylineNameSpansTests
{
    private static Byline Named(int start, int length) => new(BylineKind.By, start, length, start, length, "Jane Doe", null);

    [Theory]
    [InlineData(9, false)]
    [InlineData(10, true)]
    [InlineData(17, true)]
    [InlineData(18, false)] // a name's end is outside it
    [InlineData(29, false)]
    [InlineData(30, true)]  // nested and overlapping names merge: 30..45
    [InlineData(44, true)]
    [InlineData(45, false)]
    [InlineData(50, true)]  // touching names read as one
    [InlineData(59, true)]
    [InlineData(60, false)]
    public void A_word_is_in_a_name_when_any_bylines_name_covers_it(int offset, bool expected)
    {
        var spans = BylineNameSpans.Of([Named(50, 5), Named(30, 10), Named(10, 8), Named(32, 3), Named(35, 10), Named(55, 5), Named(70, 0)]);

        Assert.Equal(expected, spans.Contains(offset));
    }

    [Fact]
    public void No_bylines_name_no_one() => Assert.False(BylineNameSpans.Of([]).Contains(0));

    [Fact]
    public void A_dateline_that_carries_the_byline_says_so_on_a_page_of_many_stories()
    {
        var story = "Ferry timetable changes\n\nBy Maria Lindqvist | March 12, 2024\n\nThe council voted on Tuesday to add two crossings to the island ferry.\n\n";
        var document = Document.FromText("many.txt", string.Concat(Enumerable.Repeat(story, 40)));

        var datelines = document.Dates.Datelines;

        Assert.Equal(40, datelines.Count);
        Assert.All(datelines, dateline => Assert.True(dateline.HasByline));
    }
}
