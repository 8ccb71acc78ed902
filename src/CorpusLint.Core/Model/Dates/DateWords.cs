using System.Collections.Frozen;

namespace CorpusLint.Model.Dates;

internal enum DateWordKind : byte
{
    None,
    Month,
    Weekday,
    RelativeDay,
    Modifier,
    PeriodUnit,
    DayPart,
    Meridiem,
    Zone,
    DatelineWord,
}

/// <summary>A word the date scanner knows: a month (Value 1–12), weekday (DayOfWeek), relative day (offset), modifier (−1/0/+1), period unit.</summary>
internal readonly record struct DateWord(DateWordKind Kind, sbyte Value, bool Abbreviated);

/// <summary>The vocabulary of dates, looked up by span without allocating.</summary>
internal static class DateWords
{
    public const int Week = 1;
    public const int Weekend = 2;
    public const int MonthUnit = 3;
    public const int YearUnit = 4;

    private static readonly FrozenDictionary<string, DateWord> Words = Build().ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static readonly Language.WordTable<DateWord> Lookup = new(Words);

    public static readonly string[] MonthNames =
        ["", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>Capitalised words that may stand right before a date without making it part of a name ("Since May 5", "Updated Jan. 3").</summary>
    private static readonly FrozenSet<string> LeadWords = FrozenSet.ToFrozenSet(
        """
        on in by since until till from before after through during between of and or to at as until
        last next this early late mid the effective dated published updated posted modified created date
        starting beginning ending around about circa for throughout from until
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LeadWordLookup = LeadWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words before a weekday that make it part of a name or an occasion ("Good Friday", "Super Tuesday").</summary>
    private static readonly FrozenSet<string> WeekdayNamePrefixes = FrozenSet.ToFrozenSet(
        ["Good", "Black", "Ash", "Super", "Holy", "Bloody", "Cyber", "Maundy", "Palm", "Easter", "Shrove", "Giving", "Small", "Manic", "Blue", "Fat", "Low", "Whit", "Plough", "Mothering", "Remembrance"],
        StringComparer.Ordinal);

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WeekdayNamePrefixLookup = WeekdayNamePrefixes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words before a weekday or a relative period that make it habitual or generic ("every Friday", "the last week").</summary>
    private static readonly FrozenSet<string> GenericDeterminers = FrozenSet.ToFrozenSet(
        ["a", "an", "the", "every", "each", "any", "one", "its", "his", "her", "their", "our", "my", "your", "only", "some", "same", "whole", "entire", "following", "previous"],
        StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GenericDeterminerLookup = GenericDeterminers.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> Prepositions = FrozenSet.ToFrozenSet(
        ["on", "by", "until", "till", "since", "before", "after", "from", "in", "at", "of", "through", "for", "during", "between", "to"],
        StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PrepositionLookup = Prepositions.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Interned lower-case preposition, so mentions carry no per-document strings.</summary>
    public static string? Preposition(ReadOnlySpan<char> word) =>
        PrepositionLookup.TryGetValue(word, out var actual) ? actual.ToLowerInvariant() switch
        {
            "on" => "on", "by" => "by", "until" => "until", "till" => "till", "since" => "since", "before" => "before",
            "after" => "after", "from" => "from", "in" => "in", "at" => "at", "of" => "of", "through" => "through",
            "for" => "for", "during" => "during", "between" => "between", "to" => "to", _ => null,
        } : null;

    /// <summary>
    /// Where a month, full or abbreviated, ends an all-caps word that a lost space glued to it ("ROESEPT", "DOEJULY"):
    /// capitals show no boundary, so the month is the longest ending of the word that is one, after two letters at least.
    /// The ending's index, or -1.
    /// </summary>
    public static int CapitalMonthEnding(ReadOnlySpan<char> word, out DateWord month)
    {
        for (var k = 2; k <= word.Length - 3; k++)
        {
            if (char.IsAsciiLetterUpper(word[k]) && char.IsLetter(word[k - 1]) && Lookup.TryGetValue(word[k..], out month) && month.Kind == DateWordKind.Month)
            {
                return k;
            }
        }

        month = default;
        return -1;
    }

    /// <summary>
    /// A weekday written in Chinese, Japanese or Korean: 星期四 / 周四 / 週四 / 礼拜四, 木 / 木曜 / 木曜日, 목 / 목요일.
    /// Chinese numerals need their prefix: "(四)" alone is a list number.
    /// </summary>
    public static bool TryCjkWeekday(ReadOnlySpan<char> name, out DayOfWeek weekday)
    {
        weekday = default;
        var prefixed = false;
        foreach (var prefix in (ReadOnlySpan<string>)["星期", "礼拜", "禮拜", "周", "週"])
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                name = name[prefix.Length..];
                prefixed = true;
                break;
            }
        }

        if (!prefixed)
        {
            foreach (var suffix in (ReadOnlySpan<string>)["曜日", "曜", "요일"])
            {
                if (name.EndsWith(suffix, StringComparison.Ordinal))
                {
                    name = name[..^suffix.Length];
                    break;
                }
            }
        }

        if (name.Length != 1)
        {
            return false;
        }

        var index = (prefixed ? "日一二三四五六" : "日月火水木金土").IndexOf(name[0]);
        if (index < 0 && prefixed && name[0] == '天')
        {
            index = 0;
        }

        if (index < 0 && !prefixed)
        {
            index = "일월화수목금토".IndexOf(name[0]);
        }

        weekday = (DayOfWeek)Math.Max(index, 0);
        return index >= 0;
    }

    private static IEnumerable<KeyValuePair<string, DateWord>> Build()
    {
        string[][] months =
        [
            ["January", "Jan"], ["February", "Feb"], ["March", "Mar"], ["April", "Apr"], ["May"], ["June", "Jun"],
            ["July", "Jul"], ["August", "Aug"], ["September", "Sep", "Sept"], ["October", "Oct"], ["November", "Nov"], ["December", "Dec"],
        ];
        for (var m = 0; m < months.Length; m++)
        {
            for (var k = 0; k < months[m].Length; k++)
            {
                yield return new(months[m][k], new DateWord(DateWordKind.Month, (sbyte)(m + 1), k > 0));
            }
        }

        string[][] weekdays =
        [
            ["Sunday", "Sun"], ["Monday", "Mon"], ["Tuesday", "Tue", "Tues"], ["Wednesday", "Wed"],
            ["Thursday", "Thu", "Thur", "Thurs"], ["Friday", "Fri"], ["Saturday", "Sat"],
        ];
        for (var d = 0; d < weekdays.Length; d++)
        {
            for (var k = 0; k < weekdays[d].Length; k++)
            {
                yield return new(weekdays[d][k], new DateWord(DateWordKind.Weekday, (sbyte)d, k > 0));
            }
        }

        yield return new("yesterday", new DateWord(DateWordKind.RelativeDay, -1, false));
        yield return new("today", new DateWord(DateWordKind.RelativeDay, 0, false));
        yield return new("tonight", new DateWord(DateWordKind.RelativeDay, 0, false));
        yield return new("tomorrow", new DateWord(DateWordKind.RelativeDay, 1, false));
        yield return new("last", new DateWord(DateWordKind.Modifier, -1, false));
        yield return new("this", new DateWord(DateWordKind.Modifier, 0, false));
        yield return new("next", new DateWord(DateWordKind.Modifier, 1, false));
        yield return new("week", new DateWord(DateWordKind.PeriodUnit, Week, false));
        yield return new("weekend", new DateWord(DateWordKind.PeriodUnit, Weekend, false));
        yield return new("month", new DateWord(DateWordKind.PeriodUnit, MonthUnit, false));
        yield return new("year", new DateWord(DateWordKind.PeriodUnit, YearUnit, false));
        foreach (var part in (string[])["night", "morning", "afternoon", "evening"])
        {
            yield return new(part, new DateWord(DateWordKind.DayPart, 0, false));
        }

        yield return new("am", new DateWord(DateWordKind.Meridiem, 0, false));
        yield return new("pm", new DateWord(DateWordKind.Meridiem, 12, false));
        foreach (var zone in (string[])["UTC", "GMT", "EST", "EDT", "ET", "CST", "CDT", "CT", "MST", "MDT", "MT", "PST", "PDT", "PT", "BST", "CET", "CEST", "EET", "EEST", "WET", "WEST", "MSK", "IST", "JST", "KST", "HKT", "SGT", "AEST", "AEDT", "NZST", "NZDT", "Z"])
        {
            yield return new(zone, new DateWord(DateWordKind.Zone, 0, false));
        }

        foreach (var word in (string[])["published", "updated", "posted", "modified", "created", "originally", "first", "on", "at", "date", "dated", "time", "publication", "a", "p", "m"])
        {
            yield return new(word, new DateWord(DateWordKind.DatelineWord, 0, false));
        }
    }
}
