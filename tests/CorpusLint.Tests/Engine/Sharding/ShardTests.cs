using System.Globalization;
using CorpusLint.Engine.Sharding;

namespace CorpusLint.Tests.Engine.Sharding;

public sealed class ShardTests
{
    [Theory]
    [InlineData("1/1", 1, 1)]
    [InlineData("3/16", 3, 16)]
    [InlineData("16/16", 16, 16)]
    [InlineData("04/4", 4, 4)]
    public void Parses_K_of_N(string text, int index, int count)
    {
        Assert.True(Shard.TryParse(text, out var shard, out var error), error);
        Assert.Equal(new Shard(index, count), shard);
        Assert.Equal($"{index}/{count}", shard.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("3")]
    [InlineData("0/4")]
    [InlineData("5/4")]
    [InlineData("1/0")]
    [InlineData("-1/4")]
    [InlineData("+1/4")]
    [InlineData("1 /4")]
    [InlineData("a/4")]
    [InlineData("1/4/2")]
    [InlineData("1/99999999999")]
    public void Rejects_what_is_not_a_part_of_N_parts(string text)
    {
        Assert.False(Shard.TryParse(text, out _, out var error));
        Assert.Contains($"got '{text}'", error, StringComparison.Ordinal);
    }

    /// <summary>
    /// The split is part of the contract: shards linted by different machines, or by this version and the next, must
    /// agree on where a document goes. These values pin XxHash3 of the UTF-8 key and the multiply-shift range map; they
    /// were computed with the reference xxHash library (Debian's python3-xxhash: <c>(xxh3_64_intdigest(key) * n >> 64) + 1</c>).
    /// </summary>
    [Theory]
    [InlineData("0000/a0000000.txt", 16, 12)]
    [InlineData("archive/2019/03/14/harbour-strike.md", 16, 16)]
    [InlineData("archive/2019/03/14/harbour-strike.md", 4, 4)]
    [InlineData("Vučić/naslov.txt", 7, 6)]
    public void A_path_always_goes_to_the_same_shard(string key, int count, int expected) =>
        Assert.Equal(expected, Shard.IndexOf(key, count));

    [Fact]
    public void Every_key_is_in_exactly_one_shard()
    {
        foreach (var count in new[] { 1, 2, 3, 4, 7, 16, 1000 })
        {
            for (var i = 0; i < 2_000; i++)
            {
                var key = $"folder{i % 13}/article-{i}.txt";
                var holders = Enumerable.Range(1, count).Where(k => new Shard(k, count).Contains(key)).ToList();
                Assert.Equal([Shard.IndexOf(key, count)], holders);
            }
        }
    }

    /// <summary>Issue 14's balance target: on 100,000 documents no shard of 16 holds more than 110% of the mean.</summary>
    [Theory]
    [InlineData("generator")]
    [InlineData("dated")]
    [InlineData("flat")]
    public void Sixteen_shards_of_100000_paths_stay_within_110_percent_of_the_mean(string layout)
    {
        const int documents = 100_000, shards = 16;
        var sizes = new int[shards];
        foreach (var path in Paths(layout, documents))
        {
            sizes[Shard.IndexOf(path, shards) - 1]++;
        }

        var mean = documents / (double)shards;
        Assert.True(sizes.Max() <= 1.10 * mean, $"{layout}: largest shard {sizes.Max()}, mean {mean}: {string.Join(", ", sizes)}");
        Assert.Equal(documents, sizes.Sum());
    }

    /// <summary>Three shapes of archive: the benchmark generator's folders of 1,000, dated folders with slugs, one flat folder.</summary>
    private static IEnumerable<string> Paths(string layout, int count)
    {
        string[] slugs = ["council-budget", "harbour-strike", "ferry-timetable", "school-board", "flood-defences", "bridge-repairs"];
        for (var i = 0; i < count; i++)
        {
            yield return layout switch
            {
                "generator" => string.Create(CultureInfo.InvariantCulture, $"{i / 1000:0000}/a{i:0000000}.txt"),
                "dated" => string.Create(CultureInfo.InvariantCulture, $"archive/{2000 + (i % 25)}/{1 + (i % 12):00}/{1 + (i % 28):00}/{slugs[i % slugs.Length]}-{i}.md"),
                _ => string.Create(CultureInfo.InvariantCulture, $"{i}.txt"),
            };
        }
    }
}
