namespace CorpusLint.Model.Layout;

/// <summary>
/// A stream closing the body where each item carries its own timestamp (teasers: picture, headline, author, date, blurb;
/// comments: name, date, a paragraph or two) is not the article: with three or more such items the body ends at the last
/// paragraph above the first of them. When the stream is all the body held (a long comment thread outscoring a short
/// article), the body is found again above it. A listicle's items carry no dates.
/// </summary>
internal static class StampedStreamPass
{
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

            if (f.IsStamp)
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

        int items = 0, first = -1, second = -1;
        for (int i = streamEnd, paragraphs = 0, lines = 0; i >= 0; i--)
        {
            var f = state.Features[i];
            if (f.Blank)
            {
                continue;
            }

            if (f.IsStamp)
            {
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

        // The item's own lines (picture, headline, author) sit between the article's last paragraph and its stamp.
        if (state.LastParagraphAbove(first) is var last and >= 0)
        {
            state.BodyEnd = last;
        }
    }
}
