namespace CorpusLint.Engine.Sharding;

/// <summary>
/// Keeps the documents of one <see cref="Shard"/>. A document's key is its path relative to the corpus root with '/'
/// separators, so the shards of one corpus agree whichever machine lints them, as long as each starts from that root.
/// </summary>
public sealed class ShardFilter(Shard shard, string corpusRoot)
{
    private readonly string _root = Path.GetFullPath(corpusRoot);

    public Shard Shard { get; } = shard;

    public bool Contains(string fullPath) => Shard.Contains(KeyOf(fullPath));

    /// <summary>The key <paramref name="fullPath"/> is hashed by: its path relative to the corpus root, '/'-separated.</summary>
    public string KeyOf(string fullPath) => Path.GetRelativePath(_root, fullPath).Replace(Path.DirectorySeparatorChar, '/');
}
