using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;
using CorpusLint.Engine;
using CorpusLint.Text;

namespace CorpusLint.Caching;

/// <summary>
/// Writes the cache's binary records into a growing buffer: numbers as 7-bit varints, strings as UTF-8, or as UTF-16
/// when they hold surrogates (UTF-8 would replace a lone one, and a cached message must be the very one a lint gives).
/// </summary>
internal sealed class CacheWriter
{
    private byte[] _buffer;

    public CacheWriter(int capacity = 256) => _buffer = new byte[capacity];

    /// <summary>Writes into <paramref name="buffer"/> (a rented one) until it is full, then into buffers of its own.</summary>
    public CacheWriter(byte[] buffer) => _buffer = buffer;

    public int Length { get; private set; }

    public int Capacity => _buffer.Length;

    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, Length);

    public byte[] ToArray() => Written.ToArray();

    public void Clear() => Length = 0;

    public void WriteByte(byte value) => Take(1)[0] = value;

    public void WriteVarint(ulong value)
    {
        var span = Take(10);
        var used = 0;
        while (value >= 0x80)
        {
            span[used++] = (byte)(value | 0x80);
            value >>= 7;
        }

        span[used++] = (byte)value;
        Length -= 10 - used;
    }

    public void WriteVarint(long value) => WriteVarint(unchecked((ulong)value));

    public void WriteInt64(long value) => BinaryPrimitives.WriteInt64LittleEndian(Take(8), value);

    public void WriteUInt64(ulong value) => BinaryPrimitives.WriteUInt64LittleEndian(Take(8), value);

    public void WriteHash128(Hash128 value)
    {
        WriteUInt64(value.High);
        WriteUInt64(value.Low);
    }

    public void WriteBytes(ReadOnlySpan<byte> bytes) => bytes.CopyTo(Take(bytes.Length));

    /// <summary>A string: its byte length shifted left by one, the low bit telling UTF-16 from UTF-8, then its bytes.</summary>
    public void WriteString(string value)
    {
        // Any surrogate sends the string as UTF-16: rare in articles' messages, and no pair needs checking.
        if (value.AsSpan().ContainsAny(CharacterSets.Surrogates))
        {
            var utf16 = MemoryMarshal.AsBytes(value.AsSpan());
            WriteVarint(((ulong)utf16.Length << 1) | 1);
            WriteBytes(utf16);
            return;
        }

        var count = Encoding.UTF8.GetByteCount(value);
        WriteVarint((ulong)count << 1);
        Encoding.UTF8.GetBytes(value, Take(count));
    }

    private Span<byte> Take(int count)
    {
        if (Length + count > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, Length + count));
        }

        var span = _buffer.AsSpan(Length, count);
        Length += count;
        return span;
    }
}
