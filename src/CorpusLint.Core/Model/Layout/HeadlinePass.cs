using CorpusLint.Language;

namespace CorpusLint.Model.Layout;

/// <summary>
/// The article's headline: the line right above the body (and above its byline, dateline and a kicker in capitals such
/// as "EXCLUSIVE") if it reads as one, and,
/// in archives that keep only the article (title line, blank, paragraphs), the document's first lines when the body
/// starts a few lines below them.
/// </summary>
internal static class HeadlinePass
{
    /// <summary>The headline lines: the title right above the body and the first lines above it; empty without a body.</summary>
    public static HashSet<int> Run(LayoutState state)
    {
        var headlines = new HashSet<int>();

        // A dataset record's title field names its headline, whatever the line looks like and wherever the body is.
        var named = MetadataHeadline.FindLine(state.Document);
        if (named >= 0)
        {
            headlines.Add(named);
        }

        if (!state.HasBody)
        {
            return headlines;
        }

        if (named < 0 && FindLevelOneHeading(state) is var heading and >= 0)
        {
            headlines.Add(heading);
            if (FindSubheading(state, heading) is var dek and >= 0)
            {
                headlines.Add(dek);
            }
        }
        else if (named < 0 && FindTitle(state) is (var title and >= 0, var kicker))
        {
            headlines.Add(title);
            if (kicker >= 0)
            {
                headlines.Add(kicker);
            }
        }

        if (FindFirstLines(state) is var first and >= 0)
        {
            for (var i = first; i < state.BodyStart; i++)
            {
                if (!state.IsBlank(i) && IsTitleLike(state, i))
                {
                    headlines.Add(i);
                }
            }
        }

        return headlines;
    }

    /// <summary>The headline right above the body (its byline and dateline skipped) and the kicker between them, or -1.</summary>
    private static (int Title, int Kicker) FindTitle(LayoutState state)
    {
        var i = PreviousHeaderLine(state, state.BodyStart - 1);
        if (i < 0)
        {
            return (-1, -1);
        }

        if (IsTitle(state, i))
        {
            return (i, -1);
        }

        var above = IsKicker(state, i) ? PreviousHeaderLine(state, i - 1) : -1;
        return above >= 0 && IsTitle(state, above) ? (above, i) : (-1, -1);
    }

    /// <summary>
    /// In Markdown, the level-one heading (<c># Title</c>) nearest above the body: the format names its title, however many
    /// lines of the header (a byline, a dateline, a picture and its caption, a dek, share and like buttons) stand between
    /// it and the body. Not past a menu nor more than <see cref="LayoutOptions.MaxHeadlineDistance"/> lines of text (the
    /// header's furniture not counted): a site's name set as a heading above its menu is not the article's.
    /// </summary>
    private static int FindLevelOneHeading(LayoutState state)
    {
        var document = state.Document;
        if (document.Format != DocumentFormat.Markdown)
        {
            return -1;
        }

        var lines = 0;
        for (var i = state.BodyStart - 1; i >= 0; i--)
        {
            if (state.IsBlank(i))
            {
                continue;
            }

            if (LineShapes.HeadingLevel(document.GetText(document.Lines[i])) == 1)
            {
                return IsTitle(state, i) ? i : -1;
            }

            // A byline's or a dateline's separated items ("By Jane Roe | March 3, 2024 | 4 min read") are the header's.
            var f = state.Features[i];
            if ((state.Has(i, LineSignals.MenuRun) || f.Separated) && !f.IsBylineOrDateline)
            {
                return -1;
            }

            if (!IsHeaderFurniture(f) && ++lines > state.Options.MaxHeadlineDistance)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// What a page prints around an article's header and no text: a byline or date, a picture, a button or counter ("Share",
    /// "Follow", "12", a reading time), a link alone, a separator.
    /// </summary>
    private static bool IsHeaderFurniture(LineFeatures f) =>
        f.IsBylineOrDateline || f.IsCaption || f.Phrase is not null || f.IsStamp || f.LinkOnly || f.IsNeutral || f.Words <= 1;

    /// <summary>The dek a lower-level heading sets right under the level-one heading ("### Two late crossings will ..."), or -1.</summary>
    private static int FindSubheading(LayoutState state, int heading)
    {
        var next = state.NextNonBlank(heading + 1);
        return next >= 0 && next < state.BodyStart && LineShapes.HeadingLevel(state.Document.GetText(state.Document.Lines[next])) >= 2
            && IsTitleLike(state, next)
            ? next
            : -1;
    }

    /// <summary>The nearest line at or above <paramref name="i"/> that is neither blank nor a byline or dateline.</summary>
    private static int PreviousHeaderLine(LayoutState state, int i)
    {
        while (i >= 0 && (state.IsBlank(i) || state.Features[i].IsBylineOrDateline))
        {
            i--;
        }

        return i;
    }

    private static bool IsTitle(LayoutState state, int i)
    {
        var f = state.Features[i];
        return f.Prose is ProseClass.Short or ProseClass.NearGood && f.Words >= 2 && f.Words <= state.Options.TitleMaxWords
            && !state.IsDuplicate(i) && !f.IsMasthead && !f.IsTimeStamp;
    }

    /// <summary>
    /// A label in capitals of a word or two that states nothing: news sites set a kicker in capitals above the text, where
    /// a name, a product or a menu's last item in capitals is rare.
    /// </summary>
    private static bool IsKicker(LayoutState state, int i)
    {
        var f = state.Features[i];
        return f.Prose == ProseClass.Short && f.Words <= state.Options.KickerMaxWords && !f.EndsSentence && f.Phrase is null
            && !f.ListItem && !f.LinkOnly && !f.IsCaption && !f.HasDigit && !state.IsDuplicate(i)
            && Casing.Of(state.Document.GetText(state.Document.Lines[i]).Trim()).IsAllCaps;
    }

    /// <summary>The document's first line (below any menu or skip link) when every line from it to the body reads as a title.</summary>
    private static int FindFirstLines(LayoutState state)
    {
        // Page chrome above the headline (a skip link, a menu) does not move where the article starts.
        var first = state.NextNonBlank(0);
        while (first >= 0 && first < state.BodyStart && IsLeadingChrome(state, first))
        {
            first = state.NextNonBlank(first + 1);
        }

        if (first < 0 || first >= state.BodyStart || state.BodyStart - first > state.Options.MaxHeadlineDistance || !IsTitleLike(state, first))
        {
            return -1;
        }

        for (var i = first; i < state.BodyStart; i++)
        {
            if (!state.IsBlank(i) && !IsTitleLike(state, i))
            {
                return -1;
            }
        }

        return first;
    }

    /// <summary>A line that is chrome by itself: a menu, a line of separated items, a line that is a boilerplate phrase.</summary>
    private static bool IsLeadingChrome(LayoutState state, int i)
    {
        var f = state.Features[i];
        return state.Has(i, LineSignals.MenuRun) || f.Separated
            || f.Phrase is { Strength: PhraseStrength.Whole or PhraseStrength.Strong } && f.PhraseCountsAlone;
    }

    private static bool IsTitleLike(LayoutState state, int i)
    {
        var f = state.Features[i];
        return !f.IsTimeStamp && f.Prose is ProseClass.Short or ProseClass.NearGood or ProseClass.Good && f.Words >= 1
            && f.Words <= state.Options.HeadlineMaxWords && !state.IsDuplicate(i) && f.Phrase is null && !f.IsCaption;
    }
}
