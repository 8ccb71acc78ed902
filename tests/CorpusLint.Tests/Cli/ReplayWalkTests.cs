using CorpusLint.Cli.Commands;
using CorpusLint.Engine;

namespace CorpusLint.Tests.Cli;

/// <summary>The walk a replay reads from another thread: in order, whole, its failure passed on, stopped when disposed.</summary>
public sealed class ReplayWalkTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(ReplayWalk.Batch)]
    [InlineData(ReplayWalk.Batch + 1)]
    [InlineData(20_000)]
    public void Gives_every_input_in_the_walks_order(int count)
    {
        var inputs = Enumerable.Range(0, count).Select(i => new DocumentInput($"/corpus/{i}.txt", $"{i}.txt")).ToList();
        using var walk = new ReplayWalk(inputs);

        Assert.Equal(inputs, walk.Inputs().Select(stamped => stamped.Input));
    }

    [Fact]
    public void A_walk_that_fails_throws_after_the_batches_it_gave()
    {
        static IEnumerable<DocumentInput> Failing()
        {
            for (var i = 0; i < ReplayWalk.Batch + 44; i++)
            {
                yield return new DocumentInput($"/corpus/{i}.txt", $"{i}.txt");
            }

            throw new DirectoryNotFoundException("a folder vanished");
        }

        using var walk = new ReplayWalk(Failing());
        var read = new List<DocumentInput>();
        IEnumerable<DocumentInput> Read() => walk.Inputs().Select(stamped => stamped.Input);

        Assert.Throws<DirectoryNotFoundException>(() => read.AddRange(Read()));
        Assert.Equal(Enumerable.Range(0, ReplayWalk.Batch).Select(i => $"{i}.txt"), read.Select(input => input.DisplayPath));
    }

    [Fact]
    public void Disposing_stops_a_walk_that_was_not_read_to_its_end()
    {
        var walked = 0;
        IEnumerable<DocumentInput> Endless()
        {
            for (var i = 0; ; i++)
            {
                Interlocked.Increment(ref walked);
                yield return new DocumentInput($"/corpus/{i}.txt", $"{i}.txt");
            }
        }

        var walk = new ReplayWalk(Endless());
        Assert.Equal("0.txt", walk.Inputs().First().Input.DisplayPath);
        walk.Dispose();
        var afterDispose = Volatile.Read(ref walked);

        Thread.Sleep(50);
        Assert.Equal(afterDispose, Volatile.Read(ref walked));
        Assert.InRange(afterDispose, 1, 20_000);
    }
}
