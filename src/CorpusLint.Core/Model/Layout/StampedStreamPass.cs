using System.Collections.Frozen;

namespace CorpusLint.Model.Layout;

/// <summary>
/// A stream closing the body where each item carries its own timestamp (teasers: picture, headline, author, date, blurb;
/// comments: name, date, a paragraph or two) is not the article: with three or more such items the body ends at the last
/// paragraph above the first of them. When the stream is all the body held (a long comment thread outscoring a short
/// article), the body is found again above it: so too when the body opens with lines no longer than one of the stream's
/// items, above its first stamp (a sidebar of recent comments, each signed and dated under its text). A stamp at the
/// body's head with more paragraphs under it than a typical item is the article's dateline, not the stream's first item.
/// A listicle's items carry no dates. A gallery's slides are such items too, each marked by the control the page prints
/// under its picture ("Fullscreen", "Enlarge this image"): its captions, sentences as long as an article's, are not the
/// article that ends above them. (An ad's label between an article's paragraphs marks no item: it belongs to no picture.)
/// </summary>
internal static class StampedStreamPass
{
    /// <summary>The controls a gallery prints with each picture, as <see cref="LineFeatures.Normalized"/> holds them.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PictureControls = FrozenSet.ToFrozenSet(
        ["fullscreen", "full screen", "enlarge", "enlarge this image", "click to enlarge", "view larger", "view larger image"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Run(LayoutState state)
    {
        var options = state.Options;
        var (bodyStart, bodyEnd) = (state.BodyStart, state.BodyEnd);

        // The stream may run on past the body's end (its repeated dates cost the body there): follow it first.
        var streamEnd = bodyEnd;
        for (int i = bodyEnd + 1, paragraphs = 0, lines = 0; i < state.Count; i++)
        {
            var f = state.Features[i];
            if (f.Blank)
            {
                continue;
            }

            if (MarksItem(f))
            {
                streamEnd = i;
                paragraphs = lines = 0;
                continue;
            }

            lines++;
            paragraphs += f.Prose == ProseClass.Good ? 1 : 0;
            if (paragraphs > options.StreamParagraphs || lines > options.StreamSpacing)
            {
                break;
            }
        }

        // The paragraphs between each two of the stream's stamps: what an item of it holds.
        List<int>? itemParagraphs = null;
        int items = 0, first = -1, second = -1;
        for (int i = streamEnd, paragraphs = 0, lines = 0; i >= 0; i--)
        {
            var f = state.Features[i];
            if (f.Blank)
            {
                continue;
            }

            if (MarksItem(f))
            {
                if (items > 0)
                {
                    (itemParagraphs ??= []).Add(paragraphs);
                }

                items++;
                second = first;
                first = i;
                paragraphs = 0;
                lines = 0;
                continue;
            }

            lines++;
            paragraphs += f.Prose == ProseClass.Good ? 1 : 0;
            if (paragraphs > options.StreamParagraphs || lines > options.StreamSpacing)
            {
                break;
            }
        }

        if (items < options.StreamMinItems || first > bodyEnd)
        {
            return;
        }

        if (first <= bodyStart)
        {
            // The first dated item may be the article under its byline's date: look for it up to the second.
            var (start, end) = BodyFinder.Find(state, 0, second, out var score);
            if (start >= 0 && score >= options.MinBridgedScore)
            {
                (state.BodyStart, state.BodyEnd) = (start, end);
            }

            return;
        }

        // What a typical item holds (the median: one reader may write as much as the article); nothing to compare with
        // when the options let one stamp make a stream.
        itemParagraphs?.Sort();
        var typical = itemParagraphs is { Count: > 0 } ? itemParagraphs[itemParagraphs.Count / 2] : -1;

        // The first stamp may be the article's dateline: at the body's head (under a standfirst at most), with more
        // paragraphs under it than an item holds. The stream starts at the second.
        if (typical >= 0 && ParagraphsBetween(state, bodyStart - 1, first) <= options.StandfirstMaxParagraphs && ParagraphsBetween(state, first, second) > typical)
        {
            if (state.LastParagraphAbove(second) is var articleEnd and >= 0)
            {
                state.BodyEnd = articleEnd;
            }

            return;
        }

        // An article above the stream adds its own paragraphs to those of the first item: lines no longer than a typical
        // item are the first item, and the article is above them.
        if (typical >= 0 && IsOneItem(state, bodyStart, first, typical))
        {
            var (start, end) = BodyFinder.Find(state, 0, bodyStart, out var score);
            if (start >= 0 && score >= options.MinBodyAboveStreamScore)
            {
                (state.BodyStart, state.BodyEnd) = (start, end);
                return;
            }
        }

        // The item's own lines (picture, headline, author) sit between the article's last paragraph and its stamp; a slide's
        // caption stands above its picture's control, as many paragraphs as a typical slide holds.
        var itemTop = state.Features[first].IsStamp || typical <= 0 ? first : TopOfParagraphsAbove(state, first, typical);
        if (state.LastParagraphAbove(itemTop) is var last and >= 0)
        {
            state.BodyEnd = last;
        }
    }

    /// <summary>The first of the <paramref name="paragraphs"/> lines of prose straight above <paramref name="line"/>, or <paramref name="line"/> when fewer stand there.</summary>
    private static int TopOfParagraphsAbove(LayoutState state, int line, int paragraphs)
    {
        var top = line;
        for (var i = line - 1; i >= 0 && paragraphs > 0; i--)
        {
            if (state.Features[i].Blank)
            {
                continue;
            }

            if (state.Features[i].Prose != ProseClass.Good)
            {
                break;
            }

            top = i;
            paragraphs--;
        }

        return top;
    }

    /// <summary>A stream item's stamp, or a gallery's control under a picture.</summary>
    private static bool MarksItem(LineFeatures f) => f.IsStamp || (!f.Blank && PictureControls.Contains(f.Normalized.Span));

    /// <summary>Whether the lines in [<paramref name="from"/>, <paramref name="stamp"/>) hold no more paragraphs than an item of the stream, within its spacing.</summary>
    private static bool IsOneItem(LayoutState state, int from, int stamp, int itemParagraphs)
    {
        var lines = 0;
        for (var i = from; i < stamp; i++)
        {
            lines += state.Features[i].Blank ? 0 : 1;
        }

        return ParagraphsBetween(state, from - 1, stamp) <= itemParagraphs && lines <= state.Options.StreamSpacing;
    }

    /// <summary>The lines of prose strictly between <paramref name="above"/> and <paramref name="below"/>.</summary>
    private static int ParagraphsBetween(LayoutState state, int above, int below)
    {
        var paragraphs = 0;
        for (var i = above + 1; i < below; i++)
        {
            paragraphs += state.Features[i].Prose == ProseClass.Good ? 1 : 0;
        }

        return paragraphs;
    }
}
