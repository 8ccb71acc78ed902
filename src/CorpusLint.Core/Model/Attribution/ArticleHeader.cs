using CorpusLint.Model.Layout;

namespace CorpusLint.Model.Attribution;

/// <summary>Where a line stands relative to the article's text, for bylines and datelines.</summary>
public enum ArticleZone
{
    /// <summary>Above the article's running prose: masthead, headline, dek, byline, dateline, lead picture.</summary>
    Header,

    /// <summary>Between the header and the closing credit.</summary>
    Body,

    /// <summary>The last lines of the body and the first lines below it: the closing credit, the author box.</summary>
    Closing,

    /// <summary>Below the closing credit: related stories, comments, footers.</summary>
    Below,
}

/// <summary>
/// The article's header and closing credit, read from the layout's body: bylines and the publication date are
/// looked for there first. The header is every line above the article's running prose. That prose starts below
/// the byline or dateline that sits within the body's first lines, under the headline and dek that the layout may
/// count as prose ("Is Putin turning to the Balkans?"); without one, at the first two paragraphs of prose in a row
/// at or below the body's start (a body may open on teasers or a picture). The closing zone is the body's last lines
/// and the lines just below it.
/// </summary>
public sealed class ArticleHeader
{
    /// <summary>Lines below the body's start where running prose may begin; below them the body's start is taken as it is.</summary>
    private const int MaxOpeningLines = 60;

    /// <summary>
    /// Non-blank lines a header's byline or dateline may have above it inside the body (headline, dek, section label,
    /// picture, caption; a menu's entries not counted, nor the lines a hard wrap carried on: a caption wrapped on three
    /// lines is one line of the page); a byline or dateline farther down is a second story's or a list's.
    /// </summary>
    private const int MaxLinesAboveHeaderMarker = 8;

    /// <summary>
    /// Lines above a header's byline or dateline inside the body are a headline or a dek: longer lines are prose, unless a
    /// picture's credit ("Credit: Harbour Press", a caption class line) follows them below or a picture stands right above
    /// them (then they are its caption), or they are one paragraph right above the byline or dateline (the dek).
    /// </summary>
    private const int MaxHeaderLineWords = 30;

    /// <summary>
    /// A line this short between a header's byline and its dateline belongs to the header: what a template prints between
    /// them, the author's title or agency ("Staff Writer", "Associated Press").
    /// </summary>
    private const int MaxLineBetweenMarkersWords = 4;

    /// <summary>
    /// Short lines (of at most <see cref="MaxLineBetweenMarkersWords"/> words) a dek may have between it and the byline or
    /// dateline below it: the author's name over the date.
    /// </summary>
    private const int MaxLinesAfterDek = 1;

    /// <summary>
    /// Words of prose the body may hold above the article's title printed in it (<see cref="AfterTitleInBody"/>): at most
    /// what a header's lines hold (<see cref="MaxLinesAboveHeaderMarker"/> lines of <see cref="MaxHeaderLineWords"/> words),
    /// as a share box's summary and its confirmation lines do; an article's opening paragraphs above a related story's copy
    /// of the title are more.
    /// </summary>
    private const int MaxProseAboveTitleWords = MaxLinesAboveHeaderMarker * MaxHeaderLineWords;

    /// <summary>Non-blank lines at the end of the body and below it that may hold a closing credit or an author box.</summary>
    private const int ClosingLines = 6;

    /// <summary>Without a body (no prose at all) and without a byline or dateline, the header is this many non-blank lines at the top.</summary>
    private const int HeaderLinesWithoutBody = 12;

    private ArticleHeader(int articleStart, int bodyEnd, int closingStart, int closingEnd)
    {
        ArticleStart = articleStart;
        BodyEnd = bodyEnd;
        ClosingStart = closingStart;
        ClosingEnd = closingEnd;
    }

    /// <summary>0-based index of the line where the article's running prose starts; the header is every line above it.</summary>
    public int ArticleStart { get; }

    /// <summary>0-based index of the body's last line: below it the closing zone holds only what follows the article.</summary>
    public int BodyEnd { get; }

    /// <summary>True for a line below the body's last line (the lower part of the closing zone, or below it).</summary>
    public bool IsAfterBody(int line) => line > BodyEnd;

    /// <summary>0-based index of the closing zone's first line.</summary>
    public int ClosingStart { get; }

    /// <summary>0-based index of the closing zone's last line; lines below it are <see cref="ArticleZone.Below"/>.</summary>
    public int ClosingEnd { get; }

    public ArticleZone ZoneOf(int line) =>
        line < ArticleStart ? ArticleZone.Header
        : line > ClosingEnd ? ArticleZone.Below
        : line >= ClosingStart ? ArticleZone.Closing
        : ArticleZone.Body;

    internal static ArticleHeader Find(Document document)
    {
        var layout = document.Layout;
        var lines = layout.Lines;
        if (lines.Count == 0)
        {
            return new ArticleHeader(0, -1, 0, -1);
        }

        var (markers, undatedStamps) = HeaderMarkers(document);
        if (!layout.HasBody)
        {
            // A text of blank lines only (a lone soft hyphen) has no first line to start from: it starts at its top.
            var first = Math.Max(0, NonBlankAfter(lines, -1, 1));
            var start = AfterHeaderMarkers(lines, markers, document.HardWraps, first, lines.Count - 1) ?? NonBlankAfter(lines, -1, HeaderLinesWithoutBody) + 1;
            return new ArticleHeader(start, lines.Count - 1, Math.Max(start, NonBlankBefore(lines, lines.Count, ClosingLines)), lines.Count - 1);
        }

        var articleStart = (AfterHeaderMarkers(lines, markers, document.HardWraps, layout.BodyStart, layout.BodyEnd) is { } afterMarkers
                ? BelowUndatedStamps(lines, markers, undatedStamps, document.HardWraps, afterMarkers, layout.BodyEnd)
                : (int?)null)
            ?? AfterTitleInBody(document, markers)
            ?? RunningProseStart(layout);
        var closingStart = Math.Max(articleStart, NonBlankBefore(lines, layout.BodyEnd + 1, ClosingLines));
        return new ArticleHeader(articleStart, layout.BodyEnd, closingStart, LastClosingLine(lines, layout.BodyEnd));
    }

    /// <summary>
    /// Lines that mark a header: a dateline, or the lines of a byline with its cue ("By X", "Written by X", "ed. X"); and,
    /// of them, the stamps that hold no date the reader can read ("12/19/16", "3 hours ago") nor a byline.
    /// </summary>
    private static (HashSet<int> Markers, HashSet<int> UndatedStamps) HeaderMarkers(Document document)
    {
        var markers = new HashSet<int>();
        var undatedStamps = new HashSet<int>();
        foreach (var dateline in document.Dates.Datelines)
        {
            if (dateline.Dates.Count == 0 || dateline.Dates[0].Source != Dates.PublicationDateSource.InlineDateline)
            {
                markers.Add(dateline.Line);
                if (dateline.Dates.Count == 0 && !dateline.HasByline)
                {
                    undatedStamps.Add(dateline.Line);
                }
            }
        }

        foreach (var byline in document.Attribution.Bylines)
        {
            if (byline.Kind is BylineKind.By or BylineKind.WrittenBy or BylineKind.EditedBy or BylineKind.ReportingBy)
            {
                // Every line of it: a "By" or "Author:" label stands on the line above the name.
                var (first, last) = document.GetLineRange(byline.Start, byline.End);
                for (var line = first; line <= last; line++)
                {
                    markers.Add(line);
                    undatedStamps.Remove(line);
                }
            }
        }

        return (markers, undatedStamps);
    }

    /// <summary>
    /// The header's end, run on below a block of undated stamps: a site's top bar may print the day as it stands
    /// ("12/19/16", a form the reader leaves alone as ambiguous) above the section label and the headline, with the dated
    /// dateline or the byline under them. When every marker of the block ending above <paramref name="afterMarkers"/> is
    /// such a stamp, and another marker stands below within a header's lines (each a headline's or a dek's, not running
    /// prose), the header ends after that one's block.
    /// </summary>
    private static int BelowUndatedStamps(IReadOnlyList<LineLayout> lines, HashSet<int> markers, HashSet<int> undatedStamps, HardWraps? wraps, int afterMarkers, int to)
    {
        var block = afterMarkers - 1;
        while (block >= 0 && (markers.Contains(block) || lines[block].IsBlank))
        {
            if (markers.Contains(block) && !undatedStamps.Contains(block))
            {
                return afterMarkers;
            }

            block--;
        }

        for (int i = afterMarkers, above = 0; i <= to; i++)
        {
            if (markers.Contains(i))
            {
                return AfterHeaderMarkers(lines, markers, wraps, i, to) ?? afterMarkers;
            }

            if (lines[i].IsBlank || wraps?.RunsOn(i - 1) == true)
            {
                continue;
            }

            if (++above > MaxLinesAboveHeaderMarker || lines[i].WordCount > MaxHeaderLineWords || lines[i].Prose == ProseClass.Good)
            {
                break;
            }
        }

        return afterMarkers;
    }

    /// <summary>
    /// The line after the block of bylines and datelines found within the first lines from <paramref name="from"/>,
    /// or null when there is none (or the first one stands too far down to be the header's).
    /// </summary>
    private static int? AfterHeaderMarkers(IReadOnlyList<LineLayout> lines, HashSet<int> markers, HardWraps? wraps, int from, int to)
    {
        var above = 0;
        var uncaptioned = false;
        var linesAfterDek = 0;
        var underPicture = IsPicture(lines, NonBlankBefore(lines, from, 1));
        var i = from;
        for (; i <= to && !markers.Contains(i); i++)
        {
            // A menu's entries the body opens on are not a headline or a dek.
            if (lines[i].IsBlank || lines[i].IsMenuItem || wraps?.RunsOn(i - 1) == true)
            {
                continue;
            }

            if (++above > MaxLinesAboveHeaderMarker)
            {
                return null;
            }

            // A long line is prose, unless it stands right under a picture or a picture's credit follows it: then it is
            // the picture's caption ("Jane Roe/Agency - The mayor opens ...", a 49-word caption above the byline).
            var captionsPicture = underPicture && !uncaptioned;
            var wasUncaptioned = uncaptioned;
            uncaptioned = lines[i].Class != LineClass.Caption && (uncaptioned || (lines[i].WordCount > MaxHeaderLineWords && !captionsPicture));
            if (wasUncaptioned && uncaptioned && lines[i].WordCount > 0)
            {
                // A bullet or a rule alone is no line of its own; a name or a title is one line; prose is more.
                linesAfterDek += lines[i].WordCount <= MaxLineBetweenMarkersWords ? 1 : MaxLinesAfterDek + 1;
            }

            underPicture = IsPicture(lines, i);
        }

        // Long prose above the marker is the article's start, unless it is one paragraph right above it, or above the
        // name over it: the dek (a summary of 35 words over "Jane Roe, Harbour Gazette 7:02 a.m. July 17, 2013").
        if (i > to || (uncaptioned && linesAfterDek > MaxLinesAfterDek))
        {
            return null;
        }

        var next = NonBlankAfter(lines, i, 1);
        while (next > i)
        {
            var afterNext = NonBlankAfter(lines, next, 1);
            if (markers.Contains(next))
            {
                i = next;
            }
            else if (lines[next].WordCount <= MaxLineBetweenMarkersWords && afterNext > next && markers.Contains(afterNext))
            {
                i = afterNext;
            }
            else
            {
                break;
            }

            next = NonBlankAfter(lines, i, 1);
        }

        return i + 1;
    }

    /// <summary>
    /// The line after the header's byline and dateline under the article's title printed within the body's first lines, or
    /// null: the article starts below its title, so a share box or a summary the layout read as prose above it (a site's
    /// "Share This Story!" box printed over the headline, with a confirmation line for each network) is not the article's
    /// start. The title is the page's one level-1 heading (<c># Title</c>, as Markdown and html2text print it; a page with
    /// two names no one title) or the headline printed again (the layout's duplicate of a title or heading line: the page's
    /// title bar or share box above, the article's headline here); the first of them with a byline or dateline under it, and with no more
    /// than <see cref="MaxProseAboveTitleWords"/> words of prose above it in the body.
    /// </summary>
    private static int? AfterTitleInBody(Document document, HashSet<int> markers)
    {
        var layout = document.Layout;
        var last = Math.Min(layout.BodyEnd, layout.BodyStart + MaxOpeningLines);
        var heading = OneLevelOneHeading(document);
        var proseWords = layout[layout.BodyStart].IsBodyProse ? layout[layout.BodyStart].WordCount : 0;
        for (var i = layout.BodyStart + 1; i <= last && proseWords <= MaxProseAboveTitleWords; i++)
        {
            proseWords += layout[i].IsBodyProse ? layout[i].WordCount : 0;
            var repeatsTitle = layout[i].IsDuplicate && layout[layout[i].DuplicateOf].Class is LineClass.Title or LineClass.Heading;
            if ((i == heading || repeatsTitle) && AfterHeaderMarkers(layout.Lines, markers, document.HardWraps, i + 1, layout.BodyEnd) is { } start)
            {
                return start;
            }
        }

        return null;
    }

    /// <summary>The line of the page's one level-1 heading, or -1 when it has none or more than one.</summary>
    private static int OneLevelOneHeading(Document document)
    {
        var heading = -1;
        for (var i = 0; i < document.Lines.Count; i++)
        {
            if (!document.Lines[i].IsBlank && LineShapes.HeadingLevel(document.GetText(document.Lines[i])) == 1)
            {
                if (heading >= 0)
                {
                    return -1;
                }

                heading = i;
            }
        }

        return heading;
    }

    private static bool IsPicture(IReadOnlyList<LineLayout> lines, int line) => (lines[line].Signals & LineSignals.Picture) != 0;

    private static int RunningProseStart(DocumentLayout layout)
    {
        var lines = layout.Lines;
        var limit = Math.Min(layout.BodyEnd, layout.BodyStart + MaxOpeningLines);
        for (var i = layout.BodyStart; i <= limit; i++)
        {
            if (lines[i].Prose != ProseClass.Good)
            {
                continue;
            }

            var next = i + 1;
            while (next < lines.Count && lines[next].IsBlank)
            {
                next++;
            }

            if (next <= layout.BodyEnd && lines[next].Prose is ProseClass.Good or ProseClass.NearGood)
            {
                return i;
            }
        }

        return layout.BodyStart;
    }

    /// <summary>
    /// The last line of the closing zone: the <see cref="ClosingLines"/>-th non-blank line below the body, share buttons and
    /// a menu's entries not counted (a button a line, as a printer that puts each element on its own line prints a share
    /// bar, pushed the author's box and its date below the zone).
    /// </summary>
    private static int LastClosingLine(IReadOnlyList<LineLayout> lines, int bodyEnd)
    {
        var last = bodyEnd;
        for (int i = bodyEnd + 1, count = ClosingLines; i < lines.Count && count > 0; i++)
        {
            if (!lines[i].IsBlank)
            {
                last = i;
                count -= lines[i].IsMenuItem || lines[i].Class == LineClass.Social ? 0 : 1;
            }
        }

        return last;
    }

    /// <summary>The index of the <paramref name="count"/>-th non-blank line after <paramref name="from"/> (or the last one there is).</summary>
    private static int NonBlankAfter(IReadOnlyList<LineLayout> lines, int from, int count)
    {
        var last = from;
        for (var i = from + 1; i < lines.Count && count > 0; i++)
        {
            if (!lines[i].IsBlank)
            {
                last = i;
                count--;
            }
        }

        return last;
    }

    /// <summary>The index of the <paramref name="count"/>-th non-blank line before <paramref name="end"/> (or the first one there is).</summary>
    private static int NonBlankBefore(IReadOnlyList<LineLayout> lines, int end, int count)
    {
        var first = end;
        for (var i = end - 1; i >= 0 && count > 0; i--)
        {
            if (!lines[i].IsBlank)
            {
                first = i;
                count--;
            }
        }

        return first;
    }
}
