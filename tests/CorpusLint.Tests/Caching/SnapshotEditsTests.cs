using CorpusLint.Caching;
using CorpusLint.Tests.Infrastructure;
using CorpusLint.Engine;

namespace CorpusLint.Tests.Caching;

/// <summary>The edits noted beside a kept report snapshot: given back only for their snapshot, whole, and by the content hash they were noted with.</summary>
public sealed class SnapshotEditsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string EditsPath => _folder.PathOf("reports/snapshot.edits");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Edits_come_back_for_their_snapshot_by_path_and_content_hash()
    {
        Write(snapshotChecksum: 7);

        var edits = SnapshotEdits.Read(EditsPath, snapshotChecksum: 7);

        Assert.NotNull(edits);
        Assert.True(edits.TryGetSummary("a/one.txt", 11, out var summary));
        Assert.Equal([1, 2, 3], summary);
        Assert.True(edits.TryGetSummary("a/two.txt", 12, out var none));
        Assert.Null(none);
        Assert.False(edits.TryGetSummary("a/one.txt", 12, out _));
        Assert.False(edits.TryGetSummary("a/three.txt", 11, out _));
    }

    [Fact]
    public void Edits_of_another_snapshot_are_no_edits()
    {
        Write(snapshotChecksum: 7);

        Assert.Null(SnapshotEdits.Read(EditsPath, snapshotChecksum: 8));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Damaged_or_truncated_edits_are_no_edits(bool truncate)
    {
        Write(snapshotChecksum: 7);
        var bytes = File.ReadAllBytes(EditsPath);
        if (truncate)
        {
            bytes = bytes[..^5];
        }
        else
        {
            bytes[30] ^= 0x40;
        }

        File.WriteAllBytes(EditsPath, bytes);

        Assert.Null(SnapshotEdits.Read(EditsPath, snapshotChecksum: 7));
    }

    [Fact]
    public void Missing_edits_are_no_edits_and_deleting_them_twice_is_no_error()
    {
        Write(snapshotChecksum: 7);

        SnapshotEdits.Delete(EditsPath);
        SnapshotEdits.Delete(EditsPath);

        Assert.Null(SnapshotEdits.Read(EditsPath, snapshotChecksum: 7));
    }

    private void Write(Hash128 snapshotChecksum)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(EditsPath)!);
        Assert.True(SnapshotEdits.Write(EditsPath, snapshotChecksum, [("a/one.txt", 11, [1, 2, 3]), ("a/two.txt", 12, null)]));
    }
}
