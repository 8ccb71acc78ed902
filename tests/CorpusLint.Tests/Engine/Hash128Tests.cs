using System.IO.Hashing;
using System.Text;
using CorpusLint.Engine;

namespace CorpusLint.Tests.Engine;

public class Hash128Tests
{
    private static readonly byte[] Text = Encoding.UTF8.GetBytes("Harbour council approves new ferry timetable");

    [Fact]
    public void Halves_are_those_of_the_XxHash128_value()
    {
        var value = XxHash128.HashToUInt128(Text);

        var hash = Hash128.Of(Text);

        Assert.Equal((ulong)(value >> 64), hash.High);
        Assert.Equal((ulong)value, hash.Low);
    }

    [Fact]
    public void An_incremental_hash_equals_the_one_shot_hash()
    {
        var hasher = new XxHash128();
        hasher.Append(Text.AsSpan(0, 10));
        hasher.Append(Text.AsSpan(10));

        Assert.Equal(Hash128.Of(Text), Hash128.Of(hasher));
    }

    [Fact]
    public void Little_endian_bytes_are_those_of_the_128_bit_number_and_read_back()
    {
        var hash = new Hash128(0x0123_4567_89AB_CDEF, 0xFEDC_BA98_7654_3210);
        Span<byte> bytes = stackalloc byte[16];
        Span<byte> expected = stackalloc byte[16];

        hash.WriteLittleEndian(bytes);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt128LittleEndian(expected, new UInt128(hash.High, hash.Low));

        Assert.True(bytes.SequenceEqual(expected));
        Assert.Equal(hash, Hash128.ReadLittleEndian(bytes));
    }

    [Fact]
    public void Prints_32_hexadecimal_digits_high_half_first() =>
        Assert.Equal("0123456789abcdef00000000000000ff", new Hash128(0x0123_4567_89AB_CDEF, 0xFF).ToString());
}
