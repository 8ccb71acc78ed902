using System.Runtime.InteropServices;

namespace CorpusLint.Cli;

/// <summary>
/// SIGINT and SIGTERM stop a run in order: the run is cancelled, a report being written to a temporary file is
/// deleted, and the file named by <c>--output</c> keeps its old content. If the run cannot stop within
/// <see cref="GracePeriod"/> (a read blocked on a pipe), the process exits anyway; the old report is still whole.
/// </summary>
internal sealed class Interruption : IDisposable
{
    private static readonly TimeSpan GracePeriod = TimeSpan.FromSeconds(3);

    private readonly CancellationTokenSource _cancellation = new();
    private readonly List<PosixSignalRegistration> _registrations = [];

    private Interruption()
    {
    }

    public CancellationToken Token => _cancellation.Token;

    /// <summary>The signal that interrupted the run, if one did.</summary>
    public PosixSignal? Signal { get; private set; }

    public static Interruption Register()
    {
        var interruption = new Interruption();
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM })
        {
            interruption._registrations.Add(PosixSignalRegistration.Create(signal, interruption.Handle));
        }

        return interruption;
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _cancellation.Dispose();
    }

    private void Handle(PosixSignalContext context)
    {
        context.Cancel = true;
        Signal ??= context.Signal;
        _cancellation.Cancel();
        var exitCode = context.Signal == PosixSignal.SIGINT ? ExitCodes.Interrupted : ExitCodes.Terminated;
        _ = Task.Delay(GracePeriod).ContinueWith(_ => Environment.Exit(exitCode), TaskScheduler.Default);
    }
}
