using CorpusLint.Engine.Timing;
using CorpusLint.Model.Layout;

namespace CorpusLint.Model;

public sealed partial class Document
{
    private DocumentLayout? _layout;

    /// <summary>Where the article body is, and each line's features and class relative to it (with <see cref="LayoutOptions.Default"/>).</summary>
    public DocumentLayout Layout => _layout ??= Build(TimedParts.Layout, static d => LayoutBuilder.Build(d, LayoutOptions.Default));

    /// <summary>Whether something has read <see cref="Layout"/>: rules that need only the scanners must not pay for it (tests).</summary>
    internal bool HasLayout => _layout is not null;

    /// <summary>The layout with other options: for the quality report, which tunes them per site fold. Not cached.</summary>
    public DocumentLayout BuildLayout(LayoutOptions options) => LayoutBuilder.Build(this, options);
}
