using CorpusLint.Engine;
using Spectre.Console;

namespace CorpusLint.Cli;

/// <summary>Draws a progress bar (documents, MB/s, ETA) on an interactive terminal for long runs; never in CI or when redirected.</summary>
internal static class ProgressReporter
{
    private const int MinimumDocumentsForProgress = 2000;

    public static LintRunResult Run(LintRun run, IReadOnlyList<DocumentInput> inputs, CliConsole console, bool enabled)
    {
        if (!enabled || !console.IsInteractive || inputs.Count < MinimumDocumentsForProgress)
        {
            return run.Run(inputs);
        }

        var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        LintRunResult? result = null;
        terminal.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask($"Linting {inputs.Count} documents", maxValue: inputs.Count);
                var started = System.Diagnostics.Stopwatch.StartNew();
                long bytes = 0;
                run.DocumentCompleted += size =>
                {
                    var total = Interlocked.Add(ref bytes, size);
                    task.Increment(1);
                    task.Description = $"Linting {inputs.Count} documents, {total / 1e6 / Math.Max(0.001, started.Elapsed.TotalSeconds):0.0} MB/s";
                };
                result = run.Run(inputs);
            });
        return result!;
    }
}
