using CorpusLint.Model;

namespace CorpusLint.Tests.Model;

public class WordFormComparerTests
{
    [Fact]
    public void Words_are_one_form_when_their_text_is_the_same_and_are_found_by_a_span()
    {
        var document = Document.FromText("a.txt", "the harbour, The harbour and the pier\n");
        var forms = new HashSet<int>(new WordFormComparer(document));
        for (var i = 0; i < document.Words.Count; i++)
        {
            forms.Add(i);
        }

        var lookup = forms.GetAlternateLookup<ReadOnlySpan<char>>();

        Assert.Equal(5, forms.Count);
        Assert.True(lookup.Contains("harbour"));
        Assert.True(lookup.Contains("The"));
        Assert.False(lookup.Contains("Harbour"));
        Assert.False(lookup.Contains("harbou"));
    }

    [Fact]
    public void A_form_is_never_added_by_its_text()
    {
        var document = Document.FromText("a.txt", "the pier\n");
        var lookup = new HashSet<int>(new WordFormComparer(document)).GetAlternateLookup<ReadOnlySpan<char>>();

        Assert.Throws<NotSupportedException>(() => lookup.Add("pier"));
    }
}
