using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace CorpusLint.Quality;

/// <summary>
/// How a scraper or a dataset may print the same page otherwise than the labelled dumps (one paragraph a line, blank
/// lines between): <paramref name="Reprint"/> gives the text and, for each of its lines, the 1-based original line.
/// </summary>
public sealed record Reprinting(string Key, string Title, string Why, Func<string, (string Text, int[] OriginalLine)> Reprint, string Extension = ".txt")
{
    /// <summary>The column a text browser wraps at by default (80 columns, the last left free).</summary>
    public const int WrapWidth = 79;

    /// <summary>Hard-wrapped as a text browser prints a page at 80 columns (<c>w3m -dump</c> without <c>-cols</c>, <c>lynx -dump</c>), as e-mail is.</summary>
    public static readonly Reprinting Wrapped = new(
        "wrapped", $"hard-wrapped at {WrapWidth + 1} columns", "the wrapping was never tuned on", text => TextWrapper.Wrap(text, WrapWidth));

    /// <summary>Without blank lines, as web-crawl text datasets print a page's blocks (one a line, nothing between).</summary>
    public static readonly Reprinting Unspaced = new(
        "unspaced", "without blank lines", "measured once the rules were written; one rule, a line cut off with an ellipsis, was then made looking at one of these pages", BlankLines.Drop);

    /// <summary>
    /// With the spaces and invisible characters an HTML page's text keeps: a no-break space, a zero-width space or two
    /// spaces after each full stop (after a sentence or a list's number), a zero-width space after each comma, a soft hyphen
    /// (<c>&amp;shy;</c>) in long words, spaces before each line's end and Windows line ends.
    /// </summary>
    public static readonly Reprinting Spaces = new(
        "spaces", "with an HTML page's spaces (no-break spaces, zero-width spaces, soft hyphens, trailing spaces, CRLF line ends)",
        "measured once the rules were written; a list's marker, a sentence's end, a word, a phrase and a table's cells were then made to read through them (stop 43)", HtmlSpaces.Print);

    /// <summary>As Markdown, as crawlers that convert pages to Markdown keep them: bullets as <c>*</c>, pictures as <c>![alt](src)</c>.</summary>
    public static readonly Reprinting Markdown = new(
        "markdown", "as Markdown", "measured once the rules were written; the layout's picture signal was then made looking at these pages", MarkdownPrinter.Print, ".md");

    /// <summary>As <c>lynx -dump</c> prints a page: each link numbered where it stands, their addresses listed at the end.</summary>
    public static readonly Reprinting Lynx = new(
        "lynx", "as lynx -dump prints them (numbered links, a list of addresses at the end)",
        "measured once the rules were written; link numbers were then left out of what a line shows (stop 37)", LynxPrinter.Print);

    /// <summary>The column html2text wraps its Markdown at by default.</summary>
    public const int Html2TextWidth = 78;

    /// <summary>As html2text prints a page by default: Markdown hard-wrapped at 78 columns, a link's label broken across lines.</summary>
    public static readonly Reprinting Html2Text = new(
        "html2text", $"as html2text prints them (Markdown hard-wrapped at {Html2TextWidth} columns)",
        "measured once the rules were written; the wrap width was then made to look past lines an address pushes over it or the wrapper never saw (stop 38)",
        text => Compose(MarkdownPrinter.Print(text), printed => TextWrapper.Wrap(printed, Html2TextWidth)), ".md");

    /// <summary>As the linked Markdown with every link by reference, as html2text and pandoc print reference links.</summary>
    public static readonly Reprinting References = new(
        "references", "as Markdown linking by reference ([label][3], the targets defined at the end)",
        "measured once the rules were written; reference links and their definitions were then read as links and as the record (stop 38)",
        text => Compose(EncyclopediaLinks.Print(MarkdownPrinter.Print(text).Text), ReferenceLinksPrinter.Print), ".md");

    /// <summary>The same reference links saved as plain text, as html2text's output is when a scraper writes <c>.txt</c> files.</summary>
    public static readonly Reprinting ReferencesAsText = References with
    {
        Key = "references-text",
        Title = "as Markdown linking by reference, saved as .txt",
        Why = "measured once the rules were written; definitions whose targets are addresses were then read in plain text too (stop 39)",
        Extension = ".txt",
    };

    /// <summary>A second reprinting of a first's text, its lines mapped back to the original's.</summary>
    public static (string Text, int[] OriginalLine) Compose((string Text, int[] OriginalLine) first, Func<string, (string Text, int[] OriginalLine)> second)
    {
        var (text, lines) = second(first.Text);
        return (text, [.. lines.Select(line => line == 0 ? 0 : first.OriginalLine[line - 1])]);
    }

    /// <summary>As Markdown whose prose links two words of every five, as an encyclopedia's articles do at their densest.</summary>
    public static readonly Reprinting Linked = new(
        "linked", "as Markdown linking two words of every five of each paragraph", "measured once the rules were written; the layout's link-density tests were then aligned on what a line reads as (stop 37)",
        text => EncyclopediaLinks.Print(MarkdownPrinter.Print(text).Text), ".md");
}

/// <summary>
/// The labelled pages again, printed another way (<see cref="Reprinting"/>): an archive of such text must get the
/// figures of the labelled dumps. Each page is reprinted into a temporary folder, linted with the shipped options, and
/// an original line counts as flagged when most of the lines it was printed as are.
/// </summary>
public static class ReprintedPagesCheck
{
    public static QualitySection Run(string corpus, CorpusLinter linter, Reprinting reprinting)
    {
        var stopwatch = Stopwatch.StartNew();
        var section = new QualitySection($"Boilerplate on pages printed {reprinting.Title}: scrapinghub and readability (issue 9)");
        var folder = Directory.CreateTempSubdirectory("corpuslint-quality-" + reprinting.Key + "-");
        try
        {
            foreach (var set in new[] { LabelledPageSet.Scrapinghub(corpus), LabelledPageSet.Readability(corpus) })
            {
                Measure(section, set, folder.FullName, linter, reprinting);
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        section.Details.Add($"shipped options on every page ({reprinting.Why}); targets: the set's held-out targets");
        section.Elapsed = stopwatch.Elapsed;
        return section;
    }

    private static void Measure(QualitySection section, LabelledPageSet set, string folder, CorpusLinter linter, Reprinting reprinting)
    {
        var printedLines = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var paths = new List<string>();
        foreach (var page in set.Pages)
        {
            var (text, originalLine) = reprinting.Reprint(File.ReadAllText(page.RawPath));
            var path = Path.Combine(folder, $"{set.Key}-{page.Name}.raw{reprinting.Extension}");
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
        section.Add($"{set.Key}, {reprinting.Key}: B lines flagged, pooled", Format.Percent(b, bWhole), $">= {Rate(set.RecallTarget)}",
            recall >= set.RecallTarget ? FigureStatus.Pass : FigureStatus.Fail);
        section.Add($"{set.Key}, {reprinting.Key}: C lines flagged, pooled", Format.Percent(c, cWhole), $"<= {Rate(set.ArticleRateTarget)}",
            articleRate <= set.ArticleRateTarget ? FigureStatus.Pass : FigureStatus.Fail);
        section.Add($"{set.Key}, {reprinting.Key}: C lines flagged, per page", Rate(perPage), "-", FigureStatus.Info);
        if (set.MaxPageArticleRate is { } most)
        {
            // Informative only: the per-page target is the held-out one, on the pages as labelled.
            var over = scores.Where(s => s.ArticleRate > most).OrderByDescending(s => s.ArticleRate).ToList();
            section.Add($"{set.Key}, {reprinting.Key}: pages with more than {Rate(most)} of C lines flagged", over.Count == 0 ? "0" : $"{over.Count}: " + string.Join(", ", over.Select(s => $"{s.Page.Name} {Rate(s.ArticleRate ?? 0)}")), "-", FigureStatus.Info);
        }

        var worst = scores.Where(s => s.CFlagged > 0).OrderByDescending(s => s.ArticleRate).Take(5);
        section.Details.Add($"{set.Key}, {reprinting.Key}, most C lines flagged: " + string.Join(", ", worst.Select(s => $"{s.Page.Name} {s.CFlagged}/{s.C}")));
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

/// <summary>Prints a text with the spaces and invisible characters an HTML page's text keeps.</summary>
public static partial class HtmlSpaces
{
    /// <summary>
    /// The text with a no-break space after each full stop (on every third line a zero-width space and a space, on the
    /// next two spaces, a typist's habit), a zero-width space after each comma, a soft hyphen in the middle of each
    /// lower-case word of eight letters or more, and two spaces and a CRLF ending each line; its lines stay where they were.
    /// </summary>
    public static (string Text, int[] OriginalLine) Print(string text)
    {
        var lines = text.Split('\n');
        var printed = lines.Select((line, n) => LongWordMiddle().Replace(line.TrimEnd('\r'), "\u00AD")
            .Replace(". ", (n % 3) switch { 0 => ".\u00A0", 1 => ".\u200B ", _ => ".  " }, StringComparison.Ordinal).Replace(", ", ",\u200B ", StringComparison.Ordinal) + "  ");
        return (string.Join("\r\n", printed), [.. Enumerable.Range(1, lines.Length)]);
    }

    /// <summary>The point after a lower-case word's fourth letter where four more follow (pages hyphenate their prose, seldom a name).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=\b\p{Ll}{4})(?=\p{Ll}{4})")]
    private static partial System.Text.RegularExpressions.Regex LongWordMiddle();
}

/// <summary>Drops a text's blank lines.</summary>
public static class BlankLines
{
    /// <summary>The text without its blank lines, and for each line left its 1-based line in the original.</summary>
    public static (string Text, int[] OriginalLine) Drop(string text)
    {
        var kept = new List<string>();
        var originalLine = new List<int>();
        var lines = text.Split('\n');
        for (var n = 0; n < lines.Length; n++)
        {
            if (!string.IsNullOrWhiteSpace(lines[n]))
            {
                kept.Add(lines[n].TrimEnd('\r'));
                originalLine.Add(n + 1);
            }
        }

        return (string.Join('\n', kept), [.. originalLine]);
    }
}

/// <summary>
/// Prints a text browser's dump as Markdown: a bullet (<c>•</c>, or a nested list's <c>□ ◦ ▪</c>) as <c>*</c>, an
/// indented numbered item without its indentation, a line that is only an image placeholder (<c>[IMG_2041]</c>) as the
/// Markdown image it stood for, and in every third line of prose (not a table's row) its third to fifth words as a link,
/// as articles link their sources. The dump keeps no links, so these stand in for them; list items stay unlinked, since
/// the dump cannot tell a menu's entries (links) from an article's list (mostly not). Line for line: every line keeps
/// its number.
/// </summary>
public static class MarkdownPrinter
{
    private const int MaxPlaceholderLength = 80;

    /// <summary>Lines of at least this many words are prose enough to hold a link in a sentence.</summary>
    private const int ProseWords = 12;

    public static (string Text, int[] OriginalLine) Print(string text)
    {
        var lines = text.Split('\n');
        var output = new string[lines.Length];
        var proseLines = 0;
        for (var n = 0; n < lines.Length; n++)
        {
            output[n] = PrintLine(lines[n].TrimEnd('\r'), ref proseLines);
        }

        return (string.Join('\n', output), [.. Enumerable.Range(1, lines.Length)]);
    }

    private static string PrintLine(string line, ref int proseLines)
    {
        var text = line.Trim();
        if (text.Length >= 2 && text[1] == ' ' && text[0] is '•' or '□' or '◦' or '▪' or '■' or '○' or '●' or '►' or '▸' or '☆' or '·')
        {
            return (text[0] == '•' ? "* " : "  * ") + text[2..].TrimStart();
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length >= ProseWords && !text.Contains('[', StringComparison.Ordinal) && !text.Contains("  ", StringComparison.Ordinal) && ++proseLines % 3 == 0)
        {
            var label = string.Join(' ', words[2..5]);
            return string.Join(' ', words[..2]) + $" [{label}]({Target(label)}) " + string.Join(' ', words[5..]);
        }

        var digits = text.TakeWhile(char.IsAsciiDigit).Count();
        if (digits is > 0 and <= 3 && text.Length > digits + 1 && text[digits] == '.' && text[digits + 1] == ' ')
        {
            return text;
        }

        if (text.Length is > 2 and <= MaxPlaceholderLength && text[0] == '[' && text[^1] == ']' && text.IndexOfAny(['[', ']'], 1) == text.Length - 1)
        {
            var alt = text[1..^1].Trim();
            return alt.Length == 0 ? line : $"![{alt}](https://img.example.org/{Slug(alt)}.jpg)";
        }

        return line;
    }

    private static string Target(string label) => $"https://www.example.org/2019/05/{Slug(label).ToLowerInvariant()}/";

    private static string Slug(string label) => new(label.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
}

/// <summary>
/// Links two words of every five of every line of prose, as an encyclopedia links its terms at its densest: a
/// paragraph whose link density passes a menu's must still read as the article's. Lines that already hold a bracket, a
/// table's double spaces or a list's bullet are left as they are. Line for line: every line keeps its number.
/// </summary>
public static class EncyclopediaLinks
{
    private const int ProseWords = 12;
    private const int Period = 5;

    public static (string Text, int[] OriginalLine) Print(string text)
    {
        var lines = text.Split('\n');
        return (string.Join('\n', lines.Select(LinkTerms)), [.. Enumerable.Range(1, lines.Length)]);
    }

    private static string LinkTerms(string line)
    {
        var words = line.Split(' ');
        if (words.Count(w => w.Length > 0) < ProseWords || line.Contains('[', StringComparison.Ordinal) || line.Contains("  ", StringComparison.Ordinal) || IsListItem(line))
        {
            return line;
        }

        var output = new List<string>(words.Length);
        for (var i = 0; i < words.Length; i++)
        {
            if (i % Period == 1 && i + 1 < words.Length && words[i].Any(char.IsLetter) && words[i + 1].Any(char.IsLetterOrDigit))
            {
                var term = words[i] + " " + words[i + 1].TrimEnd('.', ',', ';', ':', '!', '?', ')', '"', '”', '’');
                var after = words[i + 1][(term.Length - words[i].Length - 1)..];
                output.Add($"[{term}](https://en.example.org/wiki/{Uri.EscapeDataString(term.Replace(' ', '_'))}){after}");
                i++;
                continue;
            }

            output.Add(words[i]);
        }

        return string.Join(' ', output);
    }

    private static bool IsListItem(string line) => line.TrimStart() is ['*' or '+' or '-' or '•', ' ', ..];
}

/// <summary>
/// Prints a text browser's dump as <c>lynx -dump</c> prints the page: the links the Markdown printer would make (three
/// words of every third line of prose) numbered where they stand, <c>[12]</c> glued to their first word, and under a
/// "References" heading at the end the numbered list of their addresses, lines no label covers (original line 0).
/// </summary>
public static class LynxPrinter
{
    private const int ProseWords = 12;

    public static (string Text, int[] OriginalLine) Print(string text)
    {
        var lines = text.Split('\n');
        var output = new List<string>(lines.Length + 16);
        var originalLine = new List<int>(lines.Length + 16);
        var targets = new List<string>();
        var proseLines = 0;
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n].TrimEnd('\r');
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length >= ProseWords && !line.Contains('[', StringComparison.Ordinal) && !line.Contains("  ", StringComparison.Ordinal) && ++proseLines % 3 == 0)
            {
                targets.Add($"https://www.example.org/2019/05/{string.Join('-', words[2..5]).ToLowerInvariant()}/");
                line = string.Join(' ', words[..2]) + $" [{targets.Count}]" + string.Join(' ', words[2..]);
            }

            output.Add(line);
            originalLine.Add(n + 1);
        }

        if (targets.Count > 0)
        {
            output.AddRange(["", "References", ""]);
            output.AddRange(targets.Select((target, i) => $"   {i + 1}. {target}"));
            originalLine.AddRange(Enumerable.Repeat(0, targets.Count + 3));
        }

        return (string.Join('\n', output), [.. originalLine]);
    }
}

/// <summary>
/// Prints a Markdown text's inline links by reference, as html2text (<c>--reference-links</c>) and pandoc
/// (<c>--reference-links</c>) do: each <c>[label](target)</c> as <c>[label][n]</c>, and after a blank line at the end
/// the definitions <c>[n]: target</c>, lines no label covers (original line 0). Pictures stay inline.
/// </summary>
public static partial class ReferenceLinksPrinter
{
    public static (string Text, int[] OriginalLine) Print(string text)
    {
        var targets = new List<string>();
        var body = InlineLink().Replace(text, match =>
        {
            targets.Add(match.Groups["target"].Value);
            return $"[{match.Groups["label"].Value}][{targets.Count}]";
        });
        var lines = body.Split('\n').Length;
        if (targets.Count == 0)
        {
            return (body, [.. Enumerable.Range(1, lines)]);
        }

        var definitions = string.Join('\n', targets.Select((target, i) => $"   [{i + 1}]: {target}"));
        return (body + "\n\n" + definitions, [.. Enumerable.Range(1, lines), .. Enumerable.Repeat(0, targets.Count + 1)]);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!!)\[(?<label>[^\[\]\n]*)\]\((?<target>https?://[^)\s]+)\)")]
    private static partial System.Text.RegularExpressions.Regex InlineLink();
}
