using System.Globalization;
using System.Text.RegularExpressions;

namespace CorpusLint.Quality;

/// <summary>
/// Splits labelled pages into folds by site (SPEC §10): every page of one site lands in the same fold, so a
/// figure measured on a fold comes from sites that tuning on the other folds never saw. Sites are dealt to
/// folds largest first, each to the fold with the fewest pages so far (ties by fold number), which is
/// deterministic and keeps the folds balanced.
/// </summary>
public static partial class SiteFolds
{
    public const int DefaultFoldCount = 5;

    /// <summary>Page name → site for <c>boilerplate/scrapinghub/index.tsv</c>: the URL's host without <c>www.</c>.</summary>
    public static IReadOnlyDictionary<string, string> ScrapinghubSites(string indexTsv)
    {
        var sites = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in Rows(indexTsv, "name", "url"))
        {
            var host = Uri.TryCreate(row[1], UriKind.Absolute, out var uri) ? uri.Host : row[1];
            sites[row[0]] = host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..].ToLowerInvariant() : host.ToLowerInvariant();
        }

        return sites;
    }

    /// <summary>
    /// Page name → site for <c>boilerplate/readability/metadata.tsv</c>. Two pages share a site when they share a
    /// <c>site_name</c> or a name stem (<c>rd_nytimes_1</c> and <c>rd_nytimes_3</c>; <c>rd_wikipedia</c> and
    /// <c>rd_wikipedia_2</c>), transitively; the site is named by the group's first page.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ReadabilitySites(string metadataTsv)
    {
        var rows = Rows(metadataTsv, "name", "site_name").ToList();
        var parent = Enumerable.Range(0, rows.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        var owner = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            foreach (var key in new[] { "stem:" + Stem(rows[i][0]), "site:" + rows[i][1].Trim().ToLowerInvariant() })
            {
                if (key == "site:")
                {
                    continue;
                }

                if (owner.TryGetValue(key, out var other))
                {
                    parent[Find(i)] = Find(other);
                }
                else
                {
                    owner[key] = i;
                }
            }
        }

        var sites = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            sites[rows[i][0]] = Stem(rows[Find(i)][0]);
        }

        return sites;
    }

    /// <summary>The fold (0-based) of each page, <paramref name="folds"/> folds, balanced by page count.</summary>
    public static IReadOnlyDictionary<string, int> Assign(IReadOnlyDictionary<string, string> siteOfPage, int folds = DefaultFoldCount)
    {
        var pagesOfSite = siteOfPage.GroupBy(kv => kv.Value, StringComparer.Ordinal)
            .Select(g => (Site: g.Key, Pages: g.Select(kv => kv.Key).ToList()))
            .OrderByDescending(s => s.Pages.Count)
            .ThenBy(s => s.Site, StringComparer.Ordinal);
        var sizes = new int[folds];
        var foldOfPage = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (_, pages) in pagesOfSite)
        {
            var fold = Array.IndexOf(sizes, sizes.Min());
            sizes[fold] += pages.Count;
            foreach (var page in pages)
            {
                foldOfPage[page] = fold;
            }
        }

        return foldOfPage;
    }

    private static string Stem(string pageName) => TrailingNumber().Replace(pageName, "");

    private static IEnumerable<string[]> Rows(string tsv, string keyColumn, string valueColumn)
    {
        var lines = tsv.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();
        var header = lines[0].Split('\t');
        var key = Array.IndexOf(header, keyColumn);
        var value = Array.IndexOf(header, valueColumn);
        if (key < 0 || value < 0)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"no '{keyColumn}' or '{valueColumn}' column"));
        }

        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split('\t');
            yield return [cells[key], value < cells.Length ? cells[value] : ""];
        }
    }

    [GeneratedRegex(@"_\d+$")]
    private static partial Regex TrailingNumber();
}

/// <summary>A rate measured on one fold: <see cref="Part"/> of <see cref="Whole"/>.</summary>
public readonly record struct FoldRate(int Fold, int Part, int Whole)
{
    public double Rate => Whole == 0 ? 0 : (double)Part / Whole;
}

/// <summary>Mean and worst of per-fold rates: the held-out figures SPEC §10 asks for.</summary>
public static class FoldSummary
{
    public static double Mean(IReadOnlyList<FoldRate> folds) => folds.Where(f => f.Whole > 0).Select(f => f.Rate).DefaultIfEmpty().Average();

    /// <summary>The worst fold: the lowest rate when higher is better (recall), the highest otherwise (false positives).</summary>
    public static FoldRate Worst(IReadOnlyList<FoldRate> folds, bool higherIsBetter) =>
        higherIsBetter ? folds.Where(f => f.Whole > 0).MinBy(f => f.Rate) : folds.Where(f => f.Whole > 0).MaxBy(f => f.Rate);
}
