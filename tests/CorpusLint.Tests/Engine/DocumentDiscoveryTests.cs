using CorpusLint.Engine;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Engine;

public sealed class DocumentDiscoveryTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_walk_yields_shown_paths_in_ordinal_order_without_listing_the_corpus_first()
    {
        string[] files = ["a.b/x.txt", "a/x.txt", "a/b/c.txt", "ab.txt", "a.txt", "A.txt", "a-/x.md", "z/y/x.txt", "é.txt", "a/b.txt"];
        foreach (var file in files)
        {
            _folder.Write(file, "Text.\n");
        }

        var found = new DocumentDiscovery(_folder.FullPath).Discover(["."], out var missing).Select(i => i.DisplayPath).ToList();

        Assert.Empty(missing);
        Assert.Equal(files.Order(StringComparer.Ordinal), found);
    }

    [Fact]
    public void Roots_are_merged_in_order_and_a_file_found_twice_comes_once()
    {
        _folder.Write("b/one.txt", "Text.\n");
        _folder.Write("b/two.txt", "Text.\n");
        _folder.Write("a/three.txt", "Text.\n");
        _folder.Write("c.html", "Text.\n");

        var found = new DocumentDiscovery(_folder.FullPath).Discover(["b", "c.html", "a", "b/two.txt", "b"], out _).Select(i => i.DisplayPath);

        Assert.Equal(["a/three.txt", "b/one.txt", "b/two.txt", "c.html"], found);
    }

    [Fact]
    public void Discovery_reads_folders_only_as_far_as_the_run_has_got()
    {
        for (var i = 0; i < 5; i++)
        {
            _folder.Write($"f{i}/a.txt", "Text.\n");
        }

        using var inputs = new DocumentDiscovery(_folder.FullPath).Discover(["."], out _).GetEnumerator();
        Assert.True(inputs.MoveNext());
        Directory.Delete(_folder.PathOf("f4"), recursive: true); // listed in its parent, not yet opened
        var rest = new List<string>();
        while (inputs.MoveNext())
        {
            rest.Add($"{inputs.Current.DisplayPath} {inputs.Current.Problem}".Trim());
        }

        Assert.Equal(["f1/a.txt", "f2/a.txt", "f3/a.txt", "f4 cannot read the folder: it disappeared during the scan"], rest);
    }

    [Fact]
    public void Selects_says_whether_a_path_is_one_of_the_documents()
    {
        _folder.Write("a.txt", "Text.\n");
        var discovery = new DocumentDiscovery(_folder.FullPath);

        Assert.True(discovery.Selects(["."], _folder.PathOf("a.txt")));
        Assert.True(discovery.Selects(["."], _folder.PathOf("new/report.md")));
        Assert.False(discovery.Selects(["."], _folder.PathOf("report.json")));
        Assert.False(discovery.Selects(["."], _folder.PathOf(".git/x.txt")));
        Assert.True(discovery.Selects(["report.json"], _folder.PathOf("report.json")));
    }
}
