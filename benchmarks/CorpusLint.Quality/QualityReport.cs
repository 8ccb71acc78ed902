using System.Diagnostics;

namespace CorpusLint.Quality;

/// <summary>The whole quality report (SPEC §10): seeds, clean budgets, boilerplate, PolNeAR, bylines and dates, datasets against files.</summary>
public static class QualityReport
{
    public static readonly IReadOnlyList<string> SectionNames = ["seeds", "clean", "boilerplate", "readability", "languages", "wrapped", "unspaced", "spaces", "markdown", "linked", "lynx", "html2text", "references", "references-text", "polnear", "bylines", "datasets", "unseen"];

    /// <summary>Where sections dump the corpus lines they got wrong (a git-ignored folder), or null for no dump.</summary>
    public static string? DumpFolder { get; set; }

    public static QualitySection RunSection(string name, string corpus, CorpusLinter linter) => name switch
    {
        "seeds" => SeedsCheck.Run(corpus, linter),
        "clean" => CleanBudgetCheck.Run(corpus, linter),
        "boilerplate" => BoilerplateCheck.Run(LabelledPageSet.Scrapinghub(corpus), linter, DumpFolder),
        "readability" => BoilerplateCheck.Run(LabelledPageSet.Readability(corpus), linter, DumpFolder),
        "languages" => BoilerplateCheck.Run(LabelledPageSet.ScrapinghubOtherLanguages(corpus), linter, DumpFolder),
        "wrapped" => ReprintedPagesCheck.Run(corpus, linter, Reprinting.Wrapped),
        "unspaced" => ReprintedPagesCheck.Run(corpus, linter, Reprinting.Unspaced),
        "spaces" => ReprintedPagesCheck.Run(corpus, linter, Reprinting.Spaces),
        "markdown" => ReprintedPagesCheck.Run(corpus, linter, Reprinting.Markdown),
        "linked" => ReprintedPagesCheck.Run(corpus, linter, Reprinting.Linked),
        "lynx" => ReprintedPagesCheck.Run(corpus, linter, Reprinting.Lynx),
        "html2text" => ReprintedPagesCheck.Run(corpus, linter, Reprinting.Html2Text),
        "references" => ReprintedPagesCheck.Run(corpus, linter, Reprinting.References),
        "references-text" => ReprintedPagesCheck.Run(corpus, linter, Reprinting.ReferencesAsText),
        "polnear" => PolnearCheck.Run(corpus, linter),
        "bylines" => BylineDateCheck.Run(corpus, linter),
        "datasets" => DatasetEquivalenceCheck.Run(corpus, linter),
        "unseen" => UnseenPagesCheck.Run(linter, dumpFolder: DumpFolder),
        _ => throw new ArgumentException($"unknown section '{name}' (one of {string.Join(", ", SectionNames)})", nameof(name)),
    };

    /// <summary>Runs the sections and writes the report; returns the exit code (1 when an implemented figure misses its target).</summary>
    public static int Run(string? corpus, IReadOnlyList<string> sections, TextWriter output, int jobs = 0)
    {
        if (corpus is null)
        {
            output.WriteLine("skipped: corpus not found");
            return 0;
        }

        var stopwatch = Stopwatch.StartNew();
        var linter = new CorpusLinter(jobs: jobs);
        output.WriteLine("# CorpusLint quality report");
        output.WriteLine();
        output.WriteLine($"corpus: {corpus}");
        output.WriteLine($"rules:  {linter.Rules.Count} built-in ({string.Join(' ', linter.Rules.Select(r => r.Id))})");
        output.WriteLine("figures of families with no rules yet are 'pending (not implemented)', never failures");
        output.WriteLine();

        var failed = new List<string>();
        foreach (var name in sections)
        {
            var section = RunSection(name, corpus, linter);
            output.WriteLine(section.Render());
            failed.AddRange(section.Figures.Where(f => f.Status == FigureStatus.Fail).Select(f => $"{name}: {f.Name}"));
        }

        output.WriteLine(failed.Count == 0
            ? $"PASS: every implemented figure meets its target ({stopwatch.Elapsed.TotalSeconds:0.0} s)"
            : $"FAIL: {failed.Count} figure(s) miss their target: {string.Join("; ", failed)} ({stopwatch.Elapsed.TotalSeconds:0.0} s)");
        return failed.Count == 0 ? 0 : 1;
    }
}
