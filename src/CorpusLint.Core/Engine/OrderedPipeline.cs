using System.Runtime.ExceptionServices;

namespace CorpusLint.Engine;

/// <summary>
/// Runs <c>work</c> on items of a lazy sequence with a fixed number of worker threads and gives the results back in the
/// sequence's order. At most <c>maxInFlight</c> items are taken and not yet accepted by the drain's caller: a worker
/// waits while that many are out, and they are freed as the caller accepts results.
/// <para>
/// Everything is handed over in batches: a worker takes up to <see cref="MaxBatch"/> consecutive items at once, adds
/// their results at once, and the drain takes every consecutive finished result at once. A document served from the
/// cache takes microseconds, and a lock, a wake-up and a context switch per document cost more than that (on a
/// machine with more threads than cores, most of a warm run went to them).
/// </para>
/// </summary>
internal sealed class OrderedPipeline<TItem, TResult> : IDisposable
{
    /// <summary>Items a worker takes at once; more amortises the hand-overs, fewer spreads slow items over the workers.</summary>
    private const int MaxBatch = 16;

    private readonly IEnumerator<TItem> _items;
    private readonly Func<TItem, TResult> _work;
    private readonly int _maxInFlight;
    private readonly int _batch;
    private readonly CancellationToken _cancellationToken;

    /// <summary>Finished results by index modulo <see cref="_maxInFlight"/>: at most that many are out at once.</summary>
    private readonly TResult[] _done;
    private readonly bool[] _isDone;
    private readonly object _gate = new();
    private readonly object _walk = new();
    private readonly Thread[] _workers;
    private long _taken;
    private long _next;
    private int _inFlight;
    private int _running;
    private bool _drainWaits;
    private int _workersWaiting;
    private volatile bool _exhausted;
    private ExceptionDispatchInfo? _failure;

    public OrderedPipeline(IEnumerable<TItem> items, Func<TItem, TResult> work, int jobs, int maxInFlight, CancellationToken cancellationToken)
    {
        _items = items.GetEnumerator();
        _work = work;
        _maxInFlight = Math.Max(jobs, maxInFlight);
        _batch = Math.Clamp(_maxInFlight / (2 * jobs), 1, MaxBatch);
        _cancellationToken = cancellationToken;
        _done = new TResult[_maxInFlight];
        _isDone = new bool[_maxInFlight];
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
        var ready = new List<TResult>(_maxInFlight);
        while (true)
        {
            ready.Clear();
            lock (_gate)
            {
                while (!_isDone[Slot(_next)])
                {
                    _failure?.Throw();
                    _cancellationToken.ThrowIfCancellationRequested();
                    if (_running == 0 && _next >= Interlocked.Read(ref _taken))
                    {
                        return;
                    }

                    _drainWaits = true;
                    Monitor.Wait(_gate, TimeSpan.FromMilliseconds(200));
                    _drainWaits = false;
                }

                while (_isDone[Slot(_next)])
                {
                    var slot = Slot(_next++);
                    ready.Add(_done[slot]);
                    _done[slot] = default!;
                    _isDone[slot] = false;
                }

            }

            // A result's slot is freed once the sink has it, not when the drain takes it out: results waiting here for
            // the sink count as in flight, so no more than maxInFlight items are ever taken and not yet accepted.
            var accepted = 0;
            foreach (var result in ready)
            {
                accept(result);
                if (++accepted == _batch)
                {
                    Release(accepted);
                    accepted = 0;
                }
            }

            Release(accepted);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _exhausted = true;
            Monitor.PulseAll(_gate);
        }

        // Workers finish the items in hand; waiting for them keeps results from landing after the run returned.
        foreach (var worker in _workers)
        {
            worker.Join();
        }

        _items.Dispose();
    }

    private int Slot(long index) => (int)(index % _maxInFlight);

    /// <summary>Frees the slots of results the sink has accepted and wakes workers waiting for one.</summary>
    private void Release(int accepted)
    {
        if (accepted == 0)
        {
            return;
        }

        lock (_gate)
        {
            _inFlight -= accepted;
            if (_workersWaiting > 0)
            {
                Monitor.PulseAll(_gate);
            }
        }
    }

    private void Work()
    {
        var batch = new List<TItem>(_batch);
        var results = new List<TResult>(_batch);
        try
        {
            while (TakeSlots() is var granted and > 0)
            {
                long first;
                batch.Clear();
                lock (_walk)
                {
                    // The sequence is lazy (a folder walk); only one thread moves it on.
                    first = Interlocked.Read(ref _taken);
                    while (batch.Count < granted && !_exhausted && !_cancellationToken.IsCancellationRequested && _items.MoveNext())
                    {
                        batch.Add(_items.Current);
                    }

                    _exhausted |= batch.Count < granted;
                    Interlocked.Add(ref _taken, batch.Count);
                }

                results.Clear();
                foreach (var item in batch)
                {
                    results.Add(_work(item));
                }

                lock (_gate)
                {
                    _inFlight -= granted - batch.Count;
                    for (var i = 0; i < results.Count; i++)
                    {
                        _done[Slot(first + i)] = results[i];
                        _isDone[Slot(first + i)] = true;
                    }

                    if (_drainWaits && _next >= first && _next < first + results.Count)
                    {
                        Monitor.PulseAll(_gate);
                    }
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

    /// <summary>Waits until items may be taken and reserves up to a batch of them; 0 once the sequence is done or the run stopped.</summary>
    private int TakeSlots()
    {
        lock (_gate)
        {
            while (_inFlight >= _maxInFlight && !_exhausted && !_cancellationToken.IsCancellationRequested)
            {
                _workersWaiting++;
                Monitor.Wait(_gate, TimeSpan.FromMilliseconds(200));
                _workersWaiting--;
            }

            if (_exhausted || _cancellationToken.IsCancellationRequested)
            {
                return 0;
            }

            var granted = Math.Min(_batch, _maxInFlight - _inFlight);
            _inFlight += granted;
            return granted;
        }
    }
}
