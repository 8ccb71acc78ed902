namespace CorpusLint.Model.Layout;

/// <summary>A menu is a run of at least two menu items (blank lines between allowed), or one line of separated items.</summary>
internal static class MenuPass
{
    public static void Run(LayoutState state)
    {
        var runStart = -1;
        var items = 0;
        var words = 0;
        for (var i = 0; i <= state.Count; i++)
        {
            var end = i == state.Count;
            if (!end && state.IsBlank(i))
            {
                continue;
            }

            if (!end && state.Features[i].IsMenuItem)
            {
                runStart = runStart < 0 ? i : runStart;
                items++;
                words += state.Features[i].Words;
                continue;
            }

            for (var j = Math.Max(0, runStart); runStart >= 0 && j < i; j++)
            {
                if (state.Features[j].IsMenuItem && (items >= 2 || state.Features[j].Separated))
                {
                    state.Mark(j, LineSignals.MenuRun);
                }

                state.Marks[j].MenuRunWords = (double)words / items;
            }

            runStart = -1;
            items = 0;
            words = 0;
        }
    }
}
