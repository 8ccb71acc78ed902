using System.Globalization;
using System.Text;
using CorpusLint.Model;
using DiffPlex;
using DiffPlex.Chunkers;

namespace CorpusLint.Tests.Fixing;

/// <summary>What a fix may not lose, counted the same way before and after: words and lines.</summary>
internal static class TextInventory
{
    /// <summary>
    /// The words of <paramref name="text"/> (runs of letters and digits; soft hyphens and zero-width characters do
    /// not split a word), after putting back what its mojibake stands for, so that a mojibake fix is not a loss.
    /// </summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var restored = RestoreMojibake(text);
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in restored)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format && word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    /// <summary>Words of <paramref name="before"/> missing from <paramref name="after"/>, counting repeats.</summary>
    public static IReadOnlyList<string> LostWords(string before, string after)
    {
        var left = Words(after).GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
        var lost = new List<string>();
        foreach (var word in Words(before))
        {
            if (left.TryGetValue(word, out var count) && count > 0)
            {
                left[word] = count - 1;
            }
            else
            {
                lost.Add(word);
            }
        }

        return lost;
    }

    public static int NonBlankLines(string text) => text.Split('\n').Count(l => !string.IsNullOrWhiteSpace(l));

    /// <summary>
    /// The 1-based numbers of the lines of <paramref name="before"/> that survive in <paramref name="after"/>, lines
    /// aligned by their words (so a line whose spaces or quotation marks a safe fix changed still counts as kept).
    /// </summary>
    public static ISet<int> KeptLines(string before, string after)
    {
        static string Keys(string text) => string.Join('\n', text.Split('\n').Select(l => string.Join(' ', Words(l))));
        var diff = Differ.Instance.CreateDiffs(Keys(before), Keys(after), ignoreWhiteSpace: false, ignoreCase: false, LineChunker.Instance);
        var deleted = diff.DiffBlocks.SelectMany(b => Enumerable.Range(b.DeleteStartA, b.DeleteCountA)).ToHashSet();
        return Enumerable.Range(0, diff.PiecesOld.Count).Where(i => !deleted.Contains(i)).Select(i => i + 1).ToHashSet();
    }

    private static string RestoreMojibake(string text)
    {
        var document = Document.FromText("text.txt", text);
        if (document.Mojibake.Count == 0)
        {
            return text;
        }

        var restored = new StringBuilder(text.Length);
        var position = 0;
        foreach (var run in document.Mojibake.Where(r => r.Restored is not null))
        {
            restored.Append(text, position, run.Start - position).Append(run.Restored);
            position = run.End;
        }

        return restored.Append(text, position, text.Length - position).ToString();
    }
}
