using System.Globalization;

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

    /// <summary>
    /// The names (<c>sh_...</c>) of <c>index.tsv</c> rows whose <c>lang_guess</c> is <paramref name="language"/>, or
    /// of every row when <paramref name="language"/> is null.
    /// </summary>
    public static IReadOnlyList<string> NamesInLanguage(string indexTsv, string? language)
    {
        var lines = indexTsv.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();
        var header = lines[0].Split('\t');
        var name = Array.IndexOf(header, "name");
        var lang = Array.IndexOf(header, "lang_guess");
        if (name < 0 || (language is not null && lang < 0))
        {
            throw new FormatException("index.tsv: no 'name' or 'lang_guess' column");
        }

        return [.. lines.Skip(1).Select(l => l.Split('\t'))
            .Where(c => c.Length > Math.Max(name, lang) && (language is null || c[lang] == language))
            .Select(c => c[name])];
    }
}
