using System.Globalization;
using System.Text;

namespace CorpusLint.Quality;

public enum FigureStatus
{
    /// <summary>The figure meets its target.</summary>
    Pass,

    /// <summary>The figure misses its target: the report (and CI) fails.</summary>
    Fail,

    /// <summary>The rules it measures do not exist yet: reported, never a failure.</summary>
    NotImplemented,

    /// <summary>Informational: no target.</summary>
    Info,
}

/// <summary>One measured number, its target and verdict.</summary>
public sealed record Figure(string Name, string Value, string Target, FigureStatus Status);

/// <summary>One part of the quality report: a table of figures and the details an engineer acts on.</summary>
public sealed class QualitySection(string title)
{
    public string Title { get; } = title;

    public List<Figure> Figures { get; } = [];

    /// <summary>Free lines printed under the table (top rules, example hits, notes).</summary>
    public List<string> Details { get; } = [];

    public TimeSpan Elapsed { get; set; }

    public bool Failed => Figures.Any(f => f.Status == FigureStatus.Fail);

    public void Add(string name, string value, string target, FigureStatus status) => Figures.Add(new Figure(name, value, target, status));

    public string Render()
    {
        var text = new StringBuilder();
        text.Append("## ").Append(Title).Append(CultureInfo.InvariantCulture, $"  ({Elapsed.TotalSeconds:0.0} s)").AppendLine();
        text.AppendLine();
        var rows = Figures.Select(f => new[] { f.Name, f.Value, f.Target, StatusWord(f.Status) }).ToList();
        string[] header = ["figure", "value", "target", "status"];
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        AppendRow(text, header, widths);
        AppendRow(text, widths.Select(w => new string('-', w)).ToArray(), widths);
        foreach (var row in rows)
        {
            AppendRow(text, row, widths);
        }

        if (Details.Count > 0)
        {
            text.AppendLine();
            foreach (var line in Details)
            {
                text.AppendLine(line);
            }
        }

        return text.ToString();
    }

    public static string StatusWord(FigureStatus status) => status switch
    {
        FigureStatus.Pass => "PASS",
        FigureStatus.Fail => "FAIL",
        FigureStatus.NotImplemented => "pending (not implemented)",
        _ => "-",
    };

    private static void AppendRow(StringBuilder text, string[] cells, int[] widths)
    {
        text.Append("| ");
        for (var i = 0; i < cells.Length; i++)
        {
            text.Append(cells[i].PadRight(widths[i])).Append(i + 1 < cells.Length ? " | " : " |");
        }

        text.AppendLine();
    }
}

internal static class Format
{
    public static string Number(double value, string format = "0.00") => value.ToString(format, CultureInfo.InvariantCulture);

    public static string Percent(int part, int whole) =>
        whole == 0 ? "n/a" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + "% (" + part + "/" + whole + ")";

    public static string Clip(string text, int max = 90)
    {
        var oneLine = text.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ').Trim();
        return oneLine.Length <= max ? oneLine : oneLine[..(max - 1)] + "…";
    }
}
