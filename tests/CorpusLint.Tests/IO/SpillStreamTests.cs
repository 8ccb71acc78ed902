using CorpusLint.IO;

namespace CorpusLint.Tests.IO;

public sealed class SpillStreamTests
{
    [Theory]
    [InlineData(1 << 20, false)]
    [InlineData(10, true)]
    public void Length_and_content_are_what_was_written_in_memory_or_on_disk(int memoryBytes, bool onDisk)
    {
        using var stream = new SpillStream(memoryBytes);
        stream.Write("first "u8);
        stream.Write("and second"u8);

        Assert.Equal(onDisk, stream.OnDisk);
        Assert.Equal(16, stream.Length);
        stream.Position = 0;
        var read = new byte[16];
        stream.ReadExactly(read);
        Assert.Equal("first and second"u8.ToArray(), read);
        Assert.Equal(16, stream.Length);
    }

    [Theory]
    [InlineData(1 << 22, false, SpillStream.DefaultChunkBytes)]
    [InlineData(1_500_000, true, SpillStream.DefaultChunkBytes)]
    [InlineData(1 << 22, false, 1 << 13)]
    [InlineData(1_500_000, true, 1 << 13)]
    public void Bytes_across_many_chunks_read_back_whole_in_memory_or_after_moving_to_disk(int memoryBytes, bool onDisk, int chunkBytes)
    {
        // 2,000,000 bytes in writes of 7,919 (a prime: writes straddle every chunk boundary), eight default chunks or
        // 245 small ones; the second case of each moves to a file part way through.
        var expected = new byte[2_000_000];
        new Random(7).NextBytes(expected);
        using var stream = new SpillStream(memoryBytes, chunkBytes);
        for (var at = 0; at < expected.Length; at += 7_919)
        {
            stream.Write(expected.AsSpan(at, Math.Min(7_919, expected.Length - at)));
        }

        Assert.Equal(onDisk, stream.OnDisk);
        Assert.Equal(expected.Length, stream.Length);
        stream.Position = 0;
        var read = new byte[expected.Length];
        stream.ReadExactly(read);
        Assert.Equal(expected, read);
        Assert.Equal(0, stream.Read(new byte[1]));
    }

    [Fact]
    public void A_seek_overwrites_in_place_and_a_longer_length_reads_as_zeros_not_as_a_pooled_chunk_s_old_bytes()
    {
        // A chunk returned to the shared pool full of 0xFF, which the next stream may rent.
        using (var dirty = new SpillStream(1 << 20))
        {
            dirty.Write(Enumerable.Repeat((byte)0xFF, 1 << 18).ToArray());
        }

        using var stream = new SpillStream(1 << 20);
        stream.Write("abcdef"u8);
        stream.Seek(2, SeekOrigin.Begin);
        stream.Write("XY"u8);
        stream.SetLength(10);
        stream.Position = 12;
        stream.Write("!"u8);

        stream.Position = 0;
        var read = new byte[13];
        stream.ReadExactly(read);
        Assert.Equal("abXYef\0\0\0\0\0\0!"u8.ToArray(), read);
    }
}
