using CorpusLint.Language;

namespace CorpusLint.Model.Layout;

/// <summary>
/// A stream of cards closing the body, each under its own related-content label ("Related", then a headline and a
/// teaser paragraph or two), is other stories, as a stream of dated items is (StampedStreamPass): with three or more
/// such cards running to the body's end the body ends at the last paragraph above the first label. An article that sets
/// a related box between its paragraphs has more of its own prose between two boxes than a card holds.
/// </summary>
internal static class RelatedCardStreamPass
{
    public static void Run(LayoutState state)
    {
        var options = state.Options;
        int cards = 0, first = -1;
        for (int i = state.BodyEnd, paragraphs = 0, lines = 0; i > state.BodyStart; i--)
        {
            var f = state.Features[i];
            if (f.Blank)
            {
                continue;
            }

            if (f.Phrase is { Strength: PhraseStrength.Whole, Category: PhraseCategory.Related })
            {
                (cards, first, paragraphs, lines) = (cards + 1, i, 0, 0);
                continue;
            }

            lines++;
            paragraphs += f.Prose == ProseClass.Good ? 1 : 0;
            if (paragraphs > options.CardMaxParagraphs || lines > options.CardMaxLines)
            {
                break;
            }
        }

        if (cards >= options.StreamMinItems && state.LastParagraphAbove(first) is var last and >= 0)
        {
            state.BodyEnd = last;
        }
    }
}
