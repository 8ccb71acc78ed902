using CorpusLint.Language;

namespace CorpusLint.Tests.Language;

public class NormalizedLinesTests
{
    [Fact]
    public void Each_line_is_normalized_as_a_string_would_be_and_keeps_its_text_after_later_lines()
    {
        string[] lines = ["  **Read More** »", "", "• Don’t miss — “Top Stories” »", "ÉDITION ABONNÉS", "Share this [story](https://example.org/s)"];
        var normalized = new NormalizedLines(lines.Sum(l => l.Length));

        var texts = lines.Select(l => normalized.Add(l)).ToList();

        Assert.Equal(lines.Select(l => BoilerplatePhrases.Normalize(l)), texts.Select(t => t.ToString()));
        Assert.Equal(NormalizedText.Empty, texts[1]);
    }

    [Fact]
    public void Lines_longer_than_the_capacity_left_go_to_a_new_buffer_without_changing_the_earlier_ones()
    {
        var normalized = new NormalizedLines(12);
        var first = normalized.Add("Read more");
        var longLine = normalized.Add(new string('a', 5000) + " END");
        var last = normalized.Add("Sign up");

        Assert.Equal(("read more", 5004, "sign up"), (first.ToString(), longLine.Length, last.ToString()));
        Assert.EndsWith("a end", longLine.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Texts_are_equal_and_hash_alike_by_their_characters_wherever_they_are_stored()
    {
        var normalized = new NormalizedLines(100);
        var a = normalized.Add("Read More");
        var b = normalized.Add("read  more.");
        var c = normalized.Add("Read less");
        var counts = new Dictionary<NormalizedText, int> { [a] = 1 };

        Assert.True(a == b);
        Assert.True(a != c);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(counts.ContainsKey(b));
        Assert.False(counts.ContainsKey(c));
    }

    [Fact]
    public void A_slice_shares_the_text_and_compares_by_its_characters()
    {
        var normalized = new NormalizedLines(100);
        var heading = normalized.Add("3.2 Climate");
        var plain = normalized.Add("Climate");

        Assert.Equal(plain, heading.Slice(4, 7));
        Assert.Equal(NormalizedText.Empty, heading.Slice(11, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => heading.Slice(5, 7));
    }
}
