namespace CorpusLint.Quality;

/// <summary>One scraped page with line labels: its raw text, its site and the site fold it is held out in.</summary>
public sealed record LabelledPage(string Name, string RawPath, string Site, int Fold, IReadOnlyList<LabelledLine> Labels);

/// <summary>
/// A set of scraped pages labelled line by line (<c>boilerplate/scrapinghub</c>, <c>boilerplate/readability</c>),
/// split into site folds (SPEC §10), with the targets its held-out figures must meet.
/// </summary>
/// <param name="Key">The report section that measures it.</param>
/// <param name="MaxPageArticleRate">The most article lines any one page may have flagged, or null for no such target.</param>
public sealed record LabelledPageSet(
    string Key,
    string Title,
    IReadOnlyList<LabelledPage> Pages,
    int Folds,
    double RecallTarget,
    double ArticleRateTarget,
    double? MaxPageArticleRate,
    bool Informational = false)
{
    /// <summary>The 160 English pages of <c>boilerplate/scrapinghub</c> (index.tsv <c>lang_guess = en</c>), sites by URL host.</summary>
    public static LabelledPageSet Scrapinghub(string corpus) =>
        ScrapinghubPages(corpus, "en", "boilerplate", "Boilerplate: boilerplate/scrapinghub, English pages (SPEC §10; issues 3, 9)");

    /// <summary>
    /// The 21 pages of <c>boilerplate/scrapinghub</c> not guessed English (<c>lang_guess = other</c>: Portuguese,
    /// Russian, German, Italian, Korean, Indonesian, and two English pages the guess missed), sites by URL host:
    /// informational, the issues' targets are the English sets'; the grid still chooses layout options with the English
    /// targets.
    /// </summary>
    public static LabelledPageSet ScrapinghubOtherLanguages(string corpus) =>
        ScrapinghubPages(corpus, "other", "languages", "Boilerplate: boilerplate/scrapinghub, pages in other languages (informational)") with { Informational = true };

    private static LabelledPageSet ScrapinghubPages(string corpus, string language, string key, string title)
    {
        var folder = Path.Combine(corpus, "boilerplate", "scrapinghub");
        var index = File.ReadAllText(Path.Combine(folder, "index.tsv"));
        return Load(key, title, folder, LabelsFile.NamesInLanguage(index, language), SiteFolds.ScrapinghubSites(index),
            recall: 0.93, articleRate: 0.03, maxPageArticleRate: null);
    }

    /// <summary>The 79 pages of <c>boilerplate/readability</c>, sites by name stem and <c>site_name</c>; its labels are noisier.</summary>
    public static LabelledPageSet Readability(string corpus)
    {
        var folder = Path.Combine(corpus, "boilerplate", "readability");
        var names = LabelsFile.NamesInLanguage(File.ReadAllText(Path.Combine(folder, "index.tsv")), language: null);
        var sites = SiteFolds.ReadabilitySites(File.ReadAllText(Path.Combine(folder, "metadata.tsv")));
        return Load("readability", "Boilerplate: boilerplate/readability, Mozilla Readability test pages (SPEC §10; issue 9)", folder, names, sites,
            recall: 0.93, articleRate: 0.05, maxPageArticleRate: 0.25);
    }

    private static LabelledPageSet Load(
        string key, string title, string folder, IReadOnlyList<string> names, IReadOnlyDictionary<string, string> siteOfPage,
        double recall, double articleRate, double? maxPageArticleRate)
    {
        var sites = names.ToDictionary(n => n, n => siteOfPage.TryGetValue(n, out var site) ? site : n, StringComparer.Ordinal);
        var folds = SiteFolds.Assign(sites);
        var pages = names.Select(n => new LabelledPage(
            n,
            Path.Combine(folder, n + ".raw.txt"),
            sites[n],
            folds[n],
            LabelsFile.Parse(File.ReadAllText(Path.Combine(folder, n + ".labels.tsv"))))).ToList();
        return new LabelledPageSet(key, title, pages, SiteFolds.DefaultFoldCount, recall, articleRate, maxPageArticleRate);
    }
}
