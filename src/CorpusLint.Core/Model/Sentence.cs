namespace CorpusLint.Model;

/// <summary>
/// A sentence of the text, as <see cref="SentenceRule"/> splits it: from its first character to its final mark and
/// any closing quotation marks or brackets after it. Sentences never cross a paragraph boundary.
/// </summary>
/// <param name="Terminated">Ends in sentence punctuation (. ! ? … 。), not at a paragraph or line break.</param>
public readonly record struct Sentence(int Start, int Length, bool Terminated)
{
    public int End => Start + Length;
}
