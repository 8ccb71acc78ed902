using System.Collections.Concurrent;
using CorpusLint.Datasets;
using CorpusLint.Engine;

namespace CorpusLint.Cli.Commands;

/// <summary>
/// The walk of a replay's inputs and the stamps of its documents, each on a thread of its own from the moment this is
/// made, so that both run ahead while the snapshot is opened and while the replay compares them with its manifest.
/// Inputs are handed on in batches: a hand-over per document cost more than walking to it. Disposing stops both.
/// </summary>
internal sealed class ReplayWalk : IDisposable
{
    /// <summary>Documents handed on at a time.</summary>
    private const int Batch = 256;

    /// <summary>Documents each stage may run ahead of the next.</summary>
    private const int Ahead = 4096;

    private readonly CancellationTokenSource _stop = new();
    private readonly BlockingCollection<List<DocumentInput>> _walked = new(Ahead / Batch);
    private readonly BlockingCollection<StampedBatch> _stamped = new(Ahead / Batch);
    private readonly Task _walk;
    private readonly Task _stamp;

    public ReplayWalk(IEnumerable<DocumentInput> inputs)
    {
        // Threads of their own, not the pool's: with two cores the pool has two threads, and the snapshot's checksum
        // waited behind these until the walk ended.
        _walk = Task.Factory.StartNew(() => Walk(inputs), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        _stamp = Task.Factory.StartNew(Stamp, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>
    /// Each input in the walk's order with its document's stamp: null when it has none (not a regular file, gone) or is
    /// not a document a snapshot can hold (an input with a problem, a dataset). A failure of the walk (a folder that
    /// vanished meanwhile) is thrown after the batches handed on before it, as the walk of a run would throw it.
    /// </summary>
    public IEnumerable<(DocumentInput Input, DocumentStamp? Stamp)> Inputs()
    {
        foreach (var batch in _stamped.GetConsumingEnumerable())
        {
            for (var i = 0; i < batch.Inputs.Count; i++)
            {
                yield return (batch.Inputs[i], batch.Stamps[i]);
            }
        }

        _walk.GetAwaiter().GetResult();
        _stamp.GetAwaiter().GetResult();
    }

    public void Dispose()
    {
        _stop.Cancel();
        // Waited for before the collections go; a failure not read through Inputs is the run's walk's to report.
        Task.WhenAll(_walk, _stamp).ContinueWith(_ => { }, TaskScheduler.Default).Wait();
        _walked.Dispose();
        _stamped.Dispose();
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

    private void Stamp()
    {
        try
        {
            using var stamps = new FolderStamps();
            foreach (var batch in _walked.GetConsumingEnumerable(_stop.Token))
            {
                var stamped = new DocumentStamp?[batch.Count];
                for (var i = 0; i < batch.Count; i++)
                {
                    var input = batch[i];
                    stamped[i] = input.Problem is null && DatasetFile.Detect(input.FullPath) is null ? stamps.Stat(input.FullPath) : null;
                }

                _stamped.Add(new StampedBatch(batch, stamped), _stop.Token);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // As for the walk.
        }
        finally
        {
            _stamped.CompleteAdding();
        }
    }

    private sealed record StampedBatch(List<DocumentInput> Inputs, DocumentStamp?[] Stamps);
}
