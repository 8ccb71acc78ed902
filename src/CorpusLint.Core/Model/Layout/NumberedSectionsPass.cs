namespace CorpusLint.Model.Layout;

/// <summary>
/// An article in numbered sections ("Step 1", "Step 2: Cut the foam", "Day 3"): three or more short labels with the
/// same first word and numbers that follow each other, each section holding prose, are one article however many
/// pictures and captions stand between its short steps. When the body found reaches into such a sequence or ends right
/// above it, it takes in every section, the last one up to its last line of prose. Pages of a pagination ("Page 1", "Page 2") hold no prose
/// between their labels and are never a sequence.
/// </summary>
internal static class NumberedSectionsPass
{
    public static void Run(LayoutState state)
    {
        for (var i = 0; i < state.Count;)
        {
            if (!IsLabel(state, i, out var word, out var number))
            {
                i++;
                continue;
            }

            var (first, last, items, longest) = (i, i, 1, 0);
            var (next, lines, prose) = (state.NextNonBlank(i + 1), 0, false);
            while (next >= 0 && lines <= state.Options.NumberedSectionMaxLines)
            {
                if (IsLabel(state, next, out var nextWord, out var nextNumber))
                {
                    if (!prose || nextNumber != number + 1 || !nextWord.Equals(word, StringComparison.OrdinalIgnoreCase))
                    {
                        break;
                    }

                    (last, number, items, longest) = (next, nextNumber, items + 1, Math.Max(longest, lines));
                    (lines, prose) = (0, false);
                }
                else
                {
                    lines++;
                    prose |= state.Features[next].IsProse;
                }

                next = state.NextNonBlank(next + 1);
            }

            if (items >= state.Options.ListMinItems)
            {
                TakeIntoBody(state, first, LastSectionEnd(state, last, longest));
            }

            i = last + 1;
        }
    }

    /// <summary>A short line opening with a word and a section number: <c>Step 4</c>, <c>Part 2: The test</c>.</summary>
    private static bool IsLabel(LayoutState state, int i, out string word, out int number)
    {
        (word, number) = (string.Empty, 0);
        var f = state.Features[i];
        if (f.Blank || f.Prose == ProseClass.Good || f.Words > state.Options.NumberedSectionLabelMaxWords || f.Phrase is not null || f.LinkOnly)
        {
            return false;
        }

        var text = state.Document.GetText(state.Document.Lines[i]).Trim();
        var space = text.IndexOf(' ');
        if (space <= 0 || !IsLetters(text[..space]))
        {
            return false;
        }

        var rest = text[(space + 1)..];
        var digits = 0;
        while (digits < rest.Length && digits < 3 && char.IsAsciiDigit(rest[digits]))
        {
            number = (number * 10) + (rest[digits++] - '0');
        }

        if (digits == 0 || (digits < rest.Length && rest[digits] is not (' ' or ':' or '.' or ')' or '-')))
        {
            return false;
        }

        word = text[..space].ToString();
        return true;
    }

    private static bool IsLetters(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The last section runs at most as many lines as the longest before it, to its last line of prose.</summary>
    private static int LastSectionEnd(LayoutState state, int label, int longest)
    {
        var end = label;
        var lines = 0;
        for (var i = state.NextNonBlank(label + 1); i >= 0 && ++lines <= longest; i = state.NextNonBlank(i + 1))
        {
            var f = state.Features[i];
            if (f.Phrase is not null || state.Has(i, LineSignals.MenuRun))
            {
                break;
            }

            end = f.IsProse ? i : end;
        }

        return end;
    }

    private static void TakeIntoBody(LayoutState state, int first, int last)
    {
        var touches = state.PreviousNonBlank(first - 1) == state.BodyEnd || state.NextNonBlank(last + 1) == state.BodyStart;
        if (!state.HasBody || ((state.BodyEnd < first || state.BodyStart > last) && !touches))
        {
            return;
        }

        for (var i = first; i <= last; i++)
        {
            if (!state.IsBlank(i))
            {
                state.Mark(i, LineSignals.InNumberedSections);
            }
        }

        state.BodyStart = Math.Min(state.BodyStart, first);
        state.BodyEnd = Math.Max(state.BodyEnd, last);
    }
}
