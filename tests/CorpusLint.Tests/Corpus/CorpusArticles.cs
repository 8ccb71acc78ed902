using System.Globalization;

namespace CorpusLint.Tests.Corpus;

/// <summary>Small articles written for these tests: each its own headline and paragraphs, optionally with a shared closing line.</summary>
internal static class CorpusArticles
{
    private static readonly string[] Towns = ["Ardmore", "Belcastle", "Corran", "Dunvale", "Eastwick", "Fairhaven", "Glenmoor", "Harlow", "Inverkip", "Jedburgh", "Kilmory", "Lochside"];

    private static readonly string[] Topics = ["ferry timetable", "harbour wall", "school roof", "library hours", "bus shelter", "fish market"];

    /// <summary>The site's promo line: it reads like a sentence of the article, so only repetition gives it away.</summary>
    public const string Promo = "Our reporters cover the harbour towns every day, and you can help them keep doing so.";

    public static string Article(int index, string? closingLine = null, string? extraParagraph = null)
    {
        var town = Towns[index % Towns.Length] + (index >= Towns.Length ? " " + (index / Towns.Length).ToString(CultureInfo.InvariantCulture) : "");
        var topic = Topics[index % Topics.Length];
        var text = $"""
            {town} council approves {topic} plan

            The council of {town} voted on Tuesday to approve the {topic} plan after a long debate in the town hall.

            Residents of {town} had asked for the change for years, and several of them spoke at the meeting before the vote.

            Work on the {topic} is expected to start in the spring, and the council said it would publish a schedule in {index + 3} weeks.

            """;
        if (extraParagraph is not null)
        {
            text += extraParagraph + "\n\n";
        }

        if (closingLine is not null)
        {
            text += closingLine + "\n";
        }

        return text;
    }
}
