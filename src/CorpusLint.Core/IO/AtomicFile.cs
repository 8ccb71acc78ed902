namespace CorpusLint.IO;

/// <summary>
/// Replaces a file so that a reader (or a crash, SIGTERM or power cut) sees either the old content or the new,
/// never half of it: the new content goes to a temporary file in the same folder, is flushed to disk, takes the
/// old file's permissions, and is renamed over the target (rename(2) is atomic within one file system).
/// Used for reports (<c>--output</c>), fixed documents and caches alike.
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
        var fullPath = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(fullPath) ?? throw new IOException($"{path}: not a file path");
        var temporary = Path.Combine(folder, $".{Path.GetFileName(fullPath)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024))
            {
                write(stream);
                stream.Flush(flushToDisk: durable);
            }

            if (!OperatingSystem.IsWindows() && File.Exists(fullPath))
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(fullPath));
            }

            File.Move(temporary, fullPath, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/> atomically.</summary>
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes, bool durable = true)
    {
        var copy = bytes.ToArray();
        Write(path, stream => stream.Write(copy), durable);
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
