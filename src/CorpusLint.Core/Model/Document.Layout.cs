using CorpusLint.Model.Layout;

namespace CorpusLint.Model;

public sealed partial class Document
{
    private DocumentLayout? _layout;

    /// <summary>Where the article body is, and each line's features and class relative to it.</summary>
    public DocumentLayout Layout => _layout ??= LayoutBuilder.Build(this);
}
