using CorpusLint.Quality;

namespace CorpusLint.Tests.Quality;

/// <summary>
/// The quality figures (SPEC §10) on shared/corpus, one test per figure group. Each fails with the report's
/// table and details when an implemented figure misses its target, skips when the corpus is absent, and
/// passes for families that have no rules yet (their figures are "pending").
/// </summary>
public sealed class QualityCorpusTests
{
    private static readonly string? Corpus = CorpusLocator.Find();
    private static readonly Lazy<CorpusLinter> Linter = new(() => new CorpusLinter());

    [SkippableFact]
    public void Seeds_rows_hold_for_implemented_rules() => AssertMeetsTargets("seeds");

    [SkippableFact]
    public void Clean_articles_stay_within_the_warning_budgets() => AssertMeetsTargets("clean");

    [SkippableFact]
    public void Boilerplate_rules_find_the_boilerplate_lines_and_spare_the_article() => AssertMeetsTargets("boilerplate");

    /// <summary>
    /// The readability pages (issue 9's second held-out set) do not meet the targets yet (at most 5% of article lines
    /// held out, no page above 25%; see the benchmark README): this guards the held-out figures reached so far against
    /// regression, and fails as soon as a change makes them worse.
    /// </summary>
    [SkippableFact]
    public void Readability_held_out_figures_do_not_regress()
    {
        Skip.If(Corpus is null, "corpus not found");
        var section = BoilerplateCheck.Run(LabelledPageSet.Readability(Corpus!), Linter.Value, dumpFolder: null, out var figures);

        Assert.NotNull(figures);
        Assert.True(figures.Recall >= 0.925 && figures.ArticleRate <= 0.09 && figures.PageArticleRate <= 0.12, "\n" + section.Render());
        Assert.DoesNotContain(section.Figures, f => f.Status == FigureStatus.Fail && !f.Name.StartsWith("held out: C lines", StringComparison.Ordinal)
            && !f.Name.StartsWith("held out: pages with more than", StringComparison.Ordinal));
    }

    /// <summary>
    /// The scrapinghub pages not guessed English have no target of their own (the issues' are the English sets'): this
    /// guards the held-out figures reached on them (stop 44: 89.8% / 6.1%) against regression.
    /// </summary>
    [SkippableFact]
    public void Held_out_figures_on_pages_in_other_languages_do_not_regress()
    {
        Skip.If(Corpus is null, "corpus not found");
        var section = BoilerplateCheck.Run(LabelledPageSet.ScrapinghubOtherLanguages(Corpus!), Linter.Value, dumpFolder: null, out var figures);

        Assert.NotNull(figures);
        Assert.True(figures.Recall >= 0.89 && figures.ArticleRate <= 0.065, "\n" + section.Render());
        Assert.DoesNotContain(section.Figures, f => f.Status == FigureStatus.Fail);
    }

    /// <summary>The same pages hard-wrapped at 80 columns, as text browsers print them, meet the unwrapped pages' targets.</summary>
    [SkippableFact]
    public void Boilerplate_rules_hold_on_hard_wrapped_pages() => AssertMeetsTargets("wrapped");

    /// <summary>The same pages without blank lines, as web-crawl datasets print them, meet the labelled pages' targets.</summary>
    [SkippableFact]
    public void Boilerplate_rules_hold_on_pages_without_blank_lines() => AssertMeetsTargets("unspaced");

    /// <summary>The same pages with an HTML page's spaces (no-break spaces after full stops, trailing spaces, CRLF) meet the labelled pages' targets.</summary>
    [SkippableFact]
    public void Boilerplate_rules_hold_on_pages_with_no_break_spaces_and_CRLF_line_ends() => AssertMeetsTargets("spaces");

    /// <summary>The same pages as Markdown (bullets as <c>*</c>, pictures as <c>![alt](src)</c>) meet the labelled pages' targets.</summary>
    [SkippableFact]
    public void Boilerplate_rules_hold_on_pages_printed_as_Markdown() => AssertMeetsTargets("markdown");

    /// <summary>The same pages as Markdown linking two words of every five of each paragraph meet the labelled pages' targets.</summary>
    [SkippableFact]
    public void Boilerplate_rules_hold_on_pages_whose_paragraphs_are_dense_with_links() => AssertMeetsTargets("linked");

    /// <summary>The same pages as lynx -dump prints them (numbered links, their addresses listed at the end) meet the labelled pages' targets.</summary>
    [SkippableFact]
    public void Boilerplate_rules_hold_on_pages_printed_by_lynx() => AssertMeetsTargets("lynx");

    /// <summary>The same pages as html2text prints them (Markdown hard-wrapped at 78 columns) meet the labelled pages' targets.</summary>
    [SkippableFact]
    public void Boilerplate_rules_hold_on_pages_printed_by_html2text() => AssertMeetsTargets("html2text");

    /// <summary>The same pages as Markdown linking by reference (<c>[label][3]</c>, the targets defined at the end) meet the labelled pages' targets.</summary>
    [SkippableFact]
    public void Boilerplate_rules_hold_on_pages_that_link_by_reference() => AssertMeetsTargets("references");

    /// <summary>The same reference links saved as plain text (<c>.txt</c>, as a scraper keeps html2text's output) meet the labelled pages' targets.</summary>
    [SkippableFact]
    public void Boilerplate_rules_hold_on_pages_that_link_by_reference_saved_as_plain_text() => AssertMeetsTargets("references-text");

    [SkippableFact]
    public void CL1002_spares_the_quotations_PolNeAR_attributes() => AssertMeetsTargets("polnear");

    [SkippableFact]
    public void Bylines_and_dates_are_found_held_out_and_none_is_invented_on_clean_articles() => AssertMeetsTargets("bylines");

    /// <summary>Issue 13: clean/ as one JSON Lines and one Parquet file gives the files' diagnostics, bar what the fields answer.</summary>
    [SkippableFact]
    public void Clean_articles_as_datasets_give_the_diagnostics_of_the_files() => AssertMeetsTargets("datasets");

    [SkippableFact]
    public void No_byline_or_publication_date_is_invented_on_clean_articles()
    {
        Skip.If(Corpus is null, "corpus not found");
        var (files, bylines, dates) = BylineDateCheck.InventedOnClean(Corpus!, Environment.ProcessorCount);
        Assert.True(files > 0);
        Assert.Empty(bylines);
        Assert.Empty(dates);
    }

    private static void AssertMeetsTargets(string section)
    {
        Skip.If(Corpus is null, "corpus not found");
        var result = QualityReport.RunSection(section, Corpus!, Linter.Value);
        Assert.False(result.Failed, "\n" + result.Render());
    }
}
