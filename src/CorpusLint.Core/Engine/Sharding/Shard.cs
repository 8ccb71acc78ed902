using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO.Hashing;
using System.Text;

namespace CorpusLint.Engine.Sharding;

/// <summary>
/// Part <see cref="Index"/> of <see cref="Count"/> disjoint parts of a corpus (<c>--shard K/N</c>, 1-based). A document
/// belongs to the part its key hashes to. The key is the document's path relative to the corpus root (for a dataset
/// record, that path and the record number), so every machine and every run splits the corpus the same way, each
/// document is in exactly one part, and adding a file moves no other file.
/// </summary>
public readonly record struct Shard
{
    /// <summary>Keys shorter than this (in UTF-8 bytes) are hashed from the stack, longer ones from a pooled buffer.</summary>
    private const int StackKeyBytes = 512;

    public Shard(int index, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(index, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index, count);
        Index = index;
        Count = count;
    }

    /// <summary>1-based: the first part is 1.</summary>
    public int Index { get; }

    public int Count { get; }

    /// <summary>Reads <c>K/N</c>; on failure <paramref name="error"/> says what was expected, for a usage message.</summary>
    public static bool TryParse(string? text, out Shard shard, [NotNullWhen(false)] out string? error)
    {
        shard = default;
        var parts = (text ?? "").Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            error = $"expected K/N, part K of N parts (e.g. 3/16), got '{text}'";
            return false;
        }

        if (count < 1 || index < 1 || index > count)
        {
            error = $"expected K/N with 1 <= K <= N (e.g. 3/16), got '{text}'";
            return false;
        }

        shard = new Shard(index, count);
        error = null;
        return true;
    }

    /// <summary>Whether the document with <paramref name="key"/> belongs to this part.</summary>
    public bool Contains(string key) => IndexOf(key, Count) == Index;

    /// <summary>The part (1..<paramref name="count"/>) that the document with <paramref name="key"/> belongs to.</summary>
    public static int IndexOf(string key, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var length = Encoding.UTF8.GetMaxByteCount(key.Length);
        byte[]? rented = null;
        Span<byte> buffer = length <= StackKeyBytes ? stackalloc byte[StackKeyBytes] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            var hash = XxHash3.HashToUInt64(buffer[..Encoding.UTF8.GetBytes(key, buffer)]);

            // Multiply-shift maps the 64-bit hash onto 0..count-1 without the bias of a modulo (Lemire's fast range).
            return (int)Math.BigMul(hash, (ulong)count, out _) + 1;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
