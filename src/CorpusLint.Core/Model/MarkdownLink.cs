namespace CorpusLint.Model;

public enum LinkKind
{
    /// <summary><c>[label](target)</c></summary>
    Inline,

    /// <summary><c>![alt](source)</c></summary>
    Image,

    /// <summary><c>&lt;https://...&gt;</c></summary>
    Autolink,

    /// <summary>A URL written out in the text.</summary>
    BareUrl,

    /// <summary>
    /// <c>[label][ref]</c>, <c>[label][]</c> or <c>[label]</c> in Markdown, where a <see cref="Definition"/> of <c>ref</c>
    /// gives the target: the label is shown, the reference is not.
    /// </summary>
    Reference,

    /// <summary><c>[ref]: target "title"</c> alone on its line in Markdown: where the references to it lead. It shows nothing.</summary>
    Definition,
}

/// <summary>A link found in the text, with the spans of its label and target.</summary>
/// <param name="Start">Offset of the whole link.</param>
/// <param name="Length">Length of the whole link.</param>
/// <param name="LabelStart">Offset of the label (the URL itself for autolinks and bare URLs).</param>
/// <param name="LabelLength">Length of the label.</param>
/// <param name="TargetStart">Offset of the target.</param>
/// <param name="Target">The target as written, without surrounding whitespace.</param>
public sealed record MarkdownLink(LinkKind Kind, int Start, int Length, int LabelStart, int LabelLength, int TargetStart, string Target)
{
    public int End => Start + Length;

    /// <summary>Whether the link shows only its label (an alt text, nothing for a definition): the rest is syntax a reader does not see.</summary>
    public bool HidesSyntax => Kind is LinkKind.Inline or LinkKind.Image or LinkKind.Reference or LinkKind.Definition;

    /// <summary>
    /// The picture an inline link's label opens with (<c>[![Jane Roe](roe.jpg)By Jane Roe](/jane)</c>): the offsets of its
    /// alternative text, which a reader sees, and of its end, after the address a reader does not; null for any other link.
    /// </summary>
    public (int AltStart, int AltEnd, int End)? LeadingPicture(string text)
    {
        var label = text.AsSpan(LabelStart, LabelLength);
        if (Kind != LinkKind.Inline || !label.StartsWith("![") || LinkScanner.MatchInlineLink(label, out var picture) is not (var length and > 0))
        {
            return null;
        }

        return (LabelStart + picture.LabelStart, LabelStart + picture.LabelStart + picture.LabelLength, LabelStart + length);
    }

    /// <summary>An empty target, <c>#</c> or a <c>javascript:</c> URL: the link leads nowhere.</summary>
    public bool IsEmptyTarget =>
        Target.Length == 0 || Target == "#" || Target.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase);
}
