namespace CorpusLint.Model.Layout;

/// <summary>
/// The layout of a hard-wrapped text: built on the text with each logical line (a line and those it runs on into) on one
/// line, then given back line by line, every line of a logical line taking its layout. Judged line by line, a wrapped
/// paragraph is a run of fragments and a wrapped list item breaks its list; judged whole, they are what an unwrapped
/// dump of the same page shows.
/// </summary>
internal static class UnwrappedLayout
{
    public static DocumentLayout Build(Document document, HardWraps wraps, LayoutOptions options)
    {
        var (text, first, last) = wraps.Unwrap(document);
        var unwrapped = Document.Create(document.Path, document.Source with { Text = text }, document.Format, document.Metadata, document.DeclaredLanguage);
        if (unwrapped.Lines.Count != first.Length)
        {
            return LayoutBuilder.BuildLines(document, options);
        }

        var logical = LayoutBuilder.BuildLines(unwrapped, options);
        var lines = new LineLayout[document.Lines.Count];
        for (var k = 0; k < first.Length; k++)
        {
            var line = logical.Lines[k];
            var duplicateOf = line.DuplicateOf >= 0 ? first[line.DuplicateOf] : -1;
            var signals = first[k] < last[k] ? line.Signals | LineSignals.Wrapped : line.Signals;
            for (var i = first[k]; i <= last[k]; i++)
            {
                lines[i] = line with { Index = i, DuplicateOf = duplicateOf, Signals = signals };
            }
        }

        return logical.HasBody
            ? new DocumentLayout(lines, first[logical.BodyStart], last[logical.BodyEnd])
            : new DocumentLayout(lines, -1, -1);
    }
}
