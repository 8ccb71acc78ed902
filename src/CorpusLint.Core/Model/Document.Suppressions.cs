using CorpusLint.Engine.Timing;
namespace CorpusLint.Model;

public sealed partial class Document
{
    private SuppressionSet? _suppressions;

    /// <summary>
    /// The lines where the document's own comments turn rules off (<c>&lt;!-- corpuslint-disable CL2004 --&gt;</c> and
    /// friends, Markdown only). Found once here; the engine drops the diagnostics they cover.
    /// </summary>
    public SuppressionSet Suppressions => _suppressions ??= Build(TimedParts.Suppressions, static d => SuppressionScanner.Scan(d));
}
