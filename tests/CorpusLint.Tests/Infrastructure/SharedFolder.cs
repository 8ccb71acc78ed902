using CorpusLint.Quality;

namespace CorpusLint.Tests.Infrastructure;

/// <summary>
/// <c>../shared</c> beside the repository (the SARIF schema, the corpus), found as <see cref="CorpusLocator"/> finds
/// the corpus; null when absent, and tests that need it skip with a reason.
/// </summary>
public static class SharedFolder
{
    public static string? Find() => CorpusLocator.Find() is { } corpus ? Path.GetDirectoryName(corpus) : null;

    /// <summary>A file or folder under shared/, or null when shared/ or the item is missing.</summary>
    public static string? Locate(params string[] relative) =>
        Find() is { } shared && Path.Combine([shared, .. relative]) is var path && (File.Exists(path) || Directory.Exists(path)) ? path : null;

    /// <summary>Copies a shared folder's files (not sub-folders) into <paramref name="target"/>: corpus text is only ever changed in a copy.</summary>
    public static void CopyFiles(string source, string target, string pattern = "*")
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source, pattern))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
    }
}
