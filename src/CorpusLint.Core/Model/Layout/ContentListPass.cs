namespace CorpusLint.Model.Layout;

/// <summary>
/// Lists of descriptive items: three or more list items in a row without links or boilerplate phrases, of more than a
/// menu's one or two words an item and not written as headlines (a product's features, a recipe's ingredients, an
/// update's changes). Such a list is the article's, not a menu.
/// </summary>
internal static class ContentListPass
{
    public static void Run(LayoutState state)
    {
        MarkUnmarkedListLines(state);
        var options = state.Options;
        for (var i = state.NextNonBlank(0); i >= 0;)
        {
            if (!IsListLine(state, i))
            {
                i = state.NextNonBlank(i + 1);
                continue;
            }

            var (first, items, headlines, words, longest, last) = (i, 0, 0, 0, 0, i);
            for (; i >= 0 && IsListLine(state, i); i = state.NextNonBlank(i + 1))
            {
                var f = state.Features[i];
                items++;
                headlines += f.IsHeadlineItem ? 1 : 0;
                words += f.Words;
                longest = Math.Max(longest, f.Words);
                last = i;
            }

            // A list of headlines is a list of teaser links ("Related: • 11 Facts About Our Galaxy").
            if (items >= options.ListMinItems && words >= options.ContentListMinAverageWords * items && longest >= options.ContentListMinLongestItem
                && headlines * 2 < items)
            {
                var heading = state.PreviousNonBlank(first - 1);
                if (heading >= 0 && state.Features[heading].Prose == ProseClass.Short && !state.Features[heading].ListItem)
                {
                    state.Mark(heading, LineSignals.IntroducesList);
                }

                for (var j = first; j <= last; j++)
                {
                    if (!state.IsBlank(j))
                    {
                        state.Marks[j].ContentListWords = (double)words / items;
                        state.Mark(j, LineSignals.InContentList);
                    }
                }
            }
        }
    }

    private static bool IsListLine(LayoutState state, int i) =>
        (state.Features[i].ListItem || state.Marks[i].Has(LineSignals.InUnmarkedList)) && IsDescriptiveItem(state.Features[i], state.Options);

    private static bool IsDescriptiveItem(LineFeatures f, LayoutOptions options) =>
        f.Phrase is null && !f.IsCaption && !f.IsSocialUrl && !f.LinkOnly && f.LinkDensity < options.ListItemMaxLinkDensity && !f.IsStamp;

    /// <summary>
    /// A list whose markers were lost (an extracted article keeps a product's features as bare lines): in a document
    /// that marks none of its lists, three or more lines in a row with no blank line between them, each of two words or
    /// more, none a long paragraph, a byline or a copy of the line above (a dek printed twice). Where some lists are
    /// marked, bare lines in a row are a menu or a footer.
    /// </summary>
    private static void MarkUnmarkedListLines(LayoutState state)
    {
        var options = state.Options;
        // One numbered line ("802. 11AC Wi-Fi") does not make a document that marks its lists.
        var marked = 0;
        foreach (var f in state.Features)
        {
            if (f.ListItem && ++marked >= options.ListMinItems)
            {
                return;
            }
        }

        for (var i = 0; i < state.Count;)
        {
            var end = i;
            while (end < state.Count && !state.IsBlank(end) && !state.Features[end].ListItem && !state.Features[end].IsBylineOrDateline
                && state.Features[end].Words >= 2 && state.Features[end].Words <= options.UnmarkedListItemWords && state.Marks[end].DuplicateOf != end - 1)
            {
                end++;
            }

            for (var j = i; end - i >= options.ListMinItems && j < end; j++)
            {
                state.Mark(j, LineSignals.InUnmarkedList);
            }

            i = Math.Max(end, i + 1);
        }
    }
}
