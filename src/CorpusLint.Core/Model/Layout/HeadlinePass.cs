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
        else if (named < 0)
        {
            // The line over the byline (or summing up the lead) and the line over the text are both the header's: a
            // headline and its dek, or one line. A headline printed twice (in the title bar, and over the text) is its
            // first copy; the second is the repeat CL2007 reports.
            if (FindTitleAboveByline(state) is var bylined and >= 0)
            {
                headlines.Add(FirstCopy(state, bylined));
                AddDeksBelow(state, bylined, headlines);
            }
            else if (FindTitleOfLead(state) is var summary and >= 0)
            {
                headlines.Add(FirstCopy(state, summary));
            }

            if (FindTitle(state) is (var title and >= 0, var kicker))
            {
                headlines.Add(title);
                if (kicker >= 0)
                {
                    headlines.Add(kicker);
                }
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

    /// <summary>
    /// The headline right above the article's byline: the byline or dateline nearest above the body (a page may set a
    /// video, a picture or share buttons between it and the text, but not more than
    /// <see cref="LayoutOptions.MaxHeadlineDistance"/> lines of text nor a menu), and the first line above it that is not
    /// a picture's caption (or the one above that, over an author's name), if it reads as a title of at least
    /// <see cref="LayoutOptions.TitleAboveBylineMinWords"/> words; or -1. News pages print the headline over the byline.
    /// </summary>
    private static int FindTitleAboveByline(LayoutState state)
    {
        var lines = 0;
        var byline = -1;
        for (var i = state.BodyStart - 1; i >= 0 && byline < 0; i--)
        {
            var f = state.Features[i];
            if (state.IsBlank(i))
            {
                continue;
            }

            if (f.IsBylineOrDateline)
            {
                byline = i;
            }
            else if (state.Has(i, LineSignals.MenuRun) || f.Separated || (!IsHeaderFurniture(f) && ++lines > state.Options.MaxHeadlineDistance))
            {
                return -1;
            }
        }

        var above = LineAbove(state, byline);
        for (var between = 0; above >= 0; between++)
        {
            var f = state.Features[above];
            if (f.Words >= state.Options.TitleAboveBylineMinWords && IsTitle(state, above, mayRepeat: true) && !IsDek(state, above))
            {
                return above;
            }

            // Headline, dek, author's name, "Follow", date: a news page sets its headline over the lines naming and
            // summing up the article, not over its prose or a menu.
            var name = f.Words < state.Options.TitleAboveBylineMinWords && !f.EndsSentence;
            if (between == state.Options.MaxLinesBetweenHeadlineAndByline || !(name || IsDek(state, above)) || state.Has(above, LineSignals.MenuRun))
            {
                return -1;
            }

            above = LineAbove(state, above);
        }

        return -1;
    }

    /// <summary>The deks between the headline over a byline and the byline: the header's summing up, the article's as its headline is.</summary>
    private static void AddDeksBelow(LayoutState state, int headline, HashSet<int> headlines)
    {
        for (int i = state.NextNonBlank(headline + 1), between = 0; i >= 0 && between < state.Options.MaxLinesBetweenHeadlineAndByline; i = state.NextNonBlank(i + 1), between++)
        {
            if (state.Features[i].IsBylineOrDateline)
            {
                return;
            }

            if (IsDek(state, i))
            {
                headlines.Add(i);
            }
        }
    }

    /// <summary>
    /// A dek: one statement of at most <see cref="LayoutOptions.TitleMaxWords"/> words, set between a headline and its
    /// byline ("But only hardcore gamers will appreciate it."). A headline may ask or exclaim; it does not state.
    /// </summary>
    private static bool IsDek(LayoutState state, int i)
    {
        var f = state.Features[i];
        return f.EndsSentence && f.SentenceMarks == 1 && f.FullStops == 1 && f.Words <= state.Options.TitleMaxWords && !f.ListItem && !f.LinkOnly && f.Phrase is null;
    }

    /// <summary>
    /// The headline found by what it says: of the lines within <see cref="LayoutOptions.MaxHeadlineLeadDistance"/> lines
    /// of text above the body that read as a title, the nearest most of whose words (<see cref="LeadWords"/>) the body's
    /// first sentences use, at least two of them; or -1. A headline sums up the lead; a menu item, a teaser or a
    /// section's name above it seldom shares two of its words.
    /// </summary>
    private static int FindTitleOfLead(LayoutState state)
    {
        var document = state.Document;
        List<Range>? lead = null;
        List<Range>? candidate = null;
        var seen = 0;
        for (var i = state.BodyStart - 1; i >= 0 && seen < state.Options.MaxHeadlineLeadDistance; i--)
        {
            var f = state.Features[i];
            if (state.IsBlank(i) || IsHeaderFurniture(f))
            {
                continue;
            }

            seen++;
            if (!IsTitle(state, i, mayRepeat: true) || f.Words < state.Options.TitleAboveBylineMinWords || f.ListItem || f.LinkOnly || (f.Phrase is not null && f.PhraseCountsAlone)
                || f.FullStops > 0 || IsPath(document.GetText(document.Lines[i])))
            {
                // A statement is a picture's caption or a teaser's blurb; "Blog > Nutrition > Meal plans" is where the page stands.
                continue;
            }

            // The lead's words are read only for a line that could be a headline: most pages have none to test.
            lead ??= LeadWords(state);
            candidate ??= [];
            candidate.Clear();
            AddContentWords(document, i, candidate);
            var shared = 0;
            foreach (var word in candidate)
            {
                shared += Uses(document.Text, lead, word) ? 1 : 0;
            }

            if (shared >= 2 && 2 * shared >= candidate.Count)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A breadcrumb: words joined by "&gt;", "»" or " / ".</summary>
    private static bool IsPath(ReadOnlySpan<char> text) =>
        text.Contains(" > ", StringComparison.Ordinal) || text.Contains(" » ", StringComparison.Ordinal) || text.Contains(" / ", StringComparison.Ordinal);

    /// <summary>The content words of the body's first lines, up to <see cref="LayoutOptions.LeadWords"/> words, as ranges of the text.</summary>
    private static List<Range> LeadWords(LayoutState state)
    {
        var lead = new List<Range>();
        var counted = 0;
        for (var i = state.BodyStart; i >= 0 && i < state.Count && counted < state.Options.LeadWords; i = state.NextNonBlank(i + 1))
        {
            counted += state.Features[i].Words;
            AddContentWords(state.Document, i, lead);
        }

        return lead;
    }

    /// <summary>
    /// Adds the ranges of line <paramref name="line"/>'s content words (<see cref="Document.Words"/> of four characters or
    /// more, starting with a letter, not stop words). Ranges, not strings: the lead's words are compared with a few
    /// lines' and kept for nothing else.
    /// </summary>
    private static void AddContentWords(Document document, int line, List<Range> words)
    {
        var text = document.Text;
        foreach (var word in document.GetWords(document.Lines[line]))
        {
            if (word.Length >= 4 && char.IsLetter(text[word.Start]) && !LanguageProfiles.IsStopWord(text.AsSpan(word.Start, word.Length)))
            {
                words.Add(new Range(word.Start, word.End));
            }
        }
    }

    /// <summary>Whether one of <paramref name="lead"/>'s words is <paramref name="word"/>, case and a plural's "s" aside.</summary>
    private static bool Uses(string text, List<Range> lead, Range word)
    {
        var stem = Stem(text.AsSpan()[word]);
        foreach (var used in lead)
        {
            if (Stem(text.AsSpan()[used]).Equals(stem, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word without a possessive's "'s" and a plural's "s": "ferry's", "ferries'" and "ferrie" compare alike enough.</summary>
    private static ReadOnlySpan<char> Stem(ReadOnlySpan<char> word)
    {
        if (word.Length > 2 && word[^1] is 's' or 'S' && word[^2] is '\'' or '’')
        {
            word = word[..^2];
        }

        return word[^1] is 's' or 'S' ? word[..^1] : word;
    }

    /// <summary>The nearest line above <paramref name="i"/> that is not blank, a byline or dateline, or a picture's caption; or -1.</summary>
    private static int LineAbove(LayoutState state, int i)
    {
        var above = i - 1;
        while (above >= 0 && (state.IsBlank(above) || state.Features[above].IsBylineOrDateline || state.Features[above].IsCaption))
        {
            above--;
        }

        return above;
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

        // Printed twice, in the page's title bar and right over the text: the headline is the title bar's copy, as it is
        // over a byline. A line printed more often is a stream's label or a teaser's, not a headline.
        if (state.Marks[i].Copies == 2 && FirstCopy(state, i) is var first && first != i && IsTitle(state, i, mayRepeat: true) && IsTitle(state, first, mayRepeat: true))
        {
            return (first, -1);
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
        return next >= 0 && next < state.BodyStart && state.HeadingLevel(next) >= 2
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

    /// <summary>
    /// A headline printed twice is its first copy, the title bar's, unless that copy is a link or a list's item: a teaser
    /// of the page itself in a menu or a list of other stories, which is no headline; then it is the copy over the text.
    /// </summary>
    private static int FirstCopy(LayoutState state, int i)
    {
        var first = state.Marks[i].DuplicateOf;
        if (first < 0)
        {
            return i;
        }

        var f = state.Features[first];
        return f.LinkOnly || f.ListItem || f.IsMenuItem || state.Has(first, LineSignals.MenuRun) ? i : first;
    }

    /// <summary>
    /// Whether the line reads as a headline. A line printed twice is one only where <paramref name="mayRepeat"/>: a page
    /// prints its headline in its title bar too, but a headline found only by its place may be a teaser's of a stream.
    /// </summary>
    private static bool IsTitle(LayoutState state, int i, bool mayRepeat = false)
    {
        var f = state.Features[i];
        return f.Prose is ProseClass.Short or ProseClass.NearGood && f.Words >= 2 && f.Words <= state.Options.TitleMaxWords
            && (mayRepeat || !state.IsDuplicate(i)) && !f.IsMasthead && !f.IsTimeStamp;
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
