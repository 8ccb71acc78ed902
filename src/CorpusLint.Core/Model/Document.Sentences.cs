using CorpusLint.Engine.Timing;
namespace CorpusLint.Model;

public sealed partial class Document
{
    private Sentence[]? _sentences;

    /// <summary>Every sentence of the text in order, split by the one <see cref="SentenceRule"/> every scanner and rule shares.</summary>
    public IReadOnlyList<Sentence> Sentences => _sentences ??= Build(TimedParts.Sentences, static d => SentenceScanner.Scan(d));

    /// <summary>The sentences that start inside [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public ReadOnlySpan<Sentence> GetSentences(int start, int end)
    {
        var sentences = (Sentence[])Sentences;
        var first = FirstSentenceAtOrAfter(sentences, start);
        var last = FirstSentenceAtOrAfter(sentences, end);
        return sentences.AsSpan(first, last - first);
    }

    /// <summary>The sentence that holds <paramref name="offset"/>, or null between sentences.</summary>
    public Sentence? GetSentenceAt(int offset)
    {
        var sentences = (Sentence[])Sentences;
        var index = FirstSentenceAtOrAfter(sentences, offset + 1) - 1;
        return index >= 0 && offset < sentences[index].End ? sentences[index] : null;
    }

    public ReadOnlySpan<char> GetText(Sentence sentence) => Text.AsSpan(sentence.Start, sentence.Length);

    /// <summary>
    /// Whether the word at <paramref name="offset"/> stands where any word is capitalised, so its capital says nothing
    /// about it being a name: it opens a sentence (opening quotation marks, brackets and bullets before it allowed) or a
    /// clause after a colon or a dash ("Update: Today ...", "— Today ...").
    /// </summary>
    public bool OpensSentence(int offset)
    {
        var text = Text;
        var k = offset - 1;
        while (k >= 0 && (char.IsWhiteSpace(text[k]) || SentenceOpeners.Contains(text[k])))
        {
            k--;
        }

        if (k < 0 || text[k] is ':' or '—' or '–' or '-')
        {
            return true;
        }

        return GetSentenceAt(offset) is not { } sentence || sentence.Start > k;
    }

    /// <summary>What may stand before a sentence's first word: opening quotation marks and brackets, emphasis, list bullets.</summary>
    private static readonly System.Buffers.SearchValues<char> SentenceOpeners = System.Buffers.SearchValues.Create("\"“‘'«([*_•");

    private static int FirstSentenceAtOrAfter(Sentence[] sentences, int offset)
    {
        int low = 0, high = sentences.Length;
        while (low < high)
        {
            var middle = (low + high) >> 1;
            if (sentences[middle].Start < offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
