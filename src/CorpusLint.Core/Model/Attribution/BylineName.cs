using System.Collections.Frozen;
using System.Text.RegularExpressions;
using CorpusLint.Model.Dates;

namespace CorpusLint.Model.Attribution;

/// <summary>
/// The name(s) a byline pattern captured, cut where the names end. The name pattern runs over every capitalised
/// word, so three things end a name early: a label word ("By Jane Roe Updated Jan. 3"); a comma that is not part of
/// a list of authors closed by "and" ("By Jane Roe, Staff Attorney", "Posted by Jane Roe, Marketing, Example Corp",
/// against "By A, B and C"); and a month or weekday that opens the date right after ("By JANE ROE JAN. 13, 2017",
/// "By Jane Roe Tuesday, Aug. 17, 2010").
/// </summary>
/// <param name="Index">Where the name starts in the plain line.</param>
/// <param name="Value">The name(s).</param>
/// <param name="Rest">The text after the name, up to the line's end.</param>
/// <param name="EndsAtGlue">The name was cut where a lost space glued it to what follows, or where it repeats: the cut itself marks the name's end.</param>
/// <param name="WrappedEnd">Where the name ends in the next line when a hard wrap carried its surname there ("By Jane" / "Roe"), else 0.</param>
internal readonly record struct BylineName(int Index, string Value, string Rest, bool EndsAtGlue = false, int WrappedEnd = 0)
{
    public static BylineName Whole(Group name) => new(name.Index, name.Value, "");

    /// <param name="following">The next line's text when a hard wrap carries the byline's line on into it (a date's day and year may stand there: "by Jane Roe December" / "23, 2016 at 7:18am").</param>
    public static BylineName Cut(Group name, string rest, FrozenSet<string> stoppers, ReadOnlyMemory<char> following = default)
    {
        var value = name.Value;
        var end = value.Length;
        var words = Words(value);
        for (var k = 1; k < words.Count; k++)
        {
            if (stoppers.Contains(value.AsSpan(words[k].Start, words[k].Length).TrimEnd(".,").ToString()))
            {
                end = words[k].Start;
                break;
            }
        }

        end = Math.Min(end, SentenceEnd(value, words));
        var comma = value.AsSpan(0, end).IndexOf(',');
        if (comma >= 0 && !ClosesList(value.AsSpan(0, end)))
        {
            end = comma;
        }

        var glue = GlueEnd(value, words, rest);
        var glued = glue < end;
        end = Math.Min(end, glue);
        end = value.AsSpan(0, end).TrimEnd().Length;
        while (true)
        {
            var last = value.AsSpan(0, end).LastIndexOfAny(Spaces);
            var after = (value[end..] + rest).AsSpan().TrimStart(" ,\u00A0");
            after = after.IsEmpty ? following.Span.TrimStart(" ,\u00A0") : after;
            if (last <= 0 || after.IsEmpty
                || !DateWords.Lookup.TryGetValue(value.AsSpan(last + 1, end - last - 1).TrimEnd('.'), out var word)
                || word.Kind is not (DateWordKind.Month or DateWordKind.Weekday)
                || !(char.IsAsciiDigit(after[0]) || (word.Kind == DateWordKind.Weekday && OpensWithMonth(after))))
            {
                break;
            }

            end = value.AsSpan(0, last).TrimEnd(" ,\u00A0").Length;
        }

        var repeat = RepeatEnd(value.AsSpan(0, end));
        glued |= repeat < end;
        end = Math.Min(end, repeat);
        if (end == value.Length && rest.AsSpan().IsWhiteSpace() && value.AsSpan().IndexOfAny(Spaces) < 0 && WrappedSurnameEnd(following.Span, stoppers) is var surnameEnd and > 0)
        {
            var surname = following.Span[..surnameEnd].TrimStart();
            return new BylineName(name.Index, string.Concat(value, " ", surname), "", glued, surnameEnd);
        }

        return new BylineName(name.Index, value[..end], value[end..] + rest, glued);
    }

    /// <summary>
    /// The end of the surname a hard wrap carried to the next line, after a first name that ends the byline's line ("…By
    /// Jane" / "Roe2016-12-13 …"): one capitalised word, ended by a space, a separator, a digit glued to it or the line's
    /// end, and not a month, a weekday or a label word; 0 when the next line does not open with one.
    /// </summary>
    private static int WrappedSurnameEnd(ReadOnlySpan<char> following, FrozenSet<string> stoppers)
    {
        var start = following.Length - following.TrimStart().Length;
        if (start >= following.Length || !char.IsUpper(following[start]))
        {
            return 0;
        }

        var end = start + 1;
        while (end < following.Length && (char.IsLower(following[end]) || following[end] is '\'' or '’' or '-'))
        {
            end++;
        }

        var word = following[start..end];
        return word.Length >= 2 && (end == following.Length || !char.IsLetter(following[end]))
            && !PersonNameCheck.IsChromeWord(word) && !DateWords.Lookup.Contains(word) && !stoppers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) ? end : 0;
    }

    private const string Spaces = " \t\u00A0";

    /// <summary>"Aug. 17, 2010" after a weekday ("By Bryan Walsh Tuesday, Aug. 17, 2010"): the date goes on with its month.</summary>
    private static bool OpensWithMonth(ReadOnlySpan<char> text)
    {
        var end = 0;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return end > 0 && DateWords.Lookup.TryGetValue(text[..end], out var word) && word.Kind == DateWordKind.Month;
    }

    /// <summary>
    /// Where a lost space glued a name to what follows it ("Meg JamesStaff Writer", "Jane RoeFOXBusiness", "Eric
    /// SongBy Eric Song"): inside a word, a lower-case letter then a capital that starts a role or section word, a
    /// profile's button (<see cref="GluedButtonWords"/>), the word "By", or an acronym. Names with inner capitals ("McDonald", "DeArdo", "VanDerWerff") go on.
    /// </summary>
    public static int GlueEnd(string value, IReadOnlyList<(int Start, int Length)> words, string rest = "")
    {
        foreach (var (start, length) in words)
        {
            if (GluedCapitalMonth(value, start, length, rest) is var month and >= 0)
            {
                return month;
            }

            for (var k = start + 3; k < start + length - 1; k++)
            {
                if (!char.IsLower(value[k - 1]) || !char.IsUpper(value[k]))
                {
                    continue;
                }

                var tail = value.AsSpan(k, start + length - k);
                var next = 1;
                while (next < tail.Length && char.IsLower(tail[next]))
                {
                    next++;
                }

                var head = tail[..next];
                if (head is "By" || char.IsUpper(tail[1]) || PersonNameCheck.IsChromeWord(head) || GluedButtonWord.Contains(head) || OpensGluedDate(string.Concat(value.AsSpan(start + length), rest), head, next == tail.Length))
                {
                    return k;
                }
            }
        }

        return value.Length;
    }

    /// <summary>
    /// The labels of the buttons a profile prints right after its author's name ("Jane RoeBlockedUnblockFollowFollowing"):
    /// glued to a name, they end it. Not chrome words: "Block" is a surname printed apart ("Melissa Block").
    /// </summary>
    private static readonly FrozenSet<string> GluedButtonWords = FrozenSet.ToFrozenSet(["Blocked", "Block", "Unblock", "Mute", "Unmute", "Unfollow"], StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GluedButtonWord = GluedButtonWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "ANA LEESEPT. 19, 2016": a month ending an all-caps word (<see cref="DateWords.CapitalMonthEnding"/>), with its day
    /// after it, is the date a lost space glued to the name. Its index, or -1.
    /// </summary>
    private static int GluedCapitalMonth(string value, int start, int length, string rest)
    {
        // The name pattern keeps an initial's full stop, so an abbreviated month's may end the word ("DOWNESSEPT.").
        var word = value.AsSpan(start, length).TrimEnd('.');
        if (word.Length < 6 || word.ContainsAnyInRange('a', 'z'))
        {
            return -1;
        }

        var after = string.Concat(value.AsSpan(start + word.Length), rest).AsSpan();
        var period = after.StartsWith('.');
        after = period ? after[1..] : after;
        if (after.Length < 2 || after[0] != ' ' || !char.IsAsciiDigit(after[1]))
        {
            return -1;
        }

        var k = DateWords.CapitalMonthEnding(word, out var month);
        return k >= 0 && (month.Abbreviated || !period) ? start + k : -1;
    }

    /// <summary>
    /// "Michael LemonickJune 07, 2013": a month's full name ending the word, its day after it, is the date a lost space
    /// glued to the name ("Jane DeMay" alone is a name).
    /// </summary>
    private static bool OpensGluedDate(string after, ReadOnlySpan<char> head, bool endsWord) =>
        endsWord && after.Length > 1 && after[0] == ' ' && char.IsAsciiDigit(after[1])
        && DateWords.Lookup.TryGetValue(head, out var word) && word.Kind == DateWordKind.Month && !word.Abbreviated;

    /// <summary>
    /// "Sean Martin Sean Martin", "Sean MartinSean Martin": a name printed twice (a link and its text, which a printer may
    /// glue) is one name.
    /// </summary>
    private static int RepeatEnd(ReadOnlySpan<char> value)
    {
        var half = value.Length / 2;
        var spaced = value.Length % 2 == 1 && char.IsWhiteSpace(value[half]) && value[..half].SequenceEqual(value[(half + 1)..]);
        var glued = value.Length % 2 == 0 && char.IsUpper(value[half]) && value[..half].SequenceEqual(value[half..]);
        return value.Length > 4 && (spaced || glued) ? half : value.Length;
    }

    /// <summary>"A, B and C" / "A, B & C": the last comma-separated part holds "and".</summary>
    private static bool ClosesList(ReadOnlySpan<char> names)
    {
        var last = names[(names.LastIndexOf(',') + 1)..];
        return last.Contains(" and ", StringComparison.Ordinal) || last.Contains('&');
    }

    /// <summary>Titles and suffixes a name holds with their full stop: "Dr. Jane Roe", "Jane Roe Jr.", "St. John Roe".</summary>
    private static readonly FrozenSet<string> NameAbbreviations = FrozenSet.ToFrozenSet(
        ["Jr", "Sr", "St", "Ste", "Dr", "Mr", "Mrs", "Ms", "Mx", "Prof", "Rev", "Hon", "Gen", "Sen", "Rep", "Gov", "Lt", "Capt", "Sgt", "Col", "Maj", "Fr", "Mt"],
        StringComparer.Ordinal);

    /// <summary>
    /// Where a full stop after a word that is no initial nor abbreviation ends the name before the next word: "Story by Jane
    /// Roe. Photographs by Tom Bell" (an initial, "Jane R. Roe", "J.R. Roe", has no lower-case letter); else the value's length.
    /// </summary>
    private static int SentenceEnd(string value, List<(int Start, int Length)> words)
    {
        for (var k = 0; k < words.Count - 1; k++)
        {
            var word = value.AsSpan(words[k].Start, words[k].Length);
            if (word.Length > 2 && word[^1] == '.' && word[..^1].ContainsAnyInRange('a', 'z') && !word[..^1].Contains('.')
                && !NameAbbreviations.Contains(word[..^1].ToString()))
            {
                return words[k].Start + words[k].Length - 1;
            }
        }

        return value.Length;
    }

    public static List<(int Start, int Length)> Words(string value)
    {
        var words = new List<(int, int)>();
        var start = -1;
        for (var i = 0; i <= value.Length; i++)
        {
            var space = i == value.Length || char.IsWhiteSpace(value[i]);
            if (!space && start < 0)
            {
                start = i;
            }
            else if (space && start >= 0)
            {
                words.Add((start, i - start));
                start = -1;
            }
        }

        return words;
    }
}
