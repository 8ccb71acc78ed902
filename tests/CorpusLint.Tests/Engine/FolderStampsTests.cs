using CorpusLint.Engine;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Engine;

/// <summary>
/// <see cref="FolderStamps"/> gives the stamps <see cref="DocumentFile.Stat"/> and opening give (a replay compares them
/// with stamps taken either way), for documents in any order of folders, and the same "no stamp" for anything that is
/// not a regular file.
/// </summary>
public sealed class FolderStampsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Stamps_equal_those_of_stat_and_open_whichever_folder_comes_next()
    {
        var paths = new[] { "a/one.txt", "a/two.txt", "b/three.txt", "a/four.txt", "b/c/five.txt", "six.txt", "a/élan ☃.txt" }
            .Select((relative, i) => _folder.Write(relative, new string('x', i + 1) + "\n"))
            .ToList();
        File.SetLastWriteTimeUtc(paths[0], new DateTime(2024, 5, 6, 7, 8, 9, 123, DateTimeKind.Utc).AddTicks(4567));
        using var stamps = new FolderStamps();

        foreach (var path in paths)
        {
            using var opened = DocumentFile.Open(path, out var problem);
            Assert.Null(problem);
            var stamp = stamps.Stat(path);
            Assert.Equal(DocumentFile.Stat(path), stamp);
            Assert.Equal(opened!.Stamp, stamp);
        }

        Assert.Equal(3, stamps.Stat(paths[1])!.Value.Length);
    }

    [Fact]
    public void A_link_is_followed_and_a_folder_a_missing_file_or_a_fifo_has_no_stamp()
    {
        var target = _folder.Write("a/story.txt", "Text.\n");
        var link = _folder.PathOf("a/link.txt");
        File.CreateSymbolicLink(link, target);
        var fifo = _folder.PathOf("a/pipe.txt");
        if (HostileFiles.OnUnix)
        {
            HostileFiles.MakeFifo(fifo);
        }

        using var stamps = new FolderStamps();

        Assert.Equal(DocumentFile.Stat(target), stamps.Stat(link));
        Assert.Null(stamps.Stat(_folder.PathOf("a")));
        Assert.Null(stamps.Stat(_folder.PathOf("a/missing.txt")));
        Assert.Null(stamps.Stat(_folder.PathOf("gone/missing.txt")));
        Assert.Null(stamps.Stat(fifo));
        Assert.NotNull(stamps.Stat(target));
    }

    [Fact]
    public void A_name_that_is_not_utf8_gets_the_stamp_stat_gives()
    {
        if (!HostileFiles.OnUnix)
        {
            return;
        }

        var folder = _folder.CreateFolder("raw");
        HostileFiles.WriteRawName(folder, [0x66, 0xFF, 0x2E, 0x74, 0x78, 0x74], "Text.\n");
        // The name as the walk gives it (NativePath): each byte that is not UTF-8 after U+0000.
        var path = Path.Combine(folder, "f\0\u00FF.txt");
        using var stamps = new FolderStamps();

        Assert.NotNull(DocumentFile.Stat(path));
        Assert.Equal(DocumentFile.Stat(path), stamps.Stat(path));
    }

    [Fact]
    public void A_write_that_keeps_the_size_and_time_changes_the_stamp()
    {
        var path = _folder.Write("story.txt", "Text.\n");
        using var stamps = new FolderStamps();
        var before = stamps.Stat(path);

        File.WriteAllText(path, "Next.\n");
        File.SetLastWriteTimeUtc(path, before!.Value.LastWriteTimeUtc);

        Assert.NotEqual(before, stamps.Stat(path));
        Assert.Equal(DocumentFile.Stat(path), stamps.Stat(path));
    }
}
