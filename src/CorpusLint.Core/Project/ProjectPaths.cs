namespace CorpusLint.Project;

/// <summary>Paths as a project resolves and prints them.</summary>
public static class ProjectPaths
{
    /// <summary>
    /// A path as messages show it: relative to <paramref name="workingDirectory"/> when inside it, '/'-separated
    /// (the same form as the paths in diagnostics).
    /// </summary>
    public static string Display(string workingDirectory, string fullPath)
    {
        var relative = Path.GetRelativePath(workingDirectory, fullPath);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
        return shown.Replace('\\', '/');
    }

    /// <summary>Whether <paramref name="fullPath"/> is <paramref name="folder"/> or below it.</summary>
    public static bool IsInside(string folder, string fullPath)
    {
        if (RelativeStart(folder, fullPath) >= 0)
        {
            return true;
        }

        // Where paths compare exactly (Linux), a normalized path not spelled below the folder is not below it: a walk
        // outside the project's root asks this for every file, and the answer needs no relative path built.
        if (OperatingSystem.IsLinux() && !fullPath.StartsWith(Path.TrimEndingDirectorySeparator(folder), StringComparison.Ordinal)
            && IsNormalized(folder) && IsNormalized(fullPath))
        {
            return false;
        }

        var relative = Path.GetRelativePath(folder, fullPath);
        return relative == "." || (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative));
    }

    /// <summary>
    /// Where, in <paramref name="fullPath"/>, its path relative to <paramref name="folder"/> starts when it lies below it by
    /// the letter (both full, compared exactly): the rest of it is what <see cref="Path.GetRelativePath(string, string)"/>
    /// gives. -1 otherwise, when only that can tell. A walk asks for every file it meets, and this answers without
    /// building a string.
    /// </summary>
    public static int RelativeStart(string folder, string fullPath)
    {
        var start = Path.EndsInDirectorySeparator(folder) ? folder.Length : folder.Length + 1;
        return fullPath.Length > start && fullPath.StartsWith(folder, StringComparison.Ordinal)
            && (start == folder.Length || fullPath[folder.Length] == Path.DirectorySeparatorChar)
            && !fullPath.AsSpan(start).Contains("..", StringComparison.Ordinal)
                ? start
                : -1;
    }

    /// <summary>A rooted path with no empty, "." or ".." segment: what <see cref="Path.GetFullPath(string)"/> leaves as it is.</summary>
    private static bool IsNormalized(string path) =>
        Path.IsPathRooted(path) && !path.Contains("//", StringComparison.Ordinal) && !path.Contains("/./", StringComparison.Ordinal)
        && !path.Contains("/../", StringComparison.Ordinal) && !path.EndsWith("/.", StringComparison.Ordinal) && !path.EndsWith("/..", StringComparison.Ordinal);
}
