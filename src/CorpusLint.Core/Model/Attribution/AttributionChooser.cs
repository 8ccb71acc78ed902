using System.Text.RegularExpressions;
using CorpusLint.Model.Dates;

namespace CorpusLint.Model.Attribution;

/// <summary>
/// Judges every byline and source-credit candidate by where it stands (<see cref="ArticleHeader"/>) and, for
/// bylines, whether the name reads as a person's (<see cref="PersonNameCheck"/>):
/// <list type="bullet">
/// <item>a byline found by its cue ("By X", "Written by X", "Author: X", an author bio) is the article's in its
/// header, body or closing credit, never below it (a related story's or a comment's); a lower-case "by X" counts
/// only in the header or the closing credit;</item>
/// <item>a name printed without a cue counts only beside the article's dateline: on it ("Dan Goodin - Apr 16, 2015")
/// or on a line of the same block just above or below it ("Mike Conley" over "December 18, 2020");</item>
/// <item>a source credit is the article's anywhere but below it.</item>
/// </list>
/// </summary>
internal static partial class AttributionChooser
{
    /// <summary>A name stands this many lines at most from its dateline, in the same block (no blank line between).</summary>
    private const int MaxLinesFromDateline = 3;

    /// <summary>
    /// Blank lines the nearest name line may stand across from its dateline: a blank line and an empty cell's line of spaces,
    /// or the several a printer that gives every element of a page its own lines leaves around each (BeautifulSoup's text).
    /// </summary>
    private const int MaxBlankLinesInGap = 8;

    /// <summary>A name line with its role ("Jane Roe, Staff Attorney, Example Union") has at most this many words; longer lines are prose.</summary>
    private const int MaxNameLineWords = 10;

    public static AttributionChoice Choose(Document document)
    {
        var attribution = document.Attribution;
        var header = document.Header;
        var names = new PersonNameCheck(document);
        var bylines = new List<JudgedByline>(attribution.Bylines.Count);
        foreach (var byline in attribution.Bylines)
        {
            bylines.Add(JudgeCued(document, header, names, byline));
        }

        var credits = new List<JudgedSourceCredit>(attribution.SourceCredits.Count);
        AddNamesBesideDatelines(document, header, names, bylines, credits);
        bylines.Sort((a, b) => a.Byline.Start.CompareTo(b.Byline.Start));
        RejectTeaserBylinesBelow(bylines);
        AcceptFallbackBylines(bylines, names);
        RejectRepeatedNames(bylines);

        foreach (var credit in attribution.SourceCredits)
        {
            if (credit.Kind == SourceCreditKind.Metadata)
            {
                credits.Add(new JudgedSourceCredit(credit, null, true, "front matter"));
                continue;
            }

            var zone = header.ZoneOf(document.GetLineIndex(credit.Start));
            credits.Add(zone == ArticleZone.Below
                ? new JudgedSourceCredit(credit, zone, false, "below the article: a related story's or a footer's credit")
                : new JudgedSourceCredit(credit, zone, true, Where(zone)));
        }

        credits.Sort((a, b) => a.Credit.Start.CompareTo(b.Credit.Start));
        MetadataAttribution.Add(document.Metadata, bylines, credits);
        return new AttributionChoice(bylines, credits);
    }

    /// <summary>
    /// A "By X" line at the article's end names another author than the header's when it opens a related story: a
    /// closing credit is a wire credit, a signature, an author's bio, or the header's author again in an author box.
    /// </summary>
    private static void RejectTeaserBylinesBelow(List<JudgedByline> bylines)
    {
        var headerNames = bylines.Where(b => b.IsAccepted && b.Zone is ArticleZone.Header or ArticleZone.Body).Select(b => b.Byline.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (headerNames.Count == 0)
        {
            return;
        }

        for (var i = 0; i < bylines.Count; i++)
        {
            if (bylines[i] is { IsAccepted: true, Zone: ArticleZone.Closing, Byline.Kind: BylineKind.By or BylineKind.NameOnDateline or BylineKind.NameBesideDateline }
                && !headerNames.Contains(bylines[i].Byline.Name))
            {
                bylines[i] = bylines[i] with { IsAccepted = false, Reason = "at the article's end, naming another author than its header: a related story's byline" };
            }
        }
    }

    /// <summary>
    /// The bylines that name the writer only of a page where no other byline does, the first of them: an update's credit
    /// in the header ("Updated by Jane Roe Dec 10, 2016", a template's byline once the story changed), else an
    /// author box below the article (under its comments or related stories: "Author" / the picture / "Jane Roe").
    /// </summary>
    private static void AcceptFallbackBylines(List<JudgedByline> bylines, PersonNameCheck names)
    {
        if (bylines.Any(b => b.IsAccepted))
        {
            return;
        }

        var update = bylines.FindIndex(b => b is { Byline.IsUpdateCredit: true, Zone: ArticleZone.Header } && names.Reject(b.Byline.Name, cued: true) is null);
        if (update >= 0)
        {
            bylines[update] = bylines[update] with { IsAccepted = true, Reason = "the credit of the story's update, where no byline names a writer" };
            return;
        }

        var box = bylines.FindIndex(b => b is { Zone: ArticleZone.Below, Byline.IsAuthorBox: true } && names.Reject(b.Byline.Name, cued: true) is null);
        if (box >= 0)
        {
            bylines[box] = bylines[box] with { IsAccepted = true, Reason = "the page's author box below the article, where no other byline names a writer" };
        }
    }

    /// <summary>A writer's name printed again (an author's box under the article repeats the name over its bio) is one byline: the first.</summary>
    private static void RejectRepeatedNames(List<JudgedByline> bylines)
    {
        var accepted = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < bylines.Count; i++)
        {
            if (bylines[i].IsAccepted && !accepted.Add(bylines[i].Byline.Name))
            {
                bylines[i] = bylines[i] with { IsAccepted = false, Reason = "the name of a byline above, printed again" };
            }
        }
    }

    private static JudgedByline JudgeCued(Document document, ArticleHeader header, PersonNameCheck names, Byline byline)
    {
        if (byline.Kind == BylineKind.Metadata)
        {
            return new JudgedByline(byline, null, true, "front matter");
        }

        var zone = header.ZoneOf(document.GetLineIndex(byline.Start));
        if (zone == ArticleZone.Below)
        {
            return new JudgedByline(byline, zone, false, "below the article: a related story's, a comment's or a footer's byline");
        }

        if (byline.IsUpdateCredit)
        {
            return new JudgedByline(byline, zone, false, "who updated the story: its writer only where no byline names one");
        }

        if (byline.HeaderOnly && zone == ArticleZone.Body)
        {
            return new JudgedByline(byline, zone, false, "a lower-case 'by' opening a line inside the body is prose, not a byline");
        }

        return names.Reject(byline.Name, cued: byline.Kind != BylineKind.AuthorBox) is { } reason
            ? new JudgedByline(byline, zone, false, reason)
            : new JudgedByline(byline, zone, true, Where(zone));
    }

    /// <summary>Names printed without a cue on the article's datelines and on the lines of the same block beside them; agencies on them are credits.</summary>
    private static void AddNamesBesideDatelines(Document document, ArticleHeader header, PersonNameCheck names, List<JudgedByline> bylines, List<JudgedSourceCredit> credits)
    {
        var article = document.PublicationDateChoice.Candidates
            .Where(c => c.Verdict != DateVerdict.Rejected && c.Candidate.Source != PublicationDateSource.FrontMatter)
            .Select(c => c.Candidate)
            .ToHashSet();
        var publication = document.PublicationDateChoice.PublicationDate;
        var datelines = document.Dates.Datelines;
        var datelineRows = datelines.Select(d => d.Line).ToHashSet();
        var bylineRows = document.Attribution.Bylines.Select(b => document.GetLineIndex(b.Start)).ToHashSet();
        var seen = new HashSet<int>();
        foreach (var dateline in datelines)
        {
            // A time stamp without a date ("14 min read") marks the header only where the header is, and names no one when
            // the header's dated dateline stands elsewhere: the lines beside a site's top bar stamp ("12/19/16") are its
            // section label and the headline, the writer is beside the dateline.
            var zone = header.ZoneOf(dateline.Line);
            if (dateline.Dates.Count == 0
                    ? zone != ArticleZone.Header || (publication is { } chosen && document.GetLineIndex(chosen.Start) != dateline.Line)
                    : !dateline.Dates.Any(article.Contains))
            {
                continue;
            }

            if (!dateline.HasByline)
            {
                foreach (var run in dateline.Runs.Where(r => AttributionScanner.IsAgency(document.Text.AsSpan(r.Start, r.Length))))
                {
                    credits.Add(new JudgedSourceCredit(
                        new SourceCredit(SourceCreditKind.Agency, run.Start, run.Length, document.Text.Substring(run.Start, run.Length), null),
                        zone,
                        true,
                        "an agency printed on the article's dateline"));
                }

                foreach (var run in dateline.Runs.Where(r => !AttributionScanner.IsAgency(document.Text.AsSpan(r.Start, r.Length))))
                {
                    // A linked name a wrapper broke inside its label reads as one name, its line break a space.
                    var name = OnOneLine(document.Text.Substring(run.Start, run.Length));
                    var rejection = names.Reject(name, cued: run.AfterBy);
                    if (rejection is not null && !run.AfterBy && names.NameBeforeRole(name) is { } before)
                    {
                        (name, rejection) = (before, null);
                    }

                    var byline = new Byline(run.AfterBy ? BylineKind.By : BylineKind.NameOnDateline, document.Lines[dateline.Line].Start, document.Lines[dateline.Line].Length, run.Start, name.Length, name, null);
                    bylines.Add(Judge(byline, zone, rejection, "printed on the article's dateline"));
                }
            }

            var namedAbove = false;
            foreach (var step in (int[])[-1, 1])
            {
                if (step > 0 && namedAbove)
                {
                    break;
                }

                for (var distance = 1; distance <= MaxLinesFromDateline; distance++)
                {
                    var row = dateline.Line + (step * distance);
                    if (distance == 1 && IsBlankRow(document, row))
                    {
                        // The nearest line may stand across one gap (a separate element of the page, which a text browser
                        // may print as a blank line and a line of spaces, its empty cell, or a row of icons): only that one.
                        for (var gap = 0; gap < MaxBlankLinesInGap && IsGapRow(document, row); gap++)
                        {
                            row += step;
                        }

                        distance = MaxLinesFromDateline;
                    }

                    if (row < 0 || row >= document.Lines.Count || document.Lines[row].IsBlank || datelineRows.Contains(row) || bylineRows.Contains(row))
                    {
                        break;
                    }

                    if (step < 0)
                    {
                        row = LinkStartRow(document, row);
                    }

                    if (!seen.Add(row) || NameOnLine(document, document.Lines[row]) is not { } found)
                    {
                        continue;
                    }

                    var byline = new Byline(BylineKind.NameBesideDateline, document.Lines[row].Start, document.Lines[row].Length, found.Start, found.Length, found.Name, null)
                    {
                        DatelineStart = document.Lines[dateline.Line].Start,
                    };
                    var judged = Judge(byline, header.ZoneOf(row), names.Reject(found.Name, cued: false), $"a name on its own line beside the article's dateline at line {dateline.Line + 1}");
                    bylines.Add(judged);
                    namedAbove |= step < 0 && judged.IsAccepted;
                }
            }
        }
    }

    /// <summary>
    /// The row a link that goes on over <paramref name="row"/> starts on, else the row itself: a linked name whose title a
    /// printer wrapped (<c>[Jane Roe](https://example.org/jane/ "More</c> / <c>Articles by Jane Roe")</c>) is read from its label.
    /// </summary>
    private static int LinkStartRow(Document document, int row)
    {
        // A row a link's wrapped title opens may start another link carried on from the row above: follow each back.
        while (document.LinkAt(document.Lines[row].Start) is { } link && link.Start < document.Lines[row].Start)
        {
            row = document.GetLineIndex(link.Start);
        }

        return row;
    }

    private static bool IsBlankRow(Document document, int row) => row >= 0 && row < document.Lines.Count && document.Lines[row].IsBlank;

    /// <summary>Inside a gap: a blank line, or one of no word at all (a row of icons: <c>[__](mailto:...)[__](https://twitter.com/...)</c>).</summary>
    private static bool IsGapRow(Document document, int row) =>
        IsBlankRow(document, row) || (row >= 0 && row < document.Lines.Count && (document.Layout.Lines[row].Signals & Layout.LineSignals.Decoration) != 0);

    private static JudgedByline Judge(Byline byline, ArticleZone zone, string? rejection, string acceptance) =>
        rejection is null ? new JudgedByline(byline, zone, true, acceptance) : new JudgedByline(byline, zone, false, rejection);

    /// <summary>
    /// The name a short line starts with, once pictures' placeholders ("[6eef5bc5-c]"), bullets and numbers are set
    /// aside, up to the first separator (a role, a handle or a time may follow: "Jane Roe, Staff Attorney", "James
    /// Akinaka • 8h"). Null for a line too long to be a name line, one that does not start with a capital, or a photo
    /// credit ("Jane Roe/AFP").
    /// </summary>
    internal static (int Start, int Length, string Name)? NameOnLine(Document document, Line line)
    {
        if (line.WordCount > MaxNameLineWords)
        {
            return null;
        }

        var text = document.GetText(line);
        var start = 0;
        while (start < text.Length)
        {
            // A bracket closed without a link's target is a picture's placeholder; a linked name's label is the name.
            if (text[start] == '[' && text[start..].IndexOf(']') is var close and > 0 && !text.Slice(start, close).Contains("](", StringComparison.Ordinal)
                && !text[(start + close + 1)..].StartsWith('('))
            {
                start += close + 1;
            }
            else if (!char.IsLetter(text[start]))
            {
                start++;
            }
            else
            {
                break;
            }
        }

        if (start >= text.Length || !char.IsUpper(text[start]))
        {
            return null;
        }

        if (document.LinkAt(line.Start + start) is { } link && link.LabelStart <= line.Start + start && link.LabelStart + link.LabelLength > line.End)
        {
            // "[Jane" / "Roe](https://…)": a linked name a wrapper broke inside its label is the label, its line break a space.
            var labelEnd = link.LabelStart + link.LabelLength;
            var label = OnOneLine(document.Text[(line.Start + start)..labelEnd]);
            var linked = NameHead().Match(label).Value;
            return linked.Length == label.Length && label.AsSpan().Count(' ') < MaxNameLineWords ? (line.Start + start, labelEnd - line.Start - start, linked) : null;
        }

        var head = NameHead().Match(text[start..].ToString()).Value;
        if (start + head.Length < text.Length && text[start + head.Length] == '/' && !head.EndsWith(' '))
        {
            return null; // "Jane Roe/AFP": a photo credit; a spaced slash separates a name from its paper ("Jane Roe / Gazette")
        }

        if (PlaceOrPaperAfterName().Match(head) is { Success: true } placed)
        {
            head = placed.Groups["name"].Value; // "Jane Roe in Kyiv", "Jane Roe for the Harbour Gazette"
        }

        var name = WithoutOwnHandle(head[..BylineName.GlueEnd(head, BylineName.Words(head))].TrimEnd(' ', '.', ','));
        return name.Length == 0 ? null : (line.Start + start, name.Length, name);
    }

    /// <summary>A name a wrapper broke over lines, read on one: its words joined by single spaces.</summary>
    private static string OnOneLine(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>"Jane Roe janeroe" → "Jane Roe": the writer's handle printed after the name is the name's words joined in lower case.</summary>
    private static string WithoutOwnHandle(string name)
    {
        var last = name.LastIndexOf(' ');
        if (last <= 0)
        {
            return name;
        }

        var handle = name.AsSpan(last + 1);
        var words = name.AsSpan(0, last);
        var joined = words.Length - words.Count(' ');
        if (handle.Length != joined)
        {
            return name;
        }

        var k = 0;
        foreach (var c in words)
        {
            if (c != ' ' && char.ToLowerInvariant(c) != handle[k++])
            {
                return name;
            }
        }

        return name[..last];
    }

    private static string Where(ArticleZone zone) => zone switch
    {
        ArticleZone.Header => "in the article's header",
        ArticleZone.Closing => "in the article's closing credit",
        _ => "in the article's body",
    };

    /// <summary>
    /// A name and where the writer filed from or whom for: "Jane Roe in Kyiv", "Jane Roe in Kyiv and John Doe in Paris",
    /// "Jane Roe for the Harbour Gazette": the place or paper capitalised and ending the line (a headline goes on: "Clinton
    /// Plan for Taxes Is Expansive"), the name at most four words.
    /// </summary>
    [GeneratedRegex(@"^(?<name>\p{Lu}\S*(?:\s+\S+){1,3}?)\s+(?:in|for)\s+(?:the\s+)?\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,3}(?:\s+(?:and|&)\s+\p{Lu}.*)?$")]
    private static partial Regex PlaceOrPaperAfterName();

    /// <summary>The text up to the first separator: a comma, a bar or bullet, a spaced dash, a bracket (a link's label ends at its own), an "@", or a wide gap.</summary>
    [GeneratedRegex(@"^[^,|•·(\[\]@/]+?(?=\s[-–—]\s|\s{2,}|[,|•·(\[\]@/]|$)")]
    private static partial Regex NameHead();
}
