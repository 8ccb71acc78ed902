using System.Collections.Frozen;

namespace CorpusLint.Model.Dates;

/// <summary>
/// Finds date mentions by walking the document's words once. Only words that can start a date are
/// looked at closely: digits, and month, weekday and relative words found in one frozen dictionary.
/// Separators between words are checked on the raw text, so "Jan. 17, 2019" and "17/01/2019" are
/// read from the same word array the other structures use. No regular expressions.
/// </summary>
internal ref struct DateScanner
{
    /// <summary>The last two-digit year read in this century (.NET's <c>Calendar.TwoDigitYearMax</c> of 2049).</summary>
    private const int TwoDigitYearPivot = 49;

    /// <summary>Digits of a full year in a date written in numbers ("17/01/2019").</summary>
    private const int YearOfFourDigits = 4;

    private readonly Document _document;
    private readonly ReadOnlySpan<char> _text;
    private readonly ReadOnlySpan<Word> _words;
    private readonly List<DateMention> _mentions;

    /// <summary>The month and weekday names of the document's language when it is not English (<see cref="LocalDateWords"/>).</summary>
    private readonly LocalDateWords? _local;

    private DateScanner(Document document, ReadOnlySpan<Word> words, List<DateMention> mentions)
    {
        _document = document;
        _text = document.Text;
        _words = words;
        _mentions = mentions;
        _local = LocalDateWords.For(document.Languages.StopWordLanguage);
    }

    /// <summary>The mentions among <paramref name="words"/> of <paramref name="document"/>, in text order.</summary>
    public static List<DateMention> Scan(Document document, ReadOnlySpan<Word> words)
    {
        var scanner = new DateScanner(document, words, new List<DateMention>());
        var i = 0;
        while (i < words.Length)
        {
            var next = scanner.TryAt(i);
            i = next > i ? next : i + 1;
        }

        return scanner._mentions;
    }

    /// <summary>What the scanner carries into a date from the words before it (a weekday, a time, a modifier).</summary>
    private struct Lead
    {
        public int StartIndex;
        public int WeekdayIndex;
        public DayOfWeek? Weekday;
        public TimeOnly? Time;
        public string? Zone;

        public static Lead At(int index) => new() { StartIndex = index, WeekdayIndex = -1 };
    }

    private ReadOnlySpan<char> WordText(int i) => _text.Slice(_words[i].Start, _words[i].Length);

    /// <summary>Index just past the mention that starts at word <paramref name="i"/>, or <paramref name="i"/> when none does.</summary>
    private int TryAt(int i)
    {
        var word = WordText(i);
        if (char.IsAsciiDigit(word[0]))
        {
            return TryNumberFirst(i, Lead.At(i));
        }

        if (word.Length > 5 && word.Contains(YearMarkHan))
        {
            return TryCjkInside(i);
        }

        if (word.Length > 6 && GluedMonth(i) is { } glued)
        {
            return glued;
        }

        if (word.Length > 5 && GluedIsoDate(i) is { } gluedIso)
        {
            return gluedIso;
        }

        if (_local is not null && TryLocalWeekday(i) is var local && local > i)
        {
            return local;
        }

        if (word.Length is < 3 or > 12 || !TryLookup(word, out var dateWord, out var possessive))
        {
            return i;
        }

        switch (dateWord.Kind)
        {
            case DateWordKind.Month when !possessive && char.IsUpper(word[0]):
                return TryMonthFirst(i, dateWord, Lead.At(i));
            case DateWordKind.Weekday when char.IsUpper(word[0]):
                return TryWeekday(i, dateWord, possessive, modifierIndex: -1, RelativeDirection.None);
            case DateWordKind.RelativeDay:
                return TryRelativeDay(i, dateWord, possessive);
            case DateWordKind.Modifier when !possessive:
                return TryModifier(i, dateWord);
            default:
                return i;
        }
    }

    /// <summary>
    /// "PressDecember 2, 2016": a full month name glued by a lost space to the word before it (a lower-case letter,
    /// then the month's capital). Only a date with its year is taken, starting inside the word.
    /// </summary>
    private int? GluedMonth(int i)
    {
        var word = WordText(i);
        if (!word.ContainsAnyInRange('a', 'z'))
        {
            return GluedCapitalMonth(i);
        }

        for (var k = word.Length - 3; k >= 1; k--)
        {
            if (!char.IsUpper(word[k]) || !char.IsLower(word[k - 1]))
            {
                continue;
            }

            if (!DateWords.Lookup.TryGetValue(word[k..], out var month) || month.Kind != DateWordKind.Month || month.Abbreviated || i + 2 >= _words.Length
                || !SeparatorIs(i, allowPeriod: false, allowComma: false) || !TryDay(i + 1, out var day, out _) || DigitContinues(i + 1)
                || !SeparatorIs(i + 1, allowPeriod: false, allowComma: true))
            {
                return null;
            }

            var yearEnd = -1;
            if (!((TryYear(i + 2, out var year) && !DigitContinues(i + 2)) || TryYearGluedToName(i + 2, out year, out yearEnd)))
            {
                return null;
            }

            return Add(Lead.At(i), i + 2, year, month.Value, day, DateStyle.MonthDay, FormOf(month), startOffset: _words[i].Start + k, endOffset: yearEnd);
        }

        return null;
    }

    /// <summary>
    /// "By JANE ROESEPT. 19, 2016": an all-caps name glued by a lost space to an all-caps month, full or abbreviated
    /// (<see cref="DateWords.CapitalMonthEnding"/>). Only a date with its day and year is taken, starting inside the word.
    /// </summary>
    private int? GluedCapitalMonth(int i)
    {
        var k = DateWords.CapitalMonthEnding(WordText(i), out var month);
        if (k < 0 || i + 2 >= _words.Length || !SeparatorIs(i, allowPeriod: month.Abbreviated, allowComma: false) || !TryDay(i + 1, out var day, out _)
            || DigitContinues(i + 1) || !SeparatorIs(i + 1, allowPeriod: false, allowComma: true) || !TryYear(i + 2, out var year) || DigitContinues(i + 2))
        {
            return null;
        }

        return Add(Lead.At(i), i + 2, year, month.Value, day, DateStyle.MonthDay, FormOf(month), startOffset: _words[i].Start + k);
    }

    /// <summary>
    /// "By Seth Fiegerman2014-01-26 21:32:46 UTC": an ISO date glued by a lost space to the word before it (a lower-case
    /// letter, or a letter of a script without case, "谢若含2017-03-01", then the year's four digits). The ISO form cannot be read another way, so the date is taken, starting
    /// inside the word.
    /// </summary>
    private int? GluedIsoDate(int i)
    {
        var word = WordText(i);
        var k = word.Length - 4;
        if (!(char.IsLower(word[k - 1]) || (char.IsLetter(word[k - 1]) && !char.IsUpper(word[k - 1]))) || !IsDigits(word[k..])
            || _words[i].End >= _text.Length || _text[_words[i].End] != '-')
        {
            return null;
        }

        var year = ((word[k] - '0') * 1000) + ((word[k + 1] - '0') * 100) + ((word[k + 2] - '0') * 10) + (word[k + 3] - '0');
        var end = TryIso(i, year, Lead.At(i), startOffset: _words[i].Start + k);
        return end == i ? null : end;
    }

    private static bool TryLookup(ReadOnlySpan<char> word, out DateWord dateWord, out bool possessive)
    {
        possessive = false;
        if (DateWords.Lookup.TryGetValue(word, out dateWord))
        {
            return true;
        }

        if (word.Length > 3 && word[^1] is 's' or 'S' && word[^2] is '\'' or '’' && DateWords.Lookup.TryGetValue(word[..^2], out dateWord))
        {
            possessive = true;
            return dateWord.Kind is DateWordKind.Weekday or DateWordKind.PeriodUnit or DateWordKind.RelativeDay;
        }

        return false;
    }

    // ---- month first: "January 17, 2019", "Jan. 17", "November 2019" ----

    private int TryMonthFirst(int i, DateWord month, Lead lead)
    {
        var n = _words.Length;
        if (i + 1 >= n)
        {
            return i;
        }

        // After a capitalised word the month may be part of a name ("Theresa May 5", "Long March 5"); with its year it
        // is a date, as in a byline that runs into its dateline ("By Jane Roe March 11, 2015").
        var afterName = lead.WeekdayIndex < 0 && lead.Time is null && IsNamePart(lead.StartIndex);

        // "May. 15, 2013": a template that abbreviates every month prints the period after May too. Only with its year
        // is that a date: "in May. 15 people ..." is a sentence's end and a count.
        var periodAfterName = !month.Abbreviated && _words[i].End < _text.Length && _text[_words[i].End] == '.';
        if (SeparatorIs(i, allowPeriod: true, allowComma: false) && TryDay(i + 1, out var day, out _) && !DigitContinues(i + 1))
        {
            var last = i + 1;
            var year = 0;
            var yearEnd = -1;
            if (i + 2 < n && SeparatorIs(i + 1, allowPeriod: false, allowComma: true)
                && ((TryYear(i + 2, out year) && !DigitContinues(i + 2)) || TryYearGluedToName(i + 2, out year, out yearEnd)))
            {
                last = i + 2;
            }
            else if (afterName || periodAfterName)
            {
                return i;
            }
            else
            {
                year = 0;
            }

            return Add(lead, last, year, month.Value, day, DateStyle.MonthDay, FormOf(month), endOffset: yearEnd);
        }

        if (afterName)
        {
            return i;
        }

        if (SeparatorIs(i, allowPeriod: month.Abbreviated, allowComma: true) && TryYear(i + 1, out var monthYear) && !DigitContinues(i + 1) && lead.WeekdayIndex < 0)
        {
            return Add(lead, i + 1, monthYear, month.Value, 0, DateStyle.None, FormOf(month), DateMentionKind.MonthYear);
        }

        return i;
    }

    // ---- number first: "17 January 2019", "17th of January", "2019-01-17", "17/01/2019", "12:38 PM EST, November 11, 2023" ----

    private int TryNumberFirst(int i, Lead lead)
    {
        var n = _words.Length;
        if (!TryNumber(WordText(i), out var value, out var digits, out var ordinal, out var rest) || DigitPrecedes(i))
        {
            return i;
        }

        if (digits == 4 && !ordinal && !rest.IsEmpty && rest[0] is YearMarkHan or YearMarkHangul)
        {
            return TryCjk(i, _words[i].Start, value, lead);
        }

        var end = _words[i].End;
        var next = end < _text.Length ? _text[end] : '\0';
        if (digits == 4 && !ordinal && rest.IsEmpty && next == '-')
        {
            return TryIso(i, value, lead);
        }

        if (digits == 4 && !ordinal && rest.IsEmpty && next is '/' or '.' && (_words[i].Start == 0 || _text[_words[i].Start - 1] is not ('/' or '.')))
        {
            // "2019/01/17", "2019.01.17": the year first, so the order cannot be read two ways (a path's "/2019/01/17/" is not a date).
            return TryIso(i, value, lead, separator: next);
        }

        if (digits <= 2 && rest.IsEmpty && !ordinal && next == '/')
        {
            return TryNumeric(i, value, lead);
        }

        if (digits <= 2 && rest.IsEmpty && !ordinal && next == '.' && _local is { DottedNumbers: true } && TryDottedDayFirst(i, value, lead) is var dotted && dotted > i)
        {
            return dotted;
        }

        if (digits <= 2 && rest.IsEmpty && !ordinal && next == ':' && lead.WeekdayIndex < 0)
        {
            return TryTimeThenDate(i);
        }

        if (digits > 2 || value is < 1 or > 31 || !rest.IsEmpty || i + 1 >= n)
        {
            return i;
        }

        // As for month-first dates: after a capitalised word only a date with its year counts ("Channel 4 March" does not).
        var afterName = lead.WeekdayIndex < 0 && lead.Time is null && IsNamePart(i);

        // "17 January 2019", "17 Jan", "17th January"
        if (SeparatorIs(i, allowPeriod: false, allowComma: false) && IsMonth(i + 1, out var month))
        {
            var last = i + 1;
            var year = 0;
            var yearEnd = -1;
            if (i + 2 < n && SeparatorIs(i + 1, allowPeriod: month.Abbreviated, allowComma: true)
                && ((TryYear(i + 2, out year) && !DigitContinues(i + 2)) || TryYearGluedToName(i + 2, out year, out yearEnd)))
            {
                last = i + 2;
            }
            else if (afterName)
            {
                return i;
            }
            else
            {
                year = 0;
            }

            return Add(lead, last, year, month.Value, value, DateStyle.DayMonth, FormOf(month), endOffset: yearEnd);
        }

        if (_local is not null && TryLocalDayFirst(i, value, lead, afterName) is var local && local > i)
        {
            return local;
        }

        if (afterName)
        {
            return i;
        }

        // "17th of January", "17th of January 2019"
        if (ordinal && i + 2 < n && SeparatorIs(i, false, false) && WordText(i + 1).Equals("of", StringComparison.OrdinalIgnoreCase)
            && SeparatorIs(i + 1, false, false) && IsMonth(i + 2, out month))
        {
            var last = i + 2;
            var year = 0;
            if (i + 3 < n && SeparatorIs(i + 2, allowPeriod: month.Abbreviated, allowComma: true) && TryYear(i + 3, out year) && !DigitContinues(i + 3))
            {
                last = i + 3;
            }
            else
            {
                year = 0;
            }

            return Add(lead, last, year, month.Value, value, DateStyle.OrdinalOfMonth, FormOf(month));
        }

        return i;
    }

    /// <summary>
    /// "12. März 2025", "12 mars 2025", "12 de marzo de 2025", "24 сентября 2018": a day, then a month of the document's
    /// language (<see cref="LocalDateWords"/>), then its year when one follows. An abbreviated month ("3 mar", "3 set" are
    /// also "3 sea", "3 sets") and a day after a capitalised word count only with the year.
    /// </summary>
    private int TryLocalDayFirst(int i, int day, Lead lead, bool afterName)
    {
        var local = _local!;
        var n = _words.Length;
        if (!SeparatorIs(i, allowPeriod: local.DayTakesPeriod, allowComma: false))
        {
            return i;
        }

        var m = SkipConnector(i + 1);
        if (m >= n || !local.Words.TryGetValue(WordText(m), out var month) || month.Kind != DateWordKind.Month)
        {
            return i;
        }

        var last = m;
        var year = 0;
        if (m + 1 < n && SeparatorIs(m, allowPeriod: month.Abbreviated, allowComma: true) && SkipConnector(m + 1) is var y && y < n
            && TryYear(y, out year) && !DigitContinues(y))
        {
            last = y;
        }
        else
        {
            year = 0;
        }

        return year == 0 && (afterName || month.Abbreviated) ? i : Add(lead, last, year, month.Value, day, DateStyle.DayMonth, FormOf(month));
    }

    /// <summary>
    /// "25.09.2018", "1.3.2025": a date in numbers, day first with full stops, in a document whose language writes it so
    /// (<see cref="LocalDateWords.DottedNumbers"/>). A version or an address ("1.2.2018.5") runs on and is none.
    /// </summary>
    private int TryDottedDayFirst(int i, int day, Lead lead)
    {
        if (!TryNumericParts(i, '.', YearOfFourDigits, out var month, out var year, out var after)
            || (after == '.' && _words[i + 2].End + 1 < _text.Length && char.IsAsciiDigit(_text[_words[i + 2].End + 1])))
        {
            return i;
        }

        return month is < 1 or > 12 || day is < 1 or > 31 ? i : Add(lead, i + 2, year, month, day, DateStyle.NumericDayFirst, MonthNameForm.None);
    }

    /// <summary>
    /// The second and third parts of a date in numbers at word <paramref name="i"/> ("17/01/2019", "25.09.2018"): one or
    /// two digits, then a year of <paramref name="yearDigits"/> digits (four from 1000 to 2999, or two as written), each
    /// right after <paramref name="separator"/>, and the character after the year (more digits there make no date). The
    /// first part is the caller's.
    /// </summary>
    private bool TryNumericParts(int i, char separator, int yearDigits, out int second, out int year, out char after)
    {
        (second, year, after) = (0, 0, '\0');
        if (i + 2 >= _words.Length)
        {
            return false;
        }

        var middle = _words[i + 1];
        var last = _words[i + 2];
        if (middle.Start != _words[i].End + 1 || middle.Length > 2 || !IsDigits(WordText(i + 1))
            || middle.End >= _text.Length || _text[middle.End] != separator || last.Start != middle.End + 1
            || last.Length != yearDigits || !IsDigits(WordText(i + 2)))
        {
            return false;
        }

        after = last.End < _text.Length ? _text[last.End] : '\0';
        TryNumber(WordText(i + 1), out second, out _, out _, out _);
        TryNumber(WordText(i + 2), out year, out _, out _, out _);
        return !char.IsAsciiDigit(after) && (yearDigits != YearOfFourDigits || year is >= 1000 and <= 2999);
    }

    /// <summary>
    /// "8/17/13 11:04am", "11/13/19 at 4:00 PM": a year of two digits is a date's only when a time follows, as a page's
    /// stamp prints it; alone, "3/4/19" may be a score or a fraction. Read as <see cref="System.Globalization.Calendar.TwoDigitYearMax"/>
    /// reads it (up to 49 in this century, from 50 in the last).
    /// </summary>
    private bool TryTwoDigitYearBeforeTime(int i, out int second, out int year, out char after)
    {
        year = 0;
        if (!TryNumericParts(i, '/', 2, out second, out var twoDigits, out after) || after is not (' ' or ',') || i + 3 >= _words.Length)
        {
            return false;
        }

        var t = WordText(i + 3).Equals("at", StringComparison.OrdinalIgnoreCase) ? i + 4 : i + 3;
        if (t >= _words.Length || !IsClockTime(_text[_words[t].Start..]))
        {
            return false;
        }

        year = twoDigits <= TwoDigitYearPivot ? 2000 + twoDigits : 1900 + twoDigits;
        return true;
    }

    /// <summary>"11:04am", "4:00 PM", "06:56": hours of one or two digits, a colon, two digits of minutes.</summary>
    private static bool IsClockTime(ReadOnlySpan<char> text)
    {
        var colon = text.IndexOf(':');
        return colon is 1 or 2 && IsDigits(text[..colon]) && text.Length >= colon + 3 && IsDigits(text.Slice(colon + 1, 2))
            && (text.Length == colon + 3 || !char.IsAsciiDigit(text[colon + 3]));
    }

    /// <summary>The word after a connector of the document's language at <paramref name="j"/> ("de" in "12 de marzo"), else <paramref name="j"/>.</summary>
    private int SkipConnector(int j) =>
        j + 1 < _words.Length && _local!.Connectors.Contains(WordText(j)) && SeparatorIs(j, allowPeriod: false, allowComma: false) ? j + 1 : j;

    /// <summary>
    /// "Montag, 12. März 2025", "sexta-feira, 22 de outubro de 2010": a weekday of the document's language, taken only with
    /// the date after it (alone it is no relative date the scanner reads).
    /// </summary>
    private int TryLocalWeekday(int i)
    {
        if (!_local!.Words.TryGetValue(WordText(i), out var weekday) || weekday.Kind != DateWordKind.Weekday || i + 1 >= _words.Length
            || !SeparatorIs(i, allowPeriod: false, allowComma: true))
        {
            return i;
        }

        var end = TryDateAfterWeekday(i + 1, new Lead { StartIndex = i, WeekdayIndex = i, Weekday = (DayOfWeek)weekday.Value });
        return end > i + 1 ? end : i;
    }

    private const char YearMarkHan = '年';
    private const char YearMarkHangul = '년';

    /// <summary>
    /// "2019年1月17日", "2019년 1월 17일" at <paramref name="start"/> (inside word <paramref name="i"/>): year, month and day,
    /// each followed by its counter, with or without spaces.
    /// </summary>
    private int TryCjk(int i, int start, int year, Lead lead)
    {
        var hangul = _text[start + 4] == YearMarkHangul;
        var position = start + 5;
        if (year is < 1000 or > 2999
            || !TryCounted(ref position, hangul ? '월' : '月', out var month)
            || !TryCounted(ref position, hangul ? '일' : '日', out var day))
        {
            return i;
        }

        return Add(lead, LastWordBefore(i, position), year, month, day, DateStyle.CjkYearMonthDay, MonthNameForm.None, startOffset: start, endOffset: position);
    }

    /// <summary>
    /// Chinese and Japanese run words together ("会議は2019年1月17日に"): every "YYYY年" inside word <paramref name="i"/>
    /// that does not open it. Returns the index past the last date found, or <paramref name="i"/>.
    /// </summary>
    private int TryCjkInside(int i)
    {
        var word = WordText(i);
        var next = i;
        for (var mark = 4; mark < word.Length; mark++)
        {
            var digits = word[(mark - 4)..mark];
            if (word[mark] != YearMarkHan || !IsDigits(digits) || (mark > 4 && char.IsAsciiDigit(word[mark - 5])))
            {
                continue;
            }

            TryNumber(digits, out var year, out _, out _, out _);
            next = Math.Max(next, TryCjk(i, _words[i].Start + mark - 4, year, Lead.At(i)));
        }

        return next;
    }

    /// <summary>One or two digits then <paramref name="counter"/> at <paramref name="position"/> (after optional spaces); moves past the counter.</summary>
    private bool TryCounted(ref int position, char counter, out int value)
    {
        var k = position;
        while (k < _text.Length && _text[k] is ' ' or '\u3000')
        {
            k++;
        }

        value = 0;
        var digits = 0;
        while (k < _text.Length && digits < 2 && char.IsAsciiDigit(_text[k]))
        {
            value = (value * 10) + (_text[k++] - '0');
            digits++;
        }

        if (digits == 0 || k >= _text.Length || _text[k] != counter)
        {
            return false;
        }

        position = k + 1;
        return true;
    }

    /// <summary>The index of the last word, from <paramref name="first"/> on, that starts before <paramref name="offset"/>.</summary>
    private int LastWordBefore(int first, int offset)
    {
        var last = first;
        while (last + 1 < _words.Length && _words[last + 1].Start < offset)
        {
            last++;
        }

        return last;
    }

    /// <param name="separator">'-' for ISO 8601 (which may go on with a time: "2019-01-17T03:00Z"), '/' or '.' for a year-first numeric date.</param>
    private int TryIso(int i, int year, Lead lead, int startOffset = -1, char separator = '-')
    {
        if (i + 2 >= _words.Length || year is < 1000 or > 2999)
        {
            return i;
        }

        var monthWord = _words[i + 1];
        var dayWord = _words[i + 2];
        if (monthWord.Start != _words[i].End + 1 || monthWord.Length != 2 || !IsDigits(WordText(i + 1))
            || monthWord.End >= _text.Length || _text[monthWord.End] != separator || dayWord.Start != monthWord.End + 1)
        {
            return i;
        }

        var day = WordText(i + 2);
        if (day.Length < 2 || !char.IsAsciiDigit(day[0]) || !char.IsAsciiDigit(day[1])
            || (day.Length > 2 && !(separator == '-' && day[2] == 'T' && day.Length > 3 && char.IsAsciiDigit(day[3]))))
        {
            return i;
        }

        var after = dayWord.End < _text.Length ? _text[dayWord.End] : '\0';
        if (day.Length == 2 && (after is '-' or '/' || (after == '.' && dayWord.End + 1 < _text.Length && char.IsAsciiDigit(_text[dayWord.End + 1]))))
        {
            return i;
        }

        // "2016-11-29_0011", "IMG_2016-11-29": a file's name (a picture's, printed as its alternative text), not a date.
        var yearStart = startOffset >= 0 ? startOffset : _words[i].Start;
        if (after == '_' || (yearStart > 0 && _text[yearStart - 1] == '_'))
        {
            return i;
        }

        var monthValue = (WordText(i + 1)[0] - '0') * 10 + (WordText(i + 1)[1] - '0');
        var dayValue = (day[0] - '0') * 10 + (day[1] - '0');
        if (day.Length > 2)
        {
            // "2013-07-18T03:00:01Z": the time and its offset are the date's, not words of their own beside it.
            var end = IsoTimeEnd(dayWord.Start + 2);
            return Add(lead, LastWordBefore(i + 2, end), year, monthValue, dayValue, DateStyle.Iso, MonthNameForm.None, startOffset: startOffset, endOffset: end);
        }

        return Add(lead, i + 2, year, monthValue, dayValue, separator == '-' ? DateStyle.Iso : DateStyle.NumericYearFirst, MonthNameForm.None, startOffset: startOffset);
    }

    /// <summary>
    /// The end of an ISO 8601 time from its "T" at <paramref name="t"/>: "T03", "T03:00", "T03:00:01", with a fraction of a
    /// second and an offset ("Z", "+02:00", "-0500") when they follow.
    /// </summary>
    private int IsoTimeEnd(int t)
    {
        var text = _text;
        var k = t + 1;
        k = TwoDigits(text, k) ? k + 2 : k;
        for (var part = 0; part < 2 && k < text.Length && text[k] == ':' && TwoDigits(text, k + 1); part++)
        {
            k += 3;
        }

        if (k + 1 < text.Length && text[k] == '.' && char.IsAsciiDigit(text[k + 1]))
        {
            k++;
            while (k < text.Length && char.IsAsciiDigit(text[k]))
            {
                k++;
            }
        }

        if (k < text.Length && text[k] == 'Z')
        {
            return k + 1;
        }

        if (k < text.Length && text[k] is '+' or '-' && TwoDigits(text, k + 1))
        {
            var zoneEnd = k + 3;
            var minutes = zoneEnd < text.Length && text[zoneEnd] == ':' ? zoneEnd + 1 : zoneEnd;
            return TwoDigits(text, minutes) && !(minutes + 2 < text.Length && char.IsAsciiDigit(text[minutes + 2])) ? minutes + 2 : zoneEnd;
        }

        return k;

        static bool TwoDigits(ReadOnlySpan<char> text, int at) => at + 1 < text.Length && char.IsAsciiDigit(text[at]) && char.IsAsciiDigit(text[at + 1]);
    }

    private int TryNumeric(int i, int first, Lead lead)
    {
        if (!(TryNumericParts(i, '/', YearOfFourDigits, out var secondValue, out var year, out var after) || TryTwoDigitYearBeforeTime(i, out secondValue, out year, out after))
            || after is '/' or '-' || first == 0 || secondValue == 0)
        {
            return i;
        }

        if (first > 12 && secondValue <= 12 && first <= 31)
        {
            return Add(lead, i + 2, year, secondValue, first, DateStyle.NumericDayFirst, MonthNameForm.None);
        }

        if (secondValue > 12 && first <= 12 && secondValue <= 31)
        {
            return Add(lead, i + 2, year, first, secondValue, DateStyle.NumericMonthFirst, MonthNameForm.None);
        }

        if (first == secondValue && first <= 12)
        {
            return Add(lead, i + 2, year, first, first, DateStyle.NumericDayFirst, MonthNameForm.None);
        }

        // "Publié le 05/04/2013": every language whose date words the scanner reads writes the day first.
        if (_local is not null && first <= 31 && secondValue <= 12)
        {
            return Add(lead, i + 2, year, secondValue, first, DateStyle.NumericDayFirst, MonthNameForm.None);
        }

        if (first <= 12 && secondValue <= 12 && IsStampedInMonthFirstZone(i + 3))
        {
            // "10/9/10 7:15 AM EDT": a time in a North American zone after it; those countries write the month first.
            return Add(lead, i + 2, year, first, secondValue, DateStyle.NumericMonthFirst, MonthNameForm.None);
        }

        return i + 2; // ambiguous (03/04/2019) or not a date: skip it whole
    }

    /// <summary>The zones of the countries that write a numeric date month first (the United States, Canada's English press).</summary>
    private static readonly FrozenSet<string> MonthFirstZones = FrozenSet.ToFrozenSet(["EST", "EDT", "ET", "CST", "CDT", "CT", "MST", "MDT", "MT", "PST", "PDT", "PT"], StringComparer.Ordinal);

    /// <summary>Whether a time in one of <see cref="MonthFirstZones"/> follows at word <paramref name="j"/>, or after an "at" there.</summary>
    private bool IsStampedInMonthFirstZone(int j)
    {
        j = j < _words.Length && WordText(j).Equals("at", StringComparison.OrdinalIgnoreCase) ? j + 1 : j;
        return j < _words.Length && TryTime(j, out _, out var zone, out _) && zone is not null && MonthFirstZones.Contains(zone);
    }

    /// <summary>"12:38 PM EST, November 11, 2023": a time, then a date.</summary>
    private int TryTimeThenDate(int i)
    {
        if (!TryTime(i, out var time, out var zone, out var last) || last + 1 >= _words.Length || !SeparatorIs(last, allowPeriod: true, allowComma: true))
        {
            return i;
        }

        var lead = new Lead { StartIndex = i, WeekdayIndex = -1, Time = time, Zone = zone };
        var dateIndex = last + 1;
        var word = WordText(dateIndex);
        if (char.IsAsciiDigit(word[0]))
        {
            var end = TryNumberFirst(dateIndex, lead);
            return end > dateIndex ? end : i;
        }

        if (TryLookup(word, out var dateWord, out var possessive) && !possessive && char.IsUpper(word[0]))
        {
            if (dateWord.Kind == DateWordKind.Month)
            {
                var end = TryMonthFirst(dateIndex, dateWord, lead);
                return end > dateIndex ? end : i;
            }

            if (dateWord.Kind == DateWordKind.Weekday && dateIndex + 1 < _words.Length && SeparatorIs(dateIndex, true, true))
            {
                lead.WeekdayIndex = dateIndex;
                lead.Weekday = (DayOfWeek)dateWord.Value;
                var end = TryDateAfterWeekday(dateIndex + 1, lead);
                return end > dateIndex ? end : i;
            }
        }

        return i;
    }

    /// <summary>A time "12:38", "12:38 PM", "9:30 a.m. ET" starting at word <paramref name="i"/>.</summary>
    private bool TryTime(int i, out TimeOnly time, out string? zone, out int last)
    {
        time = default;
        zone = null;
        last = i;
        if (i + 1 >= _words.Length || !TryNumber(WordText(i), out var hour, out var hourDigits, out var ordinal, out var rest)
            || hourDigits > 2 || ordinal || !rest.IsEmpty || hour > 24)
        {
            return false;
        }

        var minuteWord = _words[i + 1];
        if (minuteWord.Start != _words[i].End + 1 || _text[_words[i].End] != ':' || minuteWord.Length != 2 || !IsDigits(WordText(i + 1)))
        {
            return false;
        }

        var minute = (WordText(i + 1)[0] - '0') * 10 + (WordText(i + 1)[1] - '0');
        if (minute > 59)
        {
            return false;
        }

        last = i + 1;
        var meridiem = -1;
        if (last + 1 < _words.Length && SeparatorIs(last, false, false))
        {
            var word = WordText(last + 1);
            if (DateWords.Lookup.TryGetValue(word, out var dateWord) && dateWord.Kind == DateWordKind.Meridiem)
            {
                meridiem = dateWord.Value;
                last++;
            }
            else if (word.Length == 1 && word[0] is 'a' or 'p' or 'A' or 'P' && last + 2 < _words.Length
                && WordText(last + 2) is ['m' or 'M'] && _words[last + 2].Start == _words[last + 1].End + 1 && _text[_words[last + 1].End] == '.')
            {
                meridiem = word[0] is 'p' or 'P' ? 12 : 0;
                last += 2;
            }
        }

        if (last + 1 < _words.Length && SeparatorIs(last, allowPeriod: true, allowComma: false))
        {
            var word = WordText(last + 1);
            if (word.Length >= 1 && char.IsUpper(word[0]) && DateWords.Lookup.TryGetValue(word, out var dateWord) && dateWord.Kind == DateWordKind.Zone)
            {
                zone = dateWord.Kind == DateWordKind.Zone ? word.ToString() : null;
                last++;
            }
        }

        if (meridiem >= 0 && hour is >= 1 and <= 12)
        {
            hour = (hour % 12) + meridiem;
        }

        time = new TimeOnly(hour % 24, minute);
        return true;
    }

    // ---- weekdays: "Thursday, January 17, 2019", "Thu., Jan. 17", "on Thursday", "Last Thursday" ----

    private int TryWeekday(int i, DateWord weekday, bool possessive, int modifierIndex, RelativeDirection direction)
    {
        var n = _words.Length;
        if (!possessive && i + 1 < n && SeparatorIs(i, allowPeriod: weekday.Abbreviated, allowComma: true))
        {
            var lead = new Lead
            {
                StartIndex = modifierIndex >= 0 ? modifierIndex : i,
                WeekdayIndex = i,
                Weekday = (DayOfWeek)weekday.Value,
            };
            var end = TryDateAfterWeekday(i + 1, lead);
            if (end > i + 1)
            {
                return end;
            }
        }

        if (weekday.Abbreviated)
        {
            return i; // "Sun", "Sat", "Wed" alone are words
        }

        var start = modifierIndex >= 0 ? modifierIndex : i;
        if (modifierIndex < 0)
        {
            if (i > 0 && IsSingleSpace(i - 1))
            {
                var before = WordText(i - 1);
                if (DateWords.WeekdayNamePrefixLookup.Contains(before) || DateWords.GenericDeterminerLookup.Contains(before))
                {
                    return i + 1; // "Good Friday", "every Friday", "a Thursday"
                }

                // "Mail on Sunday"
                if (before.Equals("on", StringComparison.Ordinal) && i > 1 && WordText(i - 2) is ['M', 'a', 'i', 'l'])
                {
                    return i + 1;
                }
            }

            // "Sunday Times", "Monday Night Football": a capitalised word right after, with no preposition before
            if (!possessive && i + 1 < n && IsSingleSpace(i) && char.IsUpper(WordText(i + 1)[0])
                && (i == 0 || DateWords.Preposition(WordText(i - 1)) is null))
            {
                return i + 1;
            }
        }

        _mentions.Add(new DateMention
        {
            Start = _words[start].Start,
            Length = _words[i].End - _words[start].Start - (possessive ? 2 : 0),
            Kind = DateMentionKind.RelativeWeekday,
            Weekday = (DayOfWeek)weekday.Value,
            WeekdayStart = _words[i].Start,
            Direction = direction,
            Preposition = PrepositionBefore(start),
            Precision = DatePrecision.Day,
        });
        return i + 1;
    }

    private int TryDateAfterWeekday(int j, Lead lead)
    {
        var word = WordText(j);
        if (char.IsAsciiDigit(word[0]))
        {
            return TryNumberFirst(j, lead);
        }

        if (TryLookup(word, out var dateWord, out var possessive) && !possessive && dateWord.Kind == DateWordKind.Month && char.IsUpper(word[0]))
        {
            return TryMonthFirst(j, dateWord, lead);
        }

        return j;
    }

    // ---- relative: "yesterday", "last week", "this year", "last night" ----

    private int TryRelativeDay(int i, DateWord dateWord, bool possessive)
    {
        var word = WordText(i);
        if (possessive && dateWord.Value == 0)
        {
            return i + 1; // "today's world" is "nowadays"
        }

        if (char.IsUpper(word[0]) && !_document.OpensSentence(_words[i].Start))
        {
            return i + 1; // "the Today programme", "USA Today"
        }

        _mentions.Add(new DateMention
        {
            Start = _words[i].Start,
            Length = word.Length - (possessive ? 2 : 0),
            Kind = DateMentionKind.RelativeDay,
            DayOffset = dateWord.Value,
            Direction = dateWord.Value switch { < 0 => RelativeDirection.Last, 0 => RelativeDirection.This, _ => RelativeDirection.Next },
            Preposition = PrepositionBefore(i),
            Precision = DatePrecision.Day,
        });
        return i + 1;
    }

    private int TryModifier(int i, DateWord modifier)
    {
        if (i + 1 >= _words.Length || !SeparatorIs(i, false, false))
        {
            return i;
        }

        if (i > 0 && SeparatorIs(i - 1, false, false) && DateWords.GenericDeterminerLookup.Contains(WordText(i - 1)))
        {
            return i + 1; // "the last week of the campaign", "for the next year"
        }

        var nextWord = WordText(i + 1);
        if (!TryLookup(nextWord, out var next, out var possessive))
        {
            return i + 1;
        }

        if (next.Kind != DateWordKind.Weekday && char.IsUpper(nextWord[0]) && char.IsLower(nextWord[^1]))
        {
            return i + 1; // a title: ITV's "This Morning", "Next Week"
        }

        var direction = DirectionOf(modifier.Value);
        switch (next.Kind)
        {
            case DateWordKind.Weekday when char.IsUpper(nextWord[0]):
                return TryWeekday(i + 1, next, possessive, modifierIndex: i, direction);
            case DateWordKind.PeriodUnit:
                _mentions.Add(new DateMention
                {
                    Start = _words[i].Start,
                    Length = _words[i + 1].End - _words[i].Start - (possessive ? 2 : 0),
                    Kind = DateMentionKind.RelativePeriod,
                    Direction = direction,
                    Preposition = PrepositionBefore(i),
                    Precision = next.Value switch
                    {
                        DateWords.MonthUnit => DatePrecision.Month,
                        DateWords.YearUnit => DatePrecision.Year,
                        _ => DatePrecision.Week,
                    },
                    DayOffset = next.Value == DateWords.Weekend ? 1 : 0,
                });
                return i + 2;
            case DateWordKind.DayPart when !possessive && (direction == RelativeDirection.Last ? nextWord.Equals("night", StringComparison.OrdinalIgnoreCase) : direction == RelativeDirection.This):
                _mentions.Add(new DateMention
                {
                    Start = _words[i].Start,
                    Length = _words[i + 1].End - _words[i].Start,
                    Kind = DateMentionKind.RelativeDay,
                    DayOffset = direction == RelativeDirection.Last ? -1 : 0,
                    Direction = direction,
                    Preposition = PrepositionBefore(i),
                    Precision = DatePrecision.Day,
                });
                return i + 2;
            default:
                return i + 1;
        }
    }

    // ---- building a mention ----

    private int Add(Lead lead, int last, int year, int month, int day, DateStyle style, MonthNameForm form, DateMentionKind? kind = null, int startOffset = -1, int endOffset = -1)
    {
        var start = startOffset >= 0 ? startOffset : _words[lead.StartIndex].Start;
        var end = endOffset >= 0 ? endOffset : _words[last].End;
        var time = lead.Time;
        var zone = lead.Zone;

        // "November 11, 2023, 12:38 PM EST" / "Nov. 11, 2023 at 9:30 a.m."
        if (time is null && year != 0 && last + 1 < _words.Length)
        {
            var t = last + 1;
            if (SeparatorIs(last, false, allowComma: true) && WordText(t).Equals("at", StringComparison.OrdinalIgnoreCase) && t + 1 < _words.Length && SeparatorIs(t, false, false))
            {
                t++;
            }

            if (char.IsAsciiDigit(WordText(t)[0]) && SeparatorIs(t - 1, false, allowComma: true) && TryTime(t, out var after, out var afterZone, out var timeLast))
            {
                time = after;
                zone = afterZone;
                end = _words[timeLast].End;
                last = timeLast;
            }
        }

        // "2019-01-17 (Thursday)", "2019年1月17日（木）": the weekday in parentheses after the date.
        var weekday = lead.Weekday;
        var weekdayStart = lead.WeekdayIndex >= 0 ? _words[lead.WeekdayIndex].Start : -1;
        if (weekday is null && TrailingWeekday(end) is { } trailing)
        {
            weekday = trailing.Weekday;
            weekdayStart = trailing.Start;
            end = trailing.End;
            last = LastWordBefore(last, end);
        }

        var mentionKind = kind ?? (year != 0 ? DateMentionKind.FullDate : DateMentionKind.YearlessDate);
        var valid = mentionKind == DateMentionKind.MonthYear || IsValidDate(year, month, day);
        DateOnly? date = null;
        var precision = DatePrecision.Day;
        if (mentionKind == DateMentionKind.FullDate && valid)
        {
            date = new DateOnly(year, month, day);
        }
        else if (mentionKind == DateMentionKind.MonthYear)
        {
            date = new DateOnly(year, month, 1);
            precision = DatePrecision.Month;
        }

        _mentions.Add(new DateMention
        {
            Start = start,
            Length = end - start,
            Kind = mentionKind,
            Style = style,
            MonthForm = form,
            Year = year,
            Month = month,
            Day = day,
            IsValid = valid,
            Weekday = weekday,
            WeekdayStart = weekdayStart,
            Time = time,
            TimeZone = zone,
            Preposition = PrepositionBefore(lead.StartIndex),
            Date = date,
            Precision = precision,
        });
        return last + 1;
    }

    /// <summary>
    /// A weekday in parentheses right after <paramref name="end"/> (one space at most before the parenthesis):
    /// "(Thursday)", "(Thu)", "（木）", "(木曜日)", "（星期四）", "(목)". Returns where its name starts and the offset past ")".
    /// </summary>
    private (DayOfWeek Weekday, int Start, int End)? TrailingWeekday(int end)
    {
        var k = end;
        if (k < _text.Length && _text[k] is ' ' or '\u3000')
        {
            k++;
        }

        if (k >= _text.Length || _text[k] is not ('(' or '（'))
        {
            return null;
        }

        var nameStart = ++k;
        while (k < _text.Length && char.IsLetter(_text[k]))
        {
            k++;
        }

        var name = _text[nameStart..k];
        if (k < _text.Length && _text[k] == '.')
        {
            k++;
        }

        if (k >= _text.Length || _text[k] is not (')' or '）'))
        {
            return null;
        }

        if (DateWords.Lookup.TryGetValue(name, out var word) && word.Kind == DateWordKind.Weekday)
        {
            return ((DayOfWeek)word.Value, nameStart, k + 1);
        }

        return DateWords.TryCjkWeekday(name, out var weekday) ? (weekday, nameStart, k + 1) : null;
    }

    /// <summary>Whether day/month/year exist; a missing year allows February 29.</summary>
    public static bool IsValidDate(int year, int month, int day)
    {
        if (month is < 1 or > 12 || day < 1)
        {
            return false;
        }

        var max = year != 0 ? DateTime.DaysInMonth(year, month) : month == 2 ? 29 : DateTime.DaysInMonth(2001, month);
        return day <= max;
    }

    private static MonthNameForm FormOf(DateWord month) =>
        month.Abbreviated ? MonthNameForm.Abbreviated : month.Value is >= 3 and <= 7 ? MonthNameForm.Neutral : MonthNameForm.Full;

    private static RelativeDirection DirectionOf(int value) => value switch
    {
        < 0 => RelativeDirection.Last,
        0 => RelativeDirection.This,
        _ => RelativeDirection.Next,
    };

    // ---- word and separator tests ----

    private bool IsMonth(int i, out DateWord month) =>
        TryLookup(WordText(i), out month, out var possessive) && !possessive && month.Kind == DateWordKind.Month && char.IsUpper(WordText(i)[0]);

    private bool TryDay(int i, out int day, out bool ordinal)
    {
        day = 0;
        ordinal = false;
        return TryNumber(WordText(i), out day, out var digits, out ordinal, out var rest) && rest.IsEmpty && digits <= 2 && day is >= 1 and <= 31;
    }

    private bool TryYear(int i, out int year)
    {
        year = 0;
        var word = WordText(i);
        return word.Length == 4 && IsDigits(word) && TryNumber(word, out year, out _, out _, out _) && year is >= 1000 and <= 2999;
    }

    /// <summary>
    /// "June 06, 2013FoxNews.com", "June 07, 20130", "Nov 20 20194:29 AM": a year glued by a lost space to what a header
    /// prints after it, the capitalised name of its site (a capital, then a lower-case letter), a count of comments or a
    /// time's hour (up to three digits; a 19xx or 20xx year, as no number of five to seven digits is written without its
    /// thousands' comma after a month and day). The year ends at its fourth digit (<paramref name="end"/>).
    /// </summary>
    private bool TryYearGluedToName(int i, out int year, out int end)
    {
        year = 0;
        end = -1;
        var word = WordText(i);
        var gluedName = word.Length >= 6 && char.IsUpper(word[4]) && char.IsLower(word[5]);
        var gluedCount = word.Length is >= 5 and <= 7 && IsDigits(word) && word[..2] is "19" or "20";
        if (word.Length < 5 || !IsDigits(word[..4]) || !(gluedName || gluedCount)
            || !TryNumber(word[..4], out year, out _, out _, out _) || year is < 1000 or > 2999)
        {
            year = 0;
            return false;
        }

        end = _words[i].Start + 4;
        return true;
    }

    /// <summary>Leading digits (up to 4) with an optional ordinal suffix; <paramref name="rest"/> is what follows otherwise.</summary>
    private static bool TryNumber(ReadOnlySpan<char> word, out int value, out int digits, out bool ordinal, out ReadOnlySpan<char> rest)
    {
        value = 0;
        digits = 0;
        ordinal = false;
        while (digits < word.Length && char.IsAsciiDigit(word[digits]))
        {
            if (digits == 4)
            {
                rest = word[digits..];
                return false;
            }

            value = (value * 10) + (word[digits] - '0');
            digits++;
        }

        rest = word[digits..];
        if (digits == 0)
        {
            return false;
        }

        if (rest.Length == 2 && (rest.Equals("st", StringComparison.OrdinalIgnoreCase) || rest.Equals("nd", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("rd", StringComparison.OrdinalIgnoreCase) || rest.Equals("th", StringComparison.OrdinalIgnoreCase)))
        {
            ordinal = true;
            rest = [];
        }

        return true;
    }

    private static bool IsDigits(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return word.Length > 0;
    }

    /// <summary>
    /// The text between word <paramref name="i"/> and the next: an optional period, an optional comma, then
    /// one to three whitespace or invisible characters (a zero-width space after the comma) with at most one line break
    /// (CR, LF or CR LF: no blank line).
    /// </summary>
    private bool SeparatorIs(int i, bool allowPeriod, bool allowComma)
    {
        if (i + 1 >= _words.Length)
        {
            return false;
        }

        var separator = _text[_words[i].End.._words[i + 1].Start];
        var k = 0;
        if (allowPeriod && k < separator.Length && separator[k] == '.')
        {
            k++;
        }

        if (allowComma && k < separator.Length && separator[k] == ',')
        {
            k++;
        }

        var spaces = separator.Length - k;
        if (spaces is < 1 or > 3)
        {
            return false;
        }

        var newlines = 0;
        for (; k < separator.Length; k++)
        {
            var c = separator[k];
            if (c == '\n' || (c == '\r' && (k + 1 == separator.Length || separator[k + 1] != '\n')))
            {
                newlines++;
            }
            else if (c is not (' ' or '\u00A0' or '\t' or '\r' or '\u202F') && !Text.InvisibleCharacters.IsInvisible(c))
            {
                return false;
            }
        }

        return newlines <= 1;
    }

    /// <summary>
    /// Only one space (or no-break space) between word <paramref name="i"/> and the next, as inside a name, or the line
    /// break of a hard wrap, which stands for one ("Bloody" at a wrapped line's end, "Sunday" on the next).
    /// </summary>
    private bool IsSingleSpace(int i)
    {
        if (i + 1 >= _words.Length)
        {
            return false;
        }

        var end = _words[i].End;
        if (_words[i + 1].Start == end + 1 && _text[end] is ' ' or '\u00A0')
        {
            return true;
        }

        return _document.HardWraps is { } wraps && _text[end..(_words[i + 1].Start)].IsWhiteSpace() && wraps.RunsOn(_document.GetLineIndex(end))
            && _document.GetLineIndex(_words[i + 1].Start) == _document.GetLineIndex(end) + 1;
    }

    /// <summary>"1,200", "3.5", "5:30", "10%": the number at word <paramref name="i"/> runs on.</summary>
    private bool DigitContinues(int i)
    {
        var end = _words[i].End;
        if (end >= _text.Length)
        {
            return false;
        }

        var c = _text[end];
        if (c is '%' or '°')
        {
            return true;
        }

        return c is ',' or '.' or ':' or '/' or '-' && end + 1 < _text.Length && char.IsAsciiDigit(_text[end + 1]);
    }

    /// <summary>"1,17", "$17", "No.17": the number at word <paramref name="i"/> continues one before it.</summary>
    private bool DigitPrecedes(int i)
    {
        var start = _words[i].Start;
        if (start == 0)
        {
            return false;
        }

        var c = _text[start - 1];
        if (c is '$' or '£' or '€' or '#' or '№')
        {
            return true;
        }

        return c is ',' or '.' or ':' or '/' or '-' && start >= 2 && char.IsAsciiDigit(_text[start - 2]);
    }

    /// <summary>
    /// True when the word at <paramref name="i"/> follows a capitalised word with only a space between,
    /// as in a name ("Theresa May 5", "Long March 5", "Channel 4 March"), unless that word is one dates
    /// follow ("Since May 5", "Updated Jan. 3").
    /// </summary>
    private bool IsNamePart(int i)
    {
        if (i == 0 || !IsSingleSpace(i - 1))
        {
            return false;
        }

        var before = WordText(i - 1);
        if (!char.IsUpper(before[0]) || DateWords.LeadWordLookup.Contains(before))
        {
            return false;
        }

        return !(DateWords.Lookup.TryGetValue(before, out var dateWord) && dateWord.Kind is DateWordKind.Weekday or DateWordKind.Month);
    }

    private string? PrepositionBefore(int i) =>
        i > 0 && SeparatorIs(i - 1, false, false) ? DateWords.Preposition(WordText(i - 1)) : null;
}
