using System.Globalization;
using CorpusLint.Model.Attribution;

namespace CorpusLint.Model.Dates;

/// <summary>
/// Chooses the publication date among the candidates, with the article's header (<see cref="ArticleHeader"/>):
/// <list type="number">
/// <item>a date field of the dataset record (<see cref="MetadataDates"/>), then front matter (<c>date:</c>): the
/// publisher's own record wins;</item>
/// <item>else a date labelled "Published"/"Posted"/"First published" in the header, the one nearest the article;</item>
/// <item>else the header's unlabelled datelines, when they all give one day (dates far above the nearest one are a
/// masthead's or a teaser's and do not count); when they disagree nothing is chosen;</item>
/// <item>else a dateline in the closing credit, or in the author's box a template prints right under the article
/// (<see cref="IsAuthorBoxUnderArticle"/>).</item>
/// </list>
/// Other dates below the article (comments, related stories) and dates inside its body are never chosen; "Updated" dates are
/// updates. Then relative and year-less mentions are resolved against the chosen date.
/// </summary>
internal static class PublicationDateChooser
{
    /// <summary>
    /// Unlabelled header dates within this many lines above the one nearest the article belong to the same header
    /// (a dateline and its repeat, a "date | time" pair); farther up they are a masthead's "today" or a teaser's.
    /// </summary>
    private const int HeaderBlockLines = 12;

    /// <summary>
    /// Whether a line of prose the layout sets aside as not the article's stands between the body's end and
    /// <paramref name="line"/>: a comment's text above its "Posted by: reader, date" stamp. A closing credit follows
    /// the article directly, or after lines of the article's own (an author's box).
    /// </summary>
    private static bool FollowsProseOutsideTheArticle(Document document, int bodyEnd, int line)
    {
        var lines = document.Layout.Lines;
        for (var i = bodyEnd + 1; i < line; i++)
        {
            if (lines[i].Prose is Layout.ProseClass.Good or Layout.ProseClass.NearGood && !lines[i].IsArticle)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Short lines a template prints between the article's end and an author box under it: share buttons, a picture's
    /// placeholder, a bullet. More, or a line of more words, is another part of the page.
    /// </summary>
    private const int MaxChromeLinesAboveAuthorBox = 10;

    /// <summary>The most words of a picture's placeholder or alternative text between the article and its author's box.</summary>
    private const int MaxChromeLineWords = 3;

    /// <summary>
    /// Whether <paramref name="line"/> is the date of the author's box a template prints right under the article: the
    /// author's name on the line above it (a person's name, "Jane Roe @janeroe", "Jane Roe, Harbour Press"; the handle
    /// may stand on a line of its own between them), and between
    /// the article's last line and that name only a few short lines of chrome (share buttons, a picture's placeholder), no
    /// headline, no label ("Comments") and no other date. A related story's date stands under its headline instead.
    /// </summary>
    private static bool IsAuthorBoxUnderArticle(Document document, int bodyEnd, int line)
    {
        var lines = document.Layout.Lines;
        var nameRow = RowAbove(lines, line, bodyEnd);
        if (nameRow > bodyEnd && IsHandle(document.GetText(document.Lines[nameRow])))
        {
            // "Jane Roe" over "@janeroe" over the date: a printer that puts each element on its own line split the name's line.
            nameRow = RowAbove(lines, nameRow, bodyEnd);
        }

        if (nameRow <= bodyEnd || AttributionChooser.NameOnLine(document, document.Lines[nameRow]) is not { } name
            || new PersonNameCheck(document).Reject(name.Name, cued: false) is not null)
        {
            return false;
        }

        var chrome = 0;
        for (var i = bodyEnd + 1; i < nameRow; i++)
        {
            if (lines[i].IsBlank)
            {
                continue;
            }

            // A share button ("Share on Twitter"), a picture or its placeholder ("[eda]"), a bullet; not a label ("Comments").
            var isChrome = lines[i].WordCount == 0
                || lines[i].Class == Layout.LineClass.Social
                || (lines[i].WordCount <= MaxChromeLineWords && (lines[i].Class == Layout.LineClass.Caption || (lines[i].Signals & Layout.LineSignals.Picture) != 0));
            if (!isChrome || ++chrome > MaxChromeLinesAboveAuthorBox)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The nearest non-blank line above <paramref name="line"/>, or <paramref name="floor"/> when there is none below it.</summary>
    private static int RowAbove(IReadOnlyList<Layout.LineLayout> lines, int line, int floor)
    {
        var row = line - 1;
        while (row > floor && lines[row].IsBlank)
        {
            row--;
        }

        return row;
    }

    /// <summary>A line that is only a social network handle ("@janeroe").</summary>
    private static bool IsHandle(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        return text.Length > 1 && text[0] == '@' && !text[1..].ContainsAnyExcept(HandleCharacters);
    }

    private static readonly System.Buffers.SearchValues<char> HandleCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");

    public static PublicationDateChoice Choose(Document document)
    {
        var dates = document.Dates;
        var candidates = MetadataDates.Prepend(document.Metadata, dates.PublicationDateCandidates);
        if (candidates.Count == 0)
        {
            return Resolve(document, new PublicationDateChoice([], null, null, isAmbiguous: false));
        }

        var header = document.Header;
        var verdicts = new (ArticleZone? Zone, DateVerdict Verdict, string Reason)[candidates.Count];
        var frontMatter = new List<int>();
        var labelled = new List<int>();
        var unlabelled = new List<int>();
        var closing = new List<int>();
        var updates = new List<int>();
        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            if (candidate.Source is PublicationDateSource.Metadata or PublicationDateSource.FrontMatter)
            {
                verdicts[i] = (null, DateVerdict.Rejected, "");
                (candidate.IsUpdate ? updates : frontMatter).Add(i);
                continue;
            }

            var line = document.GetLineIndex(candidate.Start);
            var zone = header.ZoneOf(line);
            if (candidate.Source == PublicationDateSource.InlineDateline && line == header.ArticleStart)
            {
                zone = ArticleZone.Header; // "BRIDGEMOOR, Jan. 23, 2024 — The council ..." opens the article's prose
            }

            if (zone is ArticleZone.Below or ArticleZone.Closing && header.IsAfterBody(line) && candidate.Source == PublicationDateSource.Dateline
                && IsAuthorBoxUnderArticle(document, header.BodyEnd, line))
            {
                verdicts[i] = (zone, DateVerdict.Rejected, "");
                closing.Add(i);
                continue;
            }

            verdicts[i] = (zone, DateVerdict.Rejected, zone switch
            {
                ArticleZone.Below => "below the article: a comment's, a related story's or a footer's date",
                ArticleZone.Body when candidate.Source == PublicationDateSource.InlineDateline => "a newswire dateline that does not open the article",
                ArticleZone.Body => "a date line inside the article's body (a list, a caption, a second story), not its header",
                _ => "",
            });
            if (zone is ArticleZone.Body or ArticleZone.Below)
            {
                continue;
            }

            if (candidate.IsUpdate)
            {
                updates.Add(i);
            }
            else if (zone == ArticleZone.Closing && header.IsAfterBody(line) && candidate.Source != PublicationDateSource.PublishedLine)
            {
                verdicts[i] = (zone, DateVerdict.Rejected, "just below the article without a label: the first related story's date, not a closing credit");
            }
            else if (zone == ArticleZone.Closing && header.IsAfterBody(line) && FollowsProseOutsideTheArticle(document, header.BodyEnd, line))
            {
                verdicts[i] = (zone, DateVerdict.Rejected, "below the article, after text that is not the article's: a comment's stamp (\"Posted by: reader, date\"), not a closing credit");
            }
            else if (zone == ArticleZone.Closing)
            {
                closing.Add(i);
            }
            else if (candidate.Source == PublicationDateSource.PublishedLine)
            {
                labelled.Add(i);
            }
            else
            {
                unlabelled.Add(i);
            }
        }

        // The header's datelines: the one nearest the article and those just above it.
        if (unlabelled.Count > 0)
        {
            var anchorLine = document.GetLineIndex(candidates[unlabelled[^1]].Start);
            foreach (var i in unlabelled.Where(i => document.GetLineIndex(candidates[i].Start) < anchorLine - HeaderBlockLines))
            {
                verdicts[i] = (verdicts[i].Zone, DateVerdict.Rejected,
                    $"far above the article's header date at line {anchorLine + 1}: a masthead's or a teaser's date");
            }

            unlabelled.RemoveAll(i => document.GetLineIndex(candidates[i].Start) < anchorLine - HeaderBlockLines);
        }

        // Rivals of the chosen date: another day is a conflict (CL3005) when both claim to be the publication date (front
        // matter against the text, two "Published" labels, a labelled closing credit); an unlabelled date that a label
        // outranks, or an unlabelled day at the article's end, is simply not the publication date.
        int? chosen;
        List<(int Index, bool Claims)> rivals;
        List<int> peers = [];
        string chosenReason;
        bool Labelled(int i) => candidates[i].Source == PublicationDateSource.PublishedLine;
        if (frontMatter.Count > 0)
        {
            chosen = frontMatter[0];
            chosenReason = candidates[chosen.Value].Field is { } field ? $"the record's {field} field: the publisher's own record" : "front matter: the publisher's own record";
            rivals = [.. frontMatter.Skip(1).Concat(labelled).Concat(unlabelled).Concat(closing).Select(i => (i, true))];
        }
        else if (labelled.Count > 0)
        {
            chosen = labelled[^1];
            chosenReason = "labelled as the publication date in the article's header";
            rivals = [.. labelled.SkipLast(1).Select(i => (i, true)), .. unlabelled.Select(i => (i, false)), .. closing.Select(i => (i, Labelled(i)))];
        }
        else if (unlabelled.Count > 0)
        {
            chosen = unlabelled[^1];
            chosenReason = "the dateline of the article's header";
            peers = [.. unlabelled.SkipLast(1)];
            rivals = [.. peers.Select(i => (i, true)), .. closing.Select(i => (i, Labelled(i)))];
        }
        else if (closing.Select(i => candidates[i].Date).Distinct().Count() > 1)
        {
            // Several days at the article's end are a list of related stories, not a closing credit.
            foreach (var i in closing)
            {
                verdicts[i] = (verdicts[i].Zone, DateVerdict.Rejected, "one of several dates at the article's end: a list of related stories, not a closing credit");
            }

            chosen = null;
            chosenReason = "";
            rivals = [];
        }
        else
        {
            chosen = closing.Count > 0 ? closing[0] : null;
            chosenReason = "a dateline in the closing credit";
            rivals = [.. closing.Skip(1).Select(i => (i, true))];
        }

        // Unlabelled datelines of one header that give different days: nothing says which is the publication date.
        var ambiguous = chosen is { } first && peers.Any(i => candidates[i].Date != candidates[first].Date);
        if (ambiguous)
        {
            int[] disagreeing = [chosen!.Value, .. peers];
            foreach (var i in rivals.Select(r => r.Index).Except(peers))
            {
                verdicts[i] = (verdicts[i].Zone, DateVerdict.Rejected, "the header's dates disagree; a closing date does not settle which is the publication date");
            }

            foreach (var i in disagreeing)
            {
                var differing = disagreeing.First(j => candidates[j].Date != candidates[i].Date);
                verdicts[i] = (verdicts[i].Zone, DateVerdict.Ambiguous,
                    $"disagrees with {Format(candidates[differing].Date)} at line {document.GetLineIndex(candidates[differing].Start) + 1}, and no label says which is the publication date");
            }

            chosen = null;
        }
        else if (chosen is { } winner)
        {
            verdicts[winner] = (verdicts[winner].Zone, DateVerdict.Chosen, chosenReason);
            var at = MetadataDates.Where(document, candidates[winner]);
            foreach (var (i, claims) in rivals)
            {
                verdicts[i] = candidates[i].Date == candidates[winner].Date
                    ? (verdicts[i].Zone, DateVerdict.Agrees, $"the same day as the publication date {at}")
                    : claims
                        ? (verdicts[i].Zone, DateVerdict.Conflicts, $"disagrees with the publication date {at} ({chosenReason})")
                        : (verdicts[i].Zone, DateVerdict.Rejected, $"another day without the label that the publication date {at} has: not the publication date");
            }
        }

        int? latestUpdate = null;
        foreach (var i in updates)
        {
            var before = !ambiguous && chosen is { } published && candidates[i].Date < candidates[published].Date;
            verdicts[i] = before
                ? (verdicts[i].Zone, DateVerdict.Conflicts, "an update dated before the publication date")
                : (verdicts[i].Zone, DateVerdict.Update, "labelled as an update: it dates the document but is not its publication date");
            if (!before && (latestUpdate is null || candidates[i].Date > candidates[latestUpdate.Value].Date))
            {
                latestUpdate = i;
            }
        }

        var judged = new JudgedDate[candidates.Count];
        for (var i = 0; i < judged.Length; i++)
        {
            judged[i] = new JudgedDate(candidates[i], verdicts[i].Zone, verdicts[i].Verdict, verdicts[i].Reason);
        }

        return Resolve(document, new PublicationDateChoice(
            judged,
            chosen is { } c ? candidates[c] : null,
            latestUpdate is { } u ? candidates[u] : null,
            ambiguous));
    }

    /// <summary>Gives year-less and relative mentions the calendar date they stand for, seen from the choice's reference date.</summary>
    private static PublicationDateChoice Resolve(Document document, PublicationDateChoice choice)
    {
        if (choice.ReferenceDate is { } reference)
        {
            foreach (var mention in document.Dates.Mentions)
            {
                if (!mention.IsPublicationDate)
                {
                    DateAnalyzer.Resolve(mention, reference);
                }
            }
        }

        return choice;
    }

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
