namespace CorpusLint.Model.Layout;

/// <summary>
/// Ordered lists: three or more numbered items whose numbers follow each other (1., 2., 3.), with the unnumbered lines
/// between them that continue an item (a reference's publisher and date). Steps, references and rankings are numbered;
/// menus never are.
/// </summary>
internal static class OrderedListPass
{
    public static void Run(LayoutState state)
    {
        var options = state.Options;
        for (var i = 0; i < state.Count;)
        {
            if (!state.Features[i].Has(LineSignals.NumberedItem))
            {
                i++;
                continue;
            }

            var (first, last, items, number) = (i, i, 1, NumberOf(state, i));
            var j = state.NextNonBlank(i + 1);
            var between = 0;
            while (j >= 0 && j - last <= options.OrderedListMaxSpacing)
            {
                if (state.Features[j].Has(LineSignals.NumberedItem))
                {
                    var next = NumberOf(state, j);
                    if (next != number + 1)
                    {
                        break;
                    }

                    (last, number, between) = (j, next, 0);
                    items++;
                }
                else if (++between > options.OrderedListMaxContinuationLines || state.Features[j].IsProse && state.Features[j].Words > options.OrderedListMaxContinuationWords)
                {
                    break;
                }

                j = state.NextNonBlank(j + 1);
            }

            if (items >= options.ListMinItems)
            {
                // The last item's own continuation lines end at the first line that is not one.
                var end = last;
                var extra = 0;
                for (var k = state.NextNonBlank(last + 1); k >= 0 && k - end <= 1 && ++extra <= options.OrderedListMaxContinuationLines
                    && !state.Features[k].Has(LineSignals.NumberedItem) && !state.Features[k].IsProse; k = state.NextNonBlank(k + 1))
                {
                    end = k;
                }

                for (var k = first; k <= end; k++)
                {
                    if (!state.IsBlank(k))
                    {
                        state.Mark(k, LineSignals.InOrderedList);
                    }
                }
            }

            i = last + 1;
        }
    }

    /// <summary>The number a numbered line opens with (<c>12. </c> is 12).</summary>
    public static int NumberOf(LayoutState state, int i)
    {
        var text = state.Document.GetText(state.Document.Lines[i]).TrimStart();
        var number = 0;
        for (var k = 0; k < text.Length && k < 4 && char.IsAsciiDigit(text[k]); k++)
        {
            number = number * 10 + (text[k] - '0');
        }

        return number;
    }
}
