namespace CorpusLint.Model.Attribution;

/// <summary>
/// Where a document's bylines name someone, as sorted, disjoint spans: asking whether a word stands in a byline's
/// name is a binary search, not a walk over every byline (a long page of many stories has hundreds).
/// </summary>
internal sealed class BylineNameSpans
{
    private static readonly BylineNameSpans NoNames = new([], []);

    private readonly int[] _starts;
    private readonly int[] _ends;

    private BylineNameSpans(int[] starts, int[] ends)
    {
        _starts = starts;
        _ends = ends;
    }

    /// <summary>The names of <paramref name="bylines"/>; overlapping or touching names merge into one span.</summary>
    public static BylineNameSpans Of(IReadOnlyList<Byline> bylines)
    {
        if (bylines.Count == 0)
        {
            return NoNames;
        }

        var spans = new (int Start, int End)[bylines.Count];
        var count = 0;
        for (var i = 0; i < bylines.Count; i++)
        {
            if (bylines[i].NameLength > 0)
            {
                spans[count++] = (bylines[i].NameStart, bylines[i].NameStart + bylines[i].NameLength);
            }
        }

        Array.Sort(spans, 0, count);
        var starts = new List<int>(count);
        var ends = new List<int>(count);
        for (var i = 0; i < count; i++)
        {
            if (ends.Count > 0 && spans[i].Start <= ends[^1])
            {
                ends[^1] = Math.Max(ends[^1], spans[i].End);
            }
            else
            {
                starts.Add(spans[i].Start);
                ends.Add(spans[i].End);
            }
        }

        return new BylineNameSpans([.. starts], [.. ends]);
    }

    /// <summary>Whether the character at <paramref name="offset"/> is part of a byline's name.</summary>
    public bool Contains(int offset)
    {
        var index = Array.BinarySearch(_starts, offset);
        var span = index >= 0 ? index : ~index - 1;
        return span >= 0 && offset < _ends[span];
    }
}
