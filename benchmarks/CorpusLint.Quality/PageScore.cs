namespace CorpusLint.Quality;

/// <summary>
/// How one labelled page fared: its boilerplate (B) and article (C) lines and how many of each the CL2xxx rules
/// flagged. Blank lines and lines of any other label (mixed, unsure, headline) are not counted.
/// </summary>
public sealed record PageScore(LabelledPage Page, int B, int BFlagged, int C, int CFlagged)
{
    /// <summary>Share of the page's article lines flagged, or null when it has none.</summary>
    public double? ArticleRate => C == 0 ? null : (double)CFlagged / C;

    /// <summary>Share of the page's boilerplate lines flagged, or null when it has none.</summary>
    public double? Recall => B == 0 ? null : (double)BFlagged / B;

    /// <param name="flaggedBy">1-based line number → the rules that cover it (absent when no rule does).</param>
    public static PageScore Of(LabelledPage page, IReadOnlyDictionary<int, string> flaggedBy)
    {
        int b = 0, bFlagged = 0, c = 0, cFlagged = 0;
        foreach (var label in page.Labels)
        {
            if (string.IsNullOrWhiteSpace(label.Text))
            {
                continue;
            }

            var flagged = flaggedBy.ContainsKey(label.Line);
            if (label.Label == 'B')
            {
                b++;
                bFlagged += flagged ? 1 : 0;
            }
            else if (label.Label == 'C')
            {
                c++;
                cFlagged += flagged ? 1 : 0;
            }
        }

        return new PageScore(page, b, bFlagged, c, cFlagged);
    }
}

/// <summary>Figures of a set of page scores by site fold (SPEC §10): pooled over the fold's lines and averaged over its pages.</summary>
public static class FoldFigures
{
    /// <summary>Per fold, the share of the fold's B lines flagged (pooled).</summary>
    public static IReadOnlyList<FoldRate> PooledRecall(IReadOnlyList<PageScore> scores, int folds) =>
        Pooled(scores, folds, s => (s.BFlagged, s.B));

    /// <summary>Per fold, the share of the fold's C lines flagged (pooled).</summary>
    public static IReadOnlyList<FoldRate> PooledArticleRate(IReadOnlyList<PageScore> scores, int folds) =>
        Pooled(scores, folds, s => (s.CFlagged, s.C));

    /// <summary>Per fold, the mean over its pages of each page's rate (pages without such lines left out).</summary>
    public static IReadOnlyList<double> PerPage(IReadOnlyList<PageScore> scores, int folds, Func<PageScore, double?> rate) =>
        [.. Enumerable.Range(0, folds).Select(f => scores.Where(s => s.Page.Fold == f).Select(rate).OfType<double>().DefaultIfEmpty().Average())];

    private static FoldRate[] Pooled(IReadOnlyList<PageScore> scores, int folds, Func<PageScore, (int Part, int Whole)> select) =>
        [.. Enumerable.Range(0, folds).Select(f =>
        {
            var (part, whole) = scores.Where(s => s.Page.Fold == f).Select(select).Aggregate((0, 0), (a, x) => (a.Item1 + x.Part, a.Item2 + x.Whole));
            return new FoldRate(f, part, whole);
        })];
}
