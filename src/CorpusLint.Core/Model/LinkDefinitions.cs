namespace CorpusLint.Model;

/// <summary>A Markdown link reference definition: the span of <c>[ref]: target "title"</c> and the target it gives.</summary>
internal readonly record struct LinkDefinition(int Start, int Length, int TargetStart, string Target);

/// <summary>
/// Markdown's link reference definitions (<c>[ref]: target "title"</c>, each alone on its line, opening a block or
/// following another), as html2text and pandoc print a page's link targets when asked for reference links, and as
/// writers of Markdown keep them at a post's end: the targets of the text's <c>[label][ref]</c> links. A definition
/// is found once here and looked up by its label, matched as CommonMark matches it (case and runs of white space
/// ignored); the first of two definitions of one label wins.
/// </summary>
internal sealed class LinkDefinitions
{
    private const int MaxIndent = 3;
    private const int MaxLabelLength = 999;

    private readonly Dictionary<string, LinkDefinition> _byLabel;
    private readonly Dictionary<int, LinkDefinition> _byStart;

    private LinkDefinitions(Dictionary<string, LinkDefinition> byLabel, Dictionary<int, LinkDefinition> byStart)
    {
        _byLabel = byLabel;
        _byStart = byStart;
    }

    /// <summary>
    /// The text's definitions, or null when it has none. In plain text (<paramref name="addressesOnly"/>) only those whose
    /// target is an address count: html2text's reference links saved as text, not a footnote "[1]: Smith" that Markdown
    /// would read as a link to "Smith".
    /// </summary>
    public static LinkDefinitions? Find(string text, bool addressesOnly)
    {
        Dictionary<string, LinkDefinition>? byLabel = null;
        Dictionary<int, LinkDefinition>? byStart = null;
        var previousEnd = -1;
        var position = 0;
        while (position < text.Length)
        {
            var colon = text.AsSpan(position).IndexOf("]:", StringComparison.Ordinal);
            if (colon < 0)
            {
                break;
            }

            var lineStart = text.LastIndexOf('\n', position + colon) + 1;
            var lineEnd = text.IndexOf('\n', position + colon);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            position = lineEnd + 1;
            if (!OpensBlock(text, lineStart, previousEnd) || Parse(text, lineStart, lineEnd) is not ({ } label, var definition)
                || (addressesOnly && !IsAddress(definition.Target)))
            {
                continue;
            }

            byStart ??= [];
            byLabel ??= new Dictionary<string, LinkDefinition>(StringComparer.Ordinal);
            byStart[definition.Start] = definition;
            byLabel.TryAdd(label, definition);
            previousEnd = lineEnd;
        }

        return byLabel is null ? null : new LinkDefinitions(byLabel, byStart!);
    }

    /// <summary>The definition whose opening bracket stands at <paramref name="start"/>.</summary>
    public bool TryGetAt(int start, out LinkDefinition definition) => _byStart.TryGetValue(start, out definition);

    /// <summary>The definition of the reference <paramref name="label"/>.</summary>
    public bool TryGet(ReadOnlySpan<char> label, out LinkDefinition definition) => _byLabel.TryGetValue(Normalize(label), out definition);

    /// <summary>A definition cannot carry on a paragraph: the line above is blank, another definition, or there is none.</summary>
    private static bool OpensBlock(string text, int lineStart, int previousEnd)
    {
        // The first line, a line under another definition, or the second line under an empty first one.
        if (lineStart <= 1 || lineStart - 1 == previousEnd)
        {
            return true;
        }

        var above = text.LastIndexOf('\n', lineStart - 2) + 1;
        return text.AsSpan(above, lineStart - 1 - above).IsWhiteSpace();
    }

    private static (string Label, LinkDefinition Definition)? Parse(string text, int lineStart, int lineEnd)
    {
        var line = text.AsSpan(lineStart, lineEnd - lineStart).TrimEnd();
        var indent = line.Length - line.TrimStart(' ').Length;
        if (indent > MaxIndent || indent >= line.Length || line[indent] != '[')
        {
            return null;
        }

        var close = line[(indent + 1)..].IndexOfAny('[', ']');
        if (close < 0 || line[indent + 1 + close] != ']' || close > MaxLabelLength)
        {
            return null;
        }

        // "[^1]: ..." is a footnote's text, not a link's target.
        var label = line.Slice(indent + 1, close);
        var afterLabel = indent + close + 2;
        if (label.IsWhiteSpace() || label[0] == '^' || afterLabel >= line.Length || line[afterLabel] != ':')
        {
            return null;
        }

        var rest = line[(afterLabel + 1)..];
        var targetOffset = rest.Length - rest.TrimStart().Length;
        rest = rest.TrimStart();
        if (rest.IsEmpty)
        {
            return null;
        }

        int targetLength, shownLength;
        if (rest[0] == '<')
        {
            var end = rest.IndexOf('>');
            if (end < 0)
            {
                return null;
            }

            (targetOffset, targetLength, shownLength) = (targetOffset + 1, end - 1, end + 1);
        }
        else
        {
            targetLength = rest.IndexOfAny(' ', '\t');
            targetLength = targetLength < 0 ? rest.Length : targetLength;
            shownLength = targetLength;
        }

        if (!IsTitle(rest[shownLength..].Trim()))
        {
            return null;
        }

        var targetStart = lineStart + afterLabel + 1 + targetOffset;
        var definition = new LinkDefinition(lineStart + indent, line.Length - indent, targetStart, text.Substring(targetStart, targetLength));
        return (Normalize(label), definition);
    }

    /// <summary>An absolute address ("https://…", "www.…", "mailto:…") or one on the same site ("/wiki/…", "#notes").</summary>
    private static bool IsAddress(string target) =>
        target.Contains("://", StringComparison.Ordinal) || target.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
        || target.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || target.StartsWith('/') || target.StartsWith('#');

    /// <summary>Nothing, or a title in double quotes, single quotes or parentheses.</summary>
    private static bool IsTitle(ReadOnlySpan<char> text) =>
        text.IsEmpty || (text.Length >= 2 && (text[0], text[^1]) is ('"', '"') or ('\'', '\'') or ('(', ')'));

    /// <summary>A label as CommonMark matches it: trimmed, each run of white space one space, case folded.</summary>
    private static string Normalize(ReadOnlySpan<char> label)
    {
        var builder = new System.Text.StringBuilder(label.Length);
        foreach (var range in label.SplitAny(" \t\r\n"))
        {
            if (label[range] is { IsEmpty: false } word)
            {
                builder.Append(builder.Length > 0 ? " " : string.Empty).Append(word);
            }
        }

        return builder.ToString().ToUpperInvariant();
    }
}
