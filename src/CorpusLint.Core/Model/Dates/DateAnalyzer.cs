namespace CorpusLint.Model.Dates;

/// <summary>Builds <see cref="DocumentDates"/> (mentions with their tense, and publication-date candidates) and resolves year-less and relative mentions.</summary>
internal static class DateAnalyzer
{
    /// <summary>Front matter and date mentions as written: no tense, nothing resolved, no attribution model, no layout.</summary>
    public static DateScan Scan(Document document)
    {
        var frontMatter = new List<PublicationDateCandidate>();
        var frontMatterEnd = PublicationDateFinder.ReadFrontMatter(document, frontMatter);
        var mentions = DateScanner.Scan(document, document.GetWords(frontMatterEnd, document.Text.Length));
        return new DateScan(mentions, frontMatter, frontMatterEnd);
    }

    public static DocumentDates Analyze(Document document)
    {
        var scan = document.DateScan;
        foreach (var mention in scan.Mentions)
        {
            mention.Tense = DateTenseAnalyzer.Classify(document, mention);
        }

        return new DocumentDates(scan.Mentions, scan.FrontMatter, PublicationDateFinder.FindDatelines(document, scan.Mentions, scan.FrontMatterEnd), scan.FrontMatterEnd);
    }

    /// <summary>Gives year-less and relative mentions the calendar date they stand for, seen from <paramref name="publication"/>.</summary>
    internal static void Resolve(DateMention mention, DateOnly publication)
    {
        switch (mention.Kind)
        {
            case DateMentionKind.YearlessDate when mention.IsValid:
                mention.Date = ResolveYearless(mention.Month, mention.Day, publication, mention.Tense);
                break;
            case DateMentionKind.RelativeDay:
                mention.Date = publication.AddDays(mention.DayOffset);
                break;
            case DateMentionKind.RelativeWeekday:
                mention.Date = ResolveWeekday(mention.Weekday!.Value, mention.Direction, mention.Tense, publication);
                break;
            case DateMentionKind.RelativePeriod:
                var step = mention.Direction switch { RelativeDirection.Last => -1, RelativeDirection.Next => 1, _ => 0 };
                mention.Date = mention.Precision switch
                {
                    DatePrecision.Year => new DateOnly(publication.Year + step, 1, 1),
                    DatePrecision.Month => new DateOnly(publication.Year, publication.Month, 1).AddMonths(step),
                    _ when mention.DayOffset == 1 => ResolveWeekday(DayOfWeek.Saturday, mention.Direction, mention.Tense, publication),
                    _ => StartOfWeek(publication).AddDays(7 * step),
                };
                break;
            default:
                return;
        }

        mention.IsResolved = mention.Date is not null;
    }

    private static DateOnly? ResolveYearless(int month, int day, DateOnly publication, DateTense tense)
    {
        DateOnly? At(int year) => day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
        if (At(publication.Year) is not { } date)
        {
            return null; // February 29 in a common year
        }

        // News tells of the recent past and the near future: take the year that puts the date nearest, leaning on the tense.
        if (tense != DateTense.Future && date > publication.AddDays(tense == DateTense.Past ? 1 : 183))
        {
            return At(publication.Year - 1);
        }

        if (tense != DateTense.Past && date < publication.AddDays(tense == DateTense.Future ? -1 : -183))
        {
            return At(publication.Year + 1);
        }

        return date;
    }

    private static DateOnly ResolveWeekday(DayOfWeek weekday, RelativeDirection direction, DateTense tense, DateOnly publication)
    {
        var back = ((int)publication.DayOfWeek - (int)weekday + 7) % 7; // days since the last such weekday (0 = today)
        var ahead = ((int)weekday - (int)publication.DayOfWeek + 7) % 7;
        return direction switch
        {
            RelativeDirection.Last => publication.AddDays(-(back == 0 ? 7 : back)),
            RelativeDirection.Next => publication.AddDays(ahead == 0 ? 7 : ahead),
            _ when tense == DateTense.Future => publication.AddDays(ahead),
            _ => publication.AddDays(-back),
        };
    }

    private static DateOnly StartOfWeek(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
}

/// <summary>What the date scanner reads from a document before any analysis: its front-matter dates and its date mentions.</summary>
internal sealed record DateScan(IReadOnlyList<DateMention> Mentions, IReadOnlyList<PublicationDateCandidate> FrontMatter, int FrontMatterEnd);
