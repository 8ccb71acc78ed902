using System.Globalization;

namespace CorpusLint.Model.Dates;

/// <summary>
/// Finds the publication date: YAML front matter (<c>date:</c>), a line that is only a date and time
/// near the top (under the headline or byline: "Jan. 22, 2019", "12:38 PM EST, November 11, 2023",
/// "Published: ...", "Updated ..."), or such a line at the end.
/// </summary>
internal static class PublicationDateFinder
{
    private const int ProseWords = 20;
    private const int MaxTopLines = 80;
    private const int MinTopLines = 10;
    private const int EndLines = 6;

    /// <summary>Reads YAML front matter at the very top; returns the offset just past it (0 when none).</summary>
    public static int ReadFrontMatter(Document document, List<PublicationDateCandidate> candidates)
    {
        var lines = document.Lines;
        if (lines.Count < 3 || !document.GetText(lines[0]).TrimEnd().SequenceEqual("---"))
        {
            return 0;
        }

        for (var k = 1; k < Math.Min(lines.Count, 100); k++)
        {
            var line = document.GetText(lines[k]);
            var trimmed = line.TrimEnd();
            if (trimmed.SequenceEqual("---") || trimmed.SequenceEqual("..."))
            {
                for (var j = 1; j < k; j++)
                {
                    ReadFrontMatterLine(document, lines[j], candidates);
                }

                return lines[k].End + lines[k].TerminatorLength;
            }
        }

        return 0;
    }

    private static void ReadFrontMatterLine(Document document, Line line, List<PublicationDateCandidate> candidates)
    {
        var text = document.GetText(line);
        var colon = text.IndexOf(':');
        if (colon <= 0)
        {
            return;
        }

        var key = text[..colon].Trim().ToString().ToLowerInvariant();
        bool update;
        switch (key)
        {
            case "date" or "published" or "publish_date" or "publishdate" or "published_at" or "date_published" or "datepublished" or "pubdate" or "date_publish" or "created" or "created_at":
                update = false;
                break;
            case "updated" or "updated_at" or "lastmod" or "last_modified" or "modified" or "date_modified" or "datemodified":
                update = true;
                break;
            default:
                return;
        }

        var value = text[(colon + 1)..];
        var leading = value.Length - value.TrimStart().Length;
        value = value.Trim().Trim("\"'");
        if (value.IsEmpty)
        {
            return;
        }

        var valueStart = line.Start + colon + 1 + leading + (text[colon + 1 + leading] is '"' or '\'' ? 1 : 0);
        if (TryParseValue(value, out var date))
        {
            candidates.Add(new PublicationDateCandidate(date, valueStart, value.Length, PublicationDateSource.FrontMatter, update, 0.95, null));
        }
    }

    private static bool TryParseValue(ReadOnlySpan<char> value, out DateOnly date)
    {
        if (value.Length >= 10 && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        if (DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dateTime))
        {
            date = DateOnly.FromDateTime(dateTime);
            return true;
        }

        date = default;
        return false;
    }

    /// <summary>Datelines and "Published ..." lines near the top and at the end.</summary>
    public static void FindDatelines(Document document, IReadOnlyList<DateMention> mentions, int frontMatterEnd, List<PublicationDateCandidate> candidates)
    {
        if (mentions.Count == 0)
        {
            return;
        }

        var lines = document.Lines;
        var first = frontMatterEnd == 0 ? 0 : document.GetLineIndex(frontMatterEnd);
        var topEnd = lines.Count;
        var prose = 0;
        for (var k = first; k < lines.Count; k++)
        {
            if (lines[k].WordCount >= ProseWords && ++prose == 2)
            {
                topEnd = k;
                break;
            }
        }

        topEnd = Math.Min(Math.Max(topEnd, first + MinTopLines), Math.Min(lines.Count, first + MaxTopLines));
        var endStart = lines.Count;
        for (int k = lines.Count - 1, seen = 0; k >= topEnd && seen < EndLines; k--)
        {
            if (!lines[k].IsBlank)
            {
                endStart = k;
                seen++;
            }
        }

        var m = 0;
        for (var k = first; k < lines.Count; k++)
        {
            if (k == topEnd)
            {
                if (endStart >= lines.Count)
                {
                    break;
                }

                k = endStart;
            }

            var line = lines[k];
            while (m < mentions.Count && mentions[m].Start < line.Start)
            {
                m++;
            }

            if (m >= mentions.Count)
            {
                break;
            }

            if (mentions[m].Start >= line.End || line.IsBlank)
            {
                continue;
            }

            ReadLine(document, line, mentions, m, top: k < topEnd, candidates);
        }
    }

    private static void ReadLine(Document document, Line line, IReadOnlyList<DateMention> mentions, int firstMention, bool top, List<PublicationDateCandidate> candidates)
    {
        var text = document.Text.AsSpan();
        var words = document.GetWords(line);
        var m = firstMention;
        var update = false;
        var keyword = false;
        var onlyDate = true;
        var found = new List<(DateMention Mention, bool Update, bool Keyword)>(2);
        foreach (var word in words)
        {
            while (m < mentions.Count && mentions[m].End <= word.Start)
            {
                m++;
            }

            if (m < mentions.Count && mentions[m].Start <= word.Start && word.Start < mentions[m].End)
            {
                var mention = mentions[m];
                if (mention.Kind == DateMentionKind.FullDate && mention.Date is not null && (found.Count == 0 || found[^1].Mention != mention))
                {
                    found.Add((mention, update, keyword));
                }

                continue;
            }

            var span = text.Slice(word.Start, word.Length);
            if (span.Equals("updated", StringComparison.OrdinalIgnoreCase) || span.Equals("modified", StringComparison.OrdinalIgnoreCase))
            {
                update = true;
                keyword = true;
            }
            else if (span.Equals("published", StringComparison.OrdinalIgnoreCase) || span.Equals("posted", StringComparison.OrdinalIgnoreCase)
                || span.Equals("created", StringComparison.OrdinalIgnoreCase) || span.Equals("dated", StringComparison.OrdinalIgnoreCase))
            {
                update = false;
                keyword = true;
            }
            else if (!IsDatelineFiller(span))
            {
                onlyDate = false;
            }
        }

        if (found.Count == 0)
        {
            return;
        }

        if (top && !found[0].Keyword && IsInlineDateline(text, line, found[0].Mention))
        {
            found[0].Mention.IsPublicationDate = true;
            candidates.Add(new PublicationDateCandidate(
                found[0].Mention.Date!.Value, found[0].Mention.Start, found[0].Mention.Length, PublicationDateSource.InlineDateline, IsUpdate: false, 0.8, found[0].Mention));
            return;
        }

        // A line that starts with "Published"/"Updated" may go on ("Published 17 January 2019 by ..."); a bare dateline may not.
        var startsWithKeyword = words.Length > 0 && IsKeyword(text.Slice(words[0].Start, words[0].Length), text.Slice(words[0].End));
        if (!onlyDate && !startsWithKeyword)
        {
            return;
        }

        // "29 November 2018 | 20 January 2019" with no "Published"/"Updated" to tell them apart is a range, not a dateline.
        if (found.Count > 1 && !found.Any(f => f.Keyword))
        {
            return;
        }

        foreach (var (mention, isUpdate, hasKeyword) in found)
        {
            var source = hasKeyword ? PublicationDateSource.PublishedLine : top ? PublicationDateSource.Dateline : PublicationDateSource.ClosingDateline;
            var confidence = source switch
            {
                PublicationDateSource.PublishedLine => onlyDate ? 0.9 : 0.75,
                PublicationDateSource.Dateline => mention.Time is null ? 0.85 : 0.9,
                _ => 0.6,
            };
            if (isUpdate)
            {
                confidence -= 0.2;
            }

            mention.IsPublicationDate = true;
            candidates.Add(new PublicationDateCandidate(mention.Date!.Value, mention.Start, mention.Length, source, isUpdate, confidence, mention));
        }
    }

    /// <summary>
    /// "PLACE, [Region,] [Weekday,] Date — story": an upper-case place name opens the line, the date follows it,
    /// and a dash starts the story.
    /// </summary>
    private static bool IsInlineDateline(ReadOnlySpan<char> text, Line line, DateMention mention)
    {
        var dateStart = mention.WeekdayStart >= 0 && mention.WeekdayStart < mention.Start ? mention.WeekdayStart : mention.Start;
        var place = text[line.Start..dateStart].TrimEnd();
        if (place.IsEmpty || place[^1] != ',' || place.Length > 60)
        {
            return false;
        }

        var placeEnd = place.IndexOfAny(',', '(');
        var name = place[..(placeEnd < 0 ? place.Length : placeEnd)].Trim();
        var letters = 0;
        foreach (var c in name)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        var after = text[mention.End..line.End].TrimStart();
        return letters >= 3 && !after.IsEmpty && (after[0] is '—' or '–' || after.StartsWith("- ") || after.StartsWith("--"));
    }

    private static bool IsKeyword(ReadOnlySpan<char> word, ReadOnlySpan<char> after) =>
        word.Equals("published", StringComparison.OrdinalIgnoreCase) || word.Equals("posted", StringComparison.OrdinalIgnoreCase)
        || word.Equals("updated", StringComparison.OrdinalIgnoreCase) || word.Equals("dated", StringComparison.OrdinalIgnoreCase)
        || (word.Equals("last", StringComparison.OrdinalIgnoreCase) && after.TrimStart().StartsWith("updated", StringComparison.OrdinalIgnoreCase))
        || (word.Equals("first", StringComparison.OrdinalIgnoreCase) && after.TrimStart().StartsWith("published", StringComparison.OrdinalIgnoreCase))
        || (word.Equals("date", StringComparison.OrdinalIgnoreCase) && after.TrimStart().StartsWith(':'));

    /// <summary>Words a dateline may carry besides its date: times, zones, "on", "at", "Last", digits of a time.</summary>
    private static bool IsDatelineFiller(ReadOnlySpan<char> word)
    {
        if (word.Length <= 2 && char.IsAsciiDigit(word[0]) && (word.Length == 1 || char.IsAsciiDigit(word[1])))
        {
            return true;
        }

        return DateWords.Lookup.TryGetValue(word, out var dateWord)
            && (dateWord.Kind is DateWordKind.DatelineWord or DateWordKind.Meridiem or DateWordKind.Zone
                || (dateWord.Kind == DateWordKind.Modifier && dateWord.Value < 0));
    }
}
