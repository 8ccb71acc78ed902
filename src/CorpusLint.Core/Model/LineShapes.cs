using CorpusLint.Text;
using System.Buffers;
using System.Text.RegularExpressions;

namespace CorpusLint.Model;

/// <summary>The shape tests behind <see cref="LineShape"/>, on a line's text alone.</summary>
public static partial class LineShapes
{
    private static readonly SearchValues<char> Separators = SearchValues.Create("|·•/-–—>»«,;:*");

    /// <summary>
    /// The marks a list's item opens with: Markdown's, and the bullets text browsers and converters print for nested lists
    /// and list styles (□ ◦ ▪ ☆, the triangular and hyphen bullets, check marks, arrows).
    /// </summary>
    internal const string BulletCharacters = "-*+•·–□◦▪▫■○●◆◇►▸▹☆★‣⁃∙✓✔➢➤";

    private static readonly SearchValues<char> Bullets = SearchValues.Create(BulletCharacters);

    /// <summary>
    /// What a line holds inside the frame a grid table draws around a cell (pandoc prints a page's layout tables so:
    /// <c>| The letter was signed by ... |</c>, nested <c>| | text |  |</c>, a cell beside an empty one
    /// <c>|        | text |</c>): the text between the bars, or nothing for a frame's empty row; the line itself when it
    /// is not framed or when two of its cells hold text (a table's row, a menu printed with bars), whose order a reader
    /// cannot follow line by line.
    /// </summary>
    public static ReadOnlySpan<char> Unframed(ReadOnlySpan<char> line)
    {
        var framed = line.Trim();
        if (framed.Length < 2 || framed[0] != '|' || framed[^1] != '|')
        {
            return line;
        }

        var inside = framed.TrimStart("| \t").TrimEnd("| \t");
        return inside.Contains('|') ? line : inside;
    }

    /// <summary>"...the 'Dracula..." or "…": an ellipsis right after a word (or its closing quote) ends a title or excerpt shortened to fit a box.</summary>
    public static bool EndsCutOff(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd();
        var rest = text.EndsWith("...") ? text[..^3] : text.EndsWith('…') ? text[..^1] : [];
        rest = rest.TrimEnd("'’\")”");
        return !rest.IsEmpty && char.IsLetterOrDigit(rest[^1]);
    }

    /// <summary>
    /// Whether the text from <paramref name="offset"/> to its line's end is cut short (<see cref="EndsCutOff"/>) with nothing
    /// of it carried on: the line ends its paragraph, is a list's item (a teaser, the section or source under it its own),
    /// or the next line opens another item. A hard-wrapped sentence that trails off and goes on in the next line is not cut.
    /// </summary>
    public static bool CutShortAt(string text, int offset, int paragraphEnd)
    {
        var newline = text.IndexOf('\n', offset);
        var lineEnd = newline < 0 ? text.Length : newline > 0 && text[newline - 1] == '\r' ? newline - 1 : newline;
        if (lineEnd > paragraphEnd || !EndsCutOff(text.AsSpan(offset, lineEnd - offset)))
        {
            return false;
        }

        var lineStart = offset == 0 ? 0 : text.LastIndexOf('\n', offset - 1) + 1;
        var line = text.AsSpan(lineStart, lineEnd - lineStart).Trim();
        if (newline < 0 || newline >= paragraphEnd || StripListMarker(line).Length != line.Length)
        {
            // The paragraph ends, or the line is a list's item: an item is a teaser, whose words under it are its source.
            return true;
        }

        var next = text.AsSpan(newline + 1, paragraphEnd - newline - 1);
        var nextEnd = next.IndexOf('\n');
        next = (nextEnd < 0 ? next : next[..nextEnd]).Trim();
        return next.IsEmpty || StripListMarker(next).Length != next.Length;
    }

    /// <summary>Counts whitespace-separated tokens that contain a letter or digit.</summary>
    public static int CountWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        var tokenHasLetter = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                count += tokenHasLetter ? 1 : 0;
                tokenHasLetter = false;
            }
            else if (!tokenHasLetter && char.IsLetterOrDigit(c))
            {
                tokenHasLetter = true;
            }
        }

        return count + (tokenHasLetter ? 1 : 0);
    }

    public static LineShape Classify(ReadOnlySpan<char> line, int words)
    {
        var text = line.Trim();
        if (text.IsEmpty || text.IsWhiteSpace())
        {
            return LineShape.Blank;
        }

        var shape = LineShape.None;
        if (EndsSentence(text))
        {
            shape |= LineShape.EndsSentence;
        }
        else if (words < Line.ShortWordLimit)
        {
            shape |= LineShape.Short;
        }

        var listBody = StripListMarker(text);
        if (listBody.Length != text.Length)
        {
            shape |= LineShape.ListItem;
        }

        if (IsLinkOnly(listBody))
        {
            shape |= LineShape.LinkOnly;
        }

        var isChrome = (shape & (LineShape.ListItem | LineShape.LinkOnly)) != 0;
        if (text[0] == '#' || (!isChrome && (shape & LineShape.Short) != 0 && Casing.Of(text).IsTitleCase))
        {
            shape |= LineShape.HeadingLike;
        }

        return shape;
    }

    /// <summary>The line ends a sentence by <see cref="SentenceRule"/>.</summary>
    public static bool EndsSentence(ReadOnlySpan<char> text) => SentenceRule.EndsSentence(text);

    private static readonly SearchValues<string> CitationMarks =
        SearchValues.Create(["Retrieved ", "Archived from the original", "Accessed ", "doi:10.", "doi.org/10.", "ISBN "], StringComparison.Ordinal);

    /// <summary>
    /// The marks of a bibliographic citation: "Retrieved 9 May 2018", "Archived from the original", "Accessed ...", a DOI,
    /// an ISBN.
    /// </summary>
    public static bool HasCitationMark(ReadOnlySpan<char> text) => text.IndexOfAny(CitationMarks) >= 0;

    /// <summary>
    /// An entry that opens as an author-date reference does, the authors' surnames and initials, then the year in
    /// brackets: "Roe, J. (2019).", "Roe, J. A., &amp; Doe, B. (2019a).".
    /// </summary>
    public static bool OpensWithAuthorYear(ReadOnlySpan<char> text)
    {
        var entry = StripListMarker(text.TrimStart());
        return entry.Length > 0 && char.IsUpper(entry[0]) && entry.Contains(").", StringComparison.Ordinal) && AuthorYear().IsMatch(entry);
    }

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’-]+,(?:\s\p{Lu}\.)+(?:,?\s(?:&|and)\s\p{Lu}[\p{L}'’-]+,(?:\s\p{Lu}\.)+|,\s\p{Lu}[\p{L}'’-]+,(?:\s\p{Lu}\.)+)*\s\((?:1[5-9]|20)\d\d[a-z]?\)\.")]
    private static partial Regex AuthorYear();

    /// <summary>
    /// An entry of Wikipedia's reference lists, which opens with a caret back to where it is cited ("221. ^ ", in Markdown
    /// "1. **^** ").
    /// </summary>
    public static bool OpensWithCitationCaret(ReadOnlySpan<char> text)
    {
        var entry = StripListMarker(text.TrimStart()).TrimStart("*_");
        return entry.StartsWith('^') && entry[1..].TrimStart("*_").StartsWith(' ');
    }

    /// <summary>A line that cites a source as a reference list does: it opens with the caret or carries a citation's marks.</summary>
    public static bool CitesSource(ReadOnlySpan<char> text) => OpensWithCitationCaret(text) || HasCitationMark(text) || OpensWithAuthorYear(text);

    /// <summary>
    /// The line without a text browser's link numbers: <c>lynx -dump</c> prints "[12]" glued before each link's text
    /// ("[2]Home [3]News", "By [6]Maria Lindqvist"). A footnote's mark after a word ("Scotland.[1]") and a bracketed
    /// number before a space ("[1] Campbell, W. F.") stay.
    /// </summary>
    public static ReadOnlySpan<char> WithoutLinkNumbers(ReadOnlySpan<char> text)
    {
        System.Text.StringBuilder? shown = null;
        var copied = 0;
        for (var open = text.IndexOf('['); open >= 0; open = NextBracket(text, open))
        {
            if (LinkNumberEnd(text, open) is var end and > 0)
            {
                (shown ??= new System.Text.StringBuilder(text.Length)).Append(text[copied..open]);
                copied = end;
            }
        }

        return shown is null ? text : shown.Append(text[copied..]).ToString().AsSpan();
    }

    /// <summary>How many links a text browser numbered on the line (<see cref="WithoutLinkNumbers"/>).</summary>
    public static int CountLinkNumbers(ReadOnlySpan<char> text)
    {
        var count = 0;
        for (var open = text.IndexOf('['); open >= 0; open = NextBracket(text, open))
        {
            count += LinkNumberEnd(text, open) > 0 ? 1 : 0;
        }

        return count;
    }

    private static int NextBracket(ReadOnlySpan<char> text, int open) => text[(open + 1)..].IndexOf('[') is var next and >= 0 ? open + 1 + next : -1;

    /// <summary>Where the link number opening at <paramref name="open"/> ends ("[12]" glued to the next word), or 0.</summary>
    private static int LinkNumberEnd(ReadOnlySpan<char> text, int open)
    {
        var digits = text[(open + 1)..].IndexOfAnyExceptInRange('0', '9');
        var close = open + 1 + digits;
        return digits is >= 1 and <= 5 && close + 1 < text.Length && text[close] == ']' && !char.IsWhiteSpace(text[close + 1])
            && (open == 0 || char.IsWhiteSpace(text[open - 1]))
            ? close + 1
            : 0;
    }

    /// <summary>The level of a Markdown ATX heading (<c># Title</c> is 1, <c>### Dek</c> 3), or 0 for any other line.</summary>
    public static int HeadingLevel(ReadOnlySpan<char> text)
    {
        var level = text.TrimStart().IndexOfAnyExcept('#');
        return level is >= 1 and <= 6 && text.TrimStart()[level] is ' ' or '\t' ? level : 0;
    }

    /// <summary>The text of a Markdown ATX heading (<c>## References</c> → <c>References</c>), or the line itself.</summary>
    public static ReadOnlySpan<char> WithoutHeadingMarks(ReadOnlySpan<char> text) =>
        HeadingLevel(text) is var level and > 0 ? text.TrimStart()[(level + 1)..].TrimEnd().TrimEnd('#').TrimEnd() : text;

    /// <summary>
    /// The space after a list's marker: a space, a tab, a no-break space or an invisible character (an HTML dump prints
    /// <c>&amp;nbsp;</c> as U+00A0, and "25.&#160;^ Chang" is a numbered entry all the same).
    /// </summary>
    private static bool IsMarkerSpace(char c) => (char.IsWhiteSpace(c) && c is not ('\n' or '\r')) || Text.InvisibleCharacters.IsInvisible(c);

    /// <summary>The line without a leading bullet or number marker, or the line itself.</summary>
    public static ReadOnlySpan<char> StripListMarker(ReadOnlySpan<char> text)
    {
        if (text.Length >= 2 && Bullets.Contains(text[0]) && IsMarkerSpace(text[1]))
        {
            return text[2..].TrimStart();
        }

        var digits = 0;
        while (digits < text.Length && digits < 3 && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        if (digits > 0 && digits + 1 < text.Length && text[digits] is '.' or ')' && IsMarkerSpace(text[digits + 1]))
        {
            return text[(digits + 2)..].TrimStart();
        }

        return text;
    }

    /// <summary>
    /// The text as a reader sees it: each Markdown link or image (<c>[label](target)</c>, <c>![alt](src)</c>) as its label.
    /// </summary>
    public static ReadOnlySpan<char> WithoutLinkTargets(ReadOnlySpan<char> text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        var rest = text;
        while (!rest.IsEmpty)
        {
            var open = rest.IndexOf('[');
            if (open < 0)
            {
                builder.Append(rest);
                break;
            }

            var start = open > 0 && rest[open - 1] == '!' ? open - 1 : open;
            var length = LinkScanner.MatchInlineLink(rest[start..], out var parts);
            if (length == 0)
            {
                builder.Append(rest[..(open + 1)]);
                rest = rest[(open + 1)..];
                continue;
            }

            // A linked picture's label is the picture: "[![alt](src)](href)" shows "alt".
            var label = rest.Slice(start + parts.LabelStart, parts.LabelLength);
            builder.Append(rest[..start]).Append(label.Contains('[') ? WithoutLinkTargets(label) : label);
            rest = rest[(start + length)..];
        }

        return builder.ToString().AsSpan();
    }

    /// <summary>
    /// True when the text opens with a title glued to a sentence, the space between a card's two elements lost in scraping
    /// ("Tape Gaffe Ends Hamlin's Title RunDenny Hamlin's championship run was foiled", "Is Violence In Sports On The
    /// Rise?Violence is part of the game"): at the first capital that follows a small letter, a digit or a title's
    /// closing mark without a space, what stands before is 3 to <paramref name="maxTitleWords"/> words in title case with
    /// at most one comma, and what follows is a sentence of <paramref name="minBlurbWords"/> words or more, most of them in
    /// lower case. A name written with an inner capital (LeBron, McDonald) is not a glue: the letters before it are fewer
    /// than three.
    /// </summary>
    public static bool OpensWithGluedTitle(ReadOnlySpan<char> text, int maxTitleWords, int minBlurbWords)
    {
        const int MaxTitleLength = 200;
        for (var k = 1; k < Math.Min(text.Length - 1, MaxTitleLength); k++)
        {
            var prev = text[k - 1];
            if (!char.IsUpper(text[k]) || !(char.IsLower(text[k + 1]) || text[k + 1] == ' ')
                || !(char.IsLower(prev) || char.IsAsciiDigit(prev) || prev is '?' or '!' or '’' or '\'' or '”' or ')'))
            {
                continue;
            }

            var title = text[..k];
            var titleWords = CountWords(title);
            if (titleWords < 3)
            {
                continue;
            }

            var fragment = title.Length - 1 - title.LastIndexOfAnyExcept(CharacterSets.AsciiLettersAndDigits);
            return (!char.IsLetterOrDigit(prev) || fragment >= 3)
                && titleWords <= maxTitleWords && title.Count(',') <= 1 && Casing.Of(title).IsTitleCase
                && IsSentence(text[k..], minBlurbWords);
        }

        return false;
    }

    /// <summary>At least <paramref name="minWords"/> words, and after the first most of them start in lower case.</summary>
    private static bool IsSentence(ReadOnlySpan<char> text, int minWords)
    {
        var (words, lower) = (0, 0);
        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            if (word.IsEmpty || !char.IsLetter(word[0]))
            {
                continue;
            }

            lower += words > 0 && char.IsLower(word[0]) ? 1 : 0;
            words++;
        }

        return words >= minWords && 2 * lower >= words - 1;
    }

    /// <summary>
    /// True when the text holds a form's text field as a text browser prints it (lynx: a run of underscores, w3m: a
    /// bracket, spaces and a bracket) with at most <paramref name="maxWords"/> words on either side of it (a label, a
    /// button). Underscores alone on a line are a rule, not a field.
    /// </summary>
    public static bool IsFormField(ReadOnlySpan<char> text, int maxWords)
    {
        const int FieldMinWidth = 8;
        int start, end;
        var underscores = text.IndexOf("________", StringComparison.Ordinal);
        if (underscores >= 0)
        {
            (start, end) = (underscores, underscores + FieldMinWidth);
            while (end < text.Length && text[end] == '_')
            {
                end++;
            }
        }
        else
        {
            start = text.IndexOf("[        ", StringComparison.Ordinal);
            if (start < 0)
            {
                return false;
            }

            end = start + 1 + text[(start + 1)..].IndexOfAnyExcept(' ');
            if (end <= start || text[end] != ']')
            {
                return false;
            }

            end++;
        }

        var label = text[..start];
        var after = text[end..];
        if (underscores >= 0 && label.IsWhiteSpace() && after.IsWhiteSpace())
        {
            return false;
        }

        return CountWords(label) <= maxWords && CountWords(after) <= maxWords && !label.TrimEnd().EndsWith('.');
    }

    /// <summary>
    /// True when the text holds nothing but Markdown images (<c>![alt](src)</c>, or one wrapped in a link:
    /// <c>[![alt](src)](href)</c>) and separators: a picture, whose alt text is not a link to another story.
    /// </summary>
    public static bool IsPictureOnly(ReadOnlySpan<char> text) => HoldsOnlyLinks(text, picturesOnly: true);

    /// <summary>True when the text holds at least one link or URL and nothing else but separators.</summary>
    public static bool IsLinkOnly(ReadOnlySpan<char> text) => HoldsOnlyLinks(text, picturesOnly: false);

    private static bool HoldsOnlyLinks(ReadOnlySpan<char> text, bool picturesOnly)
    {
        var links = 0;
        var rest = text.Trim();
        while (!rest.IsEmpty)
        {
            if (rest[0] == '[' || (rest[0] == '!' && rest.Length > 1 && rest[1] == '['))
            {
                var length = LinkScanner.MatchInlineLink(rest, out _);
                if (length == 0 || (picturesOnly && !rest.StartsWith("![") && !rest.StartsWith("[![")))
                {
                    return false;
                }

                links++;
                rest = rest[length..];
            }
            else if (!picturesOnly && LinkScanner.StartsWithUrl(rest))
            {
                links++;
                rest = rest[LinkScanner.UrlLength(rest)..];
            }
            else if (Separators.Contains(rest[0]) || char.IsWhiteSpace(rest[0]))
            {
                rest = rest[1..];
            }
            else
            {
                return false;
            }
        }

        return links > 0;
    }
}
