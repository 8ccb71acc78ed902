using System.Diagnostics;
using System.Globalization;
using CorpusLint.Rules;

namespace CorpusLint.Quality;

/// <summary>
/// SPEC §10: warnings and errors per 100 clean professional articles (<c>clean/</c>), per rule group,
/// against the budget of the issue that owns the group. Document-level rules that fire by construction on
/// those articles (no byline, no dateline in their text) are counted separately without a target.
/// </summary>
public static class CleanBudgetCheck
{
    /// <summary>A group of rules measured together, the budget (warnings+errors per 100 documents) and who set it.</summary>
    public sealed record Budget(string Name, (int From, int To)[] Ranges, double PerHundred, string Owner);

    public static readonly IReadOnlyList<Budget> Budgets =
    [
        new("CL4xxx + CL5xxx (quotes, hygiene)", [(4000, 5999)], 1.0, "issue 2"),
        new("CL1002-CL1004 + CL2xxx (attribution, boilerplate)", [(1002, 1004), (2000, 2999)], 1.0, "issue 3"),
        new("CL3002-CL3005 + CL3007 (dates)", [(3002, 3005), (3007, 3007)], 0.5, "issue 4"),
    ];

    /// <summary>Fire on these articles by construction; reported without a target.</summary>
    public static readonly IReadOnlyList<string> Separate = ["CL1001", "CL3001", "CL3006"];

    public static QualitySection Run(string corpus, CorpusLinter linter)
    {
        var stopwatch = Stopwatch.StartNew();
        var section = new QualitySection("Clean budget: clean/ (SPEC §10; issue 2, 3, 4 'Done when')");
        var folder = Path.Combine(corpus, "clean");
        var files = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToList();
        var linted = linter.Lint(files);
        var documents = linted.Documents;
        var known = KnownSourceDefects.Load();
        section.Details.Add($"{documents} documents linted ({files.Count} .txt files in clean/)");

        foreach (var budget in Budgets)
        {
            if (!linter.HasAnyRule(budget.Ranges))
            {
                section.Add(budget.Name, "no rules yet", Target(budget), FigureStatus.NotImplemented);
                continue;
            }

            var all = linted.All.Where(d => CorpusLinter.CountsAsWarningOrError(d) && RuleFamilies.InRanges(d.Id, budget.Ranges)).ToList();
            var hits = all.Where(d => !known.Contains(d)).ToList();
            var rate = documents == 0 ? 0 : 100.0 * hits.Count / documents;
            var present = linter.Rules.Count(r => RuleFamilies.InRanges(r.Id, budget.Ranges));
            section.Add(
                budget.Name,
                $"{Format.Number(rate)} per 100 docs ({hits.Count} in {documents}; {present} rules; {all.Count - hits.Count} more are reviewed source defects)",
                Target(budget),
                rate <= budget.PerHundred ? FigureStatus.Pass : FigureStatus.Fail);
            AddTopRules(section, budget.Name, hits, corpus);
        }

        foreach (var id in Separate)
        {
            if (!linter.HasRule(id))
            {
                section.Add($"{id} (separate)", "no rule yet", "none", FigureStatus.NotImplemented);
                continue;
            }

            var hits = linted.All.Where(d => d.Id == id && d.Severity > Severity.Silent).ToList();
            var inDocuments = hits.Select(d => d.Path).Distinct(StringComparer.Ordinal).Count();
            section.Add($"{id} (separate)", $"{hits.Count} diagnostics in {inDocuments} of {documents} docs", "none", FigureStatus.Info);
        }

        var stale = known.Stale(linted.All);
        if (stale.Count > 0)
        {
            section.Details.Add($"{stale.Count} reviewed source defect(s) in {KnownSourceDefects.FileName} no longer reported (stale rows: remove them): "
                + string.Join(", ", stale.Take(5)));
        }

        SeedsCheck.AddRuleFailures(section, linted);
        section.Elapsed = stopwatch.Elapsed;
        return section;
    }

    private static string Target(Budget budget) =>
        $"<= {budget.PerHundred.ToString("0.0", CultureInfo.InvariantCulture)} per 100 ({budget.Owner})";

    private static void AddTopRules(QualitySection section, string group, IReadOnlyList<LintDiagnostic> hits, string corpus)
    {
        if (hits.Count == 0)
        {
            return;
        }

        section.Details.Add($"{group}: top rules " + string.Join(", ",
            hits.GroupBy(d => d.Id).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(6)
                .Select(g => $"{g.Key} {g.Count()}")));
        foreach (var rule in hits.GroupBy(d => d.Id).OrderByDescending(g => g.Count()).Take(3))
        {
            foreach (var d in Spread(rule.ToList(), 3))
            {
                section.Details.Add($"    {Path.GetRelativePath(corpus, d.Path)}:{d.Start.Line}:{d.Start.Column} {d.Id} {Format.Clip(d.Message, 80)}");
            }
        }
    }

    /// <summary>Up to <paramref name="count"/> items spread evenly over the list (deterministic examples).</summary>
    internal static IEnumerable<T> Spread<T>(IReadOnlyList<T> items, int count)
    {
        if (items.Count <= count)
        {
            return items;
        }

        return Enumerable.Range(0, count).Select(i => items[i * items.Count / count]);
    }
}
