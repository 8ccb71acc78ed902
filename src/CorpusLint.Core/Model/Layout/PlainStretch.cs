namespace CorpusLint.Model.Layout;

/// <summary>
/// A stretch of lines next to the body that shows no chrome: no boilerplate phrase, menu, stamp, byline, teaser or link,
/// picture, nor a repeat of the page's header. Chrome announces itself; lines that show none of it beside the article
/// are the article's (a plan's days, a recipe's steps, a match report's line-ups), unless, holding no prose, they read
/// as a list of other stories' headlines or of bare labels (title case, or no punctuation at all: pagination).
/// </summary>
internal static class PlainStretch
{
    private static readonly System.Buffers.SearchValues<char> ListPunctuation = System.Buffers.SearchValues.Create(";:()");

    /// <summary>
    /// Whether the lines in [<paramref name="from"/>, <paramref name="to"/>), between two parts of the body, are the
    /// article's: none shows chrome. Bounded by the article on both sides, bare headings ("Day 2") are its sections.
    /// </summary>
    public static bool IsArticleBetween(LayoutState state, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!state.IsBlank(i) && ShowsChrome(state, i))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the lines in [<paramref name="from"/>, <paramref name="to"/>), from below the body to the document's end,
    /// are the article's: none shows chrome, and they hold prose, or else neither read as a list of headlines nor are
    /// mostly bare (nothing below bounds them, so a teaser list or a pagination must not pass).
    /// </summary>
    public static bool IsArticleToEnd(LayoutState state, int from, int to)
    {
        var (lines, prose, headlines, bare) = (0, 0, 0, 0);
        for (var i = from; i < to; i++)
        {
            if (state.IsBlank(i))
            {
                continue;
            }

            if (ShowsChrome(state, i))
            {
                return false;
            }

            var f = state.Features[i];
            lines++;
            prose += f.IsProse ? 1 : 0;
            headlines += ReadsAsHeadline(f) ? 1 : 0;
            bare += IsBare(state, i) ? 1 : 0;
        }

        var options = state.Options;
        return prose >= options.PlainEndMinProseLines
            || (headlines < options.PlainEndHeadlineList && bare <= options.PlainEndMaxBareShare * lines);
    }

    /// <summary>
    /// Whether the lines in [<paramref name="from"/>, <paramref name="to"/>), from the document's start to the body, are
    /// the article's header: a few lines, none showing chrome (a byline or a date aside: they are what a header holds),
    /// none a list's item and not mostly headlines (above the headline, a list is the page's: its stories, its contents).
    /// </summary>
    public static bool IsArticleFromStart(LayoutState state, int from, int to)
    {
        var (lines, headlines) = (0, 0);
        for (var i = from; i < to; i++)
        {
            if (state.IsBlank(i))
            {
                continue;
            }

            var f = state.Features[i];
            if (++lines > state.Options.PlainStartMaxLines || f.ListItem || ShowsChrome(state, i, headerFacts: false))
            {
                return false;
            }

            headlines += ReadsAsHeadline(f) ? 1 : 0;
        }

        return headlines <= state.Options.PlainStartMaxHeadlineShare * lines;
    }

    /// <summary>
    /// The last line of the stretch from <paramref name="from"/> down to the first line showing chrome, when it is the
    /// article's structure carried on: prose in it, and lines printed in turn as a series (a plan's meals day after day,
    /// an interview's questions). Else -1. Chrome below bounds it, as the body bounds it above.
    /// </summary>
    public static int SeriesUntilChrome(LayoutState state, int from)
    {
        var (last, prose, series) = (-1, 0, 0);
        for (var i = from; i < state.Count; i++)
        {
            if (state.IsBlank(i))
            {
                continue;
            }

            if (ShowsChrome(state, i))
            {
                break;
            }

            last = i;
            prose += state.Features[i].IsProse ? 1 : 0;
            series += state.Has(i, LineSignals.InRecurringSeries) ? 1 : 0;
        }

        return series >= state.Options.SeriesMinTurns && prose >= state.Options.PlainEndMinProseLines ? last : -1;
    }

    /// <summary>A title-case line that ends no sentence: a headline, another story's or the article's own.</summary>
    private static bool ReadsAsHeadline(LineFeatures f) => f.Has(LineSignals.HeadlineItem) && !f.EndsSentence;

    /// <summary>A line without a punctuation mark: a label, a headline, a page number (a line-up or a credit is punctuated).</summary>
    private static bool IsBare(LayoutState state, int i)
    {
        var f = state.Features[i];
        return f.SentenceMarks == 0 && f.Commas == 0 && !f.EndsWithColon
            && !state.Document.GetText(state.Document.Lines[i]).ContainsAny(ListPunctuation);
    }

    /// <summary>
    /// What only a page's chrome shows: a phrase, a menu, a stamp, a byline, a teaser or link, a picture, the header
    /// repeated, links making most of a line that does not read as prose (as <see cref="LineFeatureReader.ProseOf"/>
    /// judges them: a sentence linking many of its words is an encyclopedia's, not a menu's).
    /// </summary>
    private static bool ShowsChrome(LayoutState state, int i, bool headerFacts = true)
    {
        var f = state.Features[i];
        return f.Phrase is not null || f.IsMenuItem || f.Separated || state.Has(i, LineSignals.MenuRun) || (headerFacts && (f.IsStamp || f.IsBylineOrDateline))
            || f.IsTeaserLink || f.LinkOnly || f.IsSocialUrl || f.IsCaption || f.IsMasthead || (f.LinkDensity > state.Options.BadLinkDensity && !f.IsProse)
            || (state.Marks[i].DuplicateOf >= 0 && state.Marks[i].DuplicateOf < state.BodyStart);
    }
}
