namespace CorpusLint.Model.Layout;

/// <summary>
/// A run of short items inside the body that the article introduces is the article's list, however short its items
/// ("The following methods:" then "• json()", "• text()"; "What you'll need:" then "• Ruler"): the line above ends with a
/// colon, or prose of the body (or items of a descriptive list, for a nested list) stands on both sides. A site's menu is not written into a paragraph's flow, and its
/// entries carry links or its phrases, which keep such items out.
/// </summary>
internal static class IntroducedListPass
{
    public static void Run(LayoutState state)
    {
        for (var i = state.NextNonBlank(state.BodyStart); i >= 0 && i <= state.BodyEnd;)
        {
            if (!state.Has(i, LineSignals.MenuRun))
            {
                i = state.NextNonBlank(i + 1);
                continue;
            }

            var (first, last, plain) = (i, i, true);
            for (; i >= 0 && i <= state.BodyEnd && state.Has(i, LineSignals.MenuRun); i = state.NextNonBlank(i + 1))
            {
                var f = state.Features[i];
                plain &= IsPlainItem(f, state.Options);
                last = i;
            }

            if (plain && IsIntroduced(state, state.PreviousNonBlank(first - 1), state.NextNonBlank(last + 1)))
            {
                for (var j = first; j <= last; j++)
                {
                    if (!state.IsBlank(j))
                    {
                        state.Mark(j, LineSignals.IntroducedList);
                    }
                }
            }
        }
    }

    /// <summary>A list item with no link and no phrase of the page's chrome: a menu's entries have one or the other.</summary>
    internal static bool IsPlainItem(LineFeatures f, LayoutOptions options) =>
        f.Phrase is null && !f.LinkOnly && f.LinkDensity < options.ListItemMaxLinkDensity;

    private static bool IsIntroduced(LayoutState state, int above, int below)
    {
        if (above < state.BodyStart || state.Features[above].Phrase is not null)
        {
            return false;
        }

        return state.Features[above].EndsWithColon || (IsText(state, above) && below >= 0 && below <= state.BodyEnd && IsText(state, below));
    }

    /// <summary>Prose, or an item of a list of descriptive items: the short items between are a list nested in the article's.</summary>
    private static bool IsText(LayoutState state, int i) => state.Features[i].IsProse || state.Has(i, LineSignals.InContentList);
}
