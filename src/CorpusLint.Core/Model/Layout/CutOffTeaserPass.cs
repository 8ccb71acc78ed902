namespace CorpusLint.Model.Layout;

/// <summary>
/// A run of lines cut off by an ellipsis ("'Star Trek' season 8 boldly goes from...", "Watch Tywin sire a vampire in the
/// 'Dracula...") is a box of other stories, their titles or excerpts shortened to fit it: not the article, wherever it
/// stands. A title short enough to fit whole may stand between two cut ones. The article's own prose seldom trails off
/// three lines in a row.
/// </summary>
internal static class CutOffTeaserPass
{
    public static void Run(LayoutState state)
    {
        var options = state.Options;
        for (var i = state.NextNonBlank(0); i >= 0;)
        {
            if (!IsCutOffItem(state, i))
            {
                i = state.NextNonBlank(i + 1);
                continue;
            }

            var (first, count) = (i, 0);
            while (i >= 0 && IsCutOffItem(state, i))
            {
                count++;
                i = state.NextNonBlank(i + 1);
                if (i >= 0 && !IsCutOffItem(state, i) && state.Features[i].Words <= options.CutOffItemMaxWords
                    && state.NextNonBlank(i + 1) is var after and >= 0 && IsCutOffItem(state, after))
                {
                    i = after; // a title that fitted whole
                }
            }

            if (count < options.CutOffRunMinLines)
            {
                continue;
            }

            for (var j = first; j >= 0 && (i < 0 || j < i); j = state.NextNonBlank(j + 1))
            {
                state.Mark(j, LineSignals.InCutOffRun);
            }
        }
    }

    private static bool IsCutOffItem(LayoutState state, int i)
    {
        var f = state.Features[i];
        return f.Has(LineSignals.EndsCutOff) && f.Words <= state.Options.CutOffItemMaxWords;
    }
}
