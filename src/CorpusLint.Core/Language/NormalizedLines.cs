namespace CorpusLint.Language;

/// <summary>
/// Normalizes a document's lines into one buffer, sized for the whole text up front: a line's normalized text is never
/// longer than the line, so the lines of a document fit in its length and nothing is allocated per line.
/// </summary>
internal sealed class NormalizedLines
{
    /// <summary>The smallest buffer taken when the first one is full (only for text longer than the document said).</summary>
    private const int MinChunk = 4096;

    private char[] _buffer;
    private int _used;

    public NormalizedLines(int capacity)
    {
        _buffer = capacity == 0 ? [] : GC.AllocateUninitializedArray<char>(capacity);
    }

    public NormalizedText Add(ReadOnlySpan<char> line)
    {
        if (_buffer.Length - _used < line.Length)
        {
            // A new buffer for what is left; the texts already handed out keep the old one.
            _buffer = GC.AllocateUninitializedArray<char>(Math.Max(line.Length, MinChunk));
            _used = 0;
        }

        var length = BoilerplatePhrases.Normalize(line, _buffer.AsSpan(_used));
        if (length == 0)
        {
            return NormalizedText.Empty;
        }

        var text = new NormalizedText(_buffer, _used, length);
        _used += length;
        return text;
    }
}
