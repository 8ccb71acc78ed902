using CorpusLint.Engine;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Engine;

/// <summary>
/// A document's stamp taken without opening it (<see cref="DocumentFile.Stat"/>, through statx where it can) is the
/// stamp opening it gives: caches and report snapshots compare one with the other.
/// </summary>
public sealed class DocumentStampTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Stat_gives_the_stamp_that_opening_the_file_gives()
    {
        var path = _folder.Write("a/story.txt", "The council met on Tuesday.\n");
        File.SetLastWriteTimeUtc(path, new DateTime(2024, 5, 6, 7, 8, 9, 123, DateTimeKind.Utc).AddTicks(4567));

        using var opened = DocumentFile.Open(path, out var problem);

        Assert.Null(problem);
        Assert.Equal(opened!.Stamp, DocumentFile.Stat(path));
        Assert.Equal(28, opened.Stamp.Length);
        Assert.NotEqual(0UL, opened.Stamp.FileId);
        if (OperatingSystem.IsLinux())
        {
            Assert.True(LinuxStat.TryStat(path, out var viaStatx));
            Assert.Equal(opened.Stamp, viaStatx);
        }
    }

    [Fact]
    public void Stat_follows_a_symbolic_link_and_gives_no_stamp_for_a_folder_or_a_missing_file()
    {
        var target = _folder.Write("a/story.txt", "Text.\n");
        var link = _folder.PathOf("a/link.txt");
        File.CreateSymbolicLink(link, target);

        Assert.Equal(DocumentFile.Stat(target), DocumentFile.Stat(link));
        Assert.Null(DocumentFile.Stat(_folder.PathOf("a")));
        Assert.Null(DocumentFile.Stat(_folder.PathOf("a/missing.txt")));
    }

    [Fact]
    public void Any_write_changes_the_stamp()
    {
        var path = _folder.Write("story.txt", "Text.\n");
        var before = DocumentFile.Stat(path);
        File.SetLastWriteTimeUtc(path, before!.Value.LastWriteTimeUtc);

        Assert.NotEqual(before, DocumentFile.Stat(path));
    }
}
