using System.Collections.Frozen;
using System.Text.RegularExpressions;
using CorpusLint.Model.Dates;

namespace CorpusLint.Model.Attribution;

/// <summary>
/// The name(s) a byline pattern captured, cut where the names end. The name pattern runs over every capitalised
/// word, so three things end a name early: a label word ("By Jane Roe Updated Jan. 3"); a comma that is not part of
/// a list of authors closed by "and" ("By Jane Roe, Staff Attorney", "Posted by Jane Roe, Marketing, Example Corp",
/// against "By A, B and C"); and a month or weekday that opens the date right after ("By JANE ROE JAN. 13, 2017").
/// </summary>
/// <param name="Index">Where the name starts in the plain line.</param>
/// <param name="Value">The name(s).</param>
/// <param name="Rest">The text after the name, up to the line's end.</param>
internal readonly record struct BylineName(int Index, string Value, string Rest)
{
    public static BylineName Whole(Group name) => new(name.Index, name.Value, "");

    public static BylineName Cut(Group name, string rest, FrozenSet<string> stoppers)
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

        var comma = value.AsSpan(0, end).IndexOf(',');
        if (comma >= 0 && !ClosesList(value.AsSpan(0, end)))
        {
            end = comma;
        }

        end = value.AsSpan(0, end).TrimEnd().Length;
        while (true)
        {
            var last = value.AsSpan(0, end).LastIndexOf(' ');
            var after = (value[end..] + rest).AsSpan().TrimStart(" ,");
            if (last <= 0 || after.IsEmpty || !char.IsAsciiDigit(after[0])
                || !DateWords.Lookup.TryGetValue(value.AsSpan(last + 1, end - last - 1).TrimEnd('.'), out var word)
                || word.Kind is not (DateWordKind.Month or DateWordKind.Weekday))
            {
                break;
            }

            end = value.AsSpan(0, last).TrimEnd(" ,").Length;
        }

        return new BylineName(name.Index, value[..end], value[end..] + rest);
    }

    /// <summary>"A, B and C" / "A, B & C": the last comma-separated part holds "and".</summary>
    private static bool ClosesList(ReadOnlySpan<char> names)
    {
        var last = names[(names.LastIndexOf(',') + 1)..];
        return last.Contains(" and ", StringComparison.Ordinal) || last.Contains('&');
    }

    private static List<(int Start, int Length)> Words(string value)
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
