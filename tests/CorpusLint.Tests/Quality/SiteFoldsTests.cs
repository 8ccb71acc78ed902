using CorpusLint.Quality;

namespace CorpusLint.Tests.Quality;

public sealed class SiteFoldsTests
{
    [Fact]
    public void Scrapinghub_site_is_the_host_without_www()
    {
        var sites = SiteFolds.ScrapinghubSites("name\tbenchmark_id\turl\nsh_a\tx\thttps://www.example.com/a\nsh_b\tx\thttps://news.example.org/b\n");

        Assert.Equal("example.com", sites["sh_a"]);
        Assert.Equal("news.example.org", sites["sh_b"]);
    }

    [Fact]
    public void Readability_pages_share_a_site_by_name_stem_or_site_name_transitively()
    {
        var sites = SiteFolds.ReadabilitySites(
            "name\ttitle\tbyline\tpublished_time\tsite_name\tlang\n"
            + "rd_paper_1\tt\t\t\t\ten\n"
            + "rd_paper_2\tt\t\t\tThe Paper\ten\n"
            + "rd_keep_things\tt\t\t\tThe Paper\ten\n"
            + "rd_other\tt\t\t\t\ten\n");

        Assert.Equal(sites["rd_paper_1"], sites["rd_paper_2"]);
        Assert.Equal(sites["rd_paper_1"], sites["rd_keep_things"]);
        Assert.NotEqual(sites["rd_paper_1"], sites["rd_other"]);
    }

    [Fact]
    public void A_site_never_spans_two_folds_and_folds_are_balanced()
    {
        var sites = new Dictionary<string, string>();
        for (var i = 0; i < 40; i++)
        {
            sites[$"p{i:00}"] = $"site{i % 13}";
        }

        var folds = SiteFolds.Assign(sites, 4);

        foreach (var group in sites.GroupBy(kv => kv.Value))
        {
            Assert.Single(group.Select(kv => folds[kv.Key]).Distinct());
        }

        var sizes = folds.Values.GroupBy(f => f).Select(g => g.Count()).ToList();
        Assert.Equal(4, sizes.Count);
        Assert.True(sizes.Max() - sizes.Min() <= 4, string.Join(",", sizes));
    }

    [Fact]
    public void Summary_reports_mean_and_the_worst_fold_in_the_right_direction()
    {
        FoldRate[] folds = [new(0, 1, 10), new(1, 3, 10), new(2, 0, 0)];

        Assert.Equal(0.2, FoldSummary.Mean(folds), 6);
        Assert.Equal(1, FoldSummary.Worst(folds, higherIsBetter: false).Fold);
        Assert.Equal(0, FoldSummary.Worst(folds, higherIsBetter: true).Fold);
    }
}
