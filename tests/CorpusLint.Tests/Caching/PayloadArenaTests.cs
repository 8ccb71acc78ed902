using System.Buffers;
using CorpusLint.Caching;

namespace CorpusLint.Tests.Caching;

public sealed class PayloadArenaTests
{
    [Fact]
    public void Payloads_keep_their_bytes_across_chunks_and_beside_one_larger_than_a_chunk()
    {
        var arena = new PayloadArena(ArrayPool<byte>.Create());
        var payloads = new List<(byte[] Expected, ReadOnlyMemory<byte> Kept)>();
        var sizes = new[] { 100, PayloadArena.ChunkSize - 150, 120, PayloadArena.ChunkSize + 7, 90, 0, 3000 };
        for (var i = 0; i < sizes.Length; i++)
        {
            var bytes = Enumerable.Range(0, sizes[i]).Select(b => (byte)(b * 31 + i)).ToArray();
            payloads.Add((bytes, arena.Add(bytes)));
        }

        foreach (var (expected, kept) in payloads)
        {
            Assert.Equal(expected, kept.ToArray());
        }
    }

    [Fact]
    public void Release_gives_every_chunk_back_and_the_arena_fills_anew()
    {
        var pool = new CountingPool();
        var arena = new PayloadArena(pool);
        arena.Add(new byte[PayloadArena.ChunkSize - 10]);
        arena.Add(new byte[20]);
        arena.Add(new byte[PayloadArena.ChunkSize * 2]);

        arena.Release();
        var after = arena.Add([1, 2, 3]);

        Assert.Equal(3, pool.Returned);
        Assert.Equal(4, pool.Rented);
        Assert.Equal(new byte[] { 1, 2, 3 }, after.ToArray());
    }

    private sealed class CountingPool : ArrayPool<byte>
    {
        public int Rented { get; private set; }

        public int Returned { get; private set; }

        public override byte[] Rent(int minimumLength)
        {
            Rented++;
            return new byte[minimumLength];
        }

        public override void Return(byte[] array, bool clearArray = false) => Returned++;
    }
}
