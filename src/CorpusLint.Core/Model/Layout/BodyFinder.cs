namespace CorpusLint.Model.Layout;

/// <summary>
/// The article's body as the maximum-sum run of line scores (in the spirit of jusText and of Kohlschütter's densitometric
/// block fusion): prose gains, short lines cost a little, clutter costs more.
/// </summary>
internal static class BodyFinder
{
    /// <summary>Finds the first body in the whole document (BodyStart/BodyEnd stay -1 when there is no prose).</summary>
    public static void Run(LayoutState state)
    {
        (state.BodyStart, state.BodyEnd) = Find(state, 0, state.Count, out _);
        state.IsShortDocument = !state.HasBody && IsShortDocument(state);
    }

    /// <summary>
    /// A document of a few lines (a headline, a byline, a sentence or two) has no room for chrome around a body: when no
    /// run of prose scores as one, its lines are the article's unless they show chrome themselves (a phrase, a menu, a
    /// stamp). It needs a sentence that is not a byline, a date stamp or a boilerplate phrase; a few labels alone are not
    /// an article.
    /// </summary>
    private static bool IsShortDocument(LayoutState state)
    {
        var (lines, sentence) = (0, false);
        for (var i = 0; i < state.Count; i++)
        {
            if (state.IsBlank(i))
            {
                continue;
            }

            if (++lines > state.Options.ShortDocumentMaxLines)
            {
                return false;
            }

            var f = state.Features[i];
            sentence |= f.EndsSentence && !f.IsBylineOrDateline && !f.IsStamp && f.Phrase is null;
        }

        return sentence;
    }

    /// <summary>The best-scoring run of lines in [<paramref name="from"/>, <paramref name="to"/>), or (-1, -1).</summary>
    public static (int Start, int End) Find(LayoutState state, int from, int to, out double score)
    {
        double best = 0, current = 0;
        int bestStart = -1, bestEnd = -1, start = -1, firstGood = int.MaxValue;
        for (var i = from; i < to; i++)
        {
            var f = state.Features[i];
            firstGood = f.Prose == ProseClass.Good ? Math.Min(firstGood, i) : firstGood;
            var lineScore = ScoreOf(state, i, firstGood);
            if (lineScore == 0)
            {
                continue;
            }

            if (current <= 0)
            {
                current = 0;
                start = i;
            }

            current += lineScore;
            if (current > best)
            {
                best = current;
                bestStart = start;
                bestEnd = i;
            }
        }

        score = best;
        return (bestStart, bestEnd);
    }

    private static double ScoreOf(LayoutState state, int i, int firstGood)
    {
        var f = state.Features[i];
        var options = state.Options;
        // A line repeating one below the first paragraph is clutter (a teaser's headline printed twice, a gallery
        // caption); a headline repeated above the article (page title, then heading) is not, nor an interview's questions.
        if (state.Marks[i].DuplicateOf > firstGood && !f.IsNeutral && !state.Has(i, LineSignals.InRecurringSeries))
        {
            return options.BadScore;
        }

        // A box of cut-off titles or of cards is other stories.
        if (state.Has(i, LineSignals.InCutOffRun) || state.Has(i, LineSignals.InGluedTeaserRun))
        {
            return options.BadScore;
        }

        // Code, tables, rules and a table of contents say nothing of where the article is; a lone list entry is a short
        // line, a menu is a run of them.
        if (f.IsNeutral || state.Has(i, LineSignals.TableOfContents))
        {
            return 0;
        }

        if (f.Prose == ProseClass.Bad && IsClutterOnlyInAMenu(f, options) && !state.Has(i, LineSignals.MenuRun))
        {
            return options.ShortScore;
        }

        return f.Prose switch
        {
            ProseClass.Good => options.GoodScore + (f.Weight / options.GoodWeightPerPoint),
            ProseClass.NearGood => options.NearGoodScore,
            ProseClass.Short => options.ShortScore,
            ProseClass.Bad => options.BadScore,
            _ => 0.0,
        };
    }

    /// <summary>
    /// Clutter only as a menu entry would be: a short list item with nothing else against it. Its link does not count
    /// against a bulleted item: a text browser's dump hides the links a Markdown copy of the same page shows, and a lone
    /// linked bullet ("See it now: Amazon") is a button of the article as much as the unlinked one.
    /// </summary>
    private static bool IsClutterOnlyInAMenu(LineFeatures f, LayoutOptions options) =>
        f.IsMenuItem && !f.Separated && !f.PhraseCountsAlone && !f.IsCaption && !f.IsSocialUrl && !f.IsTeaserLink
        && (f.ListItem || (!f.LinkOnly && f.LinkDensity <= options.BadLinkDensity));
}
