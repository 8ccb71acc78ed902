namespace CorpusLint.Model;

/// <summary>A run of mojibake in the text.</summary>
/// <param name="Start">Offset of the first mojibake character.</param>
/// <param name="Length">Length of the run in UTF-16 code units.</param>
/// <param name="Restored">
/// The original characters: the run re-encoded as Windows-1252/Latin-1 bytes and decoded as UTF-8
/// (repeatedly, for text encoded twice). Null when the bytes were damaged and the original cannot be
/// restored exactly (<c>â€</c> with its third byte lost, <c>Â</c> before a plain space).
/// </param>
public sealed record MojibakeRun(int Start, int Length, string? Restored)
{
    public int End => Start + Length;
}
