using CorpusLint.Model.Attribution;

namespace CorpusLint.Model;

public sealed partial class Document
{
    private DocumentAttribution? _attribution;
    private IReadOnlyList<NameMention>? _names;

    /// <summary>Bylines, source credits and front-matter metadata: who wrote the document and where it came from.</summary>
    public DocumentAttribution Attribution => _attribution ??= AttributionScanner.Scan(this);

    /// <summary>Name-like words (capitalised, three letters or more, not acronyms) with their ASCII skeletons, in text order.</summary>
    public IReadOnlyList<NameMention> Names => _names ??= NameScanner.Scan(this);
}
