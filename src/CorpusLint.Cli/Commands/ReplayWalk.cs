using System.Collections.Concurrent;
using CorpusLint.Engine;

namespace CorpusLint.Cli.Commands;

/// <summary>
/// The walk of a replay's inputs, on another thread from the moment it is made, so that it runs ahead while the
/// snapshot is opened and while the replay takes each document's stamp. Inputs are handed over in batches: a hand-over
/// per document cost more than walking to it. Disposing stops the walk.
/// </summary>
internal sealed class ReplayWalk : IDisposable
{
    /// <summary>Documents handed over at a time.</summary>
    private const int Batch = 256;

    /// <summary>Documents the walk may run ahead of the stamps taken: what it walks while the snapshot is opened, and some.</summary>
    private const int Ahead = 4096;

    private readonly CancellationTokenSource _stop = new();
    private readonly BlockingCollection<List<DocumentInput>> _walked = new(Ahead / Batch);
    private readonly Task _walk;

    public ReplayWalk(IEnumerable<DocumentInput> inputs) => _walk = Task.Run(() => Walk(inputs));

    /// <summary>
    /// The inputs in the walk's order. A failure of the walk (a folder that vanished meanwhile) is thrown after the
    /// batches handed over before it, as the walk of a run would throw it.
    /// </summary>
    public IEnumerable<DocumentInput> Inputs()
    {
        foreach (var batch in _walked.GetConsumingEnumerable())
        {
            foreach (var input in batch)
            {
                yield return input;
            }
        }

        _walk.GetAwaiter().GetResult();
    }

    public void Dispose()
    {
        _stop.Cancel();
        // Waited for before the collection goes; a failure not read through Inputs is the run's walk's to report.
        _walk.ContinueWith(_ => { }, TaskScheduler.Default).Wait();
        _walked.Dispose();
        _stop.Dispose();
    }

    private void Walk(IEnumerable<DocumentInput> inputs)
    {
        try
        {
            var batch = new List<DocumentInput>(Batch);
            foreach (var input in inputs)
            {
                batch.Add(input);
                if (batch.Count == Batch)
                {
                    _walked.Add(batch, _stop.Token);
                    batch = new List<DocumentInput>(Batch);
                }
            }

            _walked.Add(batch, _stop.Token);
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // The replay ended before the walk did: the rest of it is not needed.
        }
        finally
        {
            _walked.CompleteAdding();
        }
    }
}
