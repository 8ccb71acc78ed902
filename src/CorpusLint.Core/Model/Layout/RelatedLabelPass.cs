using CorpusLint.Language;

namespace CorpusLint.Model.Layout;

/// <summary>
/// A related-content label ("Related", "Most read") claims the short teaser lines under it, up to the next item of a
/// numbered sequence the label interrupts: a box of links inside a numbered article ("4. ...", the box, "5. ...") does
/// not take the article's next item; nor does "See also" take the references under it.
/// </summary>
internal static class RelatedLabelPass
{
    public static void Run(LayoutState state)
    {
        for (var i = 0; i < state.Count; i++)
        {
            if (state.Features[i].Phrase is not { Strength: PhraseStrength.Whole, Category: PhraseCategory.Related })
            {
                continue;
            }

            var next = NumberAbove(state, i) + 1;
            for (var j = i + 1; j < state.Count && j <= i + state.Options.RelatedLabelReach; j++)
            {
                var f = state.Features[j];
                if (f.Blank)
                {
                    continue;
                }

                // A label right above a list section labels nothing it could claim: the section is the article's. Nor does
                // it claim a reference list under it, or the list's heading: they cite the article's sources.
                if (f.IsProse || f.PhraseCountsAlone || state.Has(j, LineSignals.InListSection) || HeadsOrCites(state, j)
                    || (next > 1 && f.Has(LineSignals.NumberedItem) && OrderedListPass.NumberOf(state, j) == next))
                {
                    break;
                }

                state.Mark(j, LineSignals.UnderRelatedLabel);
            }
        }
    }

    /// <summary>The line cites a source, or the line under it does (a reference list's heading).</summary>
    private static bool HeadsOrCites(LayoutState state, int i) =>
        state.Features[i].Has(LineSignals.Citation) || (state.NextNonBlank(i + 1) is var below and >= 0 && state.Features[below].Has(LineSignals.Citation));

    /// <summary>The number of the nearest numbered line within reach above the label, or 0.</summary>
    private static int NumberAbove(LayoutState state, int label)
    {
        for (var i = label - 1; i >= 0 && i >= label - state.Options.RelatedLabelReach; i--)
        {
            if (state.Features[i].Has(LineSignals.NumberedItem))
            {
                return OrderedListPass.NumberOf(state, i);
            }
        }

        return 0;
    }
}
