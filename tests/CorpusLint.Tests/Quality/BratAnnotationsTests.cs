using CorpusLint.Quality;

namespace CorpusLint.Tests.Quality;

public sealed class BratAnnotationsTests
{
    // Written for this test: a text and its standoff annotations (offsets in code points).
    private const string Text = "The mayor said: “We will rebuild the old harbour wall before the winter storms.” Others disagreed.";

    private const string Ann =
        "T1\tSource 4 9\tmayor\n"
        + "T2\tCue 10 14\tsaid\n"
        + "T3\tContent 17 79\tWe will rebuild the old harbour wall before the winter storms.\n"
        + "T4\tAttribution 10 14\tsaid\n"
        + "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
        + "T5\tContent 81 97;0 3\tOthers disagreed The\n"
        + "T6\tAttribution-no-source 81 87\tOthers\n"
        + "E2\tAttribution-no-source:T6 Content:T5\n"
        + "A1\tNegated T3\n"
        + "#1\tAnnotatorNotes T3\ta note\n";

    [Fact]
    public void Reads_spans_with_fragments_and_events()
    {
        var brat = BratDocument.Parse(Ann);

        Assert.Equal(6, brat.Spans.Count);
        Assert.Equal(new[] { (81, 97), (0, 3) }, brat.Spans["T5"].Fragments);
        Assert.Equal("Content", brat.Spans["T5"].Type);
        Assert.Equal(2, brat.Events.Count);
        Assert.Equal(("Attribution", "T4"), (brat.Events[0].TriggerRole, brat.Events[0].TriggerId));
        Assert.Equal([("Content", "T3"), ("Cue", "T2"), ("Source", "T1")], brat.Events[0].Arguments);
    }

    [Fact]
    public void Sourced_contents_skip_attributions_without_source()
    {
        var contents = BratDocument.Parse(Ann).SourcedContents();

        Assert.Equal(["T3"], contents.Select(c => c.Id));
        Assert.Equal(Text[17..79], contents[0].Text);
    }

    [Fact]
    public void Secondary_content_roles_count()
    {
        var ann = "T1\tSource 0 3\tThe\nT2\tContent 4 9\tmayor\nT3\tContent 10 14\tsaid\nT4\tAttribution 10 14\tsaid\n"
            + "E1\tAttribution:T4 Content:T2 Content2:T3 Source:T1\n";

        Assert.Equal(["T2", "T3"], BratDocument.Parse(ann).SourcedContents().Select(c => c.Id));
    }

    [Theory]
    [InlineData("T1\tSource x 9\tmayor")]
    [InlineData("T1\tSource 9 4\tmayor")]
    [InlineData("T1\tSource\tmayor")]
    [InlineData("E1\tAttribution")]
    public void Rejects_malformed_lines(string line) => Assert.Throws<FormatException>(() => BratDocument.Parse(line));

    [Fact]
    public void A_content_inside_its_quotation_marks_is_a_direct_quotation()
    {
        var quoted = PolnearCheck.DirectQuotations(Text, [(17, 79)], minWords: 8);

        Assert.Equal([(16, 80)], quoted);
    }

    [Fact]
    public void A_content_that_contains_a_long_quotation_is_a_direct_quotation()
    {
        const string text = "He reports that the plan would “keep the details of the new treaty away from the public.” Then he left.";
        var content = (text.IndexOf("that", StringComparison.Ordinal), text.IndexOf(" Then", StringComparison.Ordinal));

        var quoted = PolnearCheck.DirectQuotations(text, [content], minWords: 8);

        Assert.Equal([(text.IndexOf('“'), text.IndexOf('”') + 1)], quoted);
    }

    [Theory]
    [InlineData("She said the plan was “too little, too late” for the town.")]
    [InlineData("She said the plan would cost far more than the council ever expected to pay.")]
    public void Short_or_unquoted_contents_are_not_direct_quotations(string text) =>
        Assert.Empty(PolnearCheck.DirectQuotations(text, [(9, text.Length - 1)], minWords: 8));

    [Fact]
    public void Code_point_offsets_map_past_surrogate_pairs()
    {
        const string text = "a😀b“c”";
        var map = CodePointMap.For(text);

        Assert.Equal([0, 1, 3, 4, 5, 6], Enumerable.Range(0, 6).Select(map));
        Assert.Equal(7, map(6));
        Assert.Equal(5, CodePointMap.For("plain")(5));
    }

    [Theory]
    [InlineData("one two  three", 3)]
    [InlineData(" — , 1,200 people ", 2)]
    [InlineData("", 0)]
    public void Counts_words(string text, int words) => Assert.Equal(words, PolnearCheck.CountWords(text));
}
