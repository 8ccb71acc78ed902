using CorpusLint.Language;

namespace CorpusLint.Model.Layout;

/// <summary>A related-content label ("Related", "Most read") claims the short teaser lines under it.</summary>
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

            for (var j = i + 1; j < state.Count && j <= i + state.Options.RelatedLabelReach; j++)
            {
                var f = state.Features[j];
                if (f.Blank)
                {
                    continue;
                }

                // A label right above a list section labels nothing it could claim: the section is the article's.
                if (f.IsProse || f.PhraseCountsAlone || state.Has(j, LineSignals.InListSection))
                {
                    break;
                }

                state.Mark(j, LineSignals.UnderRelatedLabel);
            }
        }
    }
}
