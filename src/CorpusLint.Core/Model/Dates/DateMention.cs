namespace CorpusLint.Model.Dates;

/// <summary>What a date mention says: a whole date, a day without its year, a month, or a reference relative to "now".</summary>
public enum DateMentionKind
{
    /// <summary>Day, month and year: "January 17, 2019", "17 January 2019", "2019-01-17", "17/01/2019".</summary>
    FullDate,

    /// <summary>Day and month without a year: "on March 17", "17 January", "the 17th of January".</summary>
    YearlessDate,

    /// <summary>Month and year: "November 2019", "Jan. 2019".</summary>
    MonthYear,

    /// <summary>A day relative to the time of writing: "yesterday", "today", "tomorrow", "tonight", "last night", "this morning".</summary>
    RelativeDay,

    /// <summary>A weekday not attached to a date: "on Thursday", "Last Thursday", "next Friday".</summary>
    RelativeWeekday,

    /// <summary>A week, weekend, month or year relative to the time of writing: "last week", "this year", "next month".</summary>
    RelativePeriod,
}

/// <summary>How a date with a day and a month is written; the basis of CL3007.</summary>
public enum DateStyle
{
    None,

    /// <summary>Month name first: "January 17, 2019", "Jan. 17", "March 17".</summary>
    MonthDay,

    /// <summary>Day first: "17 January 2019", "17 Jan".</summary>
    DayMonth,

    /// <summary>"17th of January", "17th of January 2019".</summary>
    OrdinalOfMonth,

    /// <summary>ISO 8601: "2019-01-17".</summary>
    Iso,

    /// <summary>Numeric, day first, only when unambiguous: "17/01/2019".</summary>
    NumericDayFirst,

    /// <summary>Numeric, month first, only when unambiguous: "01/17/2019".</summary>
    NumericMonthFirst,

    /// <summary>Numeric, year first, with slashes or dots: "2019/01/17", "2019.01.17".</summary>
    NumericYearFirst,

    /// <summary>Year, month and day with their Chinese, Japanese or Korean counters: "2019年1月17日", "2019년 1월 17일".</summary>
    CjkYearMonthDay,
}

/// <summary>How the month name of a mention is written.</summary>
public enum MonthNameForm
{
    None,

    /// <summary>A full name that can be abbreviated (January, February, August to December).</summary>
    Full,

    /// <summary>"Jan", "Jan.", "Sept.".</summary>
    Abbreviated,

    /// <summary>March to July written in full: house styles that abbreviate months (AP) never abbreviate these, so they fit either form.</summary>
    Neutral,
}

/// <summary>How much of the calendar a resolved <see cref="DateMention.Date"/> pins down.</summary>
public enum DatePrecision
{
    Day,
    Week,
    Month,
    Year,
}

/// <summary>What the clause around a date says about it: told as past, or as a future plan.</summary>
public enum DateTense
{
    /// <summary>Present, or nothing to tell.</summary>
    Unknown,

    /// <summary>Told as done: "protesters marched", "was held", "took place".</summary>
    Past,

    /// <summary>A plan or prediction: "will", "is scheduled for", "by November 2019", "slated", "due to", "expected", "plans to", "until", "next".</summary>
    Future,
}

/// <summary>The direction word of a relative mention.</summary>
public enum RelativeDirection
{
    None,

    /// <summary>"last Thursday", "last week", "yesterday".</summary>
    Last,

    /// <summary>"this week", "today".</summary>
    This,

    /// <summary>"next Friday", "next month", "tomorrow".</summary>
    Next,
}

/// <summary>
/// One date mention in a document: its span, what kind of date it is and how it is written, the
/// parts as written (even when impossible, such as February 30), the weekday stated with it, and the
/// calendar date it stands for where that can be known (year-less and relative mentions are resolved
/// against the publication date).
/// </summary>
public sealed class DateMention
{
    /// <summary>Offset of the first character (of the weekday, time or modifier when they belong to the mention).</summary>
    public int Start { get; internal init; }

    public int Length { get; internal init; }

    public int End => Start + Length;

    public DateMentionKind Kind { get; internal init; }

    public DateStyle Style { get; internal init; }

    public MonthNameForm MonthForm { get; internal init; }

    /// <summary>The year as written, 0 when none.</summary>
    public int Year { get; internal init; }

    /// <summary>The month as written (1–12 for names; ISO and numeric dates may carry an impossible one), 0 when none.</summary>
    public int Month { get; internal init; }

    /// <summary>The day as written, 0 when none.</summary>
    public int Day { get; internal init; }

    /// <summary>False for a date the calendar does not have (February 30, 31 April, 2019-13-01, February 29, 2019).</summary>
    public bool IsValid { get; internal init; } = true;

    /// <summary>The weekday stated with the date ("Thursday, January 17, 2019") or the weekday referred to ("on Thursday").</summary>
    public DayOfWeek? Weekday { get; internal init; }

    /// <summary>Offset of the weekday's name, -1 when there is none.</summary>
    public int WeekdayStart { get; internal init; } = -1;

    /// <summary>A time of day written with the date ("12:38 PM EST, November 11, 2023").</summary>
    public TimeOnly? Time { get; internal init; }

    /// <summary>The time zone written with the time ("EST"), or null.</summary>
    public string? TimeZone { get; internal init; }

    /// <summary>For relative mentions: last, this or next.</summary>
    public RelativeDirection Direction { get; internal init; }

    /// <summary>For relative days: −1 yesterday / last night, 0 today, +1 tomorrow.</summary>
    public int DayOffset { get; internal init; }

    /// <summary>The preposition just before the mention ("on", "by", "until", "since", ...), lower case, or null.</summary>
    public string? Preposition { get; internal init; }

    /// <summary>The calendar date: explicit for a valid full date, resolved for others; the first day of a month or year, or the day a week is counted from.</summary>
    public DateOnly? Date { get; internal set; }

    public DatePrecision Precision { get; internal set; }

    /// <summary>True when <see cref="Date"/> was found from the publication date rather than written out.</summary>
    public bool IsResolved { get; internal set; }

    /// <summary>Past or future, from the verbs of the sentence around the mention.</summary>
    public DateTense Tense { get; internal set; }

    /// <summary>True when this mention is a publication-date candidate (a dateline, a "Published ..." line).</summary>
    public bool IsPublicationDate { get; internal set; }

    /// <summary>True for a date written with its year (a full date or a month and year).</summary>
    public bool HasYear => Year != 0;

    /// <summary>Relative days, weekdays and periods: they mean nothing without the time of writing.</summary>
    public bool IsRelative => Kind is DateMentionKind.RelativeDay or DateMentionKind.RelativeWeekday or DateMentionKind.RelativePeriod;

    public override string ToString() =>
        $"{Kind} {Style} [{Start}..{End}) {(Date is { } date ? date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "?")}";
}

/// <summary>Where a publication date was read.</summary>
public enum PublicationDateSource
{
    /// <summary>YAML front matter (<c>date:</c> between <c>---</c> lines at the top).</summary>
    FrontMatter,

    /// <summary>A labelled dateline: "Published ...", "Posted on ...", "Updated ...", "Last modified on ...".</summary>
    PublishedLine,

    /// <summary>A dateline without a label: a date (and time) alone, or beside a byline, a name or a site ("Dan Goodin - Apr 16, 2015").</summary>
    Dateline,

    /// <summary>A newswire dateline opening the story: "BRIDGEMOOR, Tuesday, Jan. 23, 2024 — The council ...".</summary>
    InlineDateline,

    /// <summary>A field of the dataset record the document is (<c>date_publish</c>): not in the text, so its span is empty.</summary>
    Metadata,
}

/// <summary>A publication date found in a document, with its span and how sure its shape is (0–1).</summary>
public sealed record PublicationDateCandidate(
    DateOnly Date,
    int Start,
    int Length,
    PublicationDateSource Source,
    bool IsUpdate,
    double Confidence,
    DateMention? Mention)
{
    public int End => Start + Length;

    /// <summary>For <see cref="PublicationDateSource.Metadata"/>: the record's field it was read from; null for dates in the text.</summary>
    public string? Field { get; init; }
}

/// <summary>
/// What the text says about dates, found without the layout: every mention, and every publication-date candidate
/// (front matter and datelines, wherever they stand). Which candidate is the publication date is
/// <see cref="Document.PublicationDateChoice"/>'s to say, with the layout.
/// </summary>
public sealed class DocumentDates
{
    internal DocumentDates(IReadOnlyList<DateMention> mentions, IReadOnlyList<PublicationDateCandidate> frontMatter, IReadOnlyList<Dateline> datelines, int frontMatterEnd)
    {
        Mentions = mentions;
        Datelines = datelines;
        FrontMatterEnd = frontMatterEnd;
        PublicationDateCandidates = [.. frontMatter, .. datelines.SelectMany(d => d.Dates)];
    }

    /// <summary>
    /// Date mentions in text order (front matter excluded), before relative ones are resolved: rules read
    /// <see cref="Document.DateMentions"/>, which resolves them against the chosen publication date first.
    /// </summary>
    internal IReadOnlyList<DateMention> Mentions { get; }

    /// <summary>Every publication and update date candidate (front matter, then datelines), in text order.</summary>
    public IReadOnlyList<PublicationDateCandidate> PublicationDateCandidates { get; }

    /// <summary>The lines read as datelines, with the names printed beside their dates.</summary>
    public IReadOnlyList<Dateline> Datelines { get; }

    /// <summary>Offset just past the YAML front matter, 0 when there is none.</summary>
    public int FrontMatterEnd { get; }
}
