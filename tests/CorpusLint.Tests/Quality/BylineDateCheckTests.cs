using CorpusLint.Quality;

namespace CorpusLint.Tests.Quality;

/// <summary>The mechanical gold rules of the bylines and dates section, on gold written for these tests.</summary>
public sealed class BylineDateCheckTests
{
    [Theory]
    [InlineData("Jane Roe", new[] { "Jane Roe" })]
    [InlineData("By    Jane Roe", new[] { "Jane Roe" })]
    [InlineData("by Jane Roe22 Dec 2016651", new[] { "Jane Roe" })]
    [InlineData("Written by Jane Roe                             Edited by Ann Poe", new[] { "Jane Roe" })]
    [InlineData("By Jane  Roe, MA                                   Harbour Health News", new[] { "Jane Roe" })]
    [InlineData("Jane Roe, John Doe", new[] { "Jane Roe", "John Doe" })]
    [InlineData("Jane Roe (https://example.org/jane/)", new[] { "Jane Roe" })]
    [InlineData("Jane Roe | jroe@example.org", new[] { "Jane Roe" })]
    [InlineData("April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm", new string[0])]
    [InlineData("Last Updated: January 7, 2025", new string[0])]
    [InlineData("", new string[0])]
    public void Gold_bylines_are_cut_to_names(string byline, string[] names) =>
        Assert.Equal(names, BylineDateCheck.GoldNames(byline));

    [Fact]
    public void A_gold_time_with_an_offset_falls_on_every_day_it_is_somewhere()
    {
        var days = BylineDateCheck.GoldDays("2018-06-12T23:00:00.000Z");
        Assert.Contains(new DateOnly(2018, 6, 12), days);
        Assert.Contains(new DateOnly(2018, 6, 13), days);
        Assert.DoesNotContain(new DateOnly(2018, 6, 14), days);
    }

    [Theory]
    [InlineData("2019-04-28 06:01:07")]
    [InlineData("2018-04-05T06:00")]
    [InlineData("2024-06-25")]
    public void A_gold_time_without_an_offset_is_its_written_day(string value) =>
        Assert.Single(BylineDateCheck.GoldDays(value));

    [Fact]
    public void Measures_a_page_against_its_gold()
    {
        const string page = "Home | News\n\nFerry to run later crossings\n\nBy Jane Roe\nThursday, November 9, 2023\n\n"
            + "The harbour council voted on Tuesday to add two evening crossings to the island ferry timetable, after a winter of complaints from commuters.\n\n"
            + "Councillors said the extra sailings would cost about four hundred thousand a year, paid for by a rise in visitors' fares.\n";

        var found = BylineDateCheck.Measure(new GoldAttribution("p", "By Jane Roe", "2023-11-09T10:00:00-05:00"), page);
        Assert.Equal((true, true, true, BylineDateCheck.DateOutcome.Right), (found.BylinePrinted, found.BylineFound, found.DatePrinted, found.DateVerdict));

        var other = BylineDateCheck.Measure(new GoldAttribution("p", "Ann Poe", "2023-11-08"), page);
        Assert.Equal((false, false, BylineDateCheck.DateOutcome.AnotherDay), (other.BylinePrinted, other.DatePrinted, other.DateVerdict));
    }

    [Theory]
    [InlineData("Harbour Gazette", false)]
    [InlineData("Jane Roe", true)]
    public void A_gold_byline_the_page_prints_as_its_copyright_holder_is_the_publisher(string byline, bool printed)
    {
        const string page = "Ferry to run later crossings\n\nBy Jane Roe\n\n"
            + "The harbour council voted on Tuesday to add two evening crossings to the island ferry timetable.\n\n"
            + "Copyright © 2023, Harbour\nGazette. All rights reserved. Read the Harbour Gazette every morning.\n";

        var result = BylineDateCheck.Measure(new GoldAttribution("p", byline, ""), page);

        Assert.Equal(printed, result.BylinePrinted);
    }

    [Theory]
    [InlineData("Ferry to run later crossings | Harbour Gazette", true, true)]
    [InlineData("Ferry to run later crossings", true, true)]
    [InlineData("Harbour Gazette", false, false)]
    public void The_gold_title_is_found_as_a_line_and_the_headline_kept(string title, bool printed, bool kept)
    {
        const string page = "Home | News\n\nFerry to run later crossings\n\nBy Jane Roe\nThursday, November 9, 2023\n\n"
            + "The harbour council voted on Tuesday to add two evening crossings to the island ferry timetable, after a winter of complaints from commuters.\n\n"
            + "Councillors said the extra sailings would cost about four hundred thousand a year, paid for by a rise in visitors' fares.\n";

        var result = BylineDateCheck.Measure(new GoldAttribution("p", "By Jane Roe", "2023-11-09") { Title = title }, page);

        Assert.Equal((printed, kept), (result.TitlePrinted, result.TitleKept));
    }
}
