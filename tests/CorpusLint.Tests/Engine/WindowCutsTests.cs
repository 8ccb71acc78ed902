using System.Text;
using CorpusLint.Engine;
using CorpusLint.Text;

namespace CorpusLint.Tests.Engine;

/// <summary>Where a window of a large document begins and ends: a margin holds whole lines when it can.</summary>
public sealed class WindowCutsTests
{
    private static readonly WindowCuts Utf8 = new(SourceEncoding.Utf8);

    [Theory]
    [InlineData("half a line\nwhole line\n", 12)]
    [InlineData("half a line\r\nwhole line\n", 13)]
    [InlineData("half a line\rwhole line\n", 12)]
    [InlineData("no line break in the margin", 0)]
    public void A_margin_before_a_part_begins_at_its_first_line_start(string margin, int expected)
    {
        var bytes = Encoding.UTF8.GetBytes(margin);

        Assert.Equal(expected, Utf8.MarginStart(bytes, 0, bytes.Length));
    }

    [Fact]
    public void A_margin_before_a_part_starting_inside_a_character_begins_after_it()
    {
        var bytes = Encoding.UTF8.GetBytes("é and no line break");

        Assert.Equal(1, Utf8.MarginStart(bytes.AsSpan(1), 0, bytes.Length - 1));
    }

    [Theory]
    [InlineData("part\nwhole line\nhalf a li", 16)]
    [InlineData("part\nwhole line\r\nhalf a li", 17)]
    [InlineData("part and no line break after it", 31)]
    public void A_margin_after_a_part_ends_at_its_last_line_start(string text, int expected)
    {
        var bytes = Encoding.UTF8.GetBytes(text);

        Assert.Equal(expected, Utf8.MarginEnd(bytes, bytes.Length, 4));
    }

    [Fact]
    public void A_margin_never_splits_a_carriage_return_from_its_line_feed()
    {
        var bytes = Encoding.UTF8.GetBytes("part\r\nmore");

        Assert.Equal(4, Utf8.MarginEnd(bytes, 5, 0));
        Assert.Equal(6, Utf8.MarginStart(bytes, 5, bytes.Length));
    }
}
