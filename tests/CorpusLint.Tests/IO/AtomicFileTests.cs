using System.Text;
using CorpusLint.IO;

namespace CorpusLint.Tests.IO;

public sealed class AtomicFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("corpuslint-atomic-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Replaces_the_content_and_leaves_no_temporary_file()
    {
        var path = Path.Combine(_folder, "report.json");
        File.WriteAllText(path, "old");

        AtomicFile.WriteAllBytes(path, Encoding.UTF8.GetBytes("new"));

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal(["report.json"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public void A_writer_that_fails_midway_leaves_the_old_file_whole()
    {
        var path = Path.Combine(_folder, "report.json");
        File.WriteAllText(path, "old and complete");

        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("half"u8);
            throw new InvalidOperationException("interrupted");
        }));

        Assert.Equal("old and complete", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(_folder));
    }

    [SkippableFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Keeps_the_permissions_of_the_file_it_replaces()
    {
        Skip.If(OperatingSystem.IsWindows(), "Unix file modes only");
        var path = Path.Combine(_folder, "article.txt");
        File.WriteAllText(path, "old");
        const UnixFileMode mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;
        File.SetUnixFileMode(path, mode);

        AtomicFile.WriteAllBytes(path, "new"u8);

        Assert.Equal(mode, File.GetUnixFileMode(path));
    }

    [SkippableFact]
    public void A_FIFO_is_written_in_place_not_replaced_by_a_file()
    {
        // As /dev/null is (--output /dev/null): a rename over it would put a regular file in the device's place.
        Skip.If(OperatingSystem.IsWindows(), "Unix FIFOs only");
        var path = Path.Combine(_folder, "pipe");
        Assert.Equal(0, Mono.Unix.Native.Syscall.mkfifo(path, Mono.Unix.Native.FilePermissions.S_IRUSR | Mono.Unix.Native.FilePermissions.S_IWUSR));
        var reader = Task.Run(() => File.ReadAllBytes(path));

        AtomicFile.WriteAllBytes(path, "report"u8);

        Assert.True(reader.Wait(TimeSpan.FromSeconds(30)), "nothing was written to the FIFO");
        Assert.Equal("report"u8.ToArray(), reader.Result);
        Assert.Equal(["pipe"], Directory.GetFileSystemEntries(_folder).Select(Path.GetFileName));
        Assert.True(Mono.Unix.Native.Syscall.stat(path, out var status) == 0 && (status.st_mode & Mono.Unix.Native.FilePermissions.S_IFMT) == Mono.Unix.Native.FilePermissions.S_IFIFO);
    }

    [Fact]
    public void A_missing_folder_is_an_IO_error_and_creates_nothing()
    {
        var path = Path.Combine(_folder, "missing", "report.json");

        Assert.ThrowsAny<IOException>(() => AtomicFile.WriteAllBytes(path, "x"u8));
        Assert.False(Directory.Exists(Path.Combine(_folder, "missing")));
    }
}
