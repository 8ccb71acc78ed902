using CorpusLint.Engine.Timing;
using CorpusLint.Model.Attribution;

namespace CorpusLint.Model;

public sealed partial class Document
{
    private DocumentAttribution? _attribution;
    private AttributionChoice? _attributionChoice;
    private bool _choosingAttribution;
    private IReadOnlyList<NameMention>? _names;

    /// <summary>
    /// Byline and source-credit shapes found line by line, and front-matter metadata, without the layout (the layout
    /// reads them to keep bylines out of the boilerplate; it must never read the choice, which is made with the layout).
    /// </summary>
    public DocumentAttribution Attribution => _attribution ??= Build(TimedParts.Attribution, static d => AttributionScanner.Scan(d));

    /// <summary>The article's bylines and source credits, chosen with its header, and why each candidate was taken or not.</summary>
    public AttributionChoice AttributionChoice => _attributionChoice ??= ChooseAttribution();

    /// <summary>Name-like words (capitalised, three letters or more, not acronyms) with their ASCII skeletons, in text order.</summary>
    public IReadOnlyList<NameMention> Names => _names ??= Build(TimedParts.Names, static d => NameScanner.Scan(d));

    private AttributionChoice ChooseAttribution()
    {
        if (_choosingAttribution)
        {
            throw new InvalidOperationException("The attribution choice reads the layout, so the layout must not read it (read Attribution).");
        }

        _choosingAttribution = true;
        try
        {
            return Build(TimedParts.AttributionChoice, static d => AttributionChooser.Choose(d));
        }
        finally
        {
            _choosingAttribution = false;
        }
    }
}
