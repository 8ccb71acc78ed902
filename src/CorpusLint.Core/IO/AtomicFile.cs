using Mono.Unix.Native;

namespace CorpusLint.IO;

/// <summary>
/// Replaces a file so that a reader (or a crash, SIGTERM or power cut) sees either the old content or the new,
/// never half of it: the new content goes to a temporary file in the same folder, is flushed to disk, takes the
/// old file's permissions, and is renamed over the target (rename(2) is atomic within one file system).
/// Used for reports (<c>--output</c>), fixed documents and caches alike. A target that is not a regular file (a device
/// such as <c>/dev/null</c>, a FIFO) is written in place: renaming over it would replace the device with a file.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="path"/> with what <paramref name="write"/> puts in the stream.</summary>
    /// <param name="durable">
    /// False skips the flush to disk: after a power cut the file may then be old, new or damaged (never half of each
    /// while the machine runs). Only for files that detect damage themselves and can be rebuilt (cache files).
    /// </param>
    /// <exception cref="IOException">The folder is missing or not writable; the target is untouched.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder is not writable; the target is untouched.</exception>
    public static void Write(string path, Action<Stream> write, bool durable = true)
    {
        using var file = Create(path);
        write(file.Stream);
        file.Commit(durable);
    }

    /// <summary>
    /// Starts replacing <paramref name="path"/>: write to <see cref="PendingFile.Stream"/> for as long as it takes, then
    /// <see cref="PendingFile.Commit"/>; disposing it uncommitted deletes the temporary file and leaves the target as it was.
    /// </summary>
    /// <exception cref="IOException">The folder is missing or not writable.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder is not writable.</exception>
    public static PendingFile Create(string path)
    {
        var fullPath = Path.GetFullPath(path);
        if (IsSpecialFile(fullPath))
        {
            return new PendingFile(fullPath, temporary: null, new FileStream(fullPath, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 64 * 1024));
        }

        var folder = Path.GetDirectoryName(fullPath) ?? throw new IOException($"{path}: not a file path");
        var temporary = Path.Combine(folder, $".{Path.GetFileName(fullPath)}.{Guid.NewGuid():N}.tmp");
        return new PendingFile(fullPath, temporary, new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024));
    }

    /// <summary>
    /// A file being written beside its target, renamed over it on <see cref="Commit"/>; or, for a target that is not a
    /// regular file, the target itself.
    /// </summary>
    public sealed class PendingFile : IDisposable
    {
        private readonly string _target;
        private readonly string? _temporary;
        private bool _committed;

        internal PendingFile(string target, string? temporary, FileStream stream)
        {
            _target = target;
            _temporary = temporary;
            Stream = stream;
        }

        public FileStream Stream { get; }

        /// <summary>Flushes the content to disk, gives it the old file's permissions, and renames it over the target.</summary>
        /// <param name="durable">False skips the flush to disk (see <see cref="Write"/>).</param>
        public void Commit(bool durable = true)
        {
            if (_temporary is null)
            {
                Stream.Dispose();
                _committed = true;
                return;
            }

            Stream.Flush(flushToDisk: durable);
            Stream.Dispose();
            if (!OperatingSystem.IsWindows() && File.Exists(_target))
            {
                File.SetUnixFileMode(_temporary, File.GetUnixFileMode(_target));
            }

            File.Move(_temporary, _target, overwrite: true);
            _committed = true;
        }

        public void Dispose()
        {
            if (!_committed)
            {
                Stream.Dispose();
                if (_temporary is not null)
                {
                    TryDelete(_temporary);
                }
            }
        }
    }

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/> atomically.</summary>
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes, bool durable = true)
    {
        var copy = bytes.ToArray();
        Write(path, stream => stream.Write(copy), durable);
    }

    /// <summary>Whether <paramref name="fullPath"/> exists and is something other than a regular file or a folder (symbolic links followed).</summary>
    private static bool IsSpecialFile(string fullPath)
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        return Syscall.stat(fullPath, out var status) == 0
            && (status.st_mode & FilePermissions.S_IFMT) is not (FilePermissions.S_IFREG or FilePermissions.S_IFDIR);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The temporary file is only litter; the error that matters is the one being rethrown.
        }
    }
}
