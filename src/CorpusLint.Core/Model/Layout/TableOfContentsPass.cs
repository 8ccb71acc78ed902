using CorpusLint.Language;

namespace CorpusLint.Model.Layout;

/// <summary>
/// A table of contents is the article's, though it looks like a menu: a run of list items most of which come back further
/// down as the article's own headings ("3.2 Climate" above, "Climate" below). A site's menu names other pages.
/// </summary>
internal static class TableOfContentsPass
{
    public static void Run(LayoutState state)
    {
        var options = state.Options;
        var lastHeading = LastHeadingLines(state);
        for (var i = 0; i < state.Count;)
        {
            if (!state.Features[i].ListItem)
            {
                i++;
                continue;
            }

            var first = i;
            var last = i;
            for (var j = i; j >= 0 && state.Features[j].ListItem; j = state.NextNonBlank(j + 1))
            {
                last = j;
            }

            i = last + 1;
            int items = 0, found = 0;
            for (var j = first; j <= last; j++)
            {
                if (state.Features[j].ListItem)
                {
                    items++;
                    found += lastHeading.TryGetValue(Key(state.Features[j].Normalized), out var heading) && heading > last ? 1 : 0;
                }
            }

            if (items < options.ListMinItems || found < options.TableOfContentsMinShare * items)
            {
                continue;
            }

            for (var j = first; j <= last; j++)
            {
                if (!state.IsBlank(j))
                {
                    state.Mark(j, LineSignals.TableOfContents);
                }
            }
        }
    }

    /// <summary>For the key of every short line that is not a list item (a heading of the article), the last line it is on.</summary>
    private static Dictionary<NormalizedText, int> LastHeadingLines(LayoutState state)
    {
        var headings = new Dictionary<NormalizedText, int>();
        for (var i = 0; i < state.Count; i++)
        {
            var f = state.Features[i];
            if (!f.Blank && !f.ListItem && f.Prose == ProseClass.Short && f.Words <= state.Options.TitleMaxWords)
            {
                headings[Key(f.Normalized)] = i;
            }
        }

        return headings;
    }

    /// <summary>A heading's text without its section number ("3.2 climate" → "climate") or an "[edit]" link after it.</summary>
    private static NormalizedText Key(NormalizedText normalized)
    {
        var text = normalized.Span;
        var start = 0;
        while (start < text.Length && (char.IsAsciiDigit(text[start]) || text[start] is '.' or ' '))
        {
            start++;
        }

        var key = text[start..];
        if (key.EndsWith("edit", StringComparison.Ordinal))
        {
            key = key[..^4].TrimEnd();
        }

        return normalized.Slice(start, key.Length);
    }
}
