using System.Buffers;

namespace CorpusLint.Model;

/// <summary>
/// Collects values of unknown count in a pooled buffer and copies them once into an array of the exact length: the
/// model's scanners otherwise allocate a growing list and its final copy for every document.
/// </summary>
internal ref struct PooledArrayBuilder<T>
    where T : unmanaged
{
    private T[] _buffer;

    public PooledArrayBuilder(int expected) => _buffer = ArrayPool<T>.Shared.Rent(Math.Max(16, expected));

    public int Count { get; private set; }

    public void Add(T value)
    {
        if (Count == _buffer.Length)
        {
            Grow();
        }

        _buffer[Count++] = value;
    }

    /// <summary>The values collected, in a new array; the buffer goes back to the pool.</summary>
    public T[] ToArrayAndReturn()
    {
        var result = _buffer.AsSpan(0, Count).ToArray();
        ArrayPool<T>.Shared.Return(_buffer);
        _buffer = [];
        Count = 0;
        return result;
    }

    private void Grow()
    {
        var larger = ArrayPool<T>.Shared.Rent(_buffer.Length * 2);
        _buffer.AsSpan(0, Count).CopyTo(larger);
        ArrayPool<T>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
