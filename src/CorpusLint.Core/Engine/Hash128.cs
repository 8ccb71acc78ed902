using System.Buffers.Binary;
using System.IO.Hashing;

namespace CorpusLint.Engine;

/// <summary>
/// An XxHash128 value as its two 64-bit halves. Not <see cref="UInt128"/>: crossgen2 leaves every method that touches
/// that type (its calling convention is special) to the JIT, so the cache's whole replay path was JIT-compiled at
/// every start (benchmarks/README.md).
/// </summary>
public readonly record struct Hash128(ulong High, ulong Low)
{
    private const int Size = 16;

    /// <summary>A value below 2^64, as <see cref="UInt128"/> converts one.</summary>
    public static implicit operator Hash128(ulong value) => new(0, value);

    /// <summary>The XxHash128 of <paramref name="data"/>.</summary>
    public static Hash128 Of(ReadOnlySpan<byte> data)
    {
        Span<byte> hash = stackalloc byte[Size];
        XxHash128.Hash(data, hash);
        return FromBigEndian(hash);
    }

    /// <summary>The hash of what <paramref name="hasher"/> has been given so far.</summary>
    public static Hash128 Of(XxHash128 hasher)
    {
        Span<byte> hash = stackalloc byte[Size];
        hasher.GetCurrentHash(hash);
        return FromBigEndian(hash);
    }

    /// <summary>Reads a value written by <see cref="WriteLittleEndian"/>: the low half first, each half little-endian.</summary>
    public static Hash128 ReadLittleEndian(ReadOnlySpan<byte> source) =>
        new(BinaryPrimitives.ReadUInt64LittleEndian(source[8..]), BinaryPrimitives.ReadUInt64LittleEndian(source));

    /// <summary>Writes the value in 16 bytes, as a little-endian 128-bit number: the low half first.</summary>
    public void WriteLittleEndian(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(destination, Low);
        BinaryPrimitives.WriteUInt64LittleEndian(destination[8..], High);
    }

    /// <summary>32 lower-case hexadecimal digits, the high half first.</summary>
    public override string ToString() => $"{High:x16}{Low:x16}";

    // XxHash128 writes its canonical form big-endian, the high half first.
    private static Hash128 FromBigEndian(ReadOnlySpan<byte> hash) =>
        new(BinaryPrimitives.ReadUInt64BigEndian(hash), BinaryPrimitives.ReadUInt64BigEndian(hash[8..]));
}
