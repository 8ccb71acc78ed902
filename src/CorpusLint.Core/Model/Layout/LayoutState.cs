namespace CorpusLint.Model.Layout;

/// <summary>What the passes found about one line among its neighbours (the line's own features stay in <see cref="LineFeatures"/>).</summary>
internal struct LineMarks
{
    /// <summary>The pass-found signals (<see cref="LineSignals.MenuRun"/> and after).</summary>
    public LineSignals Signals;

    /// <summary>Average words an item of the menu run this line belongs to.</summary>
    public double MenuRunWords;

    /// <summary>Index of the first line with the same normalized text, or -1.</summary>
    public int DuplicateOf;

    /// <summary>Lines with this line's normalized text (1 when unique, 0 when too short to compare).</summary>
    public int Copies;

    /// <summary>Average words an item of the content list this line belongs to; 0 outside a content list.</summary>
    public double ContentListWords;

    public readonly bool Has(LineSignals signal) => (Signals & signal) != 0;
}

/// <summary>The layout being built: the lines' features, what the passes marked, and the body found so far.</summary>
internal sealed class LayoutState
{
    public LayoutState(Document document, LayoutOptions options, LineFeatures[] features)
    {
        Document = document;
        Options = options;
        Features = features;
        Marks = new LineMarks[features.Length];
        for (var i = 0; i < Marks.Length; i++)
        {
            Marks[i].DuplicateOf = -1;
        }
    }

    public Document Document { get; }

    public LayoutOptions Options { get; }

    public LineFeatures[] Features { get; }

    public LineMarks[] Marks { get; }

    public int Count => Features.Length;

    /// <summary>0-based first line of the body, or -1 when the document has no prose.</summary>
    public int BodyStart { get; set; } = -1;

    public int BodyEnd { get; set; } = -1;

    public bool HasBody => BodyStart >= 0;

    /// <summary>A document of a few lines with a sentence and no body: too short to have chrome around an article (BodyFinder).</summary>
    public bool IsShortDocument { get; set; }

    /// <summary>Whether the lines from the document's first down to the body show no chrome: the article's plain header (BodyEdgePass).</summary>
    public bool HasPlainHeader { get; set; }

    public bool IsBlank(int i) => Features[i].Blank;

    /// <summary>The level of line <paramref name="i"/> as a Markdown ATX heading (<see cref="LineShapes.HeadingLevel"/>), or 0.</summary>
    public int HeadingLevel(int i) => LineShapes.HeadingLevel(Document.GetText(Document.Lines[i]));

    /// <summary>The line's own signals and those the passes found.</summary>
    public LineSignals SignalsOf(int i) => Features[i].Signals | Marks[i].Signals;

    public bool Has(int i, LineSignals signal) => (SignalsOf(i) & signal) != 0;

    public void Mark(int i, LineSignals signal) => Marks[i].Signals |= signal;

    public bool IsDuplicate(int i) => Marks[i].DuplicateOf >= 0;

    /// <summary>A sentence of a few words: it ends like one and reads like running text (stop words, or a script without them).</summary>
    public bool IsShortSentence(LineFeatures f) =>
        f.EndsSentence && f.Words >= Options.ShortSentenceMinWords && (f.StopShare >= Options.ShortSentenceMinStopShare || f.Weight > f.Length);

    public int NextNonBlank(int from)
    {
        for (var i = Math.Max(0, from); i < Count; i++)
        {
            if (!Features[i].Blank)
            {
                return i;
            }
        }

        return -1;
    }

    public int PreviousNonBlank(int from)
    {
        for (var i = Math.Min(from, Count - 1); i >= 0; i--)
        {
            if (!Features[i].Blank)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The last paragraph of prose above <paramref name="line"/>, from the body's start, with a short closing paragraph
    /// right after it (what lies between it and the line is another item's: picture, headline, author, a form); -1 when none.
    /// </summary>
    public int LastParagraphAbove(int line)
    {
        for (var i = line - 1; i >= BodyStart; i--)
        {
            if (Features[i].Prose == ProseClass.Good && !Features[i].IsStamp)
            {
                for (var next = NextNonBlank(i + 1); next > i && next < line && Features[next].Prose == ProseClass.NearGood; next = NextNonBlank(next + 1))
                {
                    i = next;
                }

                return i;
            }
        }

        return -1;
    }
}
