using System.Globalization;
using CorpusLint.Engine.Timing;
using Spectre.Console;

namespace CorpusLint.Cli;

/// <summary>
/// <c>--timings</c>: where a run's time went, every part the run charged, the most expensive first (ESLint's <c>TIMING=all</c>,
/// with the document model's parts and the steps beside the rules: most of a run is the model the rules share).
/// </summary>
internal static class TimingsTable
{
    public static void Write(TextWriter output, RunTimings timings, IReadOnlyList<CorpusLint.Rules.Rule> rules)
    {
        var totals = timings.Totals();
        if (totals.Count == 0)
        {
            output.WriteLine("corpuslint: timings: no document was linted (every result came from the cache)");
            return;
        }

        var names = rules.ToDictionary(r => r.Id, r => r.Name, StringComparer.Ordinal);
        var all = totals.Sum(p => p.Value.Elapsed.TotalMilliseconds);
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"corpuslint: timings, summed over the threads that did the work (workers and the report's): {all:N0} ms"));

        var table = new Table().Border(TableBorder.Simple);
        table.AddColumn("Part");
        table.AddColumn("Kind");
        table.AddColumn(new TableColumn("Time (ms)").RightAligned());
        table.AddColumn(new TableColumn("Relative").RightAligned());
        table.AddColumn(new TableColumn("Count").RightAligned());
        foreach (var (part, timing) in totals)
        {
            var name = part.Kind == TimedPartKind.Rule && names.TryGetValue(part.Name, out var ruleName) ? $"{part.Name} {ruleName}" : part.Name;
            table.AddRow(
                Markup.Escape(name),
                KindWord(part.Kind),
                Milliseconds(timing.Elapsed.TotalMilliseconds),
                Share(timing.Elapsed.TotalMilliseconds, all),
                timing.Count.ToString("N0", CultureInfo.InvariantCulture));
        }

        PlainTable.Write(output, table);
    }

    private static string KindWord(TimedPartKind kind) => kind switch
    {
        TimedPartKind.Rule => "rule",
        TimedPartKind.Model => "model",
        _ => "step",
    };

    private static string Milliseconds(double value) => value.ToString("N1", CultureInfo.InvariantCulture);

    private static string Share(double value, double all) =>
        string.Create(CultureInfo.InvariantCulture, $"{(all > 0 ? 100 * value / all : 0):0.0}%");
}
