using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace CorpusLint.Quality;

/// <summary>
/// The labelled pages again, hard-wrapped as a text browser prints them at 80 columns (<c>w3m -dump</c> without
/// <c>-cols</c>, <c>lynx -dump</c>) instead of one paragraph a line: an archive of such dumps must get the figures of the
/// unwrapped pages. Each page is wrapped (<see cref="TextWrapper"/>) into a temporary folder, linted with the shipped
/// options, and an original line counts as flagged when most of the lines it was wrapped into are.
/// </summary>
public static class WrappedPagesCheck
{
    /// <summary>The column a text browser wraps at by default (80 columns, the last left free).</summary>
    public const int Width = 79;

    public static QualitySection Run(string corpus, CorpusLinter linter)
    {
        var stopwatch = Stopwatch.StartNew();
        var section = new QualitySection($"Boilerplate on hard-wrapped pages: scrapinghub and readability wrapped at {Width + 1} columns (issue 9)");
        var folder = Directory.CreateTempSubdirectory("corpuslint-quality-wrapped-");
        try
        {
            foreach (var set in new[] { LabelledPageSet.Scrapinghub(corpus), LabelledPageSet.Readability(corpus) })
            {
                Measure(section, set, folder.FullName, linter);
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        section.Details.Add("shipped options on every page (the wrapping was never tuned on); targets: the set's held-out targets");
        section.Elapsed = stopwatch.Elapsed;
        return section;
    }

    private static void Measure(QualitySection section, LabelledPageSet set, string folder, CorpusLinter linter)
    {
        var printedLines = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var paths = new List<string>();
        foreach (var page in set.Pages)
        {
            var (text, originalLine) = TextWrapper.Wrap(File.ReadAllText(page.RawPath), Width);
            var path = Path.Combine(folder, $"{set.Key}-{page.Name}.raw.txt");
            File.WriteAllText(path, text);
            printedLines[page.Name] = originalLine;
            paths.Add(path);
        }

        var linted = linter.Lint(paths);
        var scores = set.Pages.Zip(paths, (page, path) => PageScore.Of(page, FlaggedOriginalLines(linted.Of(path), printedLines[page.Name]))).ToList();
        var (b, bWhole) = (scores.Sum(s => s.BFlagged), scores.Sum(s => s.B));
        var (c, cWhole) = (scores.Sum(s => s.CFlagged), scores.Sum(s => s.C));
        var recall = (double)b / Math.Max(1, bWhole);
        var articleRate = (double)c / Math.Max(1, cWhole);
        var perPage = scores.Select(s => s.ArticleRate).OfType<double>().DefaultIfEmpty().Average();
        section.Add($"{set.Key}, wrapped: B lines flagged, pooled", Format.Percent(b, bWhole), $">= {Rate(set.RecallTarget)}",
            recall >= set.RecallTarget ? FigureStatus.Pass : FigureStatus.Fail);
        section.Add($"{set.Key}, wrapped: C lines flagged, pooled", Format.Percent(c, cWhole), $"<= {Rate(set.ArticleRateTarget)}",
            articleRate <= set.ArticleRateTarget ? FigureStatus.Pass : FigureStatus.Fail);
        section.Add($"{set.Key}, wrapped: C lines flagged, per page", Rate(perPage), "-", FigureStatus.Info);
        var worst = scores.Where(s => s.CFlagged > 0).OrderByDescending(s => s.ArticleRate).Take(5);
        section.Details.Add($"{set.Key}, wrapped, most C lines flagged: " + string.Join(", ", worst.Select(s => $"{s.Page.Name} {s.CFlagged}/{s.C}")));
    }

    /// <summary>The original lines most of whose printed lines a CL2xxx diagnostic covers.</summary>
    private static IReadOnlyDictionary<int, string> FlaggedOriginalLines(IReadOnlyList<Rules.LintDiagnostic> diagnostics, int[] originalLine)
    {
        var printed = FlaggedLines.Of(diagnostics);
        var flagged = new Dictionary<int, int>();
        var total = new Dictionary<int, int>();
        for (var i = 0; i < originalLine.Length; i++)
        {
            var line = originalLine[i];
            total[line] = total.GetValueOrDefault(line) + 1;
            flagged[line] = flagged.GetValueOrDefault(line) + (printed.ContainsKey(i + 1) ? 1 : 0);
        }

        return flagged.Where(kv => 2 * kv.Value > total[kv.Key]).ToDictionary(kv => kv.Key, _ => "CL2xxx");
    }

    private static string Rate(double value) => (100 * value).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}

/// <summary>
/// Wraps text as a text browser does: each line greedily at the width, a word too long for it alone on its line, a list
/// item's further lines under its text, indentation past eight columns cut (a browser lays out a centred block anew).
/// </summary>
public static class TextWrapper
{
    private const int MaxIndent = 8;

    /// <summary>The wrapped text, and for each of its lines the 1-based line of the original it came from.</summary>
    public static (string Text, int[] OriginalLine) Wrap(string text, int width)
    {
        var output = new StringBuilder(text.Length + (text.Length / width));
        var originalLine = new List<int>();
        var lines = text.Split('\n');
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n].TrimEnd('\r', ' ', '\t');
            var indent = line.Length - line.TrimStart().Length;
            if (indent > MaxIndent)
            {
                line = line[(indent - MaxIndent)..];
                indent = MaxIndent;
            }

            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (line.Length <= width || words.Length < 2)
            {
                Emit(output, originalLine, line, n + 1);
                continue;
            }

            var hanging = indent + (IsListMarker(words[0]) ? words[0].Length + 1 : 0);
            var current = new StringBuilder(line[..indent]);
            var empty = true;
            foreach (var word in words)
            {
                if (!empty && current.Length + 1 + word.Length > width)
                {
                    Emit(output, originalLine, current.ToString(), n + 1);
                    current.Clear().Append(' ', hanging);
                    empty = true;
                }

                current.Append(empty ? string.Empty : " ").Append(word);
                empty = false;
            }

            Emit(output, originalLine, current.ToString(), n + 1);
        }

        return (output.ToString(), [.. originalLine]);
    }

    private static bool IsListMarker(string word) =>
        word is "•" or "*" or "-" or "◦" or "▪" or "□" or "☆" || (word.Length <= 4 && word[^1] == '.' && word[..^1].All(char.IsAsciiDigit));

    private static void Emit(StringBuilder output, List<int> originalLine, string line, int original)
    {
        if (originalLine.Count > 0)
        {
            output.Append('\n');
        }

        output.Append(line);
        originalLine.Add(original);
    }
}
