using CorpusLint.Engine.Timing;
namespace CorpusLint.Model;

public sealed partial class Document
{
    private MojibakeRun[]? _mojibake;

    /// <summary>
    /// Runs of UTF-8 text that was decoded as Windows-1252 or Latin-1 (<c>â€™</c>, <c>Ã©</c>, <c>Â </c>),
    /// in text order, each with the characters it restores to when that is known exactly.
    /// </summary>
    public IReadOnlyList<MojibakeRun> Mojibake => _mojibake ??= Build(TimedParts.Mojibake, static d => MojibakeScanner.Scan(d.Text));
}
