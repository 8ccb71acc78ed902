namespace CorpusLint.Model.Layout;

/// <summary>
/// Where the article is: the body (a run of prose lines, found jusText-style from line length, sentence
/// punctuation, stop-word and link density) and every line's features and class relative to it.
/// </summary>
public sealed class DocumentLayout
{
    internal DocumentLayout(LineLayout[] lines, int bodyStart, int bodyEnd)
    {
        Lines = lines;
        BodyStart = bodyStart;
        BodyEnd = bodyEnd;
    }

    /// <summary>One entry per <see cref="Document.Lines"/>, same index.</summary>
    public IReadOnlyList<LineLayout> Lines { get; }

    /// <summary>0-based index of the body's first line, or -1 when the document has no prose.</summary>
    public int BodyStart { get; }

    /// <summary>0-based index of the body's last line, or -1 when the document has no prose.</summary>
    public int BodyEnd { get; }

    public bool HasBody => BodyStart >= 0;

    public LineLayout this[int index] => Lines[index];

    /// <summary>Runs of lines accepted by <paramref name="predicate"/>, bridging blank lines: (first, last) line indices.</summary>
    public IEnumerable<(int First, int Last)> Runs(Func<LineLayout, bool> predicate)
    {
        var first = -1;
        var last = -1;
        for (var i = 0; i < Lines.Count; i++)
        {
            var line = Lines[i];
            if (line.IsBlank)
            {
                continue;
            }

            if (predicate(line))
            {
                if (first < 0)
                {
                    first = i;
                }

                last = i;
            }
            else if (first >= 0)
            {
                yield return (first, last);
                first = -1;
            }
        }

        if (first >= 0)
        {
            yield return (first, last);
        }
    }
}
