using CorpusLint.Language;

namespace CorpusLint.Model.Layout;

/// <summary>
/// An article in numbered sections ("Step 1", "Step 2: Cut the foam", "Day 3"): three or more short labels with the
/// same first word and numbers that follow each other, each section holding prose, are one article however many
/// pictures and captions stand between its short steps. When the body found reaches into such a sequence or ends right
/// above it, it takes in every section, the last one up to its last line of prose. Pages of a pagination ("Page 1",
/// "Page 2") hold no prose between their labels and are never a sequence. Sections numbered like a paper's
/// (<c>14. Security</c>) carry the body on under its last heading (<see cref="ContinueNumbering"/>).
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

    /// <summary>
    /// A document in numbered sections (an RFC, a paper, a manual: <c>14. Security</c>, <c>15. IANA</c>) goes on under
    /// the body's last numbered heading: when the body holds two headings numbered in sequence, the headings below it that
    /// continue their numbering (<c>16. Acknowledgements</c>, <c>17. References</c>) and their sections are the article's,
    /// up to a line of chrome (a comment, legal or related-content phrase, a menu of links); the last section runs at most
    /// <see cref="LayoutOptions.NumberedSectionMaxLines"/> lines. A ranked list below the article starts again at 1. It runs
    /// after <see cref="StampedStreamPass"/>: a reference list's dates are not a stream of teasers.
    /// </summary>
    public static void ContinueNumbering(LayoutState state)
    {
        var (last, previous) = (-1, -1);
        for (var i = state.BodyEnd; i >= state.BodyStart && previous < 0; i--)
        {
            if (IsNumberedHeading(state, i))
            {
                (last, previous) = last < 0 ? (i, -1) : (last, i);
            }
        }

        if (previous < 0 || OrderedListPass.NumberOf(state, previous) + 1 != OrderedListPass.NumberOf(state, last))
        {
            return;
        }

        var options = state.Options;
        var (expected, end, lines, continued) = (OrderedListPass.NumberOf(state, last) + 1, state.BodyEnd, 0, false);
        for (var i = state.NextNonBlank(state.BodyEnd + 1); i >= 0 && !IsChrome(state, i); i = state.NextNonBlank(i + 1))
        {
            if (IsNumberedHeading(state, i) && OrderedListPass.NumberOf(state, i) == expected)
            {
                (continued, expected, lines, end) = (true, expected + 1, 0, i);
            }
            else if (!continued && ++lines > options.MaxGapLines)
            {
                break;
            }
            else if (continued && ++lines <= options.NumberedSectionMaxLines)
            {
                end = i;
            }
        }

        if (continued)
        {
            TakeIntoBody(state, state.NextNonBlank(state.BodyEnd + 1), end);
        }
    }

    /// <summary>A short numbered line (<c>16. Acknowledgements</c>) standing alone: a section's heading, not a list's item.</summary>
    private static bool IsNumberedHeading(LayoutState state, int i)
    {
        var f = state.Features[i];
        return f.Has(LineSignals.NumberedItem) && !state.Has(i, LineSignals.InOrderedList) && f.Prose != ProseClass.Good
            && f.Words <= state.Options.NumberedSectionLabelMaxWords;
    }

    /// <summary>Chrome that ends an article: a comment, legal or related-content phrase, a menu of links.</summary>
    private static bool IsChrome(LayoutState state, int i)
    {
        var f = state.Features[i];
        return f.Phrase is { Category: PhraseCategory.Comment or PhraseCategory.Legal or PhraseCategory.Related } && f.PhraseCountsAlone
            || f.Phrase is { Category: PhraseCategory.Related, Strength: PhraseStrength.Whole }
            || (state.Has(i, LineSignals.MenuRun) && f.LinkOnly);
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
