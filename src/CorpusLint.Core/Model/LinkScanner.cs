using System.Buffers;

namespace CorpusLint.Model;

/// <summary>Finds Markdown links and images, autolinks and bare URLs in the text.</summary>
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
        var starts = document.Format == DocumentFormat.Markdown ? MarkdownLinkStarts : LinkStarts;
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
                '[' => Inline(rest, position, image: position > 0 && text[position - 1] == '!'),
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
    /// Length of the inline link <c>[label](target)</c> (or image <c>![alt](src)</c>) at the start of
    /// <paramref name="text"/>, or 0. Labels and targets stay on one line; labels may nest one level of brackets.
    /// </summary>
    public static int MatchInlineLink(ReadOnlySpan<char> text, out (int LabelStart, int LabelLength, int TargetStart, int TargetLength) parts)
    {
        parts = default;
        var open = text.Length > 0 && text[0] == '!' ? 1 : 0;
        if (open >= text.Length || text[open] != '[')
        {
            return 0;
        }

        var depth = 0;
        var labelEnd = -1;
        var labelLimit = Math.Min(text.Length, open + MaxLabelLength);
        for (var i = open; i < labelLimit && text[i] is not ('\n' or '\r'); i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == '[')
            {
                depth++;
            }
            else if (text[i] == ']' && --depth == 0)
            {
                labelEnd = i;
                break;
            }
        }

        if (labelEnd < 0 || labelEnd + 1 >= text.Length || text[labelEnd + 1] != '(')
        {
            return 0;
        }

        var targetStart = labelEnd + 2;
        var close = text[targetStart..Math.Min(text.Length, targetStart + MaxTargetLength)].IndexOfAny(')', '\n', '\r');
        if (close < 0 || text[targetStart + close] != ')')
        {
            return 0;
        }

        parts = (open + 1, labelEnd - open - 1, targetStart, close);
        return targetStart + close + 1;
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
