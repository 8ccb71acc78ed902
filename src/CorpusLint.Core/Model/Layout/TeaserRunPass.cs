namespace CorpusLint.Model.Layout;

/// <summary>
/// A run of teaser lines is a box of other stories, wherever it stands: not the article. Two shapes of teaser make one:
/// <list type="bullet">
/// <item>titles or excerpts cut off by an ellipsis to fit the box ("Island ferry's eighth season sails from...", "Watch
/// the harbour master name the new 'Dawn..."): the article's own prose seldom trails off three lines in a row;</item>
/// <item>a card's title glued to its blurb, the space between the two elements lost in scraping ("Ferry Strike Ends
/// Harbour's Winter RunThe harbour's winter timetable was cut ..."), each card under its picture.</item>
/// </list>
/// A line of another shape, short enough to be a title that fitted whole, may stand between two teasers; pictures and
/// captions between cards do not break a run.
/// </summary>
internal static class TeaserRunPass
{
    public static void Run(LayoutState state)
    {
        MarkRuns(state, LineSignals.EndsCutOff, LineSignals.InCutOffRun);
        MarkRuns(state, LineSignals.GluedTitle, LineSignals.InGluedTeaserRun);
    }

    private static void MarkRuns(LayoutState state, LineSignals teaser, LineSignals run)
    {
        var options = state.Options;
        for (var i = state.NextNonBlank(0); i >= 0;)
        {
            if (!IsTeaser(state, i, teaser))
            {
                i = state.NextNonBlank(i + 1);
                continue;
            }

            var (first, count) = (i, 0);
            while (i >= 0 && IsTeaser(state, i, teaser))
            {
                count++;
                i = NextNonPicture(state, i + 1);
                if (i >= 0 && !IsTeaser(state, i, teaser) && state.Features[i].Words <= options.CutOffItemMaxWords
                    && NextNonPicture(state, i + 1) is var after and >= 0 && IsTeaser(state, after, teaser))
                {
                    i = after; // a title that fitted whole
                }
            }

            if (count < options.TeaserRunMinLines)
            {
                continue;
            }

            for (var j = first; j >= 0 && (i < 0 || j < i); j = state.NextNonBlank(j + 1))
            {
                if (!state.Features[j].IsCaption)
                {
                    state.Mark(j, run);
                }
            }
        }
    }

    private static int NextNonPicture(LayoutState state, int from)
    {
        var i = state.NextNonBlank(from);
        while (i >= 0 && state.Features[i].IsCaption)
        {
            i = state.NextNonBlank(i + 1);
        }

        return i;
    }

    private static bool IsTeaser(LayoutState state, int i, LineSignals teaser)
    {
        // A paragraph may trail off; a card's blurb is as long as its site makes it.
        var f = state.Features[i];
        return f.Has(teaser) && (teaser != LineSignals.EndsCutOff || f.Words <= state.Options.CutOffItemMaxWords);
    }
}
