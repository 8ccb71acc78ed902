using System.Buffers;

namespace CorpusLint.Model;

/// <summary>Finds Markdown links and images (inline or by reference), autolinks and bare URLs in the text.</summary>
internal static class LinkScanner
{
    // Multi-string search (vectorized) instead of stopping at every 'h' and 'w' of the prose.
    private static readonly SearchValues<string> LinkStarts =
        SearchValues.Create(["[", "<", "http://", "https://", "www."], StringComparison.OrdinalIgnoreCase);

    // In Markdown, text inside `code spans` and ``` fences is literal: no links there.
    private static readonly SearchValues<string> MarkdownLinkStarts =
        SearchValues.Create(["[", "<", "http://", "https://", "www.", "`"], StringComparison.OrdinalIgnoreCase);
    // Labels and targets longer than this are not links; the caps keep a huge line with stray brackets linear.
    private const int MaxLabelLength = 1000;
    private const int MaxTargetLength = 2048;

    private static readonly SearchValues<char> UrlStops = SearchValues.Create(" \t\r\n<>\"“”‘’«»");

    public static IReadOnlyList<MarkdownLink> Scan(Document document)
    {
        var text = document.Text.AsSpan();
        var markdown = document.Format == DocumentFormat.Markdown;
        var starts = markdown ? MarkdownLinkStarts : LinkStarts;
        var definitions = LinkDefinitions.Find(document.Text, addressesOnly: !markdown);
        List<MarkdownLink>? links = null;
        var position = 0;
        while (position < text.Length)
        {
            var next = text[position..].IndexOfAny(starts);
            if (next < 0)
            {
                break;
            }

            position += next;
            var rest = text[position..];
            if (rest[0] == '`')
            {
                position += CodeSpanLength(rest);
                continue;
            }

            var link = rest[0] switch
            {
                '[' => Inline(rest, position, image: position > 0 && text[position - 1] == '!')
                    ?? (definitions is null ? null : Reference(rest, position, image: position > 0 && text[position - 1] == '!', definitions)),
                '<' => Autolink(rest, position),
                _ => position > 0 && IsUrlBoundary(text[position - 1]) || position == 0 ? BareUrl(rest, position) : null,
            };

            if (link is null)
            {
                position++;
                continue;
            }

            (links ??= []).Add(link);
            position = link.End;
        }

        return links ?? (IReadOnlyList<MarkdownLink>)[];
    }

    /// <summary>
    /// Length of the inline link <c>[label](target "title")</c> (or image <c>![alt](src)</c>) at the start of
    /// <paramref name="text"/>, or 0. Labels may nest one level of brackets; the target is a destination as CommonMark
    /// reads it (no white space unless in angle brackets), the title left out. As in CommonMark, the label and the title
    /// may go on over a line break (one: a wrap; not a blank line), and so may the space between the destination and its title; and
    /// the destination may be broken once where a hard wrap broke it, the next line going on with it (html2text wraps its
    /// Markdown at 78 columns inside addresses: <c>(http://example.com/author/jane-</c> / <c>roe/)</c>).
    /// </summary>
    public static int MatchInlineLink(ReadOnlySpan<char> text, out (int LabelStart, int LabelLength, int TargetStart, int TargetLength) parts)
    {
        parts = default;
        var open = text.Length > 0 && text[0] == '!' ? 1 : 0;
        if (open >= text.Length || text[open] != '[')
        {
            return 0;
        }

        var labelEnd = LabelEnd(text, open);
        if (labelEnd < 0 || labelEnd + 1 >= text.Length || text[labelEnd + 1] != '(')
        {
            return 0;
        }

        var limit = Math.Min(text.Length, labelEnd + 2 + MaxTargetLength);
        var i = SkipSpaces(text, labelEnd + 2, limit, lineBreak: false);
        int targetStart, targetEnd;
        if (i < limit && text[i] == '<')
        {
            var close = text[i..limit].IndexOfAny('>', '\n', '\r');
            if (close < 0 || text[i + close] != '>')
            {
                return 0;
            }

            (targetStart, targetEnd, i) = (i + 1, i + close, i + close + 1);
        }
        else
        {
            targetStart = i;
            i = DestinationEnd(text, i, limit);
            var pieceStart = targetStart;
            for (var pieces = 1; pieces < MaxWrappedDestinationLines && WrappedDestinationGoesOn(text, pieceStart, i, limit) is var next and > 0; pieces++)
            {
                pieceStart = next;
                i = DestinationEnd(text, next, limit);
            }

            targetEnd = i;
        }

        i = SkipSpaces(text, i, limit, lineBreak: true);
        if (i < limit && targetEnd > targetStart && text[i] is '"' or '\'' or '(' && i > targetEnd)
        {
            var closer = text[i] == '(' ? ')' : text[i];
            var close = TitleEnd(text, i + 1, limit, closer);
            if (close < 0)
            {
                return 0;
            }

            i = SkipSpaces(text, close + 1, limit, lineBreak: true);
        }

        if (i >= limit || text[i] != ')')
        {
            return 0;
        }

        parts = (open + 1, labelEnd - open - 1, targetStart, targetEnd - targetStart);
        return i + 1;
    }

    /// <summary>
    /// Where a link's destination written without angle brackets ends, as CommonMark reads it: at white space or a control
    /// character, or at the parenthesis that closes the link (the destination's own parentheses balanced:
    /// <c>javascript:void(0)</c>). Prose in parentheses right after a bracket ("[sic](as he wrote it)") is no destination.
    /// </summary>
    private static int DestinationEnd(ReadOnlySpan<char> text, int i, int limit)
    {
        var depth = 0;
        for (; i < limit && !char.IsWhiteSpace(text[i]) && !char.IsControl(text[i]); i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == '(')
            {
                depth++;
            }
            else if (text[i] == ')' && depth-- == 0)
            {
                return i;
            }
        }

        return Math.Min(i, limit);
    }

    /// <summary>Past the spaces and tabs at <paramref name="i"/>, and with <paramref name="lineBreak"/> one line break among them.</summary>
    private static int SkipSpaces(ReadOnlySpan<char> text, int i, int limit, bool lineBreak)
    {
        while (i < limit && text[i] is ' ' or '\t')
        {
            i++;
        }

        if (lineBreak && LineBreakLength(text, i, limit) is var length and > 0)
        {
            i += length;
            while (i < limit && text[i] is ' ' or '\t')
            {
                i++;
            }
        }

        return i;
    }

    /// <summary>The length of the line break (LF, CR LF or CR) at <paramref name="i"/> when a line with text follows it; 0 otherwise.</summary>
    private static int LineBreakLength(ReadOnlySpan<char> text, int i, int limit)
    {
        var length = i < limit && text[i] == '\r' ? (i + 1 < limit && text[i + 1] == '\n' ? 2 : 1) : i < limit && text[i] == '\n' ? 1 : 0;
        var after = i + length;
        while (after < limit && text[after] is ' ' or '\t')
        {
            after++;
        }

        return length > 0 && after < limit && text[after] is not ('\n' or '\r') ? length : 0;
    }

    /// <summary>The most lines a hard wrap may break one destination over (a picture's long address at 78 columns takes three).</summary>
    private const int MaxWrappedDestinationLines = 4;

    /// <summary>
    /// Where a destination broken by a hard wrap goes on: it ran to the line's end without a space, and the next line starts
    /// with more of it, at its first column, up to the link's closing parenthesis or title, or to the line's end where the
    /// wrap broke it again. 0 when it does not.
    /// </summary>
    private static int WrappedDestinationGoesOn(ReadOnlySpan<char> text, int start, int end, int limit)
    {
        var length = end > start ? LineBreakLength(text, end, limit) : 0;
        var next = end + length;
        if (length == 0 || next >= limit || char.IsWhiteSpace(text[next]) || text[next] is '"' or '\'' or '(' or ')')
        {
            return 0;
        }

        var goesOn = DestinationEnd(text, next, limit);
        return goesOn < limit && text[goesOn] is ')' or ' ' or '\n' or '\r' ? next : 0;
    }

    /// <summary>The closing mark of a link's title opened before <paramref name="i"/>, over one line break but not a blank line; -1 when none.</summary>
    private static int TitleEnd(ReadOnlySpan<char> text, int i, int limit, char closer)
    {
        var breaks = 0;
        for (; i < limit; i++)
        {
            if (text[i] == closer)
            {
                return i;
            }

            if (text[i] is '\n' or '\r')
            {
                var length = LineBreakLength(text, i, limit);
                if (length == 0 || ++breaks > 1)
                {
                    return -1;
                }

                i += length - 1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Where the label opened by the bracket at <paramref name="open"/> closes, or -1: on the same line or the next (not
    /// across a blank line), nesting one level of brackets, skipping escaped characters.
    /// </summary>
    private static int LabelEnd(ReadOnlySpan<char> text, int open)
    {
        var depth = 0;
        var labelLimit = Math.Min(text.Length, open + MaxLabelLength);
        var breaks = 0;
        // A label that opens with a picture may be wrapped twice, in the picture's alternative text and in its address
        // (html2text: "[![Jane-" / "roe](https://example.org/jane-" / "roe.jpg)By Jane Roe](/people/jane)").
        var maxBreaks = open + 1 < text.Length && text[open + 1] == '!' ? 2 : 1;
        for (var i = open; i < labelLimit; i++)
        {
            if (text[i] is '\n' or '\r')
            {
                // One line break at most (a wrap), so that a text of unclosed brackets on many lines stays one scan.
                var length = LineBreakLength(text, i, labelLimit);
                if (length == 0 || ++breaks > maxBreaks)
                {
                    return -1;
                }

                i += length - 1;
            }
            else if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == '[')
            {
                depth++;
            }
            else if (text[i] == ']' && --depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    public static bool StartsWithUrl(ReadOnlySpan<char> text) =>
        text.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    /// <summary>Length of the URL at the start of <paramref name="text"/>, without trailing sentence punctuation.</summary>
    public static int UrlLength(ReadOnlySpan<char> text)
    {
        var end = text.IndexOfAny(UrlStops);
        var url = end < 0 ? text : text[..end];
        url = url.TrimEnd(".,;:!?)]'");
        return url.Length;
    }

    private static MarkdownLink? Inline(ReadOnlySpan<char> rest, int position, bool image)
    {
        var length = MatchInlineLink(rest, out var parts);
        if (length == 0)
        {
            return null;
        }

        var target = rest.Slice(parts.TargetStart, parts.TargetLength).Trim().ToString();
        if (target.AsSpan().ContainsAny('\n', '\r'))
        {
            // An address a hard wrap broke: the address is its two pieces joined.
            target = target.Replace("\r", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal);
        }

        var start = image ? position - 1 : position;
        return new MarkdownLink(
            image ? LinkKind.Image : LinkKind.Inline,
            start,
            length + (image ? 1 : 0),
            position + parts.LabelStart,
            parts.LabelLength,
            position + parts.TargetStart,
            target);
    }

    /// <summary>
    /// A definition (<c>[ref]: target</c>), or a reference to one: <c>[label][ref]</c>, <c>[label][]</c> or <c>[label]</c>
    /// (an image when <c>!</c> opens it). Bracketed text that no definition names is text.
    /// </summary>
    private static MarkdownLink? Reference(ReadOnlySpan<char> rest, int position, bool image, LinkDefinitions definitions)
    {
        if (!image && definitions.TryGetAt(position, out var definition))
        {
            return new MarkdownLink(LinkKind.Definition, position, definition.Length, position, 0, definition.TargetStart, definition.Target);
        }

        var labelEnd = LabelEnd(rest, 0);
        if (labelEnd < 1 || (labelEnd + 1 < rest.Length && rest[labelEnd + 1] == '('))
        {
            return null;
        }

        var label = rest[1..labelEnd];
        var length = labelEnd + 1;
        var reference = label;
        if (labelEnd + 1 < rest.Length && rest[labelEnd + 1] == '[')
        {
            var close = rest[(labelEnd + 2)..].IndexOfAny('[', ']', '\n');
            if (close >= 0 && rest[labelEnd + 2 + close] == ']')
            {
                reference = close == 0 ? label : rest.Slice(labelEnd + 2, close);
                length = labelEnd + 3 + close;
            }
        }

        if (!definitions.TryGet(reference, out var target))
        {
            return null;
        }

        var start = image ? position - 1 : position;
        return new MarkdownLink(image ? LinkKind.Image : LinkKind.Reference, start, length + (image ? 1 : 0), position + 1, label.Length, position + labelEnd + 1, target.Target);
    }

    private static MarkdownLink? Autolink(ReadOnlySpan<char> rest, int position)
    {
        if (!StartsWithUrl(rest[1..]))
        {
            return null;
        }

        var close = rest[..Math.Min(rest.Length, MaxTargetLength)].IndexOfAny('>', '\n', '\r');
        if (close < 0 || rest[close] != '>')
        {
            return null;
        }

        var target = rest[1..close].ToString();
        return new MarkdownLink(LinkKind.Autolink, position, close + 1, position + 1, close - 1, position + 1, target);
    }

    private static MarkdownLink? BareUrl(ReadOnlySpan<char> rest, int position)
    {
        if (!StartsWithUrl(rest))
        {
            return null;
        }

        var length = UrlLength(rest);
        return length <= 8 ? null : new MarkdownLink(LinkKind.BareUrl, position, length, position, length, position, rest[..length].ToString());
    }

    /// <summary>Length of the code span or fence opened by the backtick run at the start of <paramref name="text"/> (the run alone when unclosed).</summary>
    private static int CodeSpanLength(ReadOnlySpan<char> text)
    {
        var run = text.IndexOfAnyExcept('`');
        if (run < 0)
        {
            return text.Length;
        }

        var search = run;
        while (search < text.Length)
        {
            var close = text[search..].IndexOf('`');
            if (close < 0)
            {
                break;
            }

            var start = search + close;
            var length = text[start..].IndexOfAnyExcept('`');
            length = length < 0 ? text.Length - start : length;
            if (length == run)
            {
                return start + length;
            }

            search = start + length;
        }

        return run;
    }

    private static bool IsUrlBoundary(char previous) => !char.IsLetterOrDigit(previous) && previous is not ('/' or '.' or '@');
}
