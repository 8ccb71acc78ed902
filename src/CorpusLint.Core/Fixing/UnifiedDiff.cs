using System.Text;
using DiffPlex;
using DiffPlex.Chunkers;
using DiffPlex.Model;

namespace CorpusLint.Fixing;

/// <summary>
/// The change a fix makes, as a unified diff (<c>--diff</c>) with git's <c>a/</c> and <c>b/</c> prefixes, that
/// <c>git apply</c> and <c>patch -p1</c> accept: lines keep their own terminators (a CRLF file diffs as CRLF), and a
/// last line without a newline is marked <c>\ No newline at end of file</c>. DiffPlex finds the changed lines.
/// </summary>
public static class UnifiedDiff
{
    /// <summary>Lines of unchanged text shown around each change, as <c>diff -u</c> does.</summary>
    private const int ContextLines = 3;

    /// <summary>The diff of <paramref name="before"/> and <paramref name="after"/>, empty when they are equal.</summary>
    public static string Render(string path, string before, string after)
    {
        var diff = Differ.Instance.CreateDiffs(before, after, ignoreWhiteSpace: false, ignoreCase: false, LineEndingsPreservingChunker.Instance);
        if (diff.DiffBlocks.Count == 0)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        text.Append("--- a/").Append(path).Append('\n').Append("+++ b/").Append(path).Append('\n');
        foreach (var hunk in Hunks(diff.DiffBlocks))
        {
            WriteHunk(text, diff, hunk);
        }

        return text.ToString();
    }

    /// <summary>Blocks whose context would touch are printed as one hunk.</summary>
    private static IEnumerable<List<DiffBlock>> Hunks(IList<DiffBlock> blocks)
    {
        var current = new List<DiffBlock> { blocks[0] };
        for (var i = 1; i < blocks.Count; i++)
        {
            var previous = current[^1];
            if (blocks[i].DeleteStartA - (previous.DeleteStartA + previous.DeleteCountA) <= 2 * ContextLines)
            {
                current.Add(blocks[i]);
            }
            else
            {
                yield return current;
                current = [blocks[i]];
            }
        }

        yield return current;
    }

    private static void WriteHunk(StringBuilder text, DiffResult diff, List<DiffBlock> blocks)
    {
        var old = diff.PiecesOld;
        var first = blocks[0];
        var last = blocks[^1];
        var oldStart = Math.Max(0, first.DeleteStartA - ContextLines);
        var oldEnd = Math.Min(old.Count, last.DeleteStartA + last.DeleteCountA + ContextLines);
        var newStart = first.InsertStartB - (first.DeleteStartA - oldStart);
        var newLength = oldEnd - oldStart + blocks.Sum(b => b.InsertCountB - b.DeleteCountA);

        text.Append("@@ -").Append(Range(oldStart, oldEnd - oldStart)).Append(" +").Append(Range(newStart, newLength)).Append(" @@\n");
        var position = oldStart;
        foreach (var block in blocks)
        {
            for (; position < block.DeleteStartA; position++)
            {
                WriteLine(text, ' ', old[position]);
            }

            for (var i = 0; i < block.DeleteCountA; i++)
            {
                WriteLine(text, '-', old[block.DeleteStartA + i]);
            }

            for (var i = 0; i < block.InsertCountB; i++)
            {
                WriteLine(text, '+', diff.PiecesNew[block.InsertStartB + i]);
            }

            position = block.DeleteStartA + block.DeleteCountA;
        }

        for (; position < oldEnd; position++)
        {
            WriteLine(text, ' ', old[position]);
        }
    }

    /// <summary><c>start,length</c> with 1-based lines; an empty range names the line before it, as diff does.</summary>
    private static string Range(int start, int length) => length == 0 ? $"{start},0" : $"{start + 1},{length}";

    private static void WriteLine(StringBuilder text, char marker, string line)
    {
        text.Append(marker).Append(line);
        if (!line.EndsWith('\n'))
        {
            text.Append("\n\\ No newline at end of file\n");
        }
    }
}
