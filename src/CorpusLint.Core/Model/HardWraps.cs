using System.Text;

namespace CorpusLint.Model;

/// <summary>
/// Where a hard-wrapped text (a text browser's dump at 80 columns, an e-mail, a plain-text RFC) broke its paragraphs and
/// list items across lines. A wrapper breaks a line only when the next word would not fit, so a line that ends early
/// although the next line's first word would have fit is a line of its own: line i runs on into line i + 1 when
/// <c>length(i) + 1 + length(first word of i + 1) &gt; width</c>. The width is the longest line of two words or more
/// that holds no word a wrapper cannot break (an address), or, below a few lines left unwrapped (a footer, a
/// preformatted line), the column where the other lines pile up; the text counts as wrapped when enough lines end near
/// it and most of those run on. A line framed as a grid table's cell is measured and joined inside its frame
/// (<see cref="LineShapes.Unframed"/>): pandoc wraps a layout table's text inside the bars it draws.
/// </summary>
public sealed class HardWraps
{
    /// <summary>
    /// Wider lines are not a wrap column (text browsers wrap at 80, mail at 72–78, some dumps at 100–132): a text whose
    /// longest line is longer has paragraphs on one line each, as a dump at an unbounded width prints them.
    /// </summary>
    internal const int MaxWidth = 200;

    /// <summary>A wrapped line ends within about two words of the width.</summary>
    internal const int NearWidth = 15;

    /// <summary>Lines ending near the width that a text needs before it counts as wrapped: fewer say nothing.</summary>
    internal const int MinNearLines = 5;

    /// <summary>
    /// Lines ending near the width that a part of a larger text (<see cref="Document.IsPart"/>) needs before it counts as
    /// wrapped: a few lines of a part are no sample of the whole, and a part read as wrapped where the whole is not joins
    /// what the whole keeps apart ("By Ana Ruiz" and the date on the next line). A window of a megabyte of wrapped text
    /// holds thousands.
    /// </summary>
    internal const int MinNearLinesInPart = 100;

    /// <summary>
    /// Share of the lines ending near the width that must run on: in wrapped text all but a paragraph's last line do; in
    /// unwrapped text the longest lines are paragraphs, followed by a blank line or a line of their own.
    /// </summary>
    internal const double MinRunOnShare = 0.5;

    /// <summary>
    /// An address this long is a word no wrapper breaks (prose's longest words stay under it): a line holding one may pass
    /// the width, and neither sets the width nor counts as ending near it.
    /// </summary>
    internal const int MinUnbreakableWordLength = 40;

    /// <summary>
    /// Lines ending within <see cref="NearWidth"/> below a width, for each line longer than it, before the width counts as
    /// the column the text was wrapped at although longer lines stand above it: a wrapped text's paragraphs pile up under
    /// the column, an unwrapped text's lengths spread.
    /// </summary>
    internal const int MinNearLinesPerOverlongLine = 10;

    /// <summary>
    /// Widths tried below the longest line are at least this: narrower columns are a list's or a table's, not a wrapper's
    /// (text browsers, mail and RFCs wrap at 72–80).
    /// </summary>
    internal const int MinLowerWidth = 40;

    /// <summary>Widths below the longest line tried at most: each try reads every line again.</summary>
    internal const int MaxPileWidthTries = 3;

    private readonly bool[] _runsOn;

    private HardWraps(int width, bool[] runsOn)
    {
        Width = width;
        _runsOn = runsOn;
    }

    /// <summary>The column the text was wrapped at.</summary>
    public int Width { get; }

    /// <summary>Whether line <paramref name="lineIndex"/> goes on in the next line (the wrapper broke it there).</summary>
    public bool RunsOn(int lineIndex) => (uint)lineIndex < (uint)_runsOn.Length && _runsOn[lineIndex];

    /// <summary>The text's hard wraps, or null when it is not hard-wrapped.</summary>
    public static HardWraps? Find(Document document)
    {
        var minNearLines = document.IsPart ? MinNearLinesInPart : MinNearLines;
        // Lengths of the lines of two words or more but no word a wrapper cannot break.
        Span<int> lengths = stackalloc int[MaxWidth + 1];
        int longest = 0, longestBreakable = 0;
        foreach (var line in document.Lines)
        {
            if (line.WordCount >= 2)
            {
                var text = LineShapes.Unframed(document.GetText(line));
                var length = text.TrimEnd().Length;
                longest = Math.Max(longest, length);
                if (length < MinUnbreakableWordLength || !HoldsUnbreakableWord(text))
                {
                    if (length > MaxWidth)
                    {
                        return null;
                    }

                    lengths[length]++;
                    longestBreakable = Math.Max(longestBreakable, length);
                }
            }
        }

        if (longest is > 0 and <= MaxWidth && AtWidth(document, longest, minNearLines) is { } wraps)
        {
            return wraps;
        }

        if (longestBreakable >= MinLowerWidth && longestBreakable < longest && AtWidth(document, longestBreakable, minNearLines) is { } pastAddresses)
        {
            return pastAddresses;
        }

        // Lines of at most each length: the lines above a width and those near it are differences of two of these.
        Span<int> atMost = stackalloc int[MaxWidth + 1];
        for (int length = 0, sum = 0; length < lengths.Length; length++)
        {
            sum += lengths[length];
            atMost[length] = sum;
        }

        var tries = 0;
        for (var width = longestBreakable - 1; width >= MinLowerWidth && tries < MaxPileWidthTries; width--)
        {
            if (IsPileTop(lengths, atMost, width, minNearLines))
            {
                tries++;
                if (AtWidth(document, width, minNearLines) is { } piled)
                {
                    return piled;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Whether lines pile up just below <paramref name="width"/> with few above it: a wrapped text may hold a few lines
    /// its wrapper never saw (a generated footer, a preformatted line), which stand apart above the column the others reach.
    /// </summary>
    private static bool IsPileTop(ReadOnlySpan<int> lengths, ReadOnlySpan<int> atMost, int width, int minNearLines)
    {
        if (lengths[width] == 0)
        {
            return false;
        }

        var above = atMost[^1] - atMost[width];
        var near = atMost[width] - atMost[Math.Max(0, width - NearWidth - 1)];
        return near >= minNearLines && above * MinNearLinesPerOverlongLine <= near;
    }

    /// <summary>The text's hard wraps if it was wrapped at <paramref name="width"/>, or null.</summary>
    private static HardWraps? AtWidth(Document document, int width, int minNearLines)
    {
        var lines = document.Lines;
        var runsOn = new bool[lines.Count];
        int near = 0, nearRunningOn = 0, continuationIndent = -1;
        var insideTarget = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var text = LineShapes.Unframed(document.GetText(lines[i]));
            if (lines[i].IsBlank)
            {
                continuationIndent = -1;
                insideTarget = false;
                continue;
            }

            var length = text.TrimEnd().Length;
            // A line over a list's next item ends where the list does, not where a wrapper would: it says nothing of a width
            // (html2text wraps a page's paragraphs at 78 columns and prints its menus as lists of links as long).
            var isNear = lines[i].WordCount >= 2 && length >= width - NearWidth && length <= width
                && !(i + 1 < lines.Count && lines[i + 1].Has(LineShape.ListItem));
            near += isNear ? 1 : 0;
            if (continuationIndent < 0)
            {
                continuationIndent = -2; // the line opens a logical line: its continuation's indentation is not known yet
            }

            // A line ending inside a link's target runs on however few words it holds: html2text breaks a long target alone.
            insideTarget = EndsInsideLinkTarget(text.TrimEnd(), insideTarget);
            if (i + 1 < lines.Count && (lines[i].WordCount >= 2 || insideTarget) && Continues(document, text, lines[i + 1], length, width, ref continuationIndent)
                && !EndsAbovePageControl(document, lines[i], lines[i + 1]))
            {
                runsOn[i] = true;
                nearRunningOn += isNear ? 1 : 0;
            }
            else
            {
                continuationIndent = -1;
                insideTarget = false;
            }
        }

        return near >= minNearLines && nearRunningOn >= MinRunOnShare * near ? new HardWraps(width, runsOn) : null;
    }

    /// <summary>The longest line <see cref="EndsAbovePageControl"/> reads as a control ("Continue reading the main story").</summary>
    private const int MaxPageControlLength = 48;

    /// <summary>
    /// Whether <paramref name="line"/> ends its sentence and <paramref name="next"/> is only a page's control, a phrase
    /// that is chrome as a whole line ("Continue reading the main story", "Advertisement"): a text browser printed the
    /// control under the paragraph without a blank line, and the wrapper did not carry the paragraph on into it. (A strong
    /// phrase counts too: on a line this short it is chrome.)
    /// </summary>
    private static bool EndsAbovePageControl(Document document, Line line, Line next)
    {
        if (next.IsBlank || !line.Has(LineShape.EndsSentence))
        {
            return false;
        }

        var control = document.GetText(next).Trim();
        return control.Length <= MaxPageControlLength
            && Language.BoilerplatePhrases.Find(Language.BoilerplatePhrases.Normalize(control)) is { Strength: Language.PhraseStrength.Whole or Language.PhraseStrength.Strong };
    }

    /// <summary>
    /// Whether <paramref name="next"/> carries on the line <paramref name="text"/>: the next line's first word would not have fit, it
    /// is not a new list item, and it is indented as a continuation is (under the line's text, or under a list item's
    /// text after its bullet), the same for every continuation of one logical line.
    /// </summary>
    private static bool Continues(Document document, ReadOnlySpan<char> text, Line next, int length, int width, ref int continuationIndent)
    {
        if (next.IsBlank || next.Has(LineShape.ListItem))
        {
            return false;
        }

        var nextText = LineShapes.Unframed(document.GetText(next));
        var nextIndent = nextText.Length - nextText.TrimStart().Length;
        var firstWord = nextText[nextIndent..];
        var wordEnd = firstWord.IndexOfAny(' ', '\t');
        firstWord = wordEnd < 0 ? firstWord : firstWord[..wordEnd];
        if (length + 1 + firstWord.Length <= width || !firstWord.ContainsAnyExcept(Punctuation))
        {
            return false;
        }

        if (continuationIndent == -2)
        {
            var indent = text.Length - text.TrimStart().Length;
            var trimmed = text.Trim();
            var textColumn = indent + trimmed.Length - LineShapes.StripListMarker(trimmed).Length;
            if (nextIndent != indent && nextIndent != textColumn)
            {
                return false;
            }

            continuationIndent = nextIndent;
            return true;
        }

        return nextIndent == continuationIndent;
    }

    /// <summary>
    /// Whether the line holds a word no wrapper breaks: an address of <see cref="MinUnbreakableWordLength"/> characters or
    /// more, alone or closing a Markdown link (<c>label](https://…)</c>, <c>label](/2013/06/07/story-id)</c>). A wrapper puts such a word on a line of its own
    /// however long, so the line may stand past the width the others are wrapped at, as the list of addresses at the end
    /// of a <c>lynx -dump</c> does. Words glued together by a broken extraction are no address, and say nothing of a width.
    /// </summary>
    private static bool HoldsUnbreakableWord(ReadOnlySpan<char> text)
    {
        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            if (word.Length >= MinUnbreakableWordLength && (IsAddress(word) || IsSitePathTarget(word)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word that is an address (<c>https://…</c>, <c>www.…</c>), bare, bracketed or as a Markdown link's target.</summary>
    private static bool IsAddress(ReadOnlySpan<char> word)
    {
        var scheme = word.IndexOf("://", StringComparison.Ordinal);
        var start = scheme;
        while (start > 0 && char.IsAsciiLetter(word[start - 1]))
        {
            start--;
        }

        if (scheme < 0)
        {
            start = word.IndexOf("www.", StringComparison.OrdinalIgnoreCase);
        }

        if (start < 0 || start == scheme)
        {
            return false;
        }

        var before = word[..start];
        return before.IsEmpty || before.EndsWith("](", StringComparison.Ordinal) || (before.Length == 1 && before[0] is '(' or '<' or '[' or '"' or '\'');
    }

    /// <summary>
    /// A Markdown link whose target is a path on the page's own site (<c>label](/article/2013/06/07/us-story-id)</c>): as
    /// unbreakable as a full address, and html2text prints every link of a site's lists of stories so.
    /// </summary>
    private static bool IsSitePathTarget(ReadOnlySpan<char> word)
    {
        var target = word.IndexOf("](/", StringComparison.Ordinal);
        return target >= 0 && word[(target + 3)..].IndexOfAny(' ', ')') > 0;
    }

    /// <summary>Characters that make no word alone: a line of them is a rule or a lone bullet, not a line broken off.</summary>
    private static readonly System.Buffers.SearchValues<char> Punctuation = System.Buffers.SearchValues.Create("-–—_=*•·━─═~.:|#+<>/\\()[]{}");

    /// <summary>
    /// Whether a line ends inside a Markdown link's target: after its last <c>](</c> no closing bracket and no space, or,
    /// when it <paramref name="startsInside"/> one, none in the whole line (the middle of a target broken twice).
    /// </summary>
    private static bool EndsInsideLinkTarget(ReadOnlySpan<char> line, bool startsInside)
    {
        var opens = line.LastIndexOf("](", StringComparison.Ordinal);
        return opens >= 0
            ? opens + 2 < line.Length && line[(opens + 2)..].IndexOfAny(" \t)") < 0
            : startsInside && !line.IsEmpty && line.IndexOfAny(" \t)") < 0;
    }

    /// <summary>
    /// The text with each logical line on one line (a line and the lines it runs on into, joined by a space), and for each
    /// line of it the first and last line of the original that it holds.
    /// </summary>
    public (string Text, int[] First, int[] Last) Unwrap(Document document)
    {
        var lines = document.Lines;
        var text = new StringBuilder(document.Text.Length);
        var first = new List<int>(lines.Count);
        var last = new List<int>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            if (first.Count > 0)
            {
                text.Append('\n');
            }

            first.Add(i);
            var line = LineShapes.Unframed(document.GetText(lines[i])).TrimEnd();
            text.Append(line);
            var insideTarget = EndsInsideLinkTarget(line, false);
            while (RunsOn(i))
            {
                i++;
                // html2text wraps a Markdown link's target where it holds a hyphen: the target goes on without a space.
                line = LineShapes.Unframed(document.GetText(lines[i])).Trim();
                text.Append(insideTarget ? string.Empty : " ").Append(line);
                insideTarget = EndsInsideLinkTarget(line, insideTarget);
            }

            last.Add(i);
        }

        return (text.ToString(), first.ToArray(), last.ToArray());
    }
}
