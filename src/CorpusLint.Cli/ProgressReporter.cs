using System.Diagnostics;
using CorpusLint.Engine;
using Spectre.Console;

namespace CorpusLint.Cli;

/// <summary>
/// Draws progress (documents, MB/s, and once the documents are counted a bar and the time left) on an interactive
/// terminal, for runs longer than <see cref="DrawAfter"/>; never in CI, when stderr is redirected, or while the report
/// itself streams to the same terminal (it would tear the drawing). Discovery walks as the run goes, so the documents
/// are counted by a second walk beside the run, only once a bar is drawn, and only when each input is one document
/// (not for <c>--shard</c>, which lints a part of them); a dataset's records outnumber its files, and when the count
/// falls short the bar goes back to a spinner.
/// </summary>
internal static class ProgressReporter
{
    /// <summary>Runs that finish sooner draw nothing: a bar that flashes and vanishes is noise.</summary>
    private static readonly TimeSpan DrawAfter = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan RefreshInterval = TimeSpan.FromMilliseconds(100);

    public static LintRunStatistics Run(LintRun run, IEnumerable<DocumentInput> inputs, bool countable, ILintResultSink sink, CliConsole console, bool enabled, CancellationToken cancellationToken)
    {
        if (!enabled || !console.IsInteractive)
        {
            return run.Run(inputs, sink, cancellationToken);
        }

        long bytes = 0;
        long documents = 0;
        run.DocumentCompleted += size =>
        {
            Interlocked.Add(ref bytes, size);
            Interlocked.Increment(ref documents);
        };
        var started = Stopwatch.StartNew();
        var lint = Task.Factory.StartNew(() => run.Run(inputs, sink, cancellationToken), cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        if (!Finished(lint, DrawAfter))
        {
            var total = countable ? Task.Run(() => inputs.LongCount(), cancellationToken) : null;
            AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) })
                .Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .Start(context =>
                {
                    var task = context.AddTask("Linting").IsIndeterminate();
                    while (!Finished(lint, RefreshInterval))
                    {
                        var done = Interlocked.Read(ref documents);
                        if (total is { IsCompletedSuccessfully: true } && task.IsIndeterminate && done <= total.Result)
                        {
                            task.MaxValue = Math.Max(1, total.Result);
                            task.IsIndeterminate = false;
                        }

                        if (!task.IsIndeterminate && done > task.MaxValue)
                        {
                            total = null;
                            task.IsIndeterminate = true;
                        }

                        task.Value = Math.Min(done, task.MaxValue);
                        task.Description = $"Linting: {done} documents, {Interlocked.Read(ref bytes) / 1e6 / Math.Max(0.001, started.Elapsed.TotalSeconds):0.0} MB/s";
                    }
                });
        }

        // Rethrows what the run threw (an interruption's OperationCanceledException, a fatal error) as it was thrown.
        return lint.GetAwaiter().GetResult();
    }

    private static bool Finished(Task task, TimeSpan wait) => ((IAsyncResult)task).AsyncWaitHandle.WaitOne(wait);
}
