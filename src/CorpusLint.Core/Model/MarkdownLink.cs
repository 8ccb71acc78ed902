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

    /// <summary>An empty target, <c>#</c> or a <c>javascript:</c> URL: the link leads nowhere.</summary>
    public bool IsEmptyTarget =>
        Target.Length == 0 || Target == "#" || Target.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase);
}
