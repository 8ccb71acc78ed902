using CorpusLint.Quality;
using CorpusLint.Rules;
using Xunit.Abstractions;

namespace CorpusLint.Tests.Quality;

/// <summary>
/// The figures computed with stand-in rules, so the machinery is known to measure properly before the real
/// rules arrive: on a small corpus written here, and (when present) on shared/corpus.
/// </summary>
public sealed class QualityMachineryTests : IDisposable
{
    private static readonly string? Corpus = CorpusLocator.Find();
    private readonly string _root = Path.Combine(Path.GetTempPath(), "corpuslint-quality-" + Guid.NewGuid().ToString("N"));

    private readonly ITestOutputHelper _output;

    public QualityMachineryTests(ITestOutputHelper output)
    {
        _output = output;
        Directory.CreateDirectory(Path.Combine(_root, "seeds"));
        Directory.CreateDirectory(Path.Combine(_root, "clean"));
        File.WriteAllText(Path.Combine(_root, "seeds", "a.txt"), "Harbour news\n\nThe council met.\nIt voted.\nHome | World");
        File.WriteAllText(Path.Combine(_root, "seeds", "EXPECTED.md"),
            "<!-- begin must -->\n"
            + "a.txt\t3\tCL4901\tline 3\n"
            + "a.txt\t4\tCL4901\tline 4 (not reported)\n"
            + "a.txt\t*\tCL4902\tanywhere\n"
            + "a.txt\t4\tCL4903\tinside a block of lines 3-4\n"
            + "a.txt\t5\tCL2001\tno such rule: pending\n"
            + "<!-- end must -->\n<!-- begin must-not -->\n"
            + "a.txt\t*\tCL1901\tmust stay silent (and does)\n"
            + "a.txt\t5\tCL4902\treported on line 1, not 5\n"
            + "a.txt\t*\tCL4902\treported: a false positive\n"
            + "<!-- end must-not -->\n");
        for (var i = 0; i < 200; i++)
        {
            File.WriteAllText(Path.Combine(_root, "clean", $"c{i:000}.txt"), "A headline\n\nA paragraph of text.\n");
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void Seeds_rows_are_held_missed_or_pending()
    {
        Rule[] rules = [ProbeRule.Lines("CL4901", Severity.Warning, 3), ProbeRule.Lines("CL4902", Severity.Silent, 1), ProbeRule.Block("CL4903", 3, 4), ProbeRule.Silent("CL1901")];

        var section = SeedsCheck.Run(_root, new CorpusLinter(rules), out var results);

        Assert.Equal([true, false, true, true, false, true, true, false], results.Select(r => r.Held));
        Assert.False(results[4].Implemented);
        Assert.Contains(section.Figures, f => f.Name.StartsWith("CL4xxx", StringComparison.Ordinal) && f.Status == FigureStatus.Fail && f.Value.StartsWith("4/6 held", StringComparison.Ordinal));
        Assert.Contains(section.Figures, f => f.Name.StartsWith("CL1xxx", StringComparison.Ordinal) && f.Status == FigureStatus.Pass);
        Assert.Contains(section.Figures, f => f.Name.StartsWith("CL2xxx", StringComparison.Ordinal) && f.Status == FigureStatus.NotImplemented);
        Assert.Contains(section.Details, d => d.StartsWith("MISSING  a.txt:4 CL4901", StringComparison.Ordinal));
        Assert.Contains(section.Details, d => d.StartsWith("FALSE POSITIVE  a.txt:* CL4902", StringComparison.Ordinal) && d.EndsWith("fired at 1", StringComparison.Ordinal));
    }

    [Fact]
    public void Clean_budget_counts_warnings_and_errors_per_hundred_documents()
    {
        // One warning in each of the 200 documents: 100 per 100 (fails); a suggestion does not count.
        Rule[] rules = [ProbeRule.OncePerDocument("CL4901", Severity.Warning), ProbeRule.OncePerDocument("CL3006", Severity.Suggestion), ProbeRule.OncePerDocument("CL2901", Severity.Suggestion)];

        var section = CleanBudgetCheck.Run(_root, new CorpusLinter(rules));

        var quotes = section.Figures.Single(f => f.Name.StartsWith("CL4xxx", StringComparison.Ordinal));
        Assert.Equal((FigureStatus.Fail, "100.00 per 100 docs (200 in 200; 1 rules; 0 more are reviewed source defects)"), (quotes.Status, quotes.Value));
        var boilerplate = section.Figures.Single(f => f.Name.StartsWith("CL1002", StringComparison.Ordinal));
        Assert.Equal((FigureStatus.Pass, "0.00 per 100 docs (0 in 200; 1 rules; 0 more are reviewed source defects)"), (boilerplate.Status, boilerplate.Value));
        Assert.Equal(FigureStatus.NotImplemented, section.Figures.Single(f => f.Name.StartsWith("CL3002", StringComparison.Ordinal)).Status);
        Assert.Equal("200 diagnostics in 200 of 200 docs", section.Figures.Single(f => f.Name.StartsWith("CL3006", StringComparison.Ordinal)).Value);
        Assert.Contains(section.Details, d => d.Contains("top rules CL4901 200", StringComparison.Ordinal));
    }

    [Fact]
    public void Reviewed_source_defects_match_by_file_line_and_rule()
    {
        var known = KnownSourceDefects.Parse("# comment\nbbc_x.txt\t4\tCL5006\tundecoded entity\n");
        LintDiagnostic At(string path, int line, string id) => new(
            new Microsoft.CodeAnalysis.DiagnosticDescriptor(id, "t", "m", "Hygiene", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, true),
            Severity.Warning, path, default, new CorpusLint.Model.Position(line, 1), new CorpusLint.Model.Position(line, 2), "m", null, "fingerprint", new CorpusLint.Reporting.SourceExcerpt("", 1, false));

        Assert.True(known.Contains(At("/corpus/clean/bbc_x.txt", 4, "CL5006")));
        Assert.False(known.Contains(At("/corpus/clean/bbc_x.txt", 5, "CL5006")));
        Assert.False(known.Contains(At("/corpus/clean/bbc_x.txt", 4, "CL5001")));
        Assert.Equal(["bbc_x.txt:4 CL5006"], known.Stale([At("/corpus/clean/bbc_y.txt", 4, "CL5006")]));
    }

    [Fact]
    public void The_report_is_skipped_without_a_corpus()
    {
        var skipped = new StringWriter();
        Assert.Equal(0, QualityReport.Run(null, QualityReport.SectionNames, skipped));
        Assert.Equal("skipped: corpus not found", skipped.ToString().Trim());
    }

    [SkippableFact]
    public void Boilerplate_figures_with_a_rule_that_flags_every_line_and_one_that_flags_none()
    {
        Skip.If(Corpus is null, "corpus not found");

        foreach (var set in new[] { LabelledPageSet.Scrapinghub(Corpus!), LabelledPageSet.Readability(Corpus!) })
        {
            var all = BoilerplateCheck.Run(set, new CorpusLinter([ProbeRule.EveryLine("CL2901")]));
            var none = BoilerplateCheck.Run(set, new CorpusLinter([ProbeRule.Silent("CL2901")]));
            _output.WriteLine(all.Render());
            _output.WriteLine(none.Render());

            Assert.StartsWith("100.0% mean of 5 site folds", all.Figures[0].Value, StringComparison.Ordinal);
            Assert.StartsWith("100.0% mean of 5 site folds", all.Figures[1].Value, StringComparison.Ordinal);
            Assert.Equal((FigureStatus.Pass, FigureStatus.Fail), (all.Figures[0].Status, all.Figures[1].Status));
            Assert.StartsWith("0.0% mean of 5 site folds", none.Figures[0].Value, StringComparison.Ordinal);
            Assert.Equal((FigureStatus.Fail, FigureStatus.Pass), (none.Figures[0].Status, none.Figures[1].Status));
            Assert.DoesNotContain(all.Details, d => d.StartsWith("note:", StringComparison.Ordinal));
        }
    }

    [SkippableFact]
    public void Polnear_figure_with_a_rule_that_flags_every_quotation_and_one_that_flags_none()
    {
        Skip.If(Corpus is null, "corpus not found");

        var all = PolnearCheck.Run(Corpus!, new CorpusLinter([ProbeRule.EveryCurlyQuotation("CL1002")]));
        var none = PolnearCheck.Run(Corpus!, new CorpusLinter([ProbeRule.Silent("CL1002")]));
        _output.WriteLine(all.Render());

        Assert.StartsWith("100.0% (", all.Figures[0].Value, StringComparison.Ordinal);
        Assert.Equal(FigureStatus.Fail, all.Figures[0].Status);
        Assert.StartsWith("0.0% (0/", none.Figures[0].Value, StringComparison.Ordinal);
        Assert.Equal(FigureStatus.Pass, none.Figures[0].Status);
        Assert.DoesNotContain(all.Details, d => d.StartsWith("note:", StringComparison.Ordinal));
    }
}
