using CorpusLint.Engine.Timing;
namespace CorpusLint.Model;

public sealed partial class Document
{
    private Word[]? _words;

    /// <summary>
    /// Every word of the text in order (see <see cref="Word"/> for what counts as one), but those of a Markdown link's
    /// target: where <c>[the budget](https://example.org/budget-2024.pdf)</c> leads is not what the text says.
    /// </summary>
    public IReadOnlyList<Word> Words => _words ??= Build(TimedParts.Words, static d => WordScanner.Scan(d.Text, d.Links));

    public ReadOnlySpan<char> GetText(Word word) => Text.AsSpan(word.Start, word.Length);

    /// <summary>The words that start inside [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public ReadOnlySpan<Word> GetWords(int start, int end)
    {
        var words = (Word[])Words;
        var first = LowerBound(words, start);
        var last = LowerBound(words, end);
        return words.AsSpan(first, last - first);
    }

    /// <summary>The index in <see cref="Words"/> of the first word that starts at or after <paramref name="offset"/>.</summary>
    internal int FirstWordAtOrAfter(int offset) => LowerBound((Word[])Words, offset);

    public ReadOnlySpan<Word> GetWords(Paragraph paragraph) => GetWords(paragraph.Start, paragraph.End);

    public ReadOnlySpan<Word> GetWords(Line line) => GetWords(line.Start, line.End);

    private static int LowerBound(Word[] words, int offset)
    {
        int low = 0, high = words.Length;
        while (low < high)
        {
            var middle = (low + high) >> 1;
            if (words[middle].Start < offset)
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
