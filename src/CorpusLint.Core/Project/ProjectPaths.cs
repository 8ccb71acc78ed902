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
        var relative = Path.GetRelativePath(folder, fullPath);
        return relative == "." || (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative));
    }
}
