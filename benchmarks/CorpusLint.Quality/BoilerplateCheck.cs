using System.Diagnostics;
using System.Globalization;
using CorpusLint.Rules;

namespace CorpusLint.Quality;

/// <summary>
/// SPEC §10 / issues 3 and 9: on labelled scraped pages, the CL2xxx rules must flag the boilerplate (B) lines and
/// spare the article (C) lines, measured <b>held out by site</b>: each site fold is linted with the layout options
/// chosen on the other folds (<see cref="HeldOutLayout"/>), and the mean and worst fold are reported, pooled over
/// lines and per page. The figure with the shipped options on every page (tuned, in-sample) is printed beside it.
/// </summary>
public static class BoilerplateCheck
{
    public static QualitySection Run(LabelledPageSet set, CorpusLinter linter, string? dumpFolder = null) => Run(set, linter, dumpFolder, out _);

    public static QualitySection Run(LabelledPageSet set, CorpusLinter linter, string? dumpFolder, out HeldOutFigures? figures)
    {
        figures = null;
        var stopwatch = Stopwatch.StartNew();
        var section = new QualitySection(set.Title);
        var sites = set.Pages.Select(p => p.Site).Distinct(StringComparer.Ordinal).Count();
        section.Details.Add($"{set.Pages.Count} pages from {sites} sites in {set.Folds} site folds (a site's pages are all in one fold)");
        if (!linter.HasAnyRule([(2000, 2999)]))
        {
            section.Add("B lines flagged (recall)", "no CL2xxx rules yet", Percent(set.RecallTarget, ">="), FigureStatus.NotImplemented);
            section.Add("C lines flagged", "no CL2xxx rules yet", Percent(set.ArticleRateTarget, "<="), FigureStatus.NotImplemented);
            section.Elapsed = stopwatch.Elapsed;
            return section;
        }

        var inSample = linter.Lint(set.Pages.Select(p => p.RawPath));
        var inSampleScores = set.Pages.Select(p => PageScore.Of(p, FlaggedLines.Of(inSample.Of(p.RawPath)))).ToList();
        var heldOut = HeldOutLayout.Evaluate(set, inSample, linter);
        var scores = set.Pages.Select(p => PageScore.Of(p, heldOut.FlaggedBy[p.Name])).ToList();

        var recall = FoldFigures.PooledRecall(scores, set.Folds);
        var articleRate = FoldFigures.PooledArticleRate(scores, set.Folds);
        var pageRecall = FoldFigures.PerPage(scores, set.Folds, s => s.Recall);
        var pageArticleRate = FoldFigures.PerPage(scores, set.Folds, s => s.ArticleRate);
        var meanRecall = FoldSummary.Mean(recall);
        var meanArticleRate = FoldSummary.Mean(articleRate);
        figures = new HeldOutFigures(meanRecall, meanArticleRate, pageRecall.Average(), pageArticleRate.Average(),
            scores.Select(s => s.ArticleRate).OfType<double>().DefaultIfEmpty().Max());
        section.Add(
            "held out: B lines flagged, pooled",
            $"{Rate(meanRecall)} mean of {set.Folds} site folds; worst fold {Rate(FoldSummary.Worst(recall, higherIsBetter: true).Rate)}",
            set.Informational ? "-" : Percent(set.RecallTarget, ">=") + " (mean)",
            Verdict(set, meanRecall >= set.RecallTarget));
        section.Add(
            "held out: C lines flagged, pooled",
            $"{Rate(meanArticleRate)} mean of {set.Folds} site folds; worst fold {Rate(FoldSummary.Worst(articleRate, higherIsBetter: false).Rate)}",
            set.Informational ? "-" : Percent(set.ArticleRateTarget, "<=") + " (mean)",
            Verdict(set, meanArticleRate <= set.ArticleRateTarget));
        section.Add(
            "held out: B lines flagged, per page",
            $"{Rate(pageRecall.Average())} mean of folds; worst fold {Rate(pageRecall.Min())}",
            "-",
            FigureStatus.Info);
        section.Add(
            "held out: C lines flagged, per page",
            $"{Rate(pageArticleRate.Average())} mean of folds; worst fold {Rate(pageArticleRate.Max())}",
            "-",
            FigureStatus.Info);
        if (set.MaxPageArticleRate is { } maxPage)
        {
            var above = scores.Where(s => s.ArticleRate > maxPage).OrderByDescending(s => s.ArticleRate).ToList();
            section.Add(
                $"held out: pages with more than {Rate(maxPage)} of C lines flagged",
                above.Count == 0 ? "0" : $"{above.Count}: " + string.Join(", ", above.Take(6).Select(s => $"{s.Page.Name} {Rate(s.ArticleRate!.Value)}")),
                "0",
                above.Count == 0 ? FigureStatus.Pass : FigureStatus.Fail);
        }

        section.Add(
            "layout with the shipped options flags what the rules flag",
            heldOut.InconsistentPages.Count == 0 ? "all pages" : $"{heldOut.InconsistentPages.Count} pages differ: " + string.Join(", ", heldOut.InconsistentPages.Take(5)),
            "all pages",
            heldOut.InconsistentPages.Count == 0 ? FigureStatus.Pass : FigureStatus.Fail);
        var tunedB = Sum(inSampleScores, s => s.BFlagged, s => s.B);
        var tunedC = Sum(inSampleScores, s => s.CFlagged, s => s.C);
        section.Add("tuned (in-sample): B / C lines flagged, pooled", $"{Format.Percent(tunedB.Part, tunedB.Whole)} / {Format.Percent(tunedC.Part, tunedC.Whole)}", "-", FigureStatus.Info);
        if (set.Key == "boilerplate")
        {
            section.Add("C4 line filter, for comparison", "96% of B, 31% of C", "-", FigureStatus.Info);
        }

        var mismatched = set.Pages.Sum(CountMismatchedLabels);
        if (mismatched > 0)
        {
            section.Details.Add($"note: {mismatched} labelled lines differ from the raw text at their line number (line counting mismatch?)");
        }

        AddFoldTable(section, set, scores, heldOut);
        AddExamples(section, set, inSample, scores);
        if (dumpFolder is not null)
        {
            Dump(dumpFolder, set, heldOut);
        }

        SeedsCheck.AddRuleFailures(section, inSample);
        section.Elapsed = stopwatch.Elapsed;
        return section;
    }

    private static FigureStatus Verdict(LabelledPageSet set, bool met) =>
        set.Informational ? FigureStatus.Info : met ? FigureStatus.Pass : FigureStatus.Fail;

    private static void AddFoldTable(QualitySection section, LabelledPageSet set, IReadOnlyList<PageScore> scores, HeldOutResult heldOut)
    {
        section.Details.Add($"held out: each fold measured with the point of a {HeldOutLayout.Grid.Count}-point grid over LayoutOptions chosen on the other folds (HeldOutLayout)");
        section.Details.Add("held out, by fold: pages (sites) | B pooled | C pooled | B per page | C per page | options chosen on the other folds");
        for (var fold = 0; fold < set.Folds; fold++)
        {
            var inFold = scores.Where(s => s.Page.Fold == fold).ToList();
            var b = Sum(inFold, s => s.BFlagged, s => s.B);
            var c = Sum(inFold, s => s.CFlagged, s => s.C);
            var pageB = inFold.Select(s => s.Recall).OfType<double>().DefaultIfEmpty().Average();
            var pageC = inFold.Select(s => s.ArticleRate).OfType<double>().DefaultIfEmpty().Average();
            var foldSites = inFold.Select(s => s.Page.Site).Distinct(StringComparer.Ordinal).Count();
            section.Details.Add(
                $"    fold {fold}: {inFold.Count} ({foldSites}) | {Format.Percent(b.Part, b.Whole)} | {Format.Percent(c.Part, c.Whole)} | {Rate(pageB)} | {Rate(pageC)} | {heldOut.ChosenFor[fold]}");
        }
    }

    private static void AddExamples(QualitySection section, LabelledPageSet set, LintedSet inSample, IReadOnlyList<PageScore> scores)
    {
        var cByRule = new Dictionary<string, int>(StringComparer.Ordinal);
        var bByRule = new Dictionary<string, int>(StringComparer.Ordinal);
        var falsePositives = new List<(string Where, string Rules, string Text)>();
        var missed = new List<(string Where, string Text)>();
        foreach (var page in set.Pages)
        {
            var flaggedBy = FlaggedLines.Of(inSample.Of(page.RawPath));
            foreach (var label in page.Labels.Where(l => l.Label is 'B' or 'C' && !string.IsNullOrWhiteSpace(l.Text)))
            {
                var where = $"{page.Name}.raw.txt:{label.Line}";
                if (flaggedBy.TryGetValue(label.Line, out var rules))
                {
                    foreach (var id in rules.Split('+'))
                    {
                        var counts = label.Label == 'B' ? bByRule : cByRule;
                        counts[id] = counts.GetValueOrDefault(id) + 1;
                    }

                    if (label.Label == 'C')
                    {
                        falsePositives.Add((where, rules, label.Text));
                    }
                }
                else if (label.Label == 'B')
                {
                    missed.Add((where, label.Text));
                }
            }
        }

        section.Details.Add("in-sample, B lines covered by rule: " + Top(bByRule));
        section.Details.Add("in-sample, C lines covered by rule (false positives): " + Top(cByRule));
        var worst = scores.Where(s => s.ArticleRate > 0).OrderByDescending(s => s.CFlagged).Take(8);
        section.Details.Add("held out, most C lines flagged: " + string.Join(", ", worst.Select(s => $"{s.Page.Name} {s.CFlagged}/{s.C}")));
        foreach (var (where, rules, text) in CleanBudgetCheck.Spread(falsePositives, 8))
        {
            section.Details.Add($"    C flagged  {where} {rules}  {Format.Clip(text.Trim(), 80)}");
        }

        foreach (var (where, text) in CleanBudgetCheck.Spread(missed, 8))
        {
            section.Details.Add($"    B missed   {where}  {Format.Clip(text.Trim(), 80)}");
        }
    }

    /// <summary>Every flagged article line and missed boilerplate line, held out, for an engineer (into a git-ignored folder: corpus text).</summary>
    private static void Dump(string folder, LabelledPageSet set, HeldOutResult heldOut)
    {
        Directory.CreateDirectory(folder);
        using var flagged = new StreamWriter(Path.Combine(folder, set.Key + "-article-flagged.txt"));
        using var missed = new StreamWriter(Path.Combine(folder, set.Key + "-boilerplate-missed.txt"));
        foreach (var page in set.Pages)
        {
            var flaggedBy = heldOut.FlaggedBy[page.Name];
            foreach (var label in page.Labels.Where(l => !string.IsNullOrWhiteSpace(l.Text)))
            {
                var where = $"{page.Name}:{label.Line}\tfold {page.Fold}";
                if (label.Label == 'C' && flaggedBy.TryGetValue(label.Line, out var rules))
                {
                    flagged.WriteLine($"{where}\t{rules}\t{label.Text.Trim()}");
                }
                else if (label.Label == 'B' && !flaggedBy.ContainsKey(label.Line))
                {
                    missed.WriteLine($"{where}\t{label.Text.Trim()}");
                }
            }
        }
    }

    private static int CountMismatchedLabels(LabelledPage page)
    {
        var raw = File.ReadAllText(page.RawPath).Split('\n');
        return page.Labels.Count(l => l.Line > raw.Length || raw[l.Line - 1].TrimEnd('\r').Trim() != l.Text.Trim());
    }

    private static (int Part, int Whole) Sum(IEnumerable<PageScore> scores, Func<PageScore, int> part, Func<PageScore, int> whole) =>
        scores.Aggregate((0, 0), (a, s) => (a.Item1 + part(s), a.Item2 + whole(s)));

    private static string Rate(double value) => (100 * value).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Percent(double target, string relation) => $"{relation} {(100 * target).ToString("0", CultureInfo.InvariantCulture)}%";

    private static string Top(Dictionary<string, int> counts) =>
        counts.Count == 0 ? "none" : string.Join(", ", counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key} {kv.Value}"));
}

/// <summary>The held-out figures of a page set: means over the site folds, pooled and per page, and the worst page.</summary>
public sealed record HeldOutFigures(double Recall, double ArticleRate, double PageRecall, double PageArticleRate, double WorstPageArticleRate);

/// <summary>The lines a document's CL2xxx diagnostics cover.</summary>
public static class FlaggedLines
{
    /// <summary>1-based line → the CL2xxx rules covering it, joined by '+'.</summary>
    public static IReadOnlyDictionary<int, string> Of(IEnumerable<LintDiagnostic> diagnostics)
    {
        var byLine = new SortedDictionary<int, SortedSet<string>>();
        foreach (var diagnostic in diagnostics.Where(d => RuleFamilies.FamilyOf(d.Id) == "2"))
        {
            var endLine = diagnostic.End.Line > diagnostic.Start.Line && diagnostic.End.Column == 1 ? diagnostic.End.Line - 1 : diagnostic.End.Line;
            for (var line = diagnostic.Start.Line; line <= Math.Max(endLine, diagnostic.Start.Line); line++)
            {
                if (!byLine.TryGetValue(line, out var rules))
                {
                    byLine[line] = rules = new SortedSet<string>(StringComparer.Ordinal);
                }

                rules.Add(diagnostic.Id);
            }
        }

        return byLine.ToDictionary(kv => kv.Key, kv => string.Join('+', kv.Value));
    }
}
