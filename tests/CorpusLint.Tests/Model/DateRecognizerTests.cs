using CorpusLint.Model;
using CorpusLint.Tests.Infrastructure;
using CorpusLint.Model.Dates;

namespace CorpusLint.Tests.Model;

public class DateRecognizerTests
{
    private static IReadOnlyList<DateMention> Mentions(string text) => Document.FromText("article.txt", text).DateMentions;

    private static DateMention Single(string text) => Assert.Single(Mentions(text));

    private static string Written(string text, DateMention mention) => text.Substring(mention.Start, mention.Length);

    [Theory]
    [InlineData("It happened on January 17, 2019, in Belgrade.", "January 17, 2019", DateStyle.MonthDay, MonthNameForm.Full)]
    [InlineData("It happened on Jan. 17, 2019, in Belgrade.", "Jan. 17, 2019", DateStyle.MonthDay, MonthNameForm.Abbreviated)]
    [InlineData("It happened on Jan 17 2019 in Belgrade.", "Jan 17 2019", DateStyle.MonthDay, MonthNameForm.Abbreviated)]
    [InlineData("It happened on January 17th, 2019.", "January 17th, 2019", DateStyle.MonthDay, MonthNameForm.Full)]
    [InlineData("It happened on 17 January 2019 in Belgrade.", "17 January 2019", DateStyle.DayMonth, MonthNameForm.Full)]
    [InlineData("It happened on 17 Jan. 2019 in Belgrade.", "17 Jan. 2019", DateStyle.DayMonth, MonthNameForm.Abbreviated)]
    [InlineData("It happened on the 17th of January 2019.", "17th of January 2019", DateStyle.OrdinalOfMonth, MonthNameForm.Full)]
    [InlineData("It happened on the 17th of January, 2019.", "17th of January, 2019", DateStyle.OrdinalOfMonth, MonthNameForm.Full)]
    [InlineData("Filed 2019-01-17 by the clerk.", "2019-01-17", DateStyle.Iso, MonthNameForm.None)]
    [InlineData("Filed 17/01/2019 by the clerk.", "17/01/2019", DateStyle.NumericDayFirst, MonthNameForm.None)]
    [InlineData("Filed 01/17/2019 by the clerk.", "01/17/2019", DateStyle.NumericMonthFirst, MonthNameForm.None)]
    [InlineData("Filed 2019/01/17 by the clerk.", "2019/01/17", DateStyle.NumericYearFirst, MonthNameForm.None)]
    [InlineData("Filed 2019.01.17 by the clerk.", "2019.01.17", DateStyle.NumericYearFirst, MonthNameForm.None)]
    [InlineData("会議は2019年1月17日に開かれた。", "2019年1月17日", DateStyle.CjkYearMonthDay, MonthNameForm.None)]
    [InlineData("会议于 2019年 1月 17日 举行。", "2019年 1月 17日", DateStyle.CjkYearMonthDay, MonthNameForm.None)]
    [InlineData("회의는 2019년 1월 17일 열렸다.", "2019년 1월 17일", DateStyle.CjkYearMonthDay, MonthNameForm.None)]
    [InlineData("It happened on January 17,\u200B 2019, in Belgrade.", "January 17,\u200B 2019", DateStyle.MonthDay, MonthNameForm.Full)]
    [InlineData("It happened on Janu\u00ADary 17, 2019, in Belgrade.", "Janu\u00ADary 17, 2019", DateStyle.MonthDay, MonthNameForm.Full)]
    public void Recognises_full_dates_in_every_format(string text, string written, DateStyle style, MonthNameForm form)
    {
        var mention = Single(text);
        Assert.Equal(written, Written(text, mention));
        Assert.Equal(DateMentionKind.FullDate, mention.Kind);
        Assert.Equal(style, mention.Style);
        Assert.Equal(form, mention.MonthForm);
        Assert.Equal(new DateOnly(2019, 1, 17), mention.Date);
    }

    [Theory]
    [InlineData("The talks resume on Sept. 5, 2019.", 9)]
    [InlineData("The talks resume on Sep 5, 2019.", 9)]
    [InlineData("The talks resume on Feb. 5, 2019.", 2)]
    [InlineData("The talks resume on Dec 5, 2019.", 12)]
    public void Reads_abbreviated_months(string text, int month) => Assert.Equal(new DateOnly(2019, month, 5), Single(text).Date);

    [Fact]
    public void Reads_may_with_a_period_as_a_template_abbreviates_it_when_its_year_follows() =>
        Assert.Equal(new DateOnly(2013, 5, 15), Single("Posted May. 15, 2013 - 2:02 PM EDT").Date);

    [Fact]
    public void Reads_no_year_in_a_longer_number_or_a_word() =>
        Assert.DoesNotContain(Mentions("Shipped January 17, 20190000 units, January 17, 2019abc and January 17, 30190"), m => m.Kind == DateMentionKind.FullDate);

    [Theory]
    [InlineData("See example.org/2019/01/17/ferry-timetable for the notice.")]
    [InlineData("The notice is filed under 2019/01/17/ferry in the archive.")]
    [InlineData("Version 2019.01.17.3 of the timetable app was released.")]
    public void Reads_no_year_first_date_in_a_path_or_a_version(string text) =>
        Assert.DoesNotContain(Mentions(text), m => m.Kind == DateMentionKind.FullDate);

    [Fact]
    public void Reads_no_date_across_a_sentence_that_ends_in_may() =>
        Assert.DoesNotContain(Mentions("The vote was in May. 15 members stayed away."), m => m.Kind is DateMentionKind.FullDate or DateMentionKind.YearlessDate);

    /// <summary>
    /// Dates as headers print them: an ISO time stamp read whole; a year a lost space glued to the site's name, a count or a
    /// time's hour after it, read to its fourth digit; an ISO date glued to a name in a script without case; an all-caps
    /// month glued to an all-caps name.
    /// </summary>
    [Theory]
    [InlineData("By Ana Lee - 2013-07-18T03:00:01Z", "2013-07-18T03:00:01Z")]
    [InlineData("Updated 2013-07-18T03:00+02:00 by the desk", "2013-07-18T03:00+02:00")]
    [InlineData("Updated 2013-07-18T03:00:01.250-0500 by the desk", "2013-07-18T03:00:01.250-0500")]
    [InlineData("Published July 18, 2013Harbour Press", "July 18, 2013")]
    [InlineData("By Ana LeePublished 18 July 2013Harbour Press", "18 July 2013")]
    [InlineData("By Ana Lee July 18, 20130", "July 18, 2013")]
    [InlineData("Published Thu, July 18 20134:29 AM EST", "Thu, July 18 2013")]
    [InlineData("[1] 王小明2013-07-18 14:27:02", "2013-07-18 14:27")]
    [InlineData("By ANA LEE and JOHN DOEJULY 18, 2013", "JULY 18, 2013")]
    [InlineData("By ANA LEE and JOHN DOWNESJUL. 18, 2013", "JUL. 18, 2013")]
    public void Reads_a_date_as_headers_print_it(string text, string written)
    {
        var mention = Single(text);
        Assert.Equal(written, Written(text, mention));
        Assert.Equal(new DateOnly(2013, 7, 18), mention.Date);
    }

    [Fact]
    public void Month_names_from_March_to_July_fit_either_form() =>
        Assert.Equal(MonthNameForm.Neutral, Single("It opened on March 17, 2019.").MonthForm);

    [Fact]
    public void Reads_a_dateline_with_time_and_zone()
    {
        const string text = "12:38 PM EST, November 11, 2023";
        var mention = Single(text);
        Assert.Equal(text, Written(text, mention));
        Assert.Equal(new DateOnly(2023, 11, 11), mention.Date);
        Assert.Equal(new TimeOnly(12, 38), mention.Time);
        Assert.Equal("EST", mention.TimeZone);
    }

    [Fact]
    public void Reads_a_time_after_the_date()
    {
        const string text = "Nov. 11, 2023 at 9:30 p.m. ET";
        var mention = Single(text);
        Assert.Equal(text, Written(text, mention));
        Assert.Equal(new TimeOnly(21, 30), mention.Time);
    }

    [Theory]
    [InlineData("Thursday, January 17, 2019", DayOfWeek.Thursday)]
    [InlineData("Thu., Jan. 17, 2019", DayOfWeek.Thursday)]
    [InlineData("Thurs. Jan. 17, 2019", DayOfWeek.Thursday)]
    [InlineData("Thursday 17 January 2019", DayOfWeek.Thursday)]
    [InlineData("Friday, 17 January 2019", DayOfWeek.Friday)]
    public void Attaches_a_weekday_to_its_date(string text, DayOfWeek weekday)
    {
        var mention = Single(text);
        Assert.Equal(text, Written(text, mention));
        Assert.Equal(weekday, mention.Weekday);
        Assert.Equal(0, mention.WeekdayStart);
        Assert.Equal(new DateOnly(2019, 1, 17), mention.Date);
    }

    [Theory]
    [InlineData("Filed 2019-01-17 (Thursday) by the clerk.", "2019-01-17 (Thursday)")]
    [InlineData("Filed 2019-01-17(Thu) by the clerk.", "2019-01-17(Thu)")]
    [InlineData("会議は2019年1月17日（木）に開かれた。", "2019年1月17日（木）")]
    [InlineData("会议于2019年1月17日（星期四）举行。", "2019年1月17日（星期四）")]
    [InlineData("회의는 2019년 1월 17일 (목요일) 열렸다.", "2019년 1월 17일 (목요일)")]
    public void Attaches_a_weekday_in_parentheses_after_the_date(string text, string written)
    {
        var mention = Single(text);
        Assert.Equal(written, Written(text, mention));
        Assert.Equal(DayOfWeek.Thursday, mention.Weekday);
    }

    [Theory]
    [InlineData("By Jane Roe March 11, 2015 3:46 PM", "March 11, 2015 3:46 PM")]
    [InlineData("Joe Wee 29 February 2016", "29 February 2016")]
    [InlineData("By Jane Roe2014-01-26 is how the page printed it.", "2014-01-26")]
    public void Reads_a_date_right_after_a_name_when_it_has_its_year(string text, string written) =>
        Assert.Equal(written, Written(text, Single(text)));

    [Fact]
    public void Attaches_a_weekday_to_a_yearless_date()
    {
        const string text = "The vote is on Thursday, Jan. 17.";
        var mention = Single(text);
        Assert.Equal("Thursday, Jan. 17", Written(text, mention));
        Assert.Equal(DateMentionKind.YearlessDate, mention.Kind);
        Assert.Equal(DayOfWeek.Thursday, mention.Weekday);
        Assert.Equal("on", mention.Preposition);
    }

    [Theory]
    [InlineData("de", "Montag, 12. März 2025", 2025, 3, 12, DayOfWeek.Monday)]
    [InlineData("de", "am 3. Okt. 2024", 2024, 10, 3, null)]
    [InlineData("fr", "lundi 12 mars 2025", 2025, 3, 12, DayOfWeek.Monday)]
    [InlineData("es", "el 12 de marzo de 2025", 2025, 3, 12, null)]
    [InlineData("pt", "sexta-feira, 22 de outubro de 2010", 2010, 10, 22, DayOfWeek.Friday)]
    [InlineData("it", "lunedì 3 marzo 2024", 2024, 3, 3, DayOfWeek.Monday)]
    [InlineData("it", "il 2 ago 2017", 2017, 8, 2, null)]
    [InlineData("nl", "op 12 maart 2025", 2025, 3, 12, null)]
    [InlineData("ru", "24 сентября 2018", 2018, 9, 24, null)]
    [InlineData("de", "am Dienstag, 25.09.2018 um 14:30 Uhr", 2018, 9, 25, DayOfWeek.Tuesday)]
    [InlineData("ru", "24.09.2018", 2018, 9, 24, null)]
    public void Reads_dates_in_the_document_s_language(string language, string phrase, int year, int month, int day, DayOfWeek? weekday)
    {
        var mention = Single(ForeignProse.In(language, phrase) + "\n");

        Assert.Equal((new DateOnly(year, month, day), weekday), (mention.Date, mention.Weekday));
    }

    /// <summary>A lone month or weekday of the language, an abbreviation without its year ("3 mar" is also "3 sea"), a
    /// version's numbers, and the language's dates in an English document are no dates.</summary>
    [Theory]
    [InlineData("fr", "en mars et le lundi")]
    [InlineData("es", "a 3 mar del muelle")]
    [InlineData("pt", "os 3 set de ferramentas")]
    [InlineData("en", "12 mars 2025")]
    [InlineData("de", "die Version 1.2.2018.5 mit 3.5 Prozent")]
    [InlineData("en", "25.09.2018")]
    public void Reads_no_date_from_a_lone_name_of_the_language(string language, string phrase)
    {
        var text = language == "en"
            ? $"The council said on the ferry that {phrase} was the day the French crew would come to the island.\n"
            : ForeignProse.In(language, phrase) + "\n";

        Assert.Empty(Mentions(text));
    }

    [Theory]
    [InlineData("Protesters gathered on March 17.", "March 17", 3, 17)]
    [InlineData("Protesters gathered on 17 March.", "17 March", 3, 17)]
    [InlineData("On the 17th of January, the talks began.", "17th of January", 1, 17)]
    public void Recognises_yearless_dates(string text, string written, int month, int day)
    {
        var mention = Single(text);
        Assert.Equal(written, Written(text, mention));
        Assert.Equal(DateMentionKind.YearlessDate, mention.Kind);
        Assert.Equal((month, day), (mention.Month, mention.Day));
        Assert.Null(mention.Date);
    }

    [Fact]
    public void Recognises_month_and_year()
    {
        var mention = Single("The works should end by November 2019.");
        Assert.Equal(DateMentionKind.MonthYear, mention.Kind);
        Assert.Equal(new DateOnly(2019, 11, 1), mention.Date);
        Assert.Equal(DatePrecision.Month, mention.Precision);
    }

    [Theory]
    [InlineData("The minister resigned yesterday.", "yesterday", DateMentionKind.RelativeDay)]
    [InlineData("Today the council meets.", "Today", DateMentionKind.RelativeDay)]
    [InlineData("The ferry leaves tomorrow.", "tomorrow", DateMentionKind.RelativeDay)]
    [InlineData("Sirens sounded last night.", "last night", DateMentionKind.RelativeDay)]
    [InlineData("The minister resigned on Thursday.", "Thursday", DateMentionKind.RelativeWeekday)]
    [InlineData("Last Thursday, the minister resigned.", "Last Thursday", DateMentionKind.RelativeWeekday)]
    [InlineData("The minister resigns next Friday.", "next Friday", DateMentionKind.RelativeWeekday)]
    [InlineData("The council met last week.", "last week", DateMentionKind.RelativePeriod)]
    [InlineData("Sales rose this year.", "this year", DateMentionKind.RelativePeriod)]
    [InlineData("Sales rise next month.", "next month", DateMentionKind.RelativePeriod)]
    [InlineData("Thursday's visit was short.", "Thursday", DateMentionKind.RelativeWeekday)]
    public void Recognises_relative_references(string text, string written, DateMentionKind kind)
    {
        var mention = Single(text);
        Assert.Equal(written, Written(text, mention));
        Assert.Equal(kind, mention.Kind);
    }

    [Theory]
    [InlineData("Theresa May 5 times refused.")]
    [InlineData("The government may be forced to act.")]
    [InlineData("Protesters march on the square.")]
    [InlineData("We may 17 times have tried.")]
    [InlineData("Sun and Sat are short names. Wed the couple were.")]
    [InlineData("He came second in the race.")]
    [InlineData("Prices rose 17% in March 2.5 times.")]
    [InlineData("A crowd of 1,200 gathered; March 1,200 people.")]
    [InlineData("They meet every Friday and on Good Friday.")]
    [InlineData("He told the Today programme and the Sunday Times.")]
    [InlineData("It was the last week of the campaign.")]
    [InlineData("Filed 03/04/2019, an ambiguous date.")]
    [InlineData("The Long March 5 rocket flew.")]
    [InlineData("She told ITV's This Morning about it.")]
    [InlineData("The score was 8/17/13 after the third round.")]
    [InlineData("Mix 3/4/19 of the flour, then 10 more.")]
    [InlineData("It ran on Windows2019-style servers and on COVID2020-01 lists.")]
    [InlineData("Pictures: 2019-01-22_0011 from the camera.")]
    [InlineData("Pictures: IMG_2019-01-22 from the camera.")]
    [InlineData("THE MAYOR SAID THE FERRY WOULD RUN. DISMAY 5, 2019 PEOPLE WROTE.")]
    public void Ignores_words_that_are_not_dates(string text) => Assert.Empty(Mentions(text));

    [Theory]
    [InlineData("By Jane Roe - 11/19/19 06:56 AM EST", 2019, 11, 19)]
    [InlineData("Jane Roe 8/17/13 11:04am Yesterday 11:04am", 2013, 8, 17)]
    [InlineData("Posted 11/13/19 at 4:00 PM", 2019, 11, 13)]
    [InlineData("Filed 5/17/98 10:15 by the clerk.", 1998, 5, 17)]
    public void Reads_a_two_digit_year_when_a_time_follows_as_a_pages_stamp_prints_it(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), Single(text).Date);

    /// <summary>
    /// A numeric date whose day and month could be either way round reads month first when a time in a North American
    /// zone follows it (the countries that write the month first); with another zone or none it stays ambiguous.
    /// </summary>
    [Theory]
    [InlineData("By Jane Roe | 10/9/10 7:15 AM EDT", 2010, 10, 9)]
    [InlineData("Posted 03/04/2019 at 4:00 PM PT", 2019, 3, 4)]
    public void Reads_an_ambiguous_numeric_date_month_first_before_a_North_American_zone(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), Single(text).Date);

    [Theory]
    [InlineData("Posted 03/04/2019 at 4:00 PM GMT")]
    [InlineData("Posted 03/04/2019 at 4:00 PM")]
    public void An_ambiguous_numeric_date_with_no_month_first_zone_stays_unread(string text) =>
        Assert.DoesNotContain(Mentions(text), m => m.Kind == DateMentionKind.FullDate);

    [Theory]
    [InlineData("Thursday,\nJanuary 17, 2019", "Thursday,\nJanuary 17, 2019")]
    [InlineData("Thursday,\r\nJanuary 17, 2019", "Thursday,\r\nJanuary 17, 2019")]
    [InlineData("Thursday,\n\nJanuary 17, 2019", "January 17, 2019")]
    [InlineData("Thursday,\r\n\r\nJanuary 17, 2019", "January 17, 2019")]
    [InlineData("Thursday,\r\rJanuary 17, 2019", "January 17, 2019")]
    [InlineData("Thursday,\r\r\nJanuary 17, 2019", "January 17, 2019")]
    public void A_date_runs_over_one_line_break_but_never_over_a_blank_line(string text, string written)
    {
        var mention = Mentions(text).Last();
        Assert.Equal(written, Written(text, mention));
    }

    [Theory]
    [InlineData("February 29, 2020", true)]
    [InlineData("February 29, 2019", false)]
    [InlineData("February 29, 2000", true)]
    [InlineData("February 29, 1900", false)]
    [InlineData("February 30, 2020", false)]
    [InlineData("31 April 2019", false)]
    [InlineData("30 April 2019", true)]
    [InlineData("2019-13-01", false)]
    [InlineData("2019-02-29", false)]
    [InlineData("31/04/2019", false)]
    [InlineData("February 29", true)]
    [InlineData("February 30", false)]
    public void Knows_the_calendar(string text, bool valid)
    {
        var mention = Single(text);
        Assert.Equal(valid, mention.IsValid);
        Assert.Equal(valid && mention.Kind == DateMentionKind.FullDate, mention.Date is not null);
    }

    [Theory]
    [InlineData("On March 3, 2024, protesters marched through the town.", DateTense.Past)]
    [InlineData("The summit was held on March 3, 2024.", DateTense.Past)]
    [InlineData("The meeting took place on March 3, 2024.", DateTense.Past)]
    [InlineData("The council will discuss the plan on September 20, 2024.", DateTense.Future)]
    [InlineData("The vote is scheduled for September 20, 2024.", DateTense.Future)]
    [InlineData("The bridge should be finished by November 2019.", DateTense.Future)]
    [InlineData("The launch is slated for March 3, 2024.", DateTense.Future)]
    [InlineData("The report is due to be published on March 3, 2024.", DateTense.Future)]
    [InlineData("A decision is expected on March 3, 2024.", DateTense.Future)]
    [InlineData("The company plans to open on March 3, 2024.", DateTense.Future)]
    [InlineData("The road stays closed until March 3, 2024.", DateTense.Future)]
    [InlineData("Talks resume next week, on March 3, 2024.", DateTense.Future)]
    [InlineData("The peace plan marked March 3, 2024 as the day talks ended.", DateTense.Past)]
    [InlineData("The office opens on March 3, 2024.", DateTense.Unknown)]
    public void Tells_past_from_future(string text, DateTense tense) =>
        Assert.Equal(tense, Mentions(text).Single(m => m.HasYear).Tense);

    [Fact]
    public void Tense_stops_at_the_sentence_end_but_not_at_an_abbreviation()
    {
        var mentions = Mentions("The council will vote. It met on Jan. 3, 2024 and talks ended.");
        Assert.Equal(DateTense.Past, Assert.Single(mentions).Tense);
    }

    [Theory]
    [InlineData("Headline\n\nBy Maria Lindqvist\nJan. 22, 2019\n\nBody text.", "2019-01-22", PublicationDateSource.Dateline)]
    [InlineData("Headline\n\n12:38 PM EST, November 11, 2023\n\nBody text.", "2023-11-11", PublicationDateSource.Dateline)]
    [InlineData("Headline\n\n[Maria Lindqvist] · Jan. 22, 2019\n\nBody text.", "2019-01-22", PublicationDateSource.Dateline)]
    [InlineData("Headline\n\nBy Maria Lindqvist2019-01-22 21:32:46 UTC\n\nBody text.", "2019-01-22", PublicationDateSource.Dateline)]
    [InlineData("Headline\n\n20101010\n\n10/10/2010\n\nBody text.", "2010-10-10", PublicationDateSource.Dateline)]
    [InlineData("Headline\nPublished: 17 January 2019\n\nBody text.", "2019-01-17", PublicationDateSource.PublishedLine)]
    [InlineData("Headline\nPosted on Thursday, January 17, 2019 by Maria\n\nBody text.", "2019-01-17", PublicationDateSource.PublishedLine)]
    [InlineData("Headline\n\nFiled under Harbour News on January 17, 2019\n\nBody text.", "2019-01-17", PublicationDateSource.PublishedLine)]
    [InlineData("Headline\n\nFiled:\nJanuary 17, 2019\n\nBody text.", "2019-01-17", PublicationDateSource.PublishedLine)]
    [InlineData("Headline\n\nBy Ana Lee - 2019-01-17T03:00:01Z\n\nBody text.", "2019-01-17", PublicationDateSource.Dateline)]
    [InlineData("Headline\n\nHALIFAX | Thu Jan 17, 2019 5:09am EST\n\nBody text.", "2019-01-17", PublicationDateSource.Dateline)]
    [InlineData("Headline\n\nPORT OF SPAIN, January 17, 2019\n\nBody text.", "2019-01-17", PublicationDateSource.Dateline)]
    [InlineData("Headline\n\nHALIFAX, Canada | Thu Jan 17, 2019 5:09am EST\n\nBody text.", "2019-01-17", PublicationDateSource.Dateline)]
    [InlineData("Headline\nBy Maria Lindqvist\n• About Maria Lindqvist\n• Follow Maria Lindqvist on Twitter\nJanuary 17, 2019 6:30 AM\n\nBody text.", "2019-01-17", PublicationDateSource.Dateline)]
    [InlineData("Headline\n\n• Harbour crane arrives by barge\nJanuary 17, 2019 6:30 AM\n\nBody text.", "2019-01-17", PublicationDateSource.Dateline)]
    [InlineData("Headline\n\nNNS/AP/ January 17, 2019, 10:59 AM\n\nBody text.", "2019-01-17", PublicationDateSource.Dateline)]
    [InlineData("Headline\n\n• harbournews.co.uk, Thursday 17 January 2019 15.45 GMT\n\nBody text.", "2019-01-17", PublicationDateSource.Dateline)]
    [InlineData("Headline\n\nBy Ana Lee for The Harbour Report | January 17, 2019 -- 13:03 GMT\n\nBody text.", "2019-01-17", PublicationDateSource.Dateline)]
    [InlineData("Headline\n\nBy Ana Lee on Jan 17 2019, 10:12a\n\nBody text.", "2019-01-17", PublicationDateSource.Dateline)]
    [InlineData("Headline\n\nThu 2019-01-17 13:44:00 | 12 notes\n\nBody text.", "2019-01-17", PublicationDateSource.Dateline)]
    [InlineData("Headline\n\nAna Lee / Jan van der Berg 17 JAN 2019 - 12:14 CET\n\nBody text.", "2019-01-17", PublicationDateSource.Dateline)]
    [InlineData("Headline\n\nJanuary 17, 2019 [ RSS Feed ](/rss/harbour) [ Print\n](https://example.org/news/ferry)\n\nBody text.", "2019-01-17", PublicationDateSource.Dateline)]
    [InlineData("Headline\n\nJanuary 17, 2019 [Email](mailto:desk@example.org) [comments](#comments)\n\nBody text.", "2019-01-17", PublicationDateSource.Dateline)]
    [InlineData("Headline\n\nBy Ana Lee January 17, 2019Harbournews.com\n\nBody text.", "2019-01-17", PublicationDateSource.Dateline)]
    [InlineData("Headline\n\nBy Ana LeeJanuary 17, 20190\n\nBody text.", "2019-01-17", PublicationDateSource.Dateline)]
    [InlineData("Headline\n\nJanuary 17, 2019Harbour Press\n\nBody text.", "2019-01-17", PublicationDateSource.Dateline)]
    [InlineData("Related News\n\n  • Ferry fares to rise in the spring\n\n1:43pm EST\n\n  • Bridge to close for repairs\n\nThu, Jan 10 2019\n\n  • Council to meet on harbour plan\n\nWed, Jan 9 2019\n\nBy Ana Lee\n\nHALIFAX | Thu Jan 17, 2019 2:06pm EST\n\nBody text.", "2019-01-17", PublicationDateSource.Dateline)]
    [InlineData("---\ntitle: Ferry\ndate: 2019-01-17\n---\nBody text on March 3.", "2019-01-17", PublicationDateSource.FrontMatter)]
    [InlineData("---\ntitle: Ferry\ndate: \"2019-01-17T10:00:00Z\"\n---\nBody text.", "2019-01-17", PublicationDateSource.FrontMatter)]
    public void Finds_the_publication_date(string text, string date, PublicationDateSource source)
    {
        var publication = Document.FromText("article.txt", text).PublicationDate;
        Assert.NotNull(publication);
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), publication.Date);
        Assert.Equal(source, publication.Source);
        Assert.InRange(publication.Confidence, 0.5, 1.0);
    }

    // Where a link leads is not what the line says: the words of its target do not make the byline a sentence.
    [Theory]
    [InlineData("# Ferry timetable approved\n\nBy [Maria Lindqvist](https://example.org/authors/maria-lindqvist/) | March 3, 2024\n\nBody text.")]
    [InlineData("# Ferry timetable approved\n\n*By [Maria Lindqvist](https://example.org/authors/maria-lindqvist/), Harbour Gazette* — **March 3, 2024**\n\nBody text.")]
    [InlineData("# Ferry timetable approved\n\nFiled under [Harbour news](https://example.org/category/harbour-news/) on March 3, 2024\n\nBody text.")]
    [InlineData("# Ferry timetable approved\n\n[Maria Lindqvist](https://example.org/authors/maria-lindqvist/) · [Harbour news](https://example.org/category/harbour-news/) · March 3, 2024\n\nBody text.")]
    public void Finds_the_date_beside_a_linked_byline_in_Markdown(string text)
    {
        var publication = Document.FromText("article.md", text).PublicationDate;
        Assert.NotNull(publication);
        Assert.Equal(new DateOnly(2024, 3, 3), publication.Date);
        Assert.Equal("March 3, 2024", text.Substring(publication.Start, publication.Length));
    }

    /// <summary>A header's dateline in the document's language, with its label, link words and time.</summary>
    [Theory]
    [InlineData("de", "Veröffentlicht am 12. März 2025", 2025, 3, 12)]
    [InlineData("de", "Von Anna Berger publiziert am 25. September 2018", 2018, 9, 25)]
    [InlineData("de", "Mittwoch, 12. März 2025, 14:30 Uhr", 2025, 3, 12)]
    [InlineData("fr", "Publié le 12 mars 2025 à 14h30", 2025, 3, 12)]
    [InlineData("es", "Publicado el 12 de marzo de 2025", 2025, 3, 12)]
    [InlineData("pt", "sexta-feira, 22 de outubro de 2010 às 20:13", 2010, 10, 22)]
    [InlineData("it", "Pubblicato il 3 marzo 2024 alle 10:15", 2024, 3, 3)]
    [InlineData("nl", "Gepubliceerd op 12 maart 2025 om 14:30", 2025, 3, 12)]
    [InlineData("ru", "24 сентября 2018, 14:30", 2018, 9, 24)]
    [InlineData("de", "25.09.2018 | 14:30 Uhr", 2018, 9, 25)]
    [InlineData("fr", "Publié le 05/04/2013 à 17:08", 2013, 4, 5)]
    [InlineData("es", "Publicado el 05/04/2013", 2013, 4, 5)]
    [InlineData("es", "Ana Ruiz / Emilio de Benito Madrid 27 OCT 2012 - 12:14 CET", 2012, 10, 27)]
    public void Finds_the_publication_date_of_a_header_in_the_document_s_language(string language, string dateline, int year, int month, int day)
    {
        var publication = Document.FromText("article.txt", $"Headline\n\n{dateline}\n\n{ForeignProse.In(language)}\n").PublicationDate;

        Assert.Equal(new DateOnly(year, month, day), publication?.Date);
    }

    // A web clipper's "created" is the day the page was saved; it dates the article only when nothing else does.
    [Theory]
    [InlineData("---\ntitle: Ferry\npublished: 2024-03-03\ncreated: 2024-03-05\n---\nBody text.", "2024-03-03")]
    [InlineData("---\ntitle: Ferry\ncreated: 2024-03-05\n---\nBody text.", "2024-03-05")]
    public void A_created_key_dates_the_article_only_alone(string text, string date)
    {
        var document = Document.FromText("clipping.md", text);
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), document.PublicationDate!.Date);
        Assert.Single(document.Dates.PublicationDateCandidates, c => c.Source == PublicationDateSource.FrontMatter);
    }

    /// <summary>In English, 05/04/2013 is April 5 or May 4: neither is read.</summary>
    [Fact]
    public void Reads_no_date_in_numbers_whose_order_the_language_leaves_open() =>
        Assert.DoesNotContain(Mentions("Published 05/04/2013 by the desk"), m => m.Kind == DateMentionKind.FullDate);

    [Fact]
    public void Reports_the_span_of_the_publication_date()
    {
        const string text = "Headline\n\nJan. 22, 2019\n\nBody text.";
        var publication = Document.FromText("article.txt", text).PublicationDate!;
        Assert.Equal("Jan. 22, 2019", text.Substring(publication.Start, publication.Length));
    }

    [Theory]
    [InlineData("Headline\n\nThe council met on January 17, 2019, to vote on the new ferry timetable for the island and its residents.\n")]
    [InlineData("Headline\n\nThe festival runs\n\n29 November 2018 | 20 January 2019\n")]
    [InlineData("Headline\n\nThe festival runs\n\n29 November 2018 7:30 PM | 20 January 2019\n")]
    [InlineData("Headline\n\nThe festival runs\n\n20 January 2019 7:30 PM | 29 November 2018 6:00 PM\n")]
    [InlineData("Headline\n\nBody text that mentions yesterday.\n")]
    [InlineData("Headline\n\nThe suit was filed on January 17, 2019.\n\nBody text.")]
    [InlineData("Headline\n\nBorn January 17, 1950\n\nBody text.")]
    [InlineData("Related News\n\n  • Ferry fares to rise in the spring\n    Thu, Jan 17 2019\n\nHeadline\n\nBody text.")]
    [InlineData("Related News\n\n  * [Ferry fares to rise in the spring](/2019/01/17/ferry-fares)\n\nThu, Jan 17 2019\n\nHeadline\n\nBody text.")]
    [InlineData("Headline\n\nNEW BRIDGE OPENS January 17, 2019 to traffic from the north\n\nBody text.")]
    [InlineData("Headline\n\nThanks for the letters of January 17, 2019\n\nBody text.")]
    [InlineData("Headline\n\nSearch\n\nDate\n\nAny Date\n\n10/12/2010\n\n10/11/2010\n\n10/10/2010\n\n10/9/2010\n\nBody text.")]
    public void Finds_no_publication_date_in_prose(string text) =>
        Assert.Null(Document.FromText("article.txt", text).PublicationDate);

    [Fact]
    public void Keeps_updates_apart_from_publication()
    {
        var document = Document.FromText("article.txt", "Headline\nPublished January 17, 2019\nUpdated January 18, 2019\n\nBody.");
        var dates = document.Dates;
        Assert.Equal(2, dates.PublicationDateCandidates.Count);
        Assert.Equal(new DateOnly(2019, 1, 17), document.PublicationDate!.Date);
        Assert.Equal(new DateOnly(2019, 1, 18), document.PublicationDateChoice.UpdateDate!.Date);
        Assert.Equal(new DateOnly(2019, 1, 18), document.PublicationDateChoice.LatestDate);
        Assert.True(dates.PublicationDateCandidates[1].IsUpdate);
    }

    [Theory]
    [InlineData("yesterday", "2019-01-16")]
    [InlineData("today", "2019-01-17")]
    [InlineData("tomorrow", "2019-01-18")]
    [InlineData("on Tuesday", "2019-01-15")]
    [InlineData("last Thursday", "2019-01-10")]
    [InlineData("next Thursday", "2019-01-24")]
    [InlineData("on March 3", "2018-03-03")] // told as past, so the March before publication
    [InlineData("on December 20", "2018-12-20")]
    [InlineData("this year", "2019-01-01")]
    [InlineData("last month", "2018-12-01")]
    [InlineData("last week", "2019-01-07")]
    public void Resolves_against_the_publication_date(string reference, string expected)
    {
        // January 17, 2019 was a Thursday.
        var text = $"Headline\n\nJanuary 17, 2019\n\nThe council met {reference}, officials said.\n";
        var mention = Document.FromText("article.txt", text).DateMentions.Single(m => !m.IsPublicationDate);
        Assert.True(mention.IsResolved);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), mention.Date);
    }

    [Fact]
    public void A_future_weekday_resolves_forward()
    {
        var text = "Headline\n\nJanuary 17, 2019\n\nThe council will meet on Tuesday.\n";
        var mention = Document.FromText("article.txt", text).DateMentions.Single(m => !m.IsPublicationDate);
        Assert.Equal(new DateOnly(2019, 1, 22), mention.Date);
    }

    [Fact]
    public void Skips_front_matter_when_scanning()
    {
        var document = Document.FromText("article.md", "---\ndate: 2019-01-17\n---\nThe ferry sailed on 3 March 2019.\n");
        var mention = Assert.Single(document.DateMentions);
        Assert.Equal(new DateOnly(2019, 3, 3), mention.Date);
    }
}
