namespace CorpusLint.Project;

/// <summary>
/// Finds the project of a run: the file given with <c>--project</c>, or the nearest <c>corpuslint.json</c> above
/// the linted paths (above the working directory when none are given), as ESLint and ruff find theirs. Paths
/// from two different projects in one run are refused rather than linted with the wrong configuration.
/// </summary>
public static class ProjectLocator
{
    /// <summary>The project for <paramref name="paths"/> (as given on the command line), loaded and checked.</summary>
    /// <exception cref="ProjectConfigurationException">The project file is missing, unreadable or wrong, or the paths span two projects.</exception>
    public static CorpusProject Locate(string workingDirectory, string? projectFile, IReadOnlyList<string> paths)
    {
        if (projectFile is not null)
        {
            var full = Path.GetFullPath(projectFile, workingDirectory);
            var file = Directory.Exists(full) ? Path.Combine(full, CorpusProject.FileName) : full;
            if (!File.Exists(file))
            {
                throw new ProjectConfigurationException(new ProjectError(string.Empty, 0, 0, $"--project: project file not found: {projectFile}"));
            }

            return ProjectFile.Load(file);
        }

        var starts = paths.Count == 0 ? [workingDirectory] : paths.Select(p => StartFolder(Path.GetFullPath(p, workingDirectory)));
        var found = starts.Select(FindUpward).Distinct(StringComparer.Ordinal).ToList();
        if (found.Count > 1)
        {
            var named = string.Join(", ", found.Select(f => f is null ? "none" : ProjectPaths.Display(workingDirectory, f)));
            throw new ProjectConfigurationException(new ProjectError(
                string.Empty, 0, 0, $"the paths belong to different projects ({named}); lint each project on its own, or choose one with --project"));
        }

        return found[0] is { } projectPath ? ProjectFile.Load(projectPath) : CorpusProject.Default(workingDirectory);
    }

    /// <summary>The nearest <c>corpuslint.json</c> in <paramref name="folder"/> or above it, or null.</summary>
    public static string? FindUpward(string folder)
    {
        for (var current = new DirectoryInfo(folder); current is not null; current = current.Parent)
        {
            var candidate = Path.Combine(current.FullName, CorpusProject.FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string StartFolder(string fullPath) =>
        Directory.Exists(fullPath) ? fullPath : Path.GetDirectoryName(fullPath) ?? fullPath;
}
