using CorpusLint.Engine.Timing;
using CorpusLint.Model.Attribution;

namespace CorpusLint.Model;

public sealed partial class Document
{
    private ArticleHeader? _header;

    /// <summary>The article's header and closing credit, read from the layout's body: where bylines and datelines are looked for first.</summary>
    public ArticleHeader Header => _header ??= Build(TimedParts.Header, static d => ArticleHeader.Find(d));
}
