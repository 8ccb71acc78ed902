using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using CorpusLint.Model;
using CorpusLint.Model.Attribution;

namespace CorpusLint.Quality;

/// <summary>One readability page's gold attribution (<c>metadata.tsv</c>: Readability's metadata from the page's HTML).</summary>
public sealed record GoldAttribution(string Name, string Byline, string PublishedTime)
{
    /// <summary>The page's title (<c>og:title</c> or <c>&lt;title&gt;</c>), empty when the metadata has none.</summary>
    public string Title { get; init; } = "";
}

/// <summary>
/// Issue 15: bylines and publication dates on the readability pages, held out by site (SPEC §10), and nothing
/// invented on <c>clean/</c>. The gold comes from each page's HTML metadata, so it may not be printed in the text at
/// all; figures count only pages whose gold is printed, decided mechanically:
/// <list type="bullet">
/// <item>byline: the gold is cut to names (a leading "By"/"Written by" dropped; cut at three spaces, "(", "@" or a
/// digit; split on commas, "and" and "&amp;"; parts of two words or more kept, labels with a colon dropped). It is printed when one of those names
/// occurs in the raw text as whole words (case and spacing ignored), and found when a byline or source credit the
/// model takes as the article's is that name;</item>
/// <item>date: the gold's day, or with a time and a UTC offset every day that instant falls on somewhere (UTC−12 to
/// UTC+14: a page prints its local date), written in any of <see cref="PrintedFormats"/> (formatted by .NET, not by
/// CorpusLint's recogniser), printed anywhere in the raw text. The chosen publication date is right when it is one of
/// those days, another day when it is not, none when nothing is chosen.</item>
/// </list>
/// Pages are split into folds by site; nothing is fitted per fold, so each fold's figure is that of rules that never
/// saw its site's other pages, and the report gives every fold, the mean and the worst.
/// </summary>
public static partial class BylineDateCheck
{
    /// <summary>
    /// Pages whose own text contradicts their gold date, each reviewed by hand: no model that reads the page can give
    /// the gold, so the date targets apply to the other pages and these are reported apart.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> ReviewedGoldDates = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["rd_bug_1255978"] = "its header prints one date, another day than the metadata's published_time, which the text never prints",
    };

    /// <summary>
    /// Pages whose gold byline is not a name the page prints as its author, each reviewed by hand: the byline figures are
    /// of the other pages, and what the model took on these is listed apart.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> ReviewedGoldBylines = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["rd_royal_road"] = "the metadata's author is a button's label (\"Follow Author\"); the page prints its author under \"by\" and in its author box",
    };

    public const double BylineTarget = 0.85;
    public const double DateRightTarget = 0.70;
    public const double AnotherDayTarget = 0.03;

    /// <summary>How pages print a date, for deciding that the gold date is printed.</summary>
    public static readonly IReadOnlyList<string> PrintedFormats =
    [
        "MMMM d, yyyy", "MMM d, yyyy", "MMM. d, yyyy", "MMMM dd, yyyy", "d MMMM yyyy", "dd MMMM yyyy", "d MMM yyyy", "dd MMM yyyy",
        "d MMM, yyyy", "yyyy-MM-dd", "MM/dd/yyyy", "M/d/yyyy", "dd/MM/yyyy", "dd.MM.yyyy",
    ];

    public static QualitySection Run(string corpus, CorpusLinter linter)
    {
        var stopwatch = Stopwatch.StartNew();
        var section = new QualitySection("Bylines and publication dates: boilerplate/readability held out by site, clean/ (issue 15)");
        var folder = Path.Combine(corpus, "boilerplate", "readability");
        var metadata = File.ReadAllText(Path.Combine(folder, "metadata.tsv"));
        var folds = SiteFolds.Assign(SiteFolds.ReadabilitySites(metadata));
        var pages = ParseMetadata(metadata).Select(gold => Measure(gold, File.ReadAllText(Path.Combine(folder, gold.Name + ".raw.txt")))).ToList();
        var foldCount = folds.Values.Max() + 1;
        FoldRate[] Rates(Func<PageResult, bool> inWhole, Func<PageResult, bool> inPart) =>
            [.. Enumerable.Range(0, foldCount).Select(f => pages.Where(p => folds[p.Name] == f && inWhole(p)).ToList()).Select((inFold, f) => new FoldRate(f, inFold.Count(inPart), inFold.Count))];

        var bylinePrinted = pages.Count(p => p.BylinePrinted);
        var datePrinted = pages.Count(p => p.DatePrinted);
        var dated = pages.Count(p => p.HasGoldDate);
        section.Details.Add($"{pages.Count} pages in {foldCount} site folds; gold byline printed on {bylinePrinted}, gold date on {datePrinted} (of {dated} with a gold date)");
        bool BylineReviewed(PageResult page) => ReviewedGoldBylines.ContainsKey(page.Name);
        AddFoldFigure(section, "byline found (of printed)", Rates(p => p.BylinePrinted && !BylineReviewed(p), p => p.BylineFound), higherIsBetter: true, BylineTarget);
        foreach (var page in pages.Where(BylineReviewed))
        {
            section.Details.Add($"reviewed gold byline: {page.Name}: {ReviewedGoldBylines[page.Name]}; took {(page.Bylines.Count == 0 ? "none" : string.Join(" / ", page.Bylines))}");
        }

        bool Reviewed(PageResult page) => ReviewedGoldDates.ContainsKey(page.Name);
        AddFoldFigure(section, "date right (of printed)", Rates(p => p.DatePrinted && !Reviewed(p), p => p.DateVerdict == DateOutcome.Right), higherIsBetter: true, DateRightTarget);
        AddFoldFigure(section, "date another day (of all with a gold date)", Rates(p => p.HasGoldDate && !Reviewed(p), p => p.DateVerdict == DateOutcome.AnotherDay), higherIsBetter: false, AnotherDayTarget);
        var reviewed = pages.Where(Reviewed).ToList();
        section.Add(
            "date another day, reviewed pages apart",
            $"{reviewed.Count(p => p.DateVerdict == DateOutcome.AnotherDay)} of {reviewed.Count}; with them {Format.Percent(pages.Count(p => p.DateVerdict == DateOutcome.AnotherDay), dated)} pooled",
            "-",
            FigureStatus.Info);
        foreach (var page in reviewed)
        {
            section.Details.Add($"reviewed gold: {page.Name}: {ReviewedGoldDates[page.Name]}");
        }

        section.Add("date none (of printed), pooled", Format.Percent(pages.Count(p => p.DatePrinted && p.DateVerdict == DateOutcome.None), datePrinted), "-", FigureStatus.Info);
        var titled = pages.Count(p => p.TitlePrinted);
        section.Add("headline kept as the article's, a copy of it (of printed as a line), pooled", Format.Percent(pages.Count(p => p.TitleKept), titled), "-", FigureStatus.Info);
        var bylineScored = pages.Where(p => p.BylinePrinted && !BylineReviewed(p)).ToList();
        section.Add("byline of another name (of printed), pooled", Format.Percent(bylineScored.Count(p => !p.BylineFound && p.Bylines.Count > 0), bylineScored.Count), "-", FigureStatus.Info);

        AddCleanFigures(section, corpus, linter);

        section.Details.Add("bylines missed: " + string.Join(", ", bylineScored.Where(p => !p.BylineFound).Select(p => p.Bylines.Count == 0 ? p.Name : $"{p.Name} (took {string.Join(" / ", p.Bylines)})")));
        section.Details.Add("dates not right: " + string.Join(", ", pages.Where(p => (p.DatePrinted && p.DateVerdict != DateOutcome.Right) || p.DateVerdict == DateOutcome.AnotherDay)
            .Select(p => $"{p.Name} ({p.DateVerdict}{(p.Chosen is { } c ? " " + c.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "")}{(p.DatePrinted ? "" : ", gold not printed")})")));
        section.Elapsed = stopwatch.Elapsed;
        return section;
    }

    public enum DateOutcome
    {
        NoGold,
        Right,
        AnotherDay,
        None,
    }

    /// <summary>What the model made of one page, against its gold.</summary>
    public sealed record PageResult(
        string Name,
        bool BylinePrinted,
        bool BylineFound,
        IReadOnlyList<string> Bylines,
        bool HasGoldDate,
        bool DatePrinted,
        DateOutcome DateVerdict,
        DateOnly? Chosen)
    {
        /// <summary>Whether a line of the page is the gold title (or its part before " | ", " - "): the printed headline.</summary>
        public bool TitlePrinted { get; init; }

        /// <summary>Whether the layout keeps one of those lines as the article's (no boilerplate rule reports it).</summary>
        public bool TitleKept { get; init; }
    }

    public static IReadOnlyList<GoldAttribution> ParseMetadata(string tsv)
    {
        var lines = tsv.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();
        var header = lines[0].Split('\t');
        int Column(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i : throw new FormatException($"metadata.tsv: no '{name}' column");
        var (name, byline, published, title) = (Column("name"), Column("byline"), Column("published_time"), Column("title"));
        return [.. lines.Skip(1).Select(l => l.Split('\t')).Select(c => new GoldAttribution(
            c[name], byline < c.Length ? c[byline] : "", published < c.Length ? c[published] : "") { Title = title < c.Length ? c[title] : "" })];
    }

    /// <summary>
    /// Measures one page. A gold byline the page prints as its copyright holder (<c>Copyright © 2013, Los Angeles
    /// Times</c>) is the publisher a site's author tag names, not a writer: it is not counted as a printed byline.
    /// </summary>
    public static PageResult Measure(GoldAttribution gold, string raw)
    {
        var document = Document.FromText(gold.Name + ".raw.txt", raw);
        var choice = document.AttributionChoice;
        var flat = Flatten(raw);
        var holders = CopyrightHolders().Matches(flat).Select(m => m.Value).ToList();
        var printedNames = GoldNames(gold.Byline).Select(Flatten)
            .Where(n => ContainsWords(flat, n) && !holders.Any(h => ContainsWords(h, n)))
            .ToHashSet(StringComparer.Ordinal);
        var taken = choice.Bylines.SelectMany(b => SplitNames(b.Name)).Concat(choice.SourceCredits.Select(c => c.Source)).Select(Flatten).ToHashSet(StringComparer.Ordinal);
        var days = GoldDays(gold.PublishedTime);
        var datePrinted = days.Any(d => PrintedFormats.Any(f => flat.Contains(Flatten(d.ToString(f, CultureInfo.InvariantCulture)), StringComparison.Ordinal)));
        var chosen = document.PublicationDate?.Date;
        var titleLines = TitleLines(document, gold.Title);
        var outcome = days.Count == 0 ? DateOutcome.NoGold : chosen is null ? DateOutcome.None : days.Contains(chosen.Value) ? DateOutcome.Right : DateOutcome.AnotherDay;
        return new PageResult(
            gold.Name,
            printedNames.Count > 0,
            printedNames.Overlaps(taken),
            [.. choice.Bylines.Select(b => b.Name)],
            days.Count > 0,
            datePrinted,
            outcome,
            chosen)
        {
            TitlePrinted = titleLines.Count > 0,
            TitleKept = titleLines.Any(i => document.Layout[i].IsArticle),
        };
    }

    /// <summary>
    /// The lines that are the title whole or its part before a site's name (" | Site", " - Site"), case and spacing
    /// ignored: a page prints its headline in a menu or a title bar as well as over the article.
    /// </summary>
    public static IReadOnlyList<int> TitleLines(Document document, string title)
    {
        var wanted = new[] { title, TitleSeparator().Split(title)[0] }.Select(Flatten).Where(t => t.Split(' ').Length >= 2).ToHashSet(StringComparer.Ordinal);
        var lines = new List<int>();
        for (var i = 0; i < document.Lines.Count && wanted.Count > 0; i++)
        {
            if (wanted.Contains(Flatten(document.GetText(document.Lines[i]).ToString().Trim('#', '*', ' '))))
            {
                lines.Add(i);
            }
        }

        return lines;
    }

    /// <summary>The person names in a gold byline ("By Jane  Roe, MA   Health News" → "Jane Roe").</summary>
    public static IReadOnlyList<string> GoldNames(string byline)
    {
        var text = ByCue().Replace(byline.Trim(), "");
        var cut = GoldCut().Match(text);
        if (cut.Success)
        {
            text = text[..cut.Index];
        }

        return [.. SplitNames(text).Where(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 2 && !n.Contains(':'))];
    }

    /// <summary>
    /// The days the gold publication time falls on: its written date, or, with a time and a UTC offset, the days of
    /// that instant from UTC−12 to UTC+14 (a page prints the publisher's local date).
    /// </summary>
    public static IReadOnlySet<DateOnly> GoldDays(string publishedTime)
    {
        var value = publishedTime.Trim();
        if (value.Length < 10 || !DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var written))
        {
            return new HashSet<DateOnly>();
        }

        var days = new HashSet<DateOnly> { written };
        if (HasOffset().IsMatch(value) && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            days.Add(DateOnly.FromDateTime(instant.UtcDateTime.AddHours(-12)));
            days.Add(DateOnly.FromDateTime(instant.UtcDateTime.AddHours(14)));
            days.Add(DateOnly.FromDateTime(instant.UtcDateTime));
        }

        return days;
    }

    private static void AddFoldFigure(QualitySection section, string name, IReadOnlyList<FoldRate> folds, bool higherIsBetter, double target)
    {
        var measured = folds.Where(f => f.Whole > 0).ToList();
        if (measured.Count == 0)
        {
            section.Add(name, "no pages", Target(target, higherIsBetter), FigureStatus.Info);
            return;
        }

        var mean = FoldSummary.Mean(folds);
        var worst = FoldSummary.Worst(folds, higherIsBetter);
        var value = $"mean {Percent(mean)}, worst fold {Percent(worst.Rate)} ({string.Join(" ", measured.Select(f => $"{f.Part}/{f.Whole}"))}); pooled {Format.Percent(folds.Sum(f => f.Part), folds.Sum(f => f.Whole))}";
        var pass = higherIsBetter ? mean >= target : mean <= target;
        section.Add(name + ", held out", value, Target(target, higherIsBetter) + " (mean)", pass ? FigureStatus.Pass : FigureStatus.Fail);
    }

    private static void AddCleanFigures(QualitySection section, string corpus, CorpusLinter linter)
    {
        var (files, inventedBylines, inventedDates) = InventedOnClean(corpus, linter.Jobs);
        section.Add("clean/: documents with a byline taken without a cue", $"{inventedBylines.Count} of {files}", "0", inventedBylines.Count == 0 ? FigureStatus.Pass : FigureStatus.Fail);
        section.Add("clean/: documents with a publication or update date", $"{inventedDates.Count} of {files}", "0", inventedDates.Count == 0 ? FigureStatus.Pass : FigureStatus.Fail);
        foreach (var file in inventedBylines.Concat(inventedDates).Order(StringComparer.Ordinal).Take(10))
        {
            section.Details.Add($"    invented on clean/{file}");
        }
    }

    /// <summary>
    /// clean/ prints no byline line and no dateline (a few articles end with a wire credit or an author's bio, which
    /// have their cue): a name taken without a cue, or a lower-case "by" taken as a byline, or any date, is invented.
    /// Returns the number of documents and the names of those with an invented byline or date.
    /// </summary>
    public static (int Files, IReadOnlyList<string> Bylines, IReadOnlyList<string> Dates) InventedOnClean(string corpus, int jobs)
    {
        var files = Directory.GetFiles(Path.Combine(corpus, "clean"), "*.txt").Order(StringComparer.Ordinal).ToList();
        var inventedBylines = new List<string>();
        var inventedDates = new List<string>();
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, jobs) }, file =>
        {
            var document = Document.FromText(file, File.ReadAllText(file));
            var name = Path.GetFileName(file);
            if (document.AttributionChoice.Bylines.Any(b => b.Kind is BylineKind.NameOnDateline or BylineKind.NameBesideDateline || b.HeaderOnly))
            {
                lock (inventedBylines)
                {
                    inventedBylines.Add(name);
                }
            }

            if (document.PublicationDateChoice.IsDated)
            {
                lock (inventedDates)
                {
                    inventedDates.Add(name);
                }
            }
        });

        return (files.Count, inventedBylines, inventedDates);
    }

    private static IEnumerable<string> SplitNames(string names) =>
        AndOrComma().Split(names).Select(n => Spaces().Replace(n, " ").Trim(' ', '.', ',')).Where(n => n.Length > 0);

    /// <summary>Lower case, one space between words.</summary>
    private static string Flatten(string text) => Spaces().Replace(text, " ").Trim().ToLowerInvariant();

    private static bool ContainsWords(string text, string words)
    {
        for (var at = text.IndexOf(words, StringComparison.Ordinal); at >= 0; at = text.IndexOf(words, at + 1, StringComparison.Ordinal))
        {
            var end = at + words.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    private static string Percent(double rate) => (100 * rate).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Target(double target, bool higherIsBetter) => (higherIsBetter ? ">= " : "<= ") + Percent(target);

    [GeneratedRegex(@"^(?:written\s+)?by\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ByCue();

    /// <summary>Where a gold byline's names end: a wide gap, a bracket, an address, a number, or a bar before a handle ("Jane Roe | jroe@…").</summary>
    [GeneratedRegex(@"\s{3,}|[(@\d|]")]
    private static partial Regex GoldCut();

    [GeneratedRegex(@"\s*,\s*|\s+and\s+|\s*&\s*", RegexOptions.IgnoreCase)]
    private static partial Regex AndOrComma();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    // The holder follows the mark within a few words, on the text with its line breaks as spaces: a wrapping printer
    // may break the holder's name, and one that joins a page's lines must not make the rest of the page the holder.
    [GeneratedRegex(@"(?:©|\(c\)|\bcopyright\b).{0,60}")]
    private static partial Regex CopyrightHolders();

    [GeneratedRegex(@"T\d\d:\d\d.*(?:Z|[+-]\d\d:?\d\d)$")]
    private static partial Regex HasOffset();

    [GeneratedRegex(@"\s+[|\-–—]\s+")]
    private static partial Regex TitleSeparator();
}
