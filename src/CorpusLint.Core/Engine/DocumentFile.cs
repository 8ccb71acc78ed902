using CorpusLint.Text;
using Microsoft.Win32.SafeHandles;
using Mono.Unix.Native;

namespace CorpusLint.Engine;

/// <summary>An open regular file: its handle, and its size and times when it was opened.</summary>
internal sealed record OpenedFile(SafeFileHandle Handle, DocumentStamp Stamp) : IDisposable
{
    public long Length => Stamp.Length;

    public void Dispose() => Handle.Dispose();
}

/// <summary>
/// Opens a document for reading without ever blocking or reading a device: on Unix the file is opened non-blocking
/// (a FIFO without a writer would otherwise hang the run in open(2)) and anything but a regular file is refused
/// before a byte is read (<c>/dev/zero</c> behind a symbolic link, sockets, FIFOs, folders).
/// </summary>
public static class DocumentFile
{
    /// <summary>
    /// The whole content of a regular file of at most <paramref name="maxBytes"/>, or null with the reason in
    /// <paramref name="problem"/> (not a regular file, unreadable, larger than that).
    /// </summary>
    public static byte[]? ReadAll(string fullPath, long maxBytes, out string? problem)
    {
        using var file = Open(fullPath, out problem);
        if (file is null)
        {
            return null;
        }

        if (file.Length > maxBytes)
        {
            problem = $"larger than {ByteSize.Format(maxBytes)}";
            return null;
        }

        return ReadContent(file);
    }

    /// <summary>The content of a file opened with <see cref="Open"/> (as much as it holds now, at most its length when opened).</summary>
    internal static byte[] ReadContent(OpenedFile file)
    {
        using var bytes = new FileDocumentBytes(file.Handle, file.Length);
        var buffer = new byte[file.Length];
        var read = bytes.ReadFully(buffer, 0);
        return read == buffer.Length ? buffer : buffer[..read];
    }

    /// <summary>The open file, or null with the reason in <paramref name="problem"/>.</summary>
    internal static OpenedFile? Open(string fullPath, out string? problem) =>
        OperatingSystem.IsWindows() ? OpenWithBcl(fullPath, out problem) : OpenWithPosix(fullPath, out problem);

    private static OpenedFile? OpenWithPosix(string fullPath, out string? problem)
    {
        var descriptor = Syscall.open(fullPath, OpenFlags.O_RDONLY | OpenFlags.O_NONBLOCK | OpenFlags.O_NOCTTY | OpenFlags.O_CLOEXEC);
        if (descriptor < 0)
        {
            var error = Stdlib.GetLastError();
            problem = error == Errno.ENOENT ? DescribeMissing(fullPath) : Describe(error);
            return null;
        }

        if (Syscall.fstat(descriptor, out var status) != 0)
        {
            problem = Describe(Stdlib.GetLastError());
            Syscall.close(descriptor);
            return null;
        }

        var type = status.st_mode & FilePermissions.S_IFMT;
        if (type != FilePermissions.S_IFREG)
        {
            problem = $"not a regular file ({DescribeType(type)})";
            Syscall.close(descriptor);
            return null;
        }

        problem = null;
        return new OpenedFile(new SafeFileHandle(descriptor, ownsHandle: true), StampOf(status));
    }

    /// <summary>
    /// The hash of the content of the regular file at <paramref name="fullPath"/>, as a linted document's
    /// <see cref="DocumentRead.ContentHash"/> is taken; null when it cannot be read to its end or is not
    /// <paramref name="length"/> bytes long (then its content is not the one sought, whatever its hash).
    /// </summary>
    public static Hash128? HashContent(string fullPath, long length)
    {
        using var file = Open(fullPath, out _);
        if (file is null || file.Length != length)
        {
            return null;
        }

        try
        {
            using var bytes = new FileDocumentBytes(file.Handle, file.Length);
            return ContentHashing.Hash(bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Unreadable now: not known to be the content sought (a run that reads it reports why).
            return null;
        }
    }

    /// <summary>
    /// The stamp of the regular file at <paramref name="fullPath"/> (symbolic links followed, as opening does) without
    /// opening it, or null when it is not one or cannot be seen: what a result cache compares before reading anything.
    /// </summary>
    public static DocumentStamp? Stat(string fullPath)
    {
        if (OperatingSystem.IsWindows())
        {
            var info = new FileInfo(fullPath);
            return info.Exists ? new DocumentStamp(info.Length, info.LastWriteTimeUtc) : null;
        }

        return Syscall.stat(fullPath, out var status) == 0 && (status.st_mode & FilePermissions.S_IFMT) == FilePermissions.S_IFREG
            ? StampOf(status)
            : null;
    }

    private static DocumentStamp StampOf(Stat status) =>
        StampOf(status.st_size, status.st_mtime, status.st_mtime_nsec, status.st_ctime, status.st_ctime_nsec, status.st_ino);

    /// <summary>A stamp from what stat(2) gives, whichever way it was asked: stamps taken by <see cref="Stat"/>, <see cref="Open"/> and <see cref="FolderStamps"/> must compare equal.</summary>
    internal static DocumentStamp StampOf(long length, long modifiedSeconds, long modifiedNanoseconds, long changedSeconds, long changedNanoseconds, ulong fileId) =>
        new(length, DateTime.UnixEpoch.AddSeconds(modifiedSeconds).AddTicks(modifiedNanoseconds / 100))
        {
            ChangeTicks = (changedSeconds * TimeSpan.TicksPerSecond) + (changedNanoseconds / 100),
            FileId = fileId,
        };

    private static OpenedFile? OpenWithBcl(string fullPath, out string? problem)
    {
        try
        {
            var info = new FileInfo(fullPath);
            if (!info.Exists && !Directory.Exists(fullPath))
            {
                problem = DescribeMissing(fullPath);
                return null;
            }

            if ((info.Attributes & (FileAttributes.Device | FileAttributes.Directory)) != 0)
            {
                problem = (info.Attributes & FileAttributes.Directory) != 0 ? "not a regular file (a folder)" : "not a regular file (a device)";
                return null;
            }

            var handle = File.OpenHandle(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            problem = null;
            return new OpenedFile(handle, new DocumentStamp(RandomAccess.GetLength(handle), info.LastWriteTimeUtc));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = DescribeReadError(e);
            return null;
        }
    }

    /// <summary>
    /// Why nothing was found at a path the walk listed: a symbolic link whose target does not exist (a checkout's
    /// broken link stays broken, so "disappeared" would send its owner looking for a race), or a file deleted since.
    /// </summary>
    private static string DescribeMissing(string fullPath)
    {
        try
        {
            if (new FileInfo(fullPath).LinkTarget is { } target)
            {
                return $"a broken symbolic link: its target '{target}' does not exist";
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not readable as a link either: said as a missing file below.
        }

        return "the file disappeared during the scan";
    }

    /// <summary>A one-line reason for an I/O exception, as the report shows it.</summary>
    public static string DescribeReadError(Exception e) => e switch
    {
        UnauthorizedAccessException => "permission denied",
        FileNotFoundException or DirectoryNotFoundException => "the file disappeared during the scan",
        PathTooLongException => "the path is longer than the operating system allows",
        _ => e.Message,
    };

    private static string Describe(Errno error) => error switch
    {
        Errno.ENOENT or Errno.ENOTDIR => "the file disappeared during the scan",
        Errno.EACCES or Errno.EPERM => "permission denied",
        Errno.ENAMETOOLONG => "the path is longer than the operating system allows",
        Errno.ELOOP => "a loop of symbolic links",
        Errno.ENXIO => "not a regular file (a socket or a device without a reader)",
        Errno.EMFILE or Errno.ENFILE => "too many open files",
        _ => $"cannot open it ({error})",
    };

    private static string DescribeType(FilePermissions type) => type switch
    {
        FilePermissions.S_IFIFO => "a FIFO",
        FilePermissions.S_IFCHR => "a character device",
        FilePermissions.S_IFBLK => "a block device",
        FilePermissions.S_IFSOCK => "a socket",
        FilePermissions.S_IFDIR => "a folder",
        _ => "not a file",
    };
}
