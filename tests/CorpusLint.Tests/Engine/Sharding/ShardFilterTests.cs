using CorpusLint.Engine.Sharding;

namespace CorpusLint.Tests.Engine.Sharding;

public sealed class ShardFilterTests
{
    [Fact]
    public void A_document_is_keyed_by_its_path_relative_to_the_corpus_root_with_slashes()
    {
        var root = Path.Combine(Path.GetTempPath(), "corpus");
        var filter = new ShardFilter(new Shard(1, 4), root);

        var key = filter.KeyOf(Path.Combine(root, "2019", "03", "story.txt"));

        Assert.Equal("2019/03/story.txt", key);
        Assert.Equal(Shard.IndexOf("2019/03/story.txt", 4) == 1, filter.Contains(Path.Combine(root, "2019", "03", "story.txt")));
    }

    [Fact]
    public void The_same_corpus_under_two_roots_splits_the_same_way()
    {
        var first = new ShardFilter(new Shard(2, 3), "/srv/a/corpus");
        var second = new ShardFilter(new Shard(2, 3), "/scratch/user/corpus");
        var relative = Enumerable.Range(0, 300).Select(i => $"site{i % 5}/article{i}.txt").ToList();

        var firstShard = relative.Where(r => first.Contains(Path.Combine("/srv/a/corpus", r))).ToList();
        var secondShard = relative.Where(r => second.Contains(Path.Combine("/scratch/user/corpus", r))).ToList();

        Assert.Equal(firstShard, secondShard);
        Assert.InRange(firstShard.Count, 60, 140);
    }
}
