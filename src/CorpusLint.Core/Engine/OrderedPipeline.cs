using System.Runtime.ExceptionServices;

namespace CorpusLint.Engine;

/// <summary>
/// Runs <c>work</c> on items of a lazy sequence with a fixed number of worker threads and gives the results back in the
/// sequence's order. At most <c>maxInFlight</c> items are taken and not yet given back: a worker waits for a slot
/// before it takes the next item, and a slot is freed when its result is given back.
/// </summary>
internal sealed class OrderedPipeline<TItem, TResult> : IDisposable
{
    private readonly IEnumerator<TItem> _items;
    private readonly Func<TItem, TResult> _work;
    private readonly SemaphoreSlim _slots;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<long, TResult> _done = [];
    private readonly object _gate = new();
    private readonly Thread[] _workers;
    private long _taken;
    private int _running;
    private volatile bool _exhausted;
    private ExceptionDispatchInfo? _failure;

    public OrderedPipeline(IEnumerable<TItem> items, Func<TItem, TResult> work, int jobs, int maxInFlight, CancellationToken cancellationToken)
    {
        _items = items.GetEnumerator();
        _work = work;
        _slots = new SemaphoreSlim(Math.Max(jobs, maxInFlight));
        _cancellationToken = cancellationToken;
        _running = jobs;
        _workers = new Thread[jobs];
        for (var i = 0; i < jobs; i++)
        {
            // Dedicated threads: the work blocks on I/O and CPU for long stretches, which would starve the thread pool.
            _workers[i] = new Thread(Work) { IsBackground = true, Name = $"corpuslint-worker-{i}" };
            _workers[i].Start();
        }
    }

    /// <summary>Gives every result to <paramref name="accept"/> in order, on the calling thread; rethrows a worker's failure.</summary>
    public void Drain(Action<TResult> accept)
    {
        for (long next = 0; ; next++)
        {
            TResult result;
            lock (_gate)
            {
                while (!_done.Remove(next, out result!))
                {
                    _failure?.Throw();
                    _cancellationToken.ThrowIfCancellationRequested();
                    if (_running == 0 && next >= Interlocked.Read(ref _taken))
                    {
                        return;
                    }

                    Monitor.Wait(_gate, TimeSpan.FromMilliseconds(200));
                }
            }

            _slots.Release();
            accept(result);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _exhausted = true;
        }

        // Workers finish the item in hand; waiting for them keeps results from landing after the run returned.
        _slots.Release(_workers.Length);
        foreach (var worker in _workers)
        {
            worker.Join();
        }

        _items.Dispose();
        _slots.Dispose();
    }

    private void Work()
    {
        try
        {
            while (true)
            {
                try
                {
                    _slots.Wait(_cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                long index;
                TItem item;
                lock (_items)
                {
                    // The sequence is lazy (a folder walk); only one thread moves it on.
                    if (_exhausted || _cancellationToken.IsCancellationRequested || !_items.MoveNext())
                    {
                        _exhausted = true;
                        return;
                    }

                    item = _items.Current;
                    index = Interlocked.Increment(ref _taken) - 1;
                }

                var result = _work(item);
                lock (_gate)
                {
                    _done.Add(index, result);
                    Monitor.PulseAll(_gate);
                }
            }
        }
        catch (Exception e)
        {
            lock (_gate)
            {
                _failure ??= ExceptionDispatchInfo.Capture(e);
                _exhausted = true;
            }
        }
        finally
        {
            lock (_gate)
            {
                _running--;
                Monitor.PulseAll(_gate);
            }
        }
    }
}
