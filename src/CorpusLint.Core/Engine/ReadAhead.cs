using System.Collections.Concurrent;

namespace CorpusLint.Engine;

/// <summary>
/// Enumerates a sequence on a thread of its own, running ahead of its reader, in order. A run's last step reads every
/// held result back and writes the report, alone on one thread after the workers are done: reading back was half of
/// it (the last 1.5 s of a 20 s cold run over 100,000 files, perf), and it is done here beside the writing. Items are
/// handed over in batches (a hand-over per item costs more than decoding one); disposing stops the thread.
/// </summary>
internal sealed class ReadAhead<T> : IDisposable
{
    private const int Batch = 64;

    /// <summary>Batches the thread may be ahead by: enough to ride out a slow item, few enough to keep memory flat.</summary>
    private const int BatchesAhead = 4;

    private readonly BlockingCollection<List<T>> _batches = new(BatchesAhead);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _producer;

    public ReadAhead(IEnumerable<T> source) =>
        _producer = Task.Factory.StartNew(() => Produce(source), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>The items in the source's order; a failure of the source is thrown after the items before it.</summary>
    public IEnumerable<T> Items()
    {
        foreach (var batch in _batches.GetConsumingEnumerable())
        {
            foreach (var item in batch)
            {
                yield return item;
            }
        }

        _producer.GetAwaiter().GetResult();
    }

    public void Dispose()
    {
        _stop.Cancel();
        // Waited for before the collection goes; a failure not read through Items is the reader's to have thrown.
        _producer.ContinueWith(_ => { }, TaskScheduler.Default).Wait();
        _batches.Dispose();
        _stop.Dispose();
    }

    private void Produce(IEnumerable<T> source)
    {
        var batch = new List<T>(Batch);
        try
        {
            foreach (var item in source)
            {
                batch.Add(item);
                if (batch.Count == Batch)
                {
                    _batches.Add(batch, _stop.Token);
                    batch = new List<T>(Batch);
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // The reader stopped before the end: the rest is not needed.
        }
        finally
        {
            // The last items, at the end of the source or before its failure (thrown to the reader after them).
            if (batch.Count > 0 && !_stop.IsCancellationRequested)
            {
                HandOverLast(batch);
            }

            _batches.CompleteAdding();
        }
    }

    private void HandOverLast(List<T> batch)
    {
        try
        {
            _batches.Add(batch, _stop.Token);
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // As above.
        }
    }
}
