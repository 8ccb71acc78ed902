using System.Text;

namespace CorpusLint.Benchmarks;

/// <summary>
/// A realistic article written for the benchmarks (headline, byline, dateline, quotations over several
/// paragraphs, links, and the chrome a scraper leaves), repeated to a size where per-call overhead vanishes.
/// </summary>
public static class ArticleFixture
{
    /// <summary>The input size of the MB/s benchmarks.</summary>
    public const int OneMegabyte = 1_000_000;

    public const string Article = """
        Home | World | Business | Sport | Culture
        Harbour council approves new ferry timetable after months of complaints

        By Maria Lindqvist
        March 12, 2024

        The harbour council voted on Tuesday to add two evening crossings to the island ferry, ending a dispute that had run since the spring.

        “We listened to the people who use the boat every day,” said council chair Tomas Berg. “The last crossing left too early for anyone working in town.

        “It will now leave at half past nine, and a second boat will follow on Fridays and Saturdays.”

        Residents had collected 1,200 signatures, according to the island's residents' association, which called the decision “long overdue.”

        The new timetable starts on May 1. Tickets bought before then remain valid, the operator said in a statement (see [the timetable](https://example.org/timetable)).

        Critics argued that the extra crossings would cost the council €450,000 a year. “That money has to come from somewhere,” warned opposition councillor Eva Holm, who voted against the plan.

        Related content
        - [Island school to reopen](https://example.org/school)
        - [New bridge plans shelved](https://example.org/bridge)

        Sign up for our weekly newsletter
        © 2024 The Harbour Gazette. All rights reserved.

        """;

    /// <summary>The article repeated to about <paramref name="targetBytes"/> bytes of UTF-8.</summary>
    public static string Repeated(int targetBytes)
    {
        var text = new StringBuilder(targetBytes + Article.Length);
        while (Encoding.UTF8.GetByteCount(text.ToString()) < targetBytes)
        {
            text.Append(Article);
        }

        return text.ToString();
    }
}
