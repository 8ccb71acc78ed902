using CorpusLint.Language;

namespace CorpusLint.Model.Layout;

/// <summary>
/// Moves the body's edges over what belongs to the article though it is not prose: a paragraph above photo captions, a
/// list that opens or closes the article, a section of lists that carries it on (product cards, a recipe's steps), and a
/// short closing sentence.
/// </summary>
internal static class BodyEdgePass
{
    public static void Run(LayoutState state)
    {
        if (!state.HasBody)
        {
            return;
        }

        var (bodyStart, bodyEnd) = (state.BodyStart, state.BodyEnd);
        state.BodyStart = ExtendOverCaptions(state, state.BodyStart);
        state.BodyStart = ExtendOverOpeningList(state, state.BodyStart);
        state.BodyStart = ExtendOverContentsAbove(state, state.BodyStart);
        state.BodyEnd = ExtendOverList(state, state.BodyEnd);
        state.BodyEnd = ExtendOverOrderedList(state, state.BodyEnd);
        state.BodyEnd = ExtendOverTableBelow(state, state.BodyEnd);
        state.BodyEnd = ExtendOverListSections(state, state.BodyEnd);
        state.BodyEnd = ExtendOverClosingSentence(state, state.BodyEnd);
        state.BodyEnd = ExtendOverPlainEnd(state, state.BodyEnd);
        state.BodyEnd = ExtendOverSeries(state, state.BodyEnd);
        state.BodyEnd = ExtendOverReferences(state, state.BodyEnd);
        MarkPlainHeader(state);
        MarkTakenIn(state, state.BodyStart, bodyStart);
        MarkTakenIn(state, bodyEnd + 1, state.BodyEnd + 1);
    }

    /// <summary>Marks the lines in [<paramref name="from"/>, <paramref name="to"/>) as taken into the body by an edge, not for prose.</summary>
    internal static void MarkTakenIn(LayoutState state, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            state.Mark(i, LineSignals.TakenIntoBody);
        }
    }

    /// <summary>A paragraph of prose separated from the body only by photo captions belongs to the body.</summary>
    private static int ExtendOverCaptions(LayoutState state, int bodyStart)
    {
        var i = bodyStart - 1;
        var captions = 0;
        while (i >= 0 && (state.IsBlank(i) || (state.Features[i].IsCaption && captions < state.Options.MaxCaptionsAbove)))
        {
            captions += state.IsBlank(i) ? 0 : 1;
            i--;
        }

        return captions > 0 && i >= 0 && state.Features[i].Prose is ProseClass.Good ? i : bodyStart;
    }

    /// <summary>
    /// A list of descriptive items that opens the article ("What's new in 2.26?" and its changes), under its heading and
    /// above at most one short line, belongs to the body. A menu's items are shorter; a teaser list's are headlines.
    /// </summary>
    private static int ExtendOverOpeningList(LayoutState state, int bodyStart)
    {
        var i = state.PreviousNonBlank(bodyStart - 1);
        if (i >= 0 && !state.Has(i, LineSignals.InContentList) && IsPlainShortLine(state, i))
        {
            i = state.PreviousNonBlank(i - 1);
        }

        var first = -1;
        for (; i >= 0 && state.Has(i, LineSignals.InContentList); i = state.PreviousNonBlank(i - 1))
        {
            first = i;
        }

        if (first < 0)
        {
            return bodyStart;
        }

        return i >= 0 && (IsPlainShortLine(state, i) || state.Features[i].Prose == ProseClass.NearGood && state.Features[i].Phrase is null) ? i : first;
    }

    /// <summary>
    /// A table of contents or a table (a fact box) right above the body, under at most one heading ("Contents"), opens the
    /// article. Runs of them, with blank lines and captions between, are taken together, and so are the headings of
    /// preformatted blocks among them (a page of equations or code samples, each under its name): a heading between two
    /// blocks is the lower one's.
    /// </summary>
    private static int ExtendOverContentsAbove(LayoutState state, int bodyStart)
    {
        var start = bodyStart;
        var tableLines = 0;
        for (var i = state.PreviousNonBlank(bodyStart - 1); i >= 0; i = state.PreviousNonBlank(i - 1))
        {
            var f = state.Features[i];
            if (state.Has(i, LineSignals.TableOfContents) || f.Has(LineSignals.Preformatted) || f.Has(LineSignals.Decoration))
            {
                tableLines += f.Has(LineSignals.Decoration) ? 0 : 1;
                start = i;
            }
            else if (IsBlockHeading(state, i, start))
            {
                start = i;
            }
            else if (!f.IsCaption)
            {
                break;
            }
        }

        if (tableLines < state.Options.ListMinItems)
        {
            return bodyStart;
        }

        var heading = state.PreviousNonBlank(start - 1);
        return heading >= 0 && IsPlainShortLine(state, heading) ? heading : start;
    }

    /// <summary>A plain short line between two preformatted blocks: the lower block's name ("The Lorenz Equations").</summary>
    private static bool IsBlockHeading(LayoutState state, int i, int below)
    {
        var above = state.PreviousNonBlank(i - 1);
        return state.Features[below].Has(LineSignals.Preformatted) && IsPlainShortLine(state, i)
            && above >= 0 && state.Features[above].Has(LineSignals.Preformatted);
    }

    /// <summary>A heading or label of the article: short, no boilerplate phrase, no byline, date, picture or menu.</summary>
    internal static bool IsPlainShortLine(LayoutState state, int i)
    {
        var f = state.Features[i];
        return f.Prose == ProseClass.Short && f.Phrase is null && !f.IsBylineOrDateline && !f.IsCaption && !f.IsStamp && !f.IsMenuItem
            && !f.IsMasthead && !state.IsDuplicate(i);
    }

    /// <summary>
    /// A list that closes the article (tour dates, a table of results), under at most one heading, belongs to the body:
    /// its items are longer than a menu's and carry no links or boilerplate phrases.
    /// </summary>
    private static int ExtendOverList(LayoutState state, int bodyEnd)
    {
        var options = state.Options;
        var i = state.NextNonBlank(bodyEnd + 1);
        if (i < 0)
        {
            return bodyEnd;
        }

        // A heading or a sentence ending in a colon introduces the list ("Tour dates:").
        var introduced = state.Features[bodyEnd].EndsWithColon;
        var f = state.Features[i];
        if (!IsListContent(f, options) && f.Prose == ProseClass.Short && !f.PhraseCountsAlone && !f.IsCaption)
        {
            introduced |= f.EndsWithColon;
            i = state.NextNonBlank(i + 1);
        }

        int items = 0, words = 0, last = -1;
        for (; i >= 0 && IsListContent(state.Features[i], options); i = state.NextNonBlank(i + 1))
        {
            items++;
            words += state.Features[i].Words;
            last = i;
        }

        return items >= options.ListMinItems && (introduced || words >= options.ClosingListItemAverageWords * items) ? last : bodyEnd;
    }

    /// <summary>An ordered list right under the body, or under one heading ("References"), carries it on: the steps, the notes.</summary>
    private static int ExtendOverOrderedList(LayoutState state, int bodyEnd)
    {
        var i = state.NextNonBlank(bodyEnd + 1);
        if (i >= 0 && !state.Has(i, LineSignals.InOrderedList) && IsPlainShortLine(state, i))
        {
            i = state.NextNonBlank(i + 1);
        }

        var last = bodyEnd;
        while (i >= 0 && state.Has(i, LineSignals.InOrderedList))
        {
            last = i;
            i = state.NextNonBlank(i + 1);
        }

        return last;
    }

    /// <summary>
    /// A table or a block of code that closes the article (a fact box, the results, the example) under a Markdown heading
    /// of the level the article's own sections have: the article's last section. Its rows are a preformatted region's,
    /// none a boilerplate phrase, a menu's or a line of links. Under a heading of another level, or none, a table below
    /// the article is as often a page's widget (scores, prices, a feed's links) as the article's.
    /// </summary>
    private static int ExtendOverTableBelow(LayoutState state, int bodyEnd)
    {
        var heading = state.NextNonBlank(bodyEnd + 1);
        if (heading < 0 || state.Features[heading].Phrase is not null || !HasSectionOfLevel(state, state.HeadingLevel(heading), bodyEnd))
        {
            return bodyEnd;
        }

        var i = state.NextNonBlank(heading + 1);
        int rows = 0, last = bodyEnd;
        for (; i >= 0 && IsTableLine(state, i); i = state.NextNonBlank(i + 1))
        {
            rows += state.Features[i].Has(LineSignals.Decoration) ? 0 : 1;
            last = i;
        }

        return rows >= state.Options.ListMinItems ? last : bodyEnd;
    }

    /// <summary>Whether the body holds a Markdown heading of <paramref name="level"/> (1 to 6) above <paramref name="bodyEnd"/>.</summary>
    private static bool HasSectionOfLevel(LayoutState state, int level, int bodyEnd)
    {
        for (var i = state.BodyStart; level > 0 && i <= bodyEnd; i++)
        {
            if (state.HeadingLevel(i) == level)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTableLine(LayoutState state, int i)
    {
        var f = state.Features[i];
        return f.Has(LineSignals.Preformatted) && f.Phrase is null && !state.Has(i, LineSignals.MenuRun) && !f.IsMenuItem
            && f.LinkDensity < state.Options.ListItemMaxLinkDensity;
    }

    /// <summary>
    /// The article's references, below what sets them apart from its last paragraph (a "See also" list, the headings of
    /// notes and references): an ordered list most of whose entries cite a source (Wikipedia's caret, "Retrieved ...") is
    /// the article's citations, and so is a list of the sources' addresses ("Sources & links" over bare URLs). A ranked list of other stories cites nothing; a line of chrome in between ends the search.
    /// </summary>
    private static int ExtendOverReferences(LayoutState state, int bodyEnd)
    {
        var between = 0;
        for (var i = state.NextNonBlank(bodyEnd + 1); i >= 0; i = state.NextNonBlank(i + 1))
        {
            if (state.Has(i, LineSignals.InOrderedList))
            {
                return CitesMostly(state, i, out var last) ? last : bodyEnd;
            }

            var f = state.Features[i];
            if (f.ListItem && f.Has(LineSignals.Citation))
            {
                return LastCitingItem(state, i);
            }

            var setsApart = f.Phrase?.Category == PhraseCategory.Related || (f.ListItem && f.Phrase is null) || IsPlainShortLine(state, i);
            if (!setsApart || ++between > state.Options.ReferencesMaxLinesAbove)
            {
                return bodyEnd;
            }
        }

        return bodyEnd;
    }

    /// <summary>The last of the list items from <paramref name="first"/> on that each cite a source (a list of the sources' addresses).</summary>
    private static int LastCitingItem(LayoutState state, int first)
    {
        var last = first;
        for (var i = first; i >= 0 && state.Features[i].ListItem && state.Features[i].Has(LineSignals.Citation); i = state.NextNonBlank(i + 1))
        {
            last = i;
        }

        return last;
    }

    /// <summary>Whether most entries of the ordered list from <paramref name="first"/> cite a source, on their line or a line continuing it.</summary>
    private static bool CitesMostly(LayoutState state, int first, out int last)
    {
        int entries = 0, citing = 0;
        var cites = false;
        last = first;
        for (var i = first; i >= 0 && state.Has(i, LineSignals.InOrderedList); i = state.NextNonBlank(i + 1))
        {
            var f = state.Features[i];
            if (f.Has(LineSignals.NumberedItem))
            {
                citing += cites ? 1 : 0;
                entries++;
                cites = false;
            }

            cites |= f.Has(LineSignals.Citation);
            last = i;
        }

        citing += cites ? 1 : 0;
        return 2 * citing > entries;
    }

    private static bool IsListContent(LineFeatures f, LayoutOptions options) =>
        !f.Blank && f.Phrase is null && !f.IsCaption && !f.IsSocialUrl && f.LinkDensity < options.ListItemMaxLinkDensity
        && f.Words >= options.ClosingListItemMinWords && f.Prose is not ProseClass.Good;

    /// <summary>
    /// A section of lists that carries the article on (a buyer's guide's product cards, a recipe's ingredients and steps, a
    /// specification sheet) belongs to the body: two or more content lists, each under a few short lines, up to the short
    /// lines that close the last one. A comment, legal or menu line, or a timestamp, ends it; lists of tags ("Topics: •
    /// Impeachments, • Diplomacy") are too short an item to make one.
    /// </summary>
    private static int ExtendOverListSections(LayoutState state, int bodyEnd)
    {
        var options = state.Options;
        var lists = 0;
        var descriptive = false;
        var sectionEnd = bodyEnd;
        var cardAboveLast = 0;
        for (var i = state.NextNonBlank(bodyEnd + 1); i >= 0;)
        {
            var card = 0;
            var related = false;
            for (; i >= 0 && !state.Has(i, LineSignals.InContentList); i = state.NextNonBlank(i + 1))
            {
                related |= state.Features[i].Phrase?.Category == PhraseCategory.Related;
                if (!IsCardLine(state, i) || ++card > options.MaxCardLines)
                {
                    break;
                }
            }

            // A related-content label may open the section ("Don't miss:" over the deals), but under a list of it, it
            // announces other stories' list ("Related reviews"), not the next card.
            if (i < 0 || !state.Has(i, LineSignals.InContentList) || (related && lists > 0))
            {
                break;
            }

            descriptive |= state.Marks[i].ContentListWords >= options.ListSectionItemWords;
            cardAboveLast = card;
            for (; i >= 0 && state.Has(i, LineSignals.InContentList); i = state.NextNonBlank(i + 1))
            {
                sectionEnd = i;
            }

            lists++;
        }

        if (lists < 2 || !descriptive)
        {
            return bodyEnd;
        }

        // The card under the last list (its name, price and buy button) has at most the lines of the card above it.
        var closing = 0;
        for (var i = state.NextNonBlank(sectionEnd + 1); i >= 0 && closing < cardAboveLast && IsCardLine(state, i); i = state.NextNonBlank(i + 1))
        {
            sectionEnd = i;
            closing++;
        }

        for (var i = bodyEnd + 1; i <= sectionEnd; i++)
        {
            state.Mark(i, LineSignals.InListSection);
        }

        return sectionEnd;
    }

    /// <summary>A line that can stand between two lists of a list section: a name, a price, a picture, a short label.</summary>
    private static bool IsCardLine(LayoutState state, int i)
    {
        var f = state.Features[i];
        return !state.Has(i, LineSignals.MenuRun) && !f.IsStamp && !f.IsSocialUrl && !f.IsTeaserLink && !f.Separated && !f.ListItem
            && (f.Phrase is null || (f.Words <= state.Options.CardLabelMaxWords && f.Phrase.Value.Category is not (PhraseCategory.Comment or PhraseCategory.Legal)));
    }

    /// <summary>
    /// When nothing between the body and the document's end shows chrome (<see cref="PlainStretch"/>), the rest is the
    /// article's: a plan's days, a recipe's steps, a match report's line-ups, in text kept without its page. A scraped
    /// page ends in its footer, an archived article in its own last lines.
    /// </summary>
    private static int ExtendOverPlainEnd(LayoutState state, int bodyEnd)
    {
        var last = state.PreviousNonBlank(state.Count - 1);
        return last > bodyEnd && PlainStretch.IsArticleToEnd(state, bodyEnd + 1, last + 1) ? last : bodyEnd;
    }

    /// <summary>
    /// The lines from the document's first to the body, when they are few and none shows chrome, are the article's
    /// header: a fixture box, a dek, a byline and date, in text kept without its page. A scraped page opens with its own.
    /// </summary>
    private static void MarkPlainHeader(LayoutState state)
    {
        var first = state.NextNonBlank(0);
        if (first >= 0 && first < state.BodyStart && PlainStretch.IsArticleFromStart(state, first, state.BodyStart))
        {
            state.HasPlainHeader = true;
        }
    }

    /// <summary>
    /// Below the body, down to the page's first chrome, a stretch showing none that carries on the article's structure
    /// (prose, and a series printed in turn: a plan's meals day after day) is the article's, however short its lines.
    /// </summary>
    private static int ExtendOverSeries(LayoutState state, int bodyEnd)
    {
        var last = PlainStretch.SeriesUntilChrome(state, bodyEnd + 1);
        return last > bodyEnd ? last : bodyEnd;
    }

    /// <summary>
    /// A short sentence right under the last paragraph closes the article ("“That's correct,” Volker said.", "Twitter seemed
    /// a bit confused by the campaign:" above an embed): running text, no boilerplate phrase, no stamp.
    /// </summary>
    private static int ExtendOverClosingSentence(LayoutState state, int bodyEnd)
    {
        var options = state.Options;
        var i = state.NextNonBlank(bodyEnd + 1);
        if (i < 0)
        {
            return bodyEnd;
        }

        var f = state.Features[i];
        return f.Prose == ProseClass.Short && (f.EndsSentence || f.EndsWithColon) && f.Words >= options.ClosingSentenceMinWords
            && f.StopShare >= options.ClosingSentenceMinStopShare && f.Phrase is null && !f.IsStamp && !f.IsCaption && !f.IsBylineOrDateline
            && !f.ListItem && !f.IsMasthead && !state.IsDuplicate(i)
            ? i
            : bodyEnd;
    }
}
