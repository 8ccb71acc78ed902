namespace CorpusLint.Model;

/// <summary>
/// Compares a document's words, by their index in <see cref="Document.Words"/>, by their text, and finds them by a span
/// of text: a set or a count of a document's word forms keyed by word, with no string copied out of the text.
/// </summary>
public sealed class WordFormComparer : IEqualityComparer<int>, IAlternateEqualityComparer<ReadOnlySpan<char>, int>
{
    private readonly string _text;
    private readonly IReadOnlyList<Word> _words;

    public WordFormComparer(Document document)
    {
        _text = document.Text;
        _words = document.Words;
    }

    public bool Equals(int x, int y) => FormOf(x).SequenceEqual(FormOf(y));

    public int GetHashCode(int word) => string.GetHashCode(FormOf(word));

    public bool Equals(ReadOnlySpan<char> alternate, int other) => alternate.SequenceEqual(FormOf(other));

    public int GetHashCode(ReadOnlySpan<char> alternate) => string.GetHashCode(alternate);

    /// <summary>Not supported: a form is added by the index of a word of the document, only looked up by its text.</summary>
    public int Create(ReadOnlySpan<char> alternate) => throw new NotSupportedException("word forms are added by the index of a word of the document");

    private ReadOnlySpan<char> FormOf(int word) => _text.AsSpan(_words[word].Start, _words[word].Length);
}
