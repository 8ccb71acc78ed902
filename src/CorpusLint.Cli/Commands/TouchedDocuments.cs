using System.Collections.Concurrent;
using CorpusLint.Engine;

namespace CorpusLint.Cli.Commands;

/// <summary>
/// The documents of a report snapshot whose stamp changed but not their size, hashed as a replay meets them, on threads
/// of their own (a fresh checkout touches every document): those whose content is the snapshot's keep only their place
/// and new stamp (<see cref="Touched"/>, 40 bytes each, so that a replay's memory hardly grows with the archive), the
/// others go on whole as edited (<see cref="Edited"/>). Disposing stops the hashing.
/// </summary>
internal sealed class TouchedDocuments : IDisposable
{
    /// <summary>Documents waiting for a hash: what the replay holds of them at once.</summary>
    private const int Queued = 1024;

    private readonly BlockingCollection<SnapshotDocument> _queue = new(Queued);
    private readonly List<Restamp> _touched = [];
    private readonly List<SnapshotDocument> _edited = [];
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task[] _workers;

    public TouchedDocuments()
    {
        _workers = new Task[Environment.ProcessorCount];
        for (var i = 0; i < _workers.Length; i++)
        {
            _workers[i] = Task.Factory.StartNew(Hash, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }
    }

    /// <summary>A touched document: its place in the manifest and its new stamp.</summary>
    public readonly record struct Restamp(int Index, DocumentStamp Stamp);

    /// <summary>The bytes of the documents added so far.</summary>
    public long Bytes { get; private set; }

    /// <summary>The documents added so far.</summary>
    public int Count { get; private set; }

    /// <summary>Those whose content is the snapshot's, in manifest order; call after <see cref="Complete"/>.</summary>
    public List<Restamp> Touched => _touched;

    /// <summary>Those whose content is not, in manifest order; call after <see cref="Complete"/>.</summary>
    public List<SnapshotDocument> Edited => _edited;

    public void Add(SnapshotDocument document)
    {
        Bytes += document.Stamp.Length;
        Count++;
        _queue.Add(document, _stop.Token);
    }

    /// <summary>Waits for every hash and sorts the two lists into manifest order.</summary>
    public void Complete()
    {
        _queue.CompleteAdding();
        Task.WaitAll(_workers);
        _touched.Sort((a, b) => a.Index.CompareTo(b.Index));
        _edited.Sort((a, b) => a.Index.CompareTo(b.Index));
    }

    public void Dispose()
    {
        _stop.Cancel();
        _queue.CompleteAdding();
        Task.WaitAll(_workers);
        _queue.Dispose();
        _stop.Dispose();
    }

    /// <summary>
    /// Whether the document still has the snapshot's content. Whatever goes wrong reading it makes it edited, to be
    /// linted (which reports why it cannot be read): a hashing thread that stopped would leave the replay waiting.
    /// </summary>
    private static bool IsSame(SnapshotDocument document)
    {
        try
        {
            return DocumentFile.HashContent(document.Input.FullPath, document.Stamp.Length) == document.Entry.ContentHash;
        }
        catch (Exception)
        {
            return false;
        }
    }

    private void Hash()
    {
        try
        {
            foreach (var document in _queue.GetConsumingEnumerable(_stop.Token))
            {
                var same = IsSame(document);
                lock (_gate)
                {
                    if (same)
                    {
                        _touched.Add(new Restamp(document.Index, document.Stamp));
                    }
                    else
                    {
                        _edited.Add(document);
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped: the replay fell back.
        }
    }
}
