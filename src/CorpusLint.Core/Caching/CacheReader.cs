using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;
using CorpusLint.Engine;
using CorpusLint.Text;

namespace CorpusLint.Caching;

/// <summary>Reads what <see cref="CacheWriter"/> wrote; any overrun or malformed value is an <see cref="InvalidDataException"/>.</summary>
internal ref struct CacheReader(ReadOnlySpan<byte> data)
{
    private readonly ReadOnlySpan<byte> _data = data;

    public int Position { get; private set; }

    public readonly bool AtEnd => Position == _data.Length;

    public byte ReadByte() => Take(1)[0];

    public ulong ReadVarint()
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var next = ReadByte();
            value |= (ulong)(next & 0x7F) << shift;
            if (next < 0x80)
            {
                return value;
            }
        }

        throw new InvalidDataException("a number in the cache is malformed");
    }

    public long ReadVarintInt64() => unchecked((long)ReadVarint());

    /// <summary>A varint that must fit a non-negative <see cref="int"/> (a count, an offset, a line).</summary>
    public int ReadCount()
    {
        var value = ReadVarint();
        return value <= int.MaxValue ? (int)value : throw new InvalidDataException("a count in the cache is out of range");
    }

    public long ReadInt64() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

    public ulong ReadUInt64() => BinaryPrimitives.ReadUInt64LittleEndian(Take(8));

    public Hash128 ReadHash128() => new(ReadUInt64(), ReadUInt64());

    public ReadOnlySpan<byte> ReadBytes(int count) => Take(count);

    public string ReadString()
    {
        var header = ReadVarint();
        var bytes = Take(checked((int)(header >> 1)));
        if ((header & 1) == 0)
        {
            return Encoding.UTF8.GetString(bytes);
        }

        return bytes.Length % 2 == 0
            ? new string(MemoryMarshal.Cast<byte, char>(bytes))
            : throw new InvalidDataException("a string in the cache is malformed");
    }

    /// <summary>
    /// Whether what <see cref="ReadString"/> would read is <paramref name="value"/>, without making a string of it: a
    /// replay compares one per document. The writer's choice of encoding is made again for <paramref name="value"/>.
    /// </summary>
    public bool ReadStringEquals(string value)
    {
        const int EncodedOnStack = 1024;
        var header = ReadVarint();
        var bytes = Take(checked((int)(header >> 1)));
        var asUtf16 = value.AsSpan().ContainsAny(CharacterSets.Surrogates);
        if (asUtf16 || (header & 1) == 1)
        {
            return asUtf16 && (header & 1) == 1 && bytes.SequenceEqual(MemoryMarshal.AsBytes(value.AsSpan()));
        }

        Span<byte> encoded = stackalloc byte[EncodedOnStack];
        return Encoding.UTF8.TryGetBytes(value, encoded, out var length)
            ? bytes.SequenceEqual(encoded[..length])
            : Encoding.UTF8.GetString(bytes) == value;
    }

    /// <summary>Passes over what <see cref="ReadString"/> would read, with the same checks (UTF-8 is not validated: it decodes to U+FFFD, never fails).</summary>
    public void SkipString()
    {
        var header = ReadVarint();
        var length = checked((int)(header >> 1));
        if ((header & 1) == 1 && length % 2 != 0)
        {
            throw new InvalidDataException("a string in the cache is malformed");
        }

        Take(length);
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count < 0 || count > _data.Length - Position)
        {
            throw new InvalidDataException("a cache record ends early");
        }

        var span = _data.Slice(Position, count);
        Position += count;
        return span;
    }
}
