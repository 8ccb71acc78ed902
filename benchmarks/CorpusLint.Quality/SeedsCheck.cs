using System.Diagnostics;
using CorpusLint.Rules;

namespace CorpusLint.Quality;

/// <summary>
/// SPEC §10: every defect listed in <c>seeds/EXPECTED.md</c> is reported at its line, and no must-not row
/// fires. Rows whose rule does not exist yet are pending, not failures.
/// </summary>
public static class SeedsCheck
{
    public sealed record RowResult(Expectation Row, bool Implemented, bool Held, string Detail);

    public static QualitySection Run(string corpus, CorpusLinter linter) => Run(corpus, linter, out _);

    public static QualitySection Run(string corpus, CorpusLinter linter, out IReadOnlyList<RowResult> results)
    {
        var stopwatch = Stopwatch.StartNew();
        var section = new QualitySection("Seeds: seeds/EXPECTED.md (SPEC §10, every issue's first 'Done when')");
        var folder = Path.Combine(corpus, "seeds");
        var rows = ExpectedTable.Parse(File.ReadAllText(Path.Combine(folder, "EXPECTED.md")));
        var files = rows.Select(r => r.File).Distinct(StringComparer.Ordinal).Select(f => Path.Combine(folder, f)).ToList();
        var linted = linter.Lint(files.Where(File.Exists));

        var list = new List<RowResult>();
        foreach (var row in rows)
        {
            var path = Path.Combine(folder, row.File);
            if (!linter.HasRule(row.RuleId))
            {
                list.Add(new RowResult(row, false, false, "rule not implemented"));
                continue;
            }

            if (!File.Exists(path))
            {
                list.Add(new RowResult(row, true, false, "seed file not found"));
                continue;
            }

            var hits = linted.Of(path).Where(d => d.Id == row.RuleId && (row.Line is not { } line || CorpusLinter.Covers(d, line))).ToList();
            list.Add(row.Kind == ExpectationKind.Must
                ? new RowResult(row, true, hits.Count > 0, hits.Count > 0 ? "" : Nearby(linted.Of(path), row))
                : new RowResult(row, true, hits.Count == 0, hits.Count == 0 ? "" : "fired at " + string.Join(", ", hits.Take(5).Select(Position))));
        }

        foreach (var (family, name) in RuleFamilies.Names)
        {
            var ofFamily = list.Where(r => r.Row.Family == family).ToList();
            var implemented = ofFamily.Where(r => r.Implemented).ToList();
            var pending = ofFamily.Count - implemented.Count;
            var musts = implemented.Count(r => r.Row.Kind == ExpectationKind.Must);
            var value = $"{implemented.Count(r => r.Held)}/{implemented.Count} held ({musts} must, {implemented.Count - musts} must-not)"
                + (pending > 0 ? $", {pending} pending" : "");
            var status = implemented.Count == 0 ? FigureStatus.NotImplemented
                : implemented.All(r => r.Held) ? FigureStatus.Pass : FigureStatus.Fail;
            section.Add($"{name} rows", implemented.Count == 0 ? $"0 implemented, {pending} pending" : value, "all rows hold", status);
        }

        foreach (var failed in list.Where(r => r.Implemented && !r.Held))
        {
            var verb = failed.Row.Kind == ExpectationKind.Must ? "MISSING" : "FALSE POSITIVE";
            section.Details.Add($"{verb}  {failed.Row.Where} {failed.Row.RuleId}  ({Format.Clip(failed.Row.Note, 70)})  {failed.Detail}".TrimEnd());
        }

        var pendingRules = list.Where(r => !r.Implemented).Select(r => r.Row.RuleId).Distinct().Order(StringComparer.Ordinal).ToList();
        if (pendingRules.Count > 0)
        {
            section.Details.Add($"pending (rule not implemented yet): {string.Join(' ', pendingRules)}");
        }

        AddRuleFailures(section, linted);
        results = list;
        section.Elapsed = stopwatch.Elapsed;
        return section;
    }

    internal static void AddRuleFailures(QualitySection section, LintedSet linted)
    {
        section.Add("rule exceptions", linted.RuleFailures.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), "0",
            linted.RuleFailures.Count == 0 ? FigureStatus.Pass : FigureStatus.Fail);
        foreach (var failure in linted.RuleFailures.Take(5))
        {
            section.Details.Add($"EXCEPTION {failure.RuleId} on {failure.Path}: {Format.Clip(failure.Message, 120)}");
        }

        foreach (var failure in linted.InputFailures.Take(5))
        {
            section.Details.Add($"UNREADABLE {failure.Path}: {failure.Message}");
        }
    }

    private static string Position(LintDiagnostic d) => d.Start.Line == d.End.Line ? $"{d.Start.Line}" : $"{d.Start.Line}-{d.End.Line}";

    private static string Nearby(IReadOnlyList<LintDiagnostic> diagnostics, Expectation row)
    {
        var same = diagnostics.Where(d => d.Id == row.RuleId).Select(Position).Take(5).ToList();
        return same.Count == 0 ? "not reported in the file" : "reported at line " + string.Join(", ", same) + " instead";
    }
}
