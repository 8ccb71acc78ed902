using CorpusLint.Language;

namespace CorpusLint.Model.Layout;

/// <summary>
/// A comment thread under the article, opened by a line that names it ("View comments (27)", "Leave a reply",
/// "Comments") and followed by comments that each carry a reply link and a date or time on lines of their own (bulleted
/// or not): the body ends at the last paragraph above the opening line. Without the reply links a "Comments (5 posted)"
/// link closing each story of a multi-story page, the next story dated under its headline, would read as a thread. The stamped-stream pass
/// cuts a stream at its first stamp, which leaves a comment form and a first comment whose stamp comes after its text
/// in the body; the opening line says where the thread starts. A "Leave a comment" link under a blog post's title does
/// not open a thread: the article lies between it and the first stamp, more prose than above it (and than a comment holds).
/// </summary>
internal static class CommentThreadPass
{
    /// <summary>The Comment phrase of a comment's own reply link.</summary>
    private const string ReplyLink = "reply";

    public static void Run(LayoutState state)
    {
        for (var i = state.BodyStart + 1; i <= state.BodyEnd; i++)
        {
            if (OpensThread(state.Features[i]) && IsFollowedByStampedComments(state, i, out var leading) && leading < ParagraphsAbove(state, i))
            {
                if (state.LastParagraphAbove(i) is var end and >= 0)
                {
                    state.BodyEnd = end;
                }

                return;
            }
        }
    }

    private static bool OpensThread(LineFeatures f) =>
        f.Phrase is { Category: PhraseCategory.Comment } && f.PhraseCountsAlone && f.Prose != ProseClass.Good;

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
            if (paragraphs > options.StreamParagraphs || (stamps > 0 && lines > options.StreamSpacing))
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

    private static int ParagraphsAbove(LayoutState state, int opening)
    {
        var paragraphs = 0;
        for (var i = state.BodyStart; i < opening; i++)
        {
            paragraphs += state.Features[i].Prose == ProseClass.Good ? 1 : 0;
        }

        return paragraphs;
    }
}
