namespace CorpusLint.Model.Layout;

/// <summary>Marks every line that repeats an earlier one (same normalized text), and how many copies each text has.</summary>
internal static class DuplicatePass
{
    public static void Run(LayoutState state)
    {
        var options = state.Options;
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < state.Count; i++)
        {
            var f = state.Features[i];
            // Two posts of one account on one day end in the same signature: not a block printed twice.
            if (f.Blank || f.Words < options.DuplicateMinWords || f.Normalized.Length < options.DuplicateMinLength || f.IsPostSignature)
            {
                continue;
            }

            if (seen.TryGetValue(f.Normalized, out var first))
            {
                state.Marks[i].DuplicateOf = first;
                state.Mark(i, LineSignals.Duplicate);
                state.Marks[first].Copies++;
            }
            else
            {
                seen.Add(f.Normalized, i);
                state.Marks[i].Copies = 1;
            }
        }

        for (var i = 0; i < state.Count; i++)
        {
            if (state.Marks[i].DuplicateOf is var first and >= 0)
            {
                state.Marks[i].Copies = state.Marks[first].Copies;
            }
        }
    }
}
