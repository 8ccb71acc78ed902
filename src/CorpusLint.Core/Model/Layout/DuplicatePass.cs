using CorpusLint.Language;

namespace CorpusLint.Model.Layout;

/// <summary>Marks every line that repeats an earlier one (same normalized text), and how many copies each text has.</summary>
internal static class DuplicatePass
{
    /// <summary>How many lines next to it among the repeats a repeated line is checked against for a series.</summary>
    private const int MaxPartnersTried = 3;

    /// <summary>How far below a slot's line the next slot's label is looked for (a template's slots are a few lines each).</summary>
    private const int MaxLinesToNextSlot = 40;

    public static void Run(LayoutState state)
    {
        var options = state.Options;
        var seen = new Dictionary<NormalizedText, int>();
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

        MarkSeries(state);
        MarkTemplateSlots(state);
    }

    /// <summary>
    /// Marks the copies that fill the same slot of a repeated template as their original (<see cref="LineSignals.InRecurringSeries"/>):
    /// a copy under a label printed three times or more, its original under the same label ("Breakfast" over the same
    /// omelette in two weeks' plans, "Key specs" over the same chip on two products), and the lines that go on from such
    /// a copy as they go on from its original. A block printed twice by a scraper stands under nothing the page repeats.
    /// </summary>
    private static void MarkTemplateSlots(LayoutState state)
    {
        var minLabelCopies = (state.Options.SeriesMinTurns + 1) / 2;
        Dictionary<NormalizedText, int>? printed = null;
        for (var i = 0; i < state.Count; i++)
        {
            var original = state.Marks[i].DuplicateOf;
            if (original < 0 || state.Has(i, LineSignals.InRecurringSeries))
            {
                continue;
            }

            var (above, aboveOriginal) = (state.PreviousNonBlank(i - 1), state.PreviousNonBlank(original - 1));
            if (above < 0 || aboveOriginal < 0 || above == aboveOriginal
                || state.Features[above].Normalized != state.Features[aboveOriginal].Normalized)
            {
                continue;
            }

            printed ??= CountPrinted(state);
            if (state.Has(above, LineSignals.InRecurringSeries)
                || (IsLabel(state, above, printed, minLabelCopies) && IsInAnotherInstance(state, original, above, printed, minLabelCopies)))
            {
                state.Mark(i, LineSignals.InRecurringSeries);
            }
        }
    }

    /// <summary>
    /// Whether the copy is in another instance of a template of several slots (a plan's next week) than its original: below
    /// the original, before the copy's label, another slot's label and a line printed once (what varies from instance to
    /// instance). The same card printed twice (a teaser's kicker and headline, then again) has no other slot between, and a
    /// block pasted three times varies nowhere. Only the first lines below the original are looked at: a template's slots
    /// are close together.
    /// </summary>
    private static bool IsInAnotherInstance(LayoutState state, int original, int label, Dictionary<NormalizedText, int> printed, int minLabelCopies)
    {
        var (otherLabel, varies) = (false, false);
        var end = Math.Min(label, original + MaxLinesToNextSlot);
        for (var k = original + 1; k < end && !(otherLabel && varies); k++)
        {
            var text = state.Features[k].Normalized;
            if (state.Features[k].Blank || text == state.Features[label].Normalized || text == state.Features[original].Normalized)
            {
                continue;
            }

            otherLabel |= IsLabel(state, k, printed, minLabelCopies);
            varies |= printed[text] == 1;
        }

        return otherLabel && varies;
    }

    private static bool IsLabel(LayoutState state, int i, Dictionary<NormalizedText, int> printed, int minLabelCopies) =>
        IsPlainLabel(state.Features[i]) && printed[state.Features[i].Normalized] >= minLabelCopies;

    /// <summary>
    /// A line of words that heads what follows: not a picture, a link, a bullet, a stamp or a phrase of the page's chrome,
    /// which stand above every teaser of a list of other stories.
    /// </summary>
    private static bool IsPlainLabel(LineFeatures f) =>
        f.Phrase is null && !f.IsCaption && !f.IsMenuItem && !f.ListItem && !f.LinkOnly && !f.IsNeutral && !f.IsStamp && !f.IsBylineOrDateline;

    /// <summary>How often each non-blank line's text is printed, short lines (labels) included.</summary>
    private static Dictionary<NormalizedText, int> CountPrinted(LayoutState state)
    {
        var printed = new Dictionary<NormalizedText, int>();
        for (var i = 0; i < state.Count; i++)
        {
            if (!state.Features[i].Blank)
            {
                printed[state.Features[i].Normalized] = printed.GetValueOrDefault(state.Features[i].Normalized) + 1;
            }
        }

        return printed;
    }

    /// <summary>
    /// Marks the copies of lines printed in turn: <c>Q1 A Q2 B Q1 C Q2 D Q1 E Q2 F</c> is an interview's questions put to
    /// each guest (<see cref="LineSignals.InRecurringSeries"/>). Two repeated lines next to each other among the repeats
    /// are the candidates; each line is checked against a few, so a page of many repeats stays linear.
    /// </summary>
    private static void MarkSeries(LayoutState state)
    {
        var min = (state.Options.SeriesMinTurns + 1) / 2;
        var repeatedLines = 0;
        for (var i = 0; i < state.Count && repeatedLines < 2; i++)
        {
            repeatedLines += state.Marks[i].DuplicateOf < 0 && state.Marks[i].Copies >= min ? 1 : 0;
        }

        if (repeatedLines < 2)
        {
            return;
        }

        // Lines printed once, counted up to each line: what a guest answers between two questions.
        var onceBefore = new int[state.Count + 1];
        for (var i = 0; i < state.Count; i++)
        {
            var once = !state.Features[i].Blank && state.Marks[i].DuplicateOf < 0 && state.Marks[i].Copies <= 1;
            onceBefore[i + 1] = onceBefore[i] + (once ? 1 : 0);
        }

        // Each turn needs a line printed once between the two copies.
        if (onceBefore[state.Count] < state.Options.SeriesMinTurns)
        {
            return;
        }

        var copiesOf = new Dictionary<int, List<int>>();
        var order = new List<int>();
        for (var i = 0; i < state.Count; i++)
        {
            var first = state.Marks[i].DuplicateOf >= 0 ? state.Marks[i].DuplicateOf : i;
            if (state.Marks[first].Copies < min)
            {
                continue;
            }

            if (!copiesOf.TryGetValue(first, out var copies))
            {
                copiesOf.Add(first, copies = []);
            }

            copies.Add(i);
            order.Add(first);
        }

        var tries = new Dictionary<int, int>();
        for (var t = 0; t + 1 < order.Count; t++)
        {
            var (a, b) = (order[t], order[t + 1]);
            if (a == b || state.Has(a, LineSignals.InRecurringSeries) || tries.GetValueOrDefault(a) >= MaxPartnersTried)
            {
                continue;
            }

            tries[a] = tries.GetValueOrDefault(a) + 1;
            var (copiesOfA, copiesOfB) = (copiesOf[a], copiesOf[b]);
            if (TakeTurns(copiesOfA, copiesOfB, onceBefore, state.Options))
            {
                copiesOfA.ForEach(i => state.Mark(i, LineSignals.InRecurringSeries));
                copiesOfB.ForEach(i => state.Mark(i, LineSignals.InRecurringSeries));
            }
        }
    }

    /// <summary>
    /// Whether two repeated lines take turns: walking their copies in the page's order, the next copy is the other line's,
    /// with a line printed once between them (the answer), at least <see cref="LayoutOptions.SeriesMinTurns"/> times and
    /// for all but a few of the steps (a guest left one question out, or it was printed with another comma). A block
    /// pasted three times repeats what stands between its lines too: no turns.
    /// </summary>
    private static bool TakeTurns(List<int> a, List<int> b, int[] onceBefore, LayoutOptions options)
    {
        // Two lines take at most twice the fewer one's copies in turns: settled without a walk when that is too few, so a
        // line printed thousands of times costs nothing beside each line printed three times.
        var most = 2 * Math.Min(a.Count, b.Count);
        if (most < options.SeriesMinTurns || most < options.SeriesMinTurnShare * (a.Count + b.Count - 1))
        {
            return false;
        }

        int j = 0, k = 0, turns = 0, previous = 0, previousLine = 0;
        while (j < a.Count || k < b.Count)
        {
            var current = k >= b.Count || (j < a.Count && a[j] < b[k]) ? 1 : 2;
            var line = current == 1 ? a[j++] : b[k++];
            turns += previous != 0 && previous != current && onceBefore[line] > onceBefore[previousLine + 1] ? 1 : 0;
            (previous, previousLine) = (current, line);
        }

        return turns >= options.SeriesMinTurns && turns >= options.SeriesMinTurnShare * (a.Count + b.Count - 1);
    }
}
