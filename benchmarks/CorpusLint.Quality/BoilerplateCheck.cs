using System.Diagnostics;
using System.Globalization;
using CorpusLint.Rules;

namespace CorpusLint.Quality;

/// <summary>One labelled line of a <c>NAME.labels.tsv</c>: 1-based line number in <c>NAME.raw.txt</c>, label, text.</summary>
public sealed record LabelledLine(int Line, char Label, string Text);

/// <summary>
/// Reads <c>NAME.labels.tsv</c>: a header <c>line_no	label	text</c>, then one row per line of the raw page
/// with label <c>B</c> (boilerplate), <c>C</c> (article) or <c>M</c> (mixed).
/// </summary>
public static class LabelsFile
{
    public static IReadOnlyList<LabelledLine> Parse(string tsv)
    {
        var rows = new List<LabelledLine>();
        var lines = tsv.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0 || (i == 0 && line.StartsWith("line_no", StringComparison.Ordinal)))
            {
                continue;
            }

            var cells = line.Split('\t', 3);
            if (cells.Length < 2 || cells[1].Length != 1
                || !int.TryParse(cells[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
            {
                throw new FormatException($"labels line {i + 1}: expected 'line_no<TAB>label<TAB>text', got '{Format.Clip(line, 60)}'");
            }

            rows.Add(new LabelledLine(number, cells[1][0], cells.Length > 2 ? cells[2] : ""));
        }

        return rows;
    }

    /// <summary>The names (<c>sh_...</c>) of <c>index.tsv</c> rows whose <c>lang_guess</c> is <paramref name="language"/>.</summary>
    public static IReadOnlyList<string> NamesInLanguage(string indexTsv, string language)
    {
        var lines = indexTsv.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();
        var header = lines[0].Split('\t');
        var name = Array.IndexOf(header, "name");
        var lang = Array.IndexOf(header, "lang_guess");
        if (name < 0 || lang < 0)
        {
            throw new FormatException("index.tsv: no 'name' or 'lang_guess' column");
        }

        return [.. lines.Skip(1).Select(l => l.Split('\t')).Where(c => c.Length > Math.Max(name, lang) && c[lang] == language).Select(c => c[name])];
    }
}

/// <summary>
/// SPEC §10 / issue 3: on the English scraped pages, the CL2xxx rules must cover at least 95% of the
/// boilerplate (B) lines and at most 2% of the article (C) lines. Mixed (M) and blank lines are ignored.
/// </summary>
public static class BoilerplateCheck
{
    public const double RecallTarget = 0.95;
    public const double FalsePositiveTarget = 0.02;

    public static QualitySection Run(string corpus, CorpusLinter linter)
    {
        var stopwatch = Stopwatch.StartNew();
        var section = new QualitySection("Boilerplate: boilerplate/scrapinghub, English pages (SPEC §10; issue 3)");
        var folder = Path.Combine(corpus, "boilerplate", "scrapinghub");
        var names = LabelsFile.NamesInLanguage(File.ReadAllText(Path.Combine(folder, "index.tsv")), "en");
        var implemented = linter.HasAnyRule([(2000, 2999)]);
        section.Details.Add($"{names.Count} English pages (index.tsv lang_guess = en)");
        if (!implemented)
        {
            section.Add("B lines flagged (recall)", "no CL2xxx rules yet", ">= 95%", FigureStatus.NotImplemented);
            section.Add("C lines flagged (false positives)", "no CL2xxx rules yet", "<= 2%", FigureStatus.NotImplemented);
            section.Elapsed = stopwatch.Elapsed;
            return section;
        }

        var raws = names.Select(n => Path.Combine(folder, n + ".raw.txt")).ToList();
        var linted = linter.Lint(raws);
        int b = 0, bFlagged = 0, c = 0, cFlagged = 0, mismatched = 0;
        var falsePositives = new List<(string Where, string Rules, string Text)>();
        var missed = new List<(string Where, string Text)>();
        var cByRule = new Dictionary<string, int>(StringComparer.Ordinal);
        var bByRule = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, raw) in names.Zip(raws))
        {
            var labels = LabelsFile.Parse(File.ReadAllText(Path.Combine(folder, name + ".labels.tsv")));
            var rawLines = File.ReadAllText(raw).Split('\n');
            var boilerplate = linted.Of(raw).Where(d => RuleFamilies.FamilyOf(d.Id) == "2").ToList();
            foreach (var label in labels)
            {
                if (label.Label is not ('B' or 'C') || string.IsNullOrWhiteSpace(label.Text))
                {
                    continue;
                }

                if (label.Line > rawLines.Length || rawLines[label.Line - 1].TrimEnd('\r').Trim() != label.Text.Trim())
                {
                    mismatched++;
                }

                var covering = boilerplate.Where(d => CorpusLinter.Covers(d, label.Line)).Select(d => d.Id).Distinct().ToList();
                var flagged = covering.Count > 0;
                var counts = label.Label == 'B' ? bByRule : cByRule;
                foreach (var id in covering)
                {
                    counts[id] = counts.GetValueOrDefault(id) + 1;
                }

                if (label.Label == 'B')
                {
                    b++;
                    bFlagged += flagged ? 1 : 0;
                    if (!flagged)
                    {
                        missed.Add(($"{name}.raw.txt:{label.Line}", label.Text));
                    }
                }
                else
                {
                    c++;
                    cFlagged += flagged ? 1 : 0;
                    if (flagged)
                    {
                        falsePositives.Add(($"{name}.raw.txt:{label.Line}", string.Join('+', covering), label.Text));
                    }
                }
            }
        }

        var recall = b == 0 ? 0 : (double)bFlagged / b;
        var falsePositiveRate = c == 0 ? 0 : (double)cFlagged / c;
        section.Add("B lines flagged (recall)", Format.Percent(bFlagged, b), ">= 95%", recall >= RecallTarget ? FigureStatus.Pass : FigureStatus.Fail);
        section.Add(
            "C lines flagged (false positives)",
            Format.Percent(cFlagged, c),
            "<= 2%",
            falsePositiveRate <= FalsePositiveTarget ? FigureStatus.Pass : FigureStatus.Fail);
        section.Add("C4 line filter, for comparison", "96% of B, 31% of C", "-", FigureStatus.Info);
        if (mismatched > 0)
        {
            section.Details.Add($"note: {mismatched} labelled lines differ from the raw text at their line number (line counting mismatch?)");
        }

        section.Details.Add("B lines covered, by rule: " + Top(bByRule));
        section.Details.Add("C lines covered, by rule (false positives): " + Top(cByRule));
        foreach (var (where, rules, text) in CleanBudgetCheck.Spread(falsePositives, 8))
        {
            section.Details.Add($"    C flagged  {where} {rules}  {Format.Clip(text, 80)}");
        }

        foreach (var (where, text) in CleanBudgetCheck.Spread(missed, 8))
        {
            section.Details.Add($"    B missed   {where}  {Format.Clip(text, 80)}");
        }

        SeedsCheck.AddRuleFailures(section, linted);
        section.Elapsed = stopwatch.Elapsed;
        return section;
    }

    private static string Top(Dictionary<string, int> counts) =>
        counts.Count == 0 ? "none" : string.Join(", ", counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key} {kv.Value}"));
}
