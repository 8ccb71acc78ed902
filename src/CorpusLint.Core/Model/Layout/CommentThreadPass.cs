using CorpusLint.Language;

namespace CorpusLint.Model.Layout;

/// <summary>
/// A comment thread under the article, opened by a line that names it ("View comments (27)", "Leave a reply",
/// "Comments", "199 comments") and followed either by comments that each carry a reply link and a date or time on lines
/// of their own (bulleted or not), or at once by the thread's own form or furniture (a second comment line such as
/// "Post comment" or "Log in or register to join the discussion", a form field) and then by comments, short runs of
/// prose each closed by its commenter's name, date or votes: the body is the best run of lines above the opening line
/// (the article a long thread may have outscored), or else what of the body lies above it. Without the
/// reply links or the form, a "Comments (5 posted)" link closing each story of a multi-story page, the next story dated
/// under its headline, would read as a thread. The stamped-stream pass cuts a stream at its first stamp, which leaves a
/// comment form and a first comment whose stamp comes after its text in the body; the opening line says where the
/// thread starts. A "Leave a comment" link under a blog post's title does not open a thread: the article lies between it
/// and the first stamp, more prose than above it (and than a comment holds), and no form follows it.
/// </summary>
internal static class CommentThreadPass
{
    /// <summary>The Comment phrase of a comment's own reply link.</summary>
    private const string ReplyLink = "reply";

    public static void Run(LayoutState state)
    {
        var options = state.Options;
        for (var i = 0; i <= state.BodyEnd; i++)
        {
            if (i < state.BodyStart)
            {
                // The body may lie inside the thread, under its opening line, form and first comments (a thread longer
                // than the article outscores it): the article is above them, as much prose as a bridged run at least (a
                // header's standfirst is not an article), and more paragraphs than the thread's first comment holds. Only the
                // first such opening line is asked: the thread starts there.
                var stamped = 0;
                if (IsFollowedByFormAndComments(state, i)
                    || (OpensThread(state.Features[i]) && !state.Has(i, LineSignals.MenuRun) && IsFollowedByStampedComments(state, i, out stamped)))
                {
                    if (BodyFinder.Find(state, 0, i, out var above) is { Start: >= 0 } found && above >= options.MinBridgedScore
                        && stamped < ParagraphsBetween(state, found.Start, found.End + 1))
                    {
                        (state.BodyStart, state.BodyEnd) = found;
                        return;
                    }

                    i = state.BodyStart;
                }

                continue;
            }

            if (i > state.BodyStart && OpensThread(state.Features[i])
                && (IsFollowedByFormAndComments(state, i) || (IsFollowedByStampedComments(state, i, out var leading) && leading < ParagraphsAbove(state, i))))
            {
                var (start, end) = BodyFinder.Find(state, 0, i, out var score);
                if (start >= 0 && score >= options.MinBodyAboveStreamScore)
                {
                    (state.BodyStart, state.BodyEnd) = (start, end);
                }
                else if (state.LastParagraphAbove(i) is var last and >= 0)
                {
                    state.BodyEnd = last;
                }

                return;
            }
        }
    }

    /// <summary>An opening line that is not a menu's entry ("Community Guidelines" in a site's menu), with the form and comments under it.</summary>
    private static bool IsFollowedByFormAndComments(LayoutState state, int opening) =>
        OpensThread(state.Features[opening]) && !state.Has(opening, LineSignals.MenuRun) && IsFollowedByForm(state, opening) && IsFollowedByComments(state, opening);

    /// <summary>
    /// The thread's form or furniture within <see cref="LayoutOptions.CommentFormMaxLines"/> lines of the opening line,
    /// before any paragraph: another comment line counting alone, or a form field that is not a search box.
    /// </summary>
    private static bool IsFollowedByForm(LayoutState state, int opening)
    {
        for (int i = opening + 1, lines = 0; i < state.Count && lines < state.Options.CommentFormMaxLines; i++)
        {
            var f = state.Features[i];
            if (f.Blank)
            {
                continue;
            }

            if (f.Prose == ProseClass.Good)
            {
                return false;
            }

            // A search box is the page's, not the thread's.
            if (OpensThread(f) || (f.IsFormField && f.Phrase is null or { Category: PhraseCategory.Comment }))
            {
                return true;
            }

            lines++;
        }

        return false;
    }

    private static bool OpensThread(LineFeatures f) =>
        f.Phrase is { Category: PhraseCategory.Comment } && f.PhraseCountsAlone && f.Prose != ProseClass.Good;

    /// <summary>
    /// Comments under the form: at least <see cref="LayoutOptions.StreamMinItems"/> runs of prose, each closed by lines
    /// that are not prose (the commenter's name, a date, votes, a reply link: a scraper that prints each text node on its
    /// line gives a signature ten lines; no more than <see cref="LayoutOptions.CommentGapMaxLines"/>), the typical run
    /// (the median: one reader may write at length) and the first of at most <see cref="LayoutOptions.StreamParagraphs"/>
    /// paragraphs. An article going on under a box of comment links is a long run of paragraphs.
    /// </summary>
    private static bool IsFollowedByComments(LayoutState state, int opening)
    {
        var options = state.Options;
        var runs = new List<int>(options.StreamMinItems);
        int paragraphs = 0, between = 0;
        var wrapping = false;
        for (var i = opening + 1; i < state.Count && runs.Count < options.StreamMinItems; i++)
        {
            var f = state.Features[i];
            if (f.Blank)
            {
                wrapping = false;
                continue;
            }

            if (f.Prose is ProseClass.Good or ProseClass.NearGood)
            {
                // A line of a hard-wrapped paragraph goes on with the one above it; any other line of prose is a paragraph.
                var wrapped = f.Has(LineSignals.Wrapped);
                paragraphs += wrapping && wrapped ? 0 : 1;
                wrapping = wrapped;
                between = 0;
                continue;
            }

            wrapping = false;
            if (paragraphs > 0)
            {
                runs.Add(paragraphs);
                paragraphs = 0;
            }

            if (++between > options.CommentGapMaxLines)
            {
                return false;
            }
        }

        if (runs.Count < options.StreamMinItems)
        {
            return false;
        }

        var first = runs[0];
        runs.Sort();
        return first <= options.StreamParagraphs && runs[runs.Count / 2] <= options.StreamParagraphs;
    }

    /// <summary>
    /// At least <see cref="LayoutOptions.StreamMinItems"/> stamps after the opening line: the first within a comment's
    /// prose of it (a form between them holds no paragraph; <paramref name="leading"/> counts the paragraphs before it),
    /// each next as close as a stream's.
    /// </summary>
    private static bool IsFollowedByStampedComments(LayoutState state, int opening, out int leading)
    {
        var options = state.Options;
        int stamps = 0, replies = 0, paragraphs = 0, lines = 0;
        leading = 0;
        for (var i = opening + 1; i < state.Count; i++)
        {
            var f = state.Features[i];
            if (f.Blank)
            {
                continue;
            }

            if (f.Phrase is { Category: PhraseCategory.Comment, Phrase: ReplyLink })
            {
                replies++;
                continue;
            }

            if (IsStamp(state, i))
            {
                leading = stamps == 0 ? paragraphs : leading;
                if (++stamps >= options.StreamMinItems && replies >= options.StreamMinItems)
                {
                    return true;
                }

                paragraphs = lines = 0;
                continue;
            }

            lines++;
            paragraphs += f.Prose == ProseClass.Good ? 1 : 0;
            if (paragraphs > options.StreamParagraphs || (stamps > 0 && lines > options.StreamSpacing) || lines > options.CommentGapMaxLines)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A timestamp line; a bulleted one ("• April 6, 2018", "• 2:20 AM") counts here though a list item is never a stamp elsewhere.</summary>
    private static bool IsStamp(LayoutState state, int i)
    {
        var f = state.Features[i];
        return f.IsStamp
            || (f.ListItem && f.Words <= state.Options.StampMaxWords
                && Stamps.IsStamp(state.Document, state.Document.Lines[i], state.Options.StampOtherWords, out _));
    }

    private static int ParagraphsAbove(LayoutState state, int opening) => ParagraphsBetween(state, state.BodyStart, opening);

    /// <summary>The lines of prose in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private static int ParagraphsBetween(LayoutState state, int from, int to)
    {
        var paragraphs = 0;
        for (var i = from; i < to; i++)
        {
            paragraphs += state.Features[i].Prose == ProseClass.Good ? 1 : 0;
        }

        return paragraphs;
    }
}
