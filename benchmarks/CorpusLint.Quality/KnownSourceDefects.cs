using CorpusLint.Rules;

namespace CorpusLint.Quality;

/// <summary>
/// Defects that exist in the text of <c>corpus/clean/</c> itself (undecoded HTML entities, mojibake, crossed
/// quotation marks), each reviewed by hand and listed in <c>clean-known-defects.tsv</c>. The clean budget is a
/// false-positive budget, so these true positives are shown separately and every other hit counts against it.
/// </summary>
public sealed class KnownSourceDefects
{
    public const string FileName = "clean-known-defects.tsv";

    private readonly HashSet<(string File, int Line, string Rule)> _rows;

    private KnownSourceDefects(HashSet<(string File, int Line, string Rule)> rows) => _rows = rows;

    public static KnownSourceDefects Load()
    {
        using var stream = typeof(KnownSourceDefects).Assembly.GetManifestResourceStream(FileName)
            ?? throw new InvalidOperationException($"{FileName} is not embedded in the quality assembly");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    public static KnownSourceDefects Parse(string text)
    {
        var rows = new HashSet<(string, int, string)>();
        foreach (var line in text.Split('\n'))
        {
            var fields = line.TrimEnd('\r').Split('\t');
            if (line.StartsWith('#') || fields.Length < 3 || !int.TryParse(fields[1], out var number))
            {
                continue;
            }

            rows.Add((fields[0], number, fields[2]));
        }

        return new KnownSourceDefects(rows);
    }

    public bool Contains(LintDiagnostic diagnostic) =>
        _rows.Contains((Path.GetFileName(diagnostic.Path), diagnostic.Start.Line, diagnostic.Id));

    /// <summary>Rows that no diagnostic matches any more (the rule changed or the defect was fixed).</summary>
    public IReadOnlyList<string> Stale(IEnumerable<LintDiagnostic> diagnostics)
    {
        var produced = diagnostics.Select(d => (Path.GetFileName(d.Path), d.Start.Line, d.Id)).ToHashSet();
        return [.. _rows.Where(r => !produced.Contains(r)).Select(r => $"{r.File}:{r.Line} {r.Rule}").Order(StringComparer.Ordinal)];
    }
}
