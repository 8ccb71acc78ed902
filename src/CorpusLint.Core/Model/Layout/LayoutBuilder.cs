namespace CorpusLint.Model.Layout;

/// <summary>
/// Builds a <see cref="DocumentLayout"/> as a pipeline of passes over read-only line features: measure every line, mark
/// repeats, menus and lists among its neighbours, find the body (the best-scoring run of lines), move its edges over
/// what belongs to the article though it is not prose, then classify every line by its features and its place.
/// Every tuned number is in <see cref="LayoutOptions"/>. A hard-wrapped text is laid out as its logical lines (see
/// <see cref="UnwrappedLayout"/>), so that a paragraph or a list item broken across lines is judged whole.
/// </summary>
internal static class LayoutBuilder
{
    public static DocumentLayout Build(Document document, LayoutOptions options) =>
        document.HardWraps is { } wraps ? UnwrappedLayout.Build(document, wraps, options) : BuildLines(document, options);

    /// <summary>The layout of the document's lines as they are.</summary>
    internal static DocumentLayout BuildLines(Document document, LayoutOptions options)
    {
        var state = new LayoutState(document, options, LineFeatureReader.Read(document, options));
        DuplicatePass.Run(state);
        MenuPass.Run(state);
        ContentListPass.Run(state);
        OrderedListPass.Run(state);
        TableOfContentsPass.Run(state);
        TeaserRunPass.Run(state);
        BodyFinder.Run(state);
        if (state.HasBody)
        {
            NumberedSectionsPass.Run(state);
            BodyBridgePass.Run(state);
            StampedStreamPass.Run(state);
            RelatedCardStreamPass.Run(state);
            CommentThreadPass.Run(state);
            NumberedSectionsPass.ContinueNumbering(state);
            BodyEdgePass.Run(state);
            IntroducedListPass.Run(state);
        }

        RelatedLabelPass.Run(state);
        var headlines = HeadlinePass.Run(state);
        var lines = new LineLayout[state.Count];
        for (var i = 0; i < state.Count; i++)
        {
            lines[i] = Layout(state, i, headlines.Contains(i));
        }

        PhraseNeighbourPass.Run(state, lines);
        return new DocumentLayout(lines, state.BodyStart, state.BodyEnd);
    }

    private static LineLayout Layout(LayoutState state, int i, bool isHeadline)
    {
        var place = !state.HasBody || i < state.BodyStart ? BodyPlace.Before : i > state.BodyEnd ? BodyPlace.After : BodyPlace.Inside;
        var distance = place switch
        {
            BodyPlace.Before when state.HasBody => state.BodyStart - i,
            BodyPlace.After => i - state.BodyEnd,
            BodyPlace.Inside => 0,
            _ => int.MaxValue,
        };
        var (lineClass, reason) = LineClassifier.Classify(state, i, place, isHeadline);
        var f = state.Features[i];
        var m = state.Marks[i];
        return new LineLayout(
            i, f.Length, f.Words, f.LinkDensity, f.StopShare, f.SentenceMarks, f.IsMenuItem, m.DuplicateOf, m.Copies,
            f.Prose, place, distance, lineClass, m.Has(LineSignals.InContentList) || m.Has(LineSignals.InListSection))
        {
            Signals = state.SignalsOf(i),
            Phrase = f.Phrase,
            Normalized = f.Normalized,
            Reason = reason,
        };
    }
}
