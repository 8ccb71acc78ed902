using System.Collections.Concurrent;
using System.Globalization;
using CorpusLint.Model;
using CorpusLint.Model.Layout;
using CorpusLint.Text;

namespace CorpusLint.Quality;

/// <summary>The held-out verdicts of a page set: each page's flagged lines and, per fold, the options it was measured with.</summary>
/// <param name="FlaggedBy">Page name → 1-based line → what flagged it (the layout's class, or the rule outside the layout).</param>
/// <param name="ChosenFor">Per fold, the grid point chosen on the other folds.</param>
/// <param name="InconsistentPages">Pages where the layout with the shipped options flags other lines than the rules do (should be none).</param>
public sealed record HeldOutResult(
    IReadOnlyDictionary<string, IReadOnlyDictionary<int, string>> FlaggedBy,
    IReadOnlyList<string> ChosenFor,
    IReadOnlyList<string> InconsistentPages);

/// <summary>
/// The honest held-out protocol of SPEC §10 for the layout's tuned numbers: a small grid over a few named
/// <see cref="LayoutOptions"/>; for each site fold, the grid point with the best figures on the <em>other</em> folds is
/// chosen, and the fold is measured with it. The shipped defaults are one grid point, so a fold only gets them when the
/// other folds choose them too. A line counts as flagged when the layout gives it a non-article class (each such class
/// is a CL2xxx rule) or a rule outside the layout (CL2009 template artifacts, CL2012 corpus repetition) covers it; with the
/// shipped options that is exactly what the rules report, which <see cref="HeldOutResult.InconsistentPages"/> checks.
/// </summary>
public static class HeldOutLayout
{
    /// <summary>
    /// The grid: the two numbers that trade most directly between the boilerplate found and the article kept, the cost of a
    /// short line in the body search and the score a further run of prose needs to join the body. Few points, few degrees of
    /// freedom: a grid that can fit every fold says nothing about the next site.
    /// </summary>
    public static IReadOnlyList<LayoutOptions> Grid { get; } =
        [.. from shortScore in new[] { -0.25, -0.35, -0.5 }
            from bridged in new[] { 1.5, 2.5, 4.0 }
            select LayoutOptions.Default with { ShortScore = shortScore, MinBridgedScore = bridged }];

    /// <summary>
    /// The held-out verdicts; when the linter does not run the layout's rules (the probe rules of the quality tool's own
    /// tests), nothing is tuned and every fold gets the rules' own verdicts.
    /// </summary>
    public static HeldOutResult Evaluate(LabelledPageSet set, LintedSet inSample, CorpusLinter linter)
    {
        if (!linter.HasRule("CL2010"))
        {
            return new HeldOutResult(
                set.Pages.ToDictionary(p => p.Name, p => FlaggedLines.Of(inSample.Of(p.RawPath)), StringComparer.Ordinal),
                [.. Enumerable.Repeat("nothing tuned (no layout rules)", set.Folds)],
                []);
        }

        return Evaluate(set, inSample, linter.Jobs);
    }

    private static HeldOutResult Evaluate(LabelledPageSet set, LintedSet inSample, int jobs)
    {
        var documents = new ConcurrentDictionary<string, Document>(StringComparer.Ordinal);
        Parallel.ForEach(set.Pages, new ParallelOptions { MaxDegreeOfParallelism = jobs }, page =>
            documents[page.Name] = Document.Create(page.RawPath, SourceDecoder.Decode(File.ReadAllBytes(page.RawPath))));

        // Rules that do not read the layout's classes flag the same lines whatever its options.
        var outsideLayout = set.Pages.ToDictionary(
            p => p.Name,
            p => FlaggedLines.Of(inSample.Of(p.RawPath).Where(d => d.Id is "CL2009" or "CL2012")),
            StringComparer.Ordinal);
        var verdicts = Enumerable.Range(0, Grid.Count).Select(_ => new IReadOnlyDictionary<int, string>[set.Pages.Count]).ToArray();
        Parallel.For(0, Grid.Count * set.Pages.Count, new ParallelOptions { MaxDegreeOfParallelism = jobs }, k =>
        {
            var (point, index) = (k / set.Pages.Count, k % set.Pages.Count);
            var page = set.Pages[index];
            var layout = documents[page.Name].BuildLayout(Grid[point]);
            var flagged = new Dictionary<int, string>(outsideLayout[page.Name]);
            foreach (var line in layout.Lines.Where(l => !l.IsBlank && !l.IsArticle))
            {
                flagged.TryAdd(line.Index + 1, line.Class.ToString());
            }

            verdicts[point][index] = flagged;
        });

        var scores = Enumerable.Range(0, Grid.Count)
            .Select(point => set.Pages.Select((page, index) => PageScore.Of(page, verdicts[point][index])).ToList())
            .ToList();
        var chosen = Enumerable.Range(0, set.Folds).Select(fold => Choose(set, scores, fold)).ToList();
        var flaggedBy = set.Pages.Select((page, index) => (page.Name, Flagged: verdicts[chosen[page.Fold]][index]))
            .ToDictionary(p => p.Name, p => p.Flagged, StringComparer.Ordinal);

        var defaults = Grid.ToList().FindIndex(o => o == LayoutOptions.Default);
        // A diagnostic covers the blank lines between the lines it reports; the layout gives blank lines no class.
        var inconsistent = set.Pages.Where((page, index) =>
        {
            var document = documents[page.Name];
            var byRules = FlaggedLines.Of(inSample.Of(page.RawPath)).Keys.Where(line => line <= document.Lines.Count && !document.Layout[line - 1].IsBlank);
            return !verdicts[defaults][index].Keys.ToHashSet().SetEquals(byRules);
        }).Select(p => p.Name).ToList();
        return new HeldOutResult(flaggedBy, [.. chosen.Select(Describe)], inconsistent);
    }

    /// <summary>
    /// The grid point with the fewest article lines flagged on the other folds (mean of their pooled rates) among those that
    /// flag enough boilerplate there; when none does, the one with the most boilerplate flagged less article lines flagged.
    /// </summary>
    private static int Choose(LabelledPageSet set, IReadOnlyList<List<PageScore>> scores, int heldOut)
    {
        var training = Enumerable.Range(0, scores.Count).Select(point =>
        {
            var others = scores[point].Where(s => s.Page.Fold != heldOut).ToList();
            var recall = FoldSummary.Mean(FoldFigures.PooledRecall(others, set.Folds));
            var articleRate = FoldSummary.Mean(FoldFigures.PooledArticleRate(others, set.Folds));
            return (Point: point, Recall: recall, ArticleRate: articleRate);
        }).ToList();
        var meeting = training.Where(t => t.Recall >= set.RecallTarget).ToList();
        return meeting.Count > 0
            ? meeting.OrderBy(t => t.ArticleRate).ThenByDescending(t => t.Recall).ThenBy(t => t.Point).First().Point
            : training.OrderByDescending(t => t.Recall - t.ArticleRate).ThenBy(t => t.Point).First().Point;
    }

    private static string Describe(int point)
    {
        var options = Grid[point];
        var text = string.Create(CultureInfo.InvariantCulture,
            $"ShortScore {options.ShortScore}, MinBridgedScore {options.MinBridgedScore}");
        return options == LayoutOptions.Default ? text + " (the defaults)" : text;
    }
}
