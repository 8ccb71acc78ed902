using System.Buffers;

namespace CorpusLint.Model;

/// <summary>Splits text into lines (LF, CRLF or CR) and gives each its shape.</summary>
internal static class LineScanner
{
    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\r\n");

    public static Line[] Scan(string text)
    {
        var lines = new PooledArrayBuilder<Line>(text.Length / 60);
        var span = text.AsSpan();
        var start = 0;
        while (true)
        {
            var rest = span[start..];
            var breakAt = rest.IndexOfAny(LineBreaks);
            if (breakAt < 0)
            {
                lines.Add(Create(lines.Count, start, rest, terminatorLength: 0));
                break;
            }

            var terminator = rest[breakAt] == '\r' && breakAt + 1 < rest.Length && rest[breakAt + 1] == '\n' ? 2 : 1;
            lines.Add(Create(lines.Count, start, rest[..breakAt], terminator));
            start += breakAt + terminator;
        }

        return lines.ToArrayAndReturn();
    }

    /// <summary>A line's shape is its text's inside a grid table's frame: a frame's empty row is a blank line.</summary>
    private static Line Create(int index, int start, ReadOnlySpan<char> content, int terminatorLength)
    {
        var shown = LineShapes.Unframed(content);
        var words = LineShapes.CountWords(shown);
        return new Line(index, start, content.Length, terminatorLength, LineShapes.Classify(shown, words), words);
    }
}
