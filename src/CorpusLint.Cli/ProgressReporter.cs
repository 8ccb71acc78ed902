using CorpusLint.Engine;
using Spectre.Console;

namespace CorpusLint.Cli;

/// <summary>
/// Draws progress (documents, MB/s) on an interactive terminal; never in CI, when stderr is redirected, or while the
/// report itself streams to the same terminal (it would tear the drawing). The number of documents is not known
/// ahead: discovery walks as the run goes.
/// </summary>
internal static class ProgressReporter
{
    public static LintRunStatistics Run(LintRun run, IEnumerable<DocumentInput> inputs, ILintResultSink sink, CliConsole console, bool enabled, CancellationToken cancellationToken)
    {
        if (!enabled || !console.IsInteractive)
        {
            return run.Run(inputs, sink, cancellationToken);
        }

        var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        LintRunStatistics? statistics = null;
        terminal.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new SpinnerColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("Linting").IsIndeterminate();
                var started = System.Diagnostics.Stopwatch.StartNew();
                long bytes = 0;
                long documents = 0;
                run.DocumentCompleted += size =>
                {
                    var total = Interlocked.Add(ref bytes, size);
                    var count = Interlocked.Increment(ref documents);
                    task.Description = $"Linting: {count} documents, {total / 1e6 / Math.Max(0.001, started.Elapsed.TotalSeconds):0.0} MB/s";
                };
                statistics = run.Run(inputs, sink, cancellationToken);
            });
        return statistics!;
    }
}
