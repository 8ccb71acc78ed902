using System.Globalization;
using CorpusLint.Model.Attribution;
using CorpusLint.Text;

namespace CorpusLint.Model.Dates;

/// <summary>
/// Finds the candidates for the publication date without the layout: YAML front matter (<c>date:</c>) and
/// every dateline ("Jan. 22, 2019", "12:38 PM EST, November 11, 2023", "Published: ...", "Updated ...").
/// </summary>
internal static class PublicationDateFinder
{
    /// <summary>Rows of a table or list of dates within this many lines of a date line make it one of them.</summary>
    private const int TableReach = 2;

    /// <summary>Unlabelled datelines and time stamps in a row that make a list of stories' dates.</summary>
    private const int MinListedDates = 3;

    /// <summary>A table row or list entry is short ("Dominion  26 September 1907"); a longer line is prose or a caption.</summary>
    private const int TableRowWords = 12;

    /// <summary>Time stamps without a date are short ("Alex Perry 1 day ago", "9/11/13 10:00AM"); longer lines are not read as one.</summary>
    private const int MaxTimeStampLength = 60;

    /// <summary>
    /// Words a time stamp shows at most on a longer line that holds a Markdown link: a linked stamp's line holds its link's
    /// address (<c>[Today 12:34pm](https://example.org/2016/10/13/the-story-1787706769)</c>), which is not shown.
    /// </summary>
    private const int MaxTimeStampWords = 8;

    /// <summary>
    /// Reads the dates of the YAML front matter (<see cref="Document.FrontMatterLines"/>); returns the offset just past it (0
    /// when none). A <c>created</c> key dates the file (a clipping, a note) unless no other key gives the publication.
    /// </summary>
    public static int ReadFrontMatter(Document document, List<PublicationDateCandidate> candidates)
    {
        var count = document.FrontMatterLines;
        if (count == 0)
        {
            return 0;
        }

        var lines = document.Lines;
        var created = new List<PublicationDateCandidate>();
        var published = false;
        for (var j = 1; j < count - 1; j++)
        {
            if (ReadFrontMatterLine(document, lines[j]) is not ({ } candidate, var isCreated))
            {
                continue;
            }

            (isCreated ? created : candidates).Add(candidate);
            published |= !isCreated && !candidate.IsUpdate;
        }

        if (!published)
        {
            candidates.AddRange(created);
        }

        return lines[count - 1].End + lines[count - 1].TerminatorLength;
    }

    /// <summary>The date a front matter line gives, and whether its key is <c>created</c>; null for another key or no date.</summary>
    private static (PublicationDateCandidate Candidate, bool IsCreated)? ReadFrontMatterLine(Document document, Line line)
    {
        var text = document.GetText(line);
        var colon = text.IndexOf(':');
        if (colon <= 0)
        {
            return null;
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
                return null;
        }

        var value = text[(colon + 1)..];
        var leading = value.Length - value.TrimStart().Length;
        value = value.Trim().Trim("\"'");
        if (value.IsEmpty)
        {
            return null;
        }

        var valueStart = line.Start + colon + 1 + leading + (text[colon + 1 + leading] is '"' or '\'' ? 1 : 0);
        return TryParseValue(value, out var date)
            ? (new PublicationDateCandidate(date, valueStart, value.Length, PublicationDateSource.FrontMatter, update, 0.95, null), key is "created" or "created_at")
            : null;
    }

    internal static bool TryParseValue(ReadOnlySpan<char> value, out DateOnly date)
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

    /// <summary>
    /// Every line that reads as a dateline (see <see cref="DatelineReader"/>), wherever it stands: which of them is
    /// the article's is decided with the layout, by <see cref="PublicationDateChooser"/>.
    /// </summary>
    public static IReadOnlyList<Dateline> FindDatelines(Document document, IReadOnlyList<DateMention> mentions, int frontMatterEnd)
    {
        var datelines = new List<Dateline>();
        var bylineNames = BylineNameSpans.Of(document.Attribution.Bylines);
        var lines = document.Lines;
        var m = 0;
        for (var k = frontMatterEnd == 0 ? 0 : document.GetLineIndex(frontMatterEnd); k < lines.Count; k++)
        {
            var line = lines[k];
            while (m < mentions.Count && mentions[m].Start < line.Start)
            {
                m++;
            }

            // A line a hard wrap carried on from the line above is the middle of a sentence, not a dateline, unless what was
            // carried on is a link (html2text's "[![Jane](https://example.org/jane-" / "roe.jpg)By Jane Roe2019-01-17 ...](/jane)")
            // or a byline (a long picture address before "By Jane Roe" filled the line the date would have gone on).
            if (line.WordCount == 0 || (!HasFullDate(mentions, m, line) && !MayBeTimeStamp(document.GetText(line), line.WordCount))
                || (document.HardWraps?.RunsOn(k - 1) == true && document.LinkAt(line.Start) is not { HidesSyntax: true } && !HoldsByline(document, k - 1)))
            {
                continue;
            }

            var labelAbove = k > 0 ? DatelineReader.LabelLine(document, lines[k - 1]) : DatelineReader.Label.None;
            if (DatelineReader.Read(document, line, mentions, m, bylineNames, labelAbove) is { } dateline)
            {
                datelines.Add(dateline);
            }
        }

        var fullDateRows = mentions.Where(m => m.Kind == DateMentionKind.FullDate && m.Date is not null).Select(m => document.GetLineIndex(m.Start)).ToHashSet();
        var datelineRows = datelines.Select(d => d.Line).ToHashSet();
        var listed = ListsOfDates(document, datelines);
        datelines.RemoveAll(d => listed.Contains(d.Line) || IsTeasersDate(document, fullDateRows, d) || IsTableEntry(document, fullDateRows, datelineRows, d) || IsAmongBareNumericDates(document, d));
        foreach (var candidate in datelines.SelectMany(d => d.Dates))
        {
            candidate.Mention!.IsPublicationDate = true;
        }

        return datelines;
    }

    /// <summary>
    /// A date alone on its line among short lines of label and date ("Dominion  26 September 1907" above
    /// "25 November 1947"): an entry of a table or a list of dates, not a dateline. Labelled datelines
    /// ("Published ...", "Updated ...") stand together in headers and are kept.
    /// </summary>
    private static bool IsTableEntry(Document document, HashSet<int> fullDateRows, HashSet<int> datelineRows, Dateline dateline)
    {
        if (dateline.Dates.Count == 0 || dateline.Dates.Any(d => d.Source != PublicationDateSource.Dateline))
        {
            return false;
        }

        foreach (var step in (int[])[-1, 1])
        {
            for (var distance = 1; distance <= TableReach; distance++)
            {
                var row = dateline.Line + (step * distance);
                if (row < 0 || row >= document.Lines.Count || document.Lines[row].IsBlank)
                {
                    break;
                }

                var line = document.Lines[row];
                if (line.WordCount <= TableRowWords && !datelineRows.Contains(row) && fullDateRows.Contains(row))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The lines of runs of at least <see cref="MinListedDates"/> unlabelled datelines or time stamps, each within
    /// <see cref="TableReach"/> lines of the next, two of them with a date at least: a list of related or most-read stories
    /// printing each story's date under its headline ("• Headline" / "Tue, Jul 16 2013" / "• Headline" / "Mon, Jul 15 2013" /
    /// "• Headline" / "6:22am EDT"), not a header, which prints its date once. The blank lines a printer puts between a
    /// list's entries (html2text puts one around each) are not counted, and no more than one stands between two lines.
    /// </summary>
    private static HashSet<int> ListsOfDates(Document document, List<Dateline> datelines)
    {
        var listed = new HashSet<int>();
        var run = new List<Dateline>();
        var bylineLines = document.Attribution.Bylines.Select(b => document.GetLineIndex(b.Start)).ToHashSet();
        foreach (var dateline in datelines.Append(null))
        {
            var continues = dateline is not null && IsUnlabelled(dateline) && run.Count > 0
                && IsWithinListReach(document, run[^1].Line, dateline.Line) && !IsUnderByline(dateline);
            if (!continues)
            {
                if (run.Count >= MinListedDates && run.Count(d => d.Dates.Count > 0) >= 2)
                {
                    listed.UnionWith(run.Select(d => d.Line));
                }

                run.Clear();
            }

            if (dateline is not null && IsUnlabelled(dateline))
            {
                run.Add(dateline);
            }
        }

        return listed;

        static bool IsUnlabelled(Dateline dateline) => dateline.Dates.All(c => c.Source == PublicationDateSource.Dateline);

        // "By Ana Lee" / "HALIFAX | Thu Jan 17, 2019": the header's date under its byline, even one line below a list's last date.
        bool IsUnderByline(Dateline dateline)
        {
            var above = dateline.Line - 1;
            while (above >= 0 && document.Lines[above].IsBlank)
            {
                above--;
            }

            return above >= 0 && bylineLines.Contains(above);
        }
    }

    /// <summary>Fewest words of a list item that is a story's headline (a menu's entries are one or two).</summary>
    private const int MinTeaserWords = 3;

    /// <summary>
    /// An unlabelled date alone on the line right under a list item that is a headline, indented to go on with the item
    /// ("  • Bombs strike the capital" / "    Wed, May 15 2013"): the date of a related story the page lists, however few
    /// it lists, not the article's; or a blank line below an item that is nothing but a link to the story
    /// (<c>* [Bombs strike the capital](/2013/05/15/bombs)</c>, as html2text prints a list with each date a paragraph
    /// of its own). An item that names a byline's author ("• Follow Jane Roe on Twitter") is the author box's, and the date
    /// under it the article's.
    /// </summary>
    private static bool IsTeasersDate(Document document, HashSet<int> fullDateRows, Dateline dateline)
    {
        if (dateline.Line == 0 || dateline.HasByline || dateline.Runs.Count > 0 || dateline.Dates.Count == 0
            || dateline.Dates.Any(d => d.Source != PublicationDateSource.Dateline))
        {
            return false;
        }

        var linkedAbove = dateline.Line >= 2 && document.Lines[dateline.Line - 1].IsBlank && document.Lines[dateline.Line - 2].Has(LineShape.LinkOnly);
        var above = document.Lines[dateline.Line - (linkedAbove ? 2 : 1)];
        if (!above.Has(LineShape.ListItem) || above.WordCount < MinTeaserWords || fullDateRows.Contains(above.Index))
        {
            return false;
        }

        var item = document.GetText(above);
        var marked = item.TrimStart();
        var itemText = item.Length - LineShapes.StripListMarker(marked).Length;
        var date = document.GetText(document.Lines[dateline.Line]);
        var dateIndent = date.Length - date.TrimStart().Length;
        if (!linkedAbove && (dateIndent < itemText || itemText == 0))
        {
            return false;
        }

        foreach (var byline in document.Attribution.Bylines)
        {
            if (byline.Name.Length > 0 && item.Contains(byline.Name, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="last"/> is within <see cref="TableReach"/> non-blank lines of <paramref name="first"/>, with no two blank lines in a row between.</summary>
    private static bool IsWithinListReach(Document document, int first, int last)
    {
        var reach = 1;
        for (var i = first + 1; i < last; i++)
        {
            if (!document.Lines[i].IsBlank && ++reach > TableReach)
            {
                return false; // datelines far apart: no need to read the lines between
            }

            if (document.Lines[i].IsBlank && document.Lines[i - 1].IsBlank)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A date in numbers alone on its line beside another such line, a blank line between them at most: the entries of a
    /// search form's date menu or an archive's calendar ("10/12/2010", "10/11/2010", "10/10/2010", ...), of which only
    /// the unambiguous ones read as dates. A block printer sets a blank line between every two entries.
    /// </summary>
    private static bool IsAmongBareNumericDates(Document document, Dateline dateline)
    {
        var lines = document.Lines;
        if (!DatelineReader.IsNumericDateShape(document.GetText(lines[dateline.Line]).Trim()))
        {
            return false;
        }

        foreach (var step in (int[])[-1, 1])
        {
            var row = dateline.Line + step;
            if (row >= 0 && row < lines.Count && lines[row].IsBlank)
            {
                row += step;
            }

            if (row >= 0 && row < lines.Count && DatelineReader.IsNumericDateShape(document.GetText(lines[row]).Trim()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A short line with a digit and a word of ages or reading times, or a time: worth reading as a time stamp.</summary>
    private static bool MayBeTimeStamp(ReadOnlySpan<char> text, int words) =>
        (text.Length <= MaxTimeStampLength || (words <= MaxTimeStampWords && text.Contains("](", StringComparison.Ordinal)))
        && text.ContainsAny(CharacterSets.AsciiDigits)
        && (text.Contains(" ago", StringComparison.OrdinalIgnoreCase) || text.Contains(" min", StringComparison.OrdinalIgnoreCase)
            || text.Contains(':') || text.Contains('/') || text.Contains('.') || text.Contains('•'));

    /// <summary>The most lines a wrapper breaks a byline over (four linked names with their titles), and so the most looked back at.</summary>
    private const int MaxWrappedBylineRows = 6;

    /// <summary>
    /// Whether a byline starts on line <paramref name="row"/> or on a line of the wrapped run it ends (a byline of linked
    /// names a wrapper broke over several lines, the date after the last: asked only of the few lines a wrap carries on
    /// into a date).
    /// </summary>
    private static bool HoldsByline(Document document, int row)
    {
        var first = row;
        while (first > 0 && row - first < MaxWrappedBylineRows && document.HardWraps?.RunsOn(first - 1) == true)
        {
            first--;
        }

        foreach (var byline in document.Attribution.Bylines)
        {
            if (document.GetLineIndex(byline.Start) is var start && start >= first && start <= row)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasFullDate(IReadOnlyList<DateMention> mentions, int first, Line line)
    {
        for (var m = first; m < mentions.Count && mentions[m].Start < line.End; m++)
        {
            if (mentions[m].Kind == DateMentionKind.FullDate && mentions[m].Date is not null)
            {
                return true;
            }
        }

        return false;
    }
}
