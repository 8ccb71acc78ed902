using CorpusLint.Model.Layout;

namespace CorpusLint.Reporting;

public static partial class DocumentInspector
{
    private static InspectedLayout InspectLayout(DocumentLayout layout) => new(
        layout.HasBody ? layout.BodyStart + 1 : null,
        layout.HasBody ? layout.BodyEnd + 1 : null,
        [.. layout.Lines.Where(l => l.Class is not LineClass.Blank and not LineClass.Body).Select(l => new InspectedLineClass(l.Index + 1, l.Class.ToString(), l.Place.ToString(), l.Prose.ToString()))]);
}

/// <summary>The article body (1-based lines) and the class of every non-blank line outside the body prose, with the jusText-like prose class it was judged by.</summary>
public sealed record InspectedLayout(int? BodyStart, int? BodyEnd, IReadOnlyList<InspectedLineClass> Lines);

public sealed record InspectedLineClass(int Line, string Class, string Place, string Prose);
