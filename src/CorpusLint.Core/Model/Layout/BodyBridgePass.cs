namespace CorpusLint.Model.Layout;

/// <summary>
/// An article split by a gallery or an ad block is one body: a further run of prose close to the body joins it when the
/// lines between hold no comment, legal or related-content marker and no long menu. The lines in such a gap keep the
/// class they would have outside the body, unless they show no chrome at all (<see cref="PlainStretch"/>). A run of
/// prose separated from the body only by pictures joins it too.
/// </summary>
internal static class BodyBridgePass
{
    public static void Run(LayoutState state)
    {
        var options = state.Options;
        while (true)
        {
            var (start, end) = BodyFinder.Find(state, state.BodyEnd + 1, state.Count, out var score);
            if (start < 0 || score < options.MinBridgedScore || !IsBridgeable(state, state.BodyEnd + 1, start, above: false))
            {
                (start, end) = ProseAcrossPictures(state, state.BodyEnd, +1);
                if (start < 0)
                {
                    (start, end) = PreformattedAfter(state, state.BodyEnd);
                }

                if (start < 0)
                {
                    break;
                }
            }

            MarkGap(state, state.BodyEnd + 1, start);
            state.BodyEnd = end;
        }

        while (state.BodyStart > 0)
        {
            var (start, end) = BodyFinder.Find(state, 0, state.BodyStart, out var score);
            var box = start >= 0 && IsBoxAboveBody(state, end + 1, state.BodyStart);
            if (start < 0 || score < (box ? options.MinBridgedAcrossBoxScore : options.MinBridgedScore) || !box && !IsBridgeable(state, end + 1, state.BodyStart, above: true)
                || HoldsByline(state, end + 1, state.BodyStart))
            {
                var (near, far) = ProseAcrossPictures(state, state.BodyStart, -1);
                if (far >= 0)
                {
                    (end, start) = (near, far);
                }
                else if (score < options.MinBodyAboveStreamScore || !IsLeadUnderByline(state, start, end))
                {
                    // A box of teasers set into the article may outscore its lead: the lead is then the paragraphs
                    // straight under the nearest byline above the body (the first of them a paragraph).
                    (start, end) = LeadUnderNearestByline(state);
                    if (!IsLeadUnderByline(state, start, end))
                    {
                        break;
                    }
                }
            }

            MarkGap(state, end + 1, state.BodyStart);
            state.BodyStart = start;
        }
    }

    /// <summary>A gallery's own label beside its pictures: <c>View all (23)</c>, <c>1 of 5</c>.</summary>
    private static bool IsGalleryLabel(LineFeatures f, LayoutOptions options) =>
        f.Prose == ProseClass.Short && f.Words >= 2 && f.Words <= options.GalleryLabelMaxWords && !f.EndsSentence && f.HasDigit && !f.IsStamp;

    /// <summary>
    /// A blog post with a photo between its paragraphs: when only pictures (image lines, their captions, a caption repeated
    /// under every photo, a gallery's label) stand between the body and a run of prose next to it, in <paramref name="step"/>'s
    /// direction from <paramref name="edge"/>, that run is the article's. Returns the run's line nearest the body and its
    /// farthest line, or (-1, -1).
    /// </summary>
    private static (int Near, int Far) ProseAcrossPictures(LayoutState state, int edge, int step)
    {
        var options = state.Options;
        var pictures = 0;
        var i = edge + step;
        for (; i >= 0 && i < state.Count; i += step)
        {
            var f = state.Features[i];
            if (f.Blank)
            {
                continue;
            }

            if (!(f.IsCaption || state.IsDuplicate(i) || IsGalleryLabel(f, options)) || state.Has(i, LineSignals.MenuRun) || f.Phrase is not null && !f.IsCaption)
            {
                break;
            }

            if (++pictures > options.MaxPictureGapLines)
            {
                return (-1, -1);
            }
        }

        var near = i;
        var far = -1;
        var prose = 0.0;
        for (; i >= 0 && i < state.Count; i += step)
        {
            var f = state.Features[i];
            if (f.Blank)
            {
                continue;
            }

            // A short sentence ("The refreshing autumn sky!") goes on with the prose it stands in, adding nothing.
            var sentence = f.Prose == ProseClass.Short && state.IsShortSentence(f) && f.Phrase is null && !f.IsCaption;
            if (!f.IsProse && !sentence || state.IsDuplicate(i))
            {
                break;
            }

            prose += f.Prose switch { ProseClass.Good => 1.0, ProseClass.NearGood => 0.5, _ => 0.0 };
            far = i;
        }

        return pictures > 0 && prose >= options.MinProseAcrossPictures ? (near, far) : (-1, -1);
    }

    /// <summary>
    /// Preformatted text (code, a table, program output) under a line of the body that introduces it ("it would look like
    /// this:"), or under such a line right below the body, carries the article on: returns its first and last line, or (-1, -1).
    /// </summary>
    private static (int First, int Last) PreformattedAfter(LayoutState state, int bodyEnd)
    {
        var i = state.NextNonBlank(bodyEnd + 1);
        var introduced = state.Features[bodyEnd].EndsWithColon;
        if (!introduced && i >= 0 && state.Features[i].EndsWithColon && BodyEdgePass.IsPlainShortLine(state, i))
        {
            introduced = true;
            i = state.NextNonBlank(i + 1);
        }

        if (!introduced || i < 0 || !state.Features[i].Has(LineSignals.Preformatted))
        {
            return (-1, -1);
        }

        var last = i;
        for (var j = i; j >= 0 && state.Features[j].IsNeutral; j = state.NextNonBlank(j + 1))
        {
            last = j;
        }

        return (i, last);
    }

    /// <summary>
    /// A box the article sets after its first paragraphs ("Further reading" and three titles, a "Related" label and a
    /// link): in [<paramref name="from"/>, <paramref name="to"/>), a label and at most <see cref="LayoutOptions.BoxMaxEntries"/>
    /// entries (an entry's picture not counted under a related-content label), none of them prose, no menu of the site and no comment or legal marker. Above the body, a lead of one or
    /// two paragraphs over such a box is the article's: the gap is narrower than any run of chrome.
    /// </summary>
    private static bool IsBoxAboveBody(LayoutState state, int from, int to)
    {
        var lines = 0;
        var labelled = false;
        for (var i = from; i < to; i++)
        {
            var f = state.Features[i];
            if (f.Blank || (labelled && f.IsCaption && !f.IsBylineOrDateline))
            {
                // Under a related-content label, an entry's picture beside its title is part of the entry.
                continue;
            }

            labelled |= lines == 0 && f.Phrase is { Category: Language.PhraseCategory.Related };
            if (++lines > state.Options.BoxMaxEntries + 1 || f.Prose is ProseClass.Good or ProseClass.NearGood || f.IsNeutral
                || f.Phrase is { Category: not Language.PhraseCategory.Related } || state.IsDuplicate(i) || f.IsBylineOrDateline || f.IsStamp)
            {
                return false;
            }
        }

        return lines >= 2;
    }

    /// <summary>
    /// The article's first paragraphs straight under its byline or dateline, then a box set into the article (a picture
    /// with its credit, a promotion, related links) and the rest of it: the run [<paramref name="start"/>,
    /// <paramref name="end"/>] above the body is its lead when the line above the run is the byline and the box holds no
    /// other byline, no comment or legal notice, and no more than <see cref="LayoutOptions.MaxGapLines"/> lines. (The run
    /// must hold a paragraph at least: the callers see to it.)
    /// </summary>
    private static bool IsLeadUnderByline(LayoutState state, int start, int end)
    {
        if (start < 0 || HeaderAbove(state, start) is not (>= 0 and var header)
            || !state.Features[header].IsBylineOrDateline || HoldsByline(state, end + 1, state.BodyStart))
        {
            return false;
        }

        var lines = 0;
        for (var i = end + 1; i < state.BodyStart; i++)
        {
            var f = state.Features[i];
            if (!f.Blank && (++lines > state.Options.MaxGapLines || IsCommentOrLegalNotice(f)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The line above <paramref name="line"/>, past the lead picture a page sets between the byline and the text.</summary>
    private static int HeaderAbove(LayoutState state, int line)
    {
        var above = state.PreviousNonBlank(line - 1);
        while (above >= 0 && state.Features[above].IsCaption && !state.Features[above].IsBylineOrDateline)
        {
            above = state.PreviousNonBlank(above - 1);
        }

        return above;
    }

    /// <summary>A comment form's or a legal notice's line: the article never goes on across one.</summary>
    private static bool IsCommentOrLegalNotice(LineFeatures f) =>
        f.Phrase is { Category: Language.PhraseCategory.Comment or Language.PhraseCategory.Legal } && f.PhraseCountsAlone;

    /// <summary>
    /// The lines of prose in a row (blank lines between them allowed) straight under the nearest byline or dateline above
    /// the body, looked for no further than twice <see cref="LayoutOptions.MaxGapLines"/> lines up, when the first of them
    /// is a paragraph; or (-1, -1).
    /// </summary>
    private static (int Start, int End) LeadUnderNearestByline(LayoutState state)
    {
        var lines = 0;
        var header = state.PreviousNonBlank(state.BodyStart - 1);
        for (; header >= 0 && !state.Features[header].IsBylineOrDateline; header = state.PreviousNonBlank(header - 1))
        {
            if (++lines > 2 * state.Options.MaxGapLines)
            {
                return (-1, -1);
            }
        }

        var start = header < 0 ? -1 : state.NextNonBlank(header + 1);
        if (start < 0 || start >= state.BodyStart || state.Features[start].Prose != ProseClass.Good)
        {
            return (-1, -1);
        }

        var end = start;
        for (var i = state.NextNonBlank(start + 1); i >= 0 && i < state.BodyStart && state.Features[i].Prose is ProseClass.Good or ProseClass.NearGood; i = state.NextNonBlank(i + 1))
        {
            end = i;
        }

        return (start, end);
    }

    /// <summary>
    /// Whether a byline or a dateline stands in [<paramref name="from"/>, <paramref name="to"/>): the article's header, which
    /// opens it; prose above it is a dialog's or another story's, not the article's. A byline naming only authors that a
    /// byline above <paramref name="from"/> already named is that header printed again (over a slideshow's first slide,
    /// atop a second page): it opens no other story.
    /// </summary>
    private static bool HoldsByline(LayoutState state, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (state.Features[i].IsBylineOrDateline && !RepeatsBylineAbove(state.Document, i, from))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether line <paramref name="line"/> carries bylines only, each naming an author a byline on a line above
    /// <paramref name="above"/> named (without case), and no date: a dateline, or a byline dated anew, opens a story.
    /// </summary>
    private static bool RepeatsBylineAbove(Document document, int line, int above)
    {
        var bylines = document.Attribution.Bylines;
        var repeats = false;
        foreach (var byline in bylines)
        {
            if (document.GetLineIndex(byline.Start) != line || byline.Field is not null)
            {
                continue;
            }

            if (byline.Name.Length == 0 || !NamedAbove(document, bylines, byline.Name, above))
            {
                return false;
            }

            repeats = true;
        }

        return repeats && !document.Dates.PublicationDateCandidates.Any(c => document.GetLineIndex(c.Start) == line);
    }

    private static bool NamedAbove(Document document, IReadOnlyList<Attribution.Byline> bylines, string name, int above)
    {
        foreach (var byline in bylines)
        {
            if (byline.Field is null && byline.Name.Equals(name, StringComparison.OrdinalIgnoreCase) && document.GetLineIndex(byline.Start) < above)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the body may be bridged across the gap [<paramref name="from"/>, <paramref name="to"/>): no comment or legal
    /// notice and no related-content label in it, and no more than <see cref="LayoutOptions.MaxGapLines"/> lines nor a menu
    /// of <see cref="LayoutOptions.MaxGapMenuItems"/> entries, unless the gap lies <paramref name="above"/> the body and the
    /// page says there that the article continues (<see cref="SaysTheArticleContinues"/>).
    /// </summary>
    private static bool IsBridgeable(LayoutState state, int from, int to, bool above)
    {
        var options = state.Options;
        var lines = 0;
        var menu = 0;
        var introduced = false;
        var continues = above && SaysTheArticleContinues(state, from, to);
        for (var i = from; i < to; i++)
        {
            var f = state.Features[i];
            if (f.Blank)
            {
                continue;
            }

            // Code and tables between two parts of an article are the article's, however long.
            if (f.IsNeutral)
            {
                continue;
            }

            lines++;
            // A bulleted list of longer items without links is a list in the article, not a menu; so is a list of plain
            // items a line ending in a colon introduces ("Materials:" over "• scissors"), as IntroducedListPass reads it.
            var inMenuRun = state.Has(i, LineSignals.MenuRun);
            introduced = inMenuRun ? introduced && IntroducedListPass.IsPlainItem(f, options) : f.EndsWithColon && f.Phrase is null;
            menu = inMenuRun && !introduced && (f.LinkOnly || state.Marks[i].MenuRunWords < options.GapMenuItemWords) ? menu + 1 : 0;
            if (!continues && (lines > options.MaxGapLines || menu >= options.MaxGapMenuItems) || IsCommentOrLegalNotice(f)
                || f.Phrase is { Category: Language.PhraseCategory.Related, Strength: Language.PhraseStrength.Whole })
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the gap holds the page's own word that the article goes on below it ("Story continues below", "Continue
    /// reading the main story", <see cref="LayoutOptions.ContinuationPhrases"/>): a box set into the article, however many
    /// lines or links it holds, and the run above it the article's start. Asked only of a run above the body: under the
    /// body, the page may go on to another page ("Next Page >") and the same words introduce a sidebar.
    /// </summary>
    private static bool SaysTheArticleContinues(LayoutState state, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (state.Features[i].Phrase is { } phrase && state.Options.ContinuationPhrases.Contains(phrase.Phrase, StringComparer.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Marks the gap's lines to keep the class they would have outside the body, unless the gap shows no chrome (<see cref="PlainStretch"/>).</summary>
    private static void MarkGap(LayoutState state, int from, int to)
    {
        if (PlainStretch.IsArticleBetween(state, from, to))
        {
            BodyEdgePass.MarkTakenIn(state, from, to);
            return;
        }

        for (var i = from; i < to; i++)
        {
            state.Mark(i, LineSignals.InGap);
        }
    }
}
