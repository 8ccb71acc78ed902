using CorpusLint.IO;

namespace CorpusLint.Caching;

/// <summary>Creates folders inside the cache folder; a new cache folder keeps itself out of version control and backups.</summary>
internal static class CacheFolder
{
    /// <summary>Creates <paramref name="folder"/> (inside <paramref name="cacheDirectory"/>), and the cache folder's marker files when it is new.</summary>
    public static void Ensure(string cacheDirectory, string folder)
    {
        if (Directory.Exists(folder))
        {
            return;
        }

        if (!Directory.Exists(cacheDirectory))
        {
            Directory.CreateDirectory(cacheDirectory);
            AtomicFile.WriteAllBytes(Path.Combine(cacheDirectory, ".gitignore"), "# Created by CorpusLint\n*\n"u8);
            // https://bford.info/cachedir/: backup tools skip a folder holding this file.
            AtomicFile.WriteAllBytes(Path.Combine(cacheDirectory, "CACHEDIR.TAG"), "Signature: 8a477f597d28d172789f06886806bc55\n# This file is a cache directory tag created by CorpusLint.\n"u8);
        }

        Directory.CreateDirectory(folder);
    }
}
