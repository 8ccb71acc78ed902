using System.Buffers;

namespace CorpusLint.Caching;

/// <summary>
/// Holds the encoded results a run stores into one bucket, packed into chunks rented from a pool, until the bucket is
/// written and dropped. A byte array per document lived as long as its bucket (a folder's worth of documents), long
/// enough to be promoted out of the GC's youngest generation, and a cold run with the cache then grew the heap by
/// a third beyond a run without it; chunks are few, reused, and never collected.
/// </summary>
internal sealed class PayloadArena(ArrayPool<byte> pool)
{
    /// <summary>Large enough that a folder of articles needs a handful, small enough that a one-file edit rents little.</summary>
    internal const int ChunkSize = 256 * 1024;

    private readonly List<byte[]> _chunks = [];
    private byte[]? _current;
    private int _used;

    /// <summary>A copy of <paramref name="payload"/> that lives until <see cref="Release"/>.</summary>
    public ReadOnlyMemory<byte> Add(ReadOnlySpan<byte> payload)
    {
        if (_current is null || _current.Length - _used < payload.Length)
        {
            // A payload larger than a chunk gets a rented array of its own; the current chunk keeps filling after it.
            var chunk = pool.Rent(Math.Max(ChunkSize, payload.Length));
            _chunks.Add(chunk);
            if (payload.Length > ChunkSize)
            {
                payload.CopyTo(chunk);
                return chunk.AsMemory(0, payload.Length);
            }

            _current = chunk;
            _used = 0;
        }

        var slice = _current.AsMemory(_used, payload.Length);
        payload.CopyTo(slice.Span);
        _used += payload.Length;
        return slice;
    }

    /// <summary>Gives every chunk back to the pool: no payload this arena returned may be read afterwards.</summary>
    public void Release()
    {
        foreach (var chunk in _chunks)
        {
            pool.Return(chunk);
        }

        _chunks.Clear();
        _current = null;
        _used = 0;
    }
}
