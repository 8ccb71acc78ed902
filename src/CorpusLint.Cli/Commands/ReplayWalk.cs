using System.Collections.Concurrent;
using CorpusLint.Datasets;
using CorpusLint.Engine;

namespace CorpusLint.Cli.Commands;

/// <summary>
/// The walk of a replay's inputs and the stamps of its documents, on threads of their own from the moment this is made,
/// so that they run ahead while the snapshot is opened and while the replay compares them with its manifest. The walk
/// deals its inputs in batches (a hand-over per document cost more than walking to it) to <see cref="Lanes"/> lanes,
/// each taking the stamps of its batches (a system call per document, most of a replay) on its own thread, and
/// <see cref="Inputs"/> reads the lanes in turn, so in the walk's order. Disposing stops them all.
/// </summary>
internal sealed class ReplayWalk : IDisposable
{
    /// <summary>Threads taking stamps: a stamp is a system call, and two run side by side on two cores.</summary>
    private const int Lanes = 2;

    /// <summary>
    /// Documents handed on at a time. Fewer hand-overs mean fewer wake-ups (each spins and yields first) and, with a
    /// thousand files to a folder, a lane enters each folder about once: on 100,000 files 1,024 at a time replayed in
    /// 12% less time and CPU than 256 (4,096 gained nothing more; a hand-over that never spins gained 1%, so the spinning
    /// is not all of it); on 2,000 files it makes no difference.
    /// </summary>
    internal const int Batch = 1024;

    /// <summary>Documents each stage may run ahead of the next.</summary>
    private const int Ahead = 8192;

    private readonly CancellationTokenSource _stop = new();
    private readonly BlockingCollection<List<DocumentInput>>[] _walked = new BlockingCollection<List<DocumentInput>>[Lanes];
    private readonly BlockingCollection<StampedBatch>[] _stamped = new BlockingCollection<StampedBatch>[Lanes];
    private readonly Task[] _tasks = new Task[Lanes + 1];

    public ReplayWalk(IEnumerable<DocumentInput> inputs)
    {
        for (var lane = 0; lane < Lanes; lane++)
        {
            _walked[lane] = new BlockingCollection<List<DocumentInput>>(Ahead / Batch / Lanes);
            _stamped[lane] = new BlockingCollection<StampedBatch>(Ahead / Batch / Lanes);
        }

        // Threads of their own, not the pool's: with two cores the pool has two threads, and the snapshot's checksum
        // waited behind these until the walk ended.
        _tasks[0] = Task.Factory.StartNew(() => Walk(inputs), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        for (var lane = 0; lane < Lanes; lane++)
        {
            var own = lane;
            _tasks[lane + 1] = Task.Factory.StartNew(() => Stamp(own), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }
    }

    /// <summary>
    /// Each input in the walk's order with its document's stamp: null when it has none (not a regular file, gone) or is
    /// not a document a snapshot can hold (an input with a problem, a dataset). A failure of the walk (a folder that
    /// vanished meanwhile) is thrown after the batches handed on before it, as the walk of a run would throw it.
    /// </summary>
    public IEnumerable<(DocumentInput Input, DocumentStamp? Stamp)> Inputs()
    {
        // The walk deals batches to the lanes in turn, so the next batch is always in the next lane; the first lane
        // found complete is the end of the walk.
        for (var lane = 0; _stamped[lane].TryTake(out var batch, Timeout.Infinite); lane = (lane + 1) % Lanes)
        {
            for (var i = 0; i < batch.Inputs.Count; i++)
            {
                yield return (batch.Inputs[i], batch.Stamps[i]);
            }
        }

        foreach (var task in _tasks)
        {
            task.GetAwaiter().GetResult();
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        // Waited for before the collections go; a failure not read through Inputs is the run's walk's to report.
        Task.WhenAll(_tasks).ContinueWith(_ => { }, TaskScheduler.Default).Wait();
        for (var lane = 0; lane < Lanes; lane++)
        {
            _walked[lane].Dispose();
            _stamped[lane].Dispose();
        }

        _stop.Dispose();
    }

    private void Walk(IEnumerable<DocumentInput> inputs)
    {
        var lane = 0;
        try
        {
            var batch = new List<DocumentInput>(Batch);
            foreach (var input in inputs)
            {
                batch.Add(input);
                if (batch.Count == Batch)
                {
                    _walked[lane].Add(batch, _stop.Token);
                    lane = (lane + 1) % Lanes;
                    batch = new List<DocumentInput>(Batch);
                }
            }

            _walked[lane].Add(batch, _stop.Token);
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // The replay ended before the walk did: the rest of it is not needed.
        }
        finally
        {
            foreach (var walked in _walked)
            {
                walked.CompleteAdding();
            }
        }
    }

    private void Stamp(int lane)
    {
        try
        {
            using var stamps = new FolderStamps();
            foreach (var batch in _walked[lane].GetConsumingEnumerable(_stop.Token))
            {
                var stamped = new DocumentStamp?[batch.Count];
                for (var i = 0; i < batch.Count; i++)
                {
                    var input = batch[i];
                    stamped[i] = input.Problem is null && DatasetFile.Detect(input.FullPath) is null ? stamps.Stat(input.FullPath) : null;
                }

                _stamped[lane].Add(new StampedBatch(batch, stamped), _stop.Token);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // As for the walk.
        }
        finally
        {
            _stamped[lane].CompleteAdding();
        }
    }

    private sealed record StampedBatch(List<DocumentInput> Inputs, DocumentStamp?[] Stamps);
}
