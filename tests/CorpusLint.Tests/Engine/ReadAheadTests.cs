using CorpusLint.Engine;

namespace CorpusLint.Tests.Engine;

public sealed class ReadAheadTests
{
    [Fact]
    public void Items_come_in_the_source_order_across_many_batches()
    {
        using var ahead = new ReadAhead<int>(Enumerable.Range(0, 10_007));

        Assert.Equal(Enumerable.Range(0, 10_007), ahead.Items());
    }

    [Fact]
    public void A_failure_of_the_source_is_thrown_after_the_items_before_it()
    {
        var read = new List<int>();
        using var ahead = new ReadAhead<int>(Failing(after: 150));

        var thrown = Assert.Throws<IOException>(() =>
        {
            foreach (var item in ahead.Items())
            {
                read.Add(item);
            }
        });

        Assert.Equal("disk gone", thrown.Message);
        Assert.Equal(Enumerable.Range(0, 150), read);
    }

    [Fact]
    public void A_reader_that_stops_early_stops_the_thread_before_the_source_is_read_to_its_end()
    {
        var produced = 0;
        var source = Enumerable.Range(0, 1_000_000).Select(i =>
        {
            Interlocked.Increment(ref produced);
            return i;
        });

        using (var ahead = new ReadAhead<int>(source))
        {
            Assert.Equal(Enumerable.Range(0, 10), ahead.Items().Take(10));
        }

        // Disposed: the thread has ended, a few batches past what was read.
        var stoppedAt = Volatile.Read(ref produced);
        Assert.True(stoppedAt < 10_000, $"the source was read to item {stoppedAt}");
        Thread.Sleep(50);
        Assert.Equal(stoppedAt, Volatile.Read(ref produced));
    }

    private static IEnumerable<int> Failing(int after)
    {
        for (var i = 0; i < after; i++)
        {
            yield return i;
        }

        throw new IOException("disk gone");
    }
}
