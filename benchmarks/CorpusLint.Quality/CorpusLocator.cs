namespace CorpusLint.Quality;

/// <summary>
/// Finds <c>shared/corpus</c>: the <c>CORPUSLINT_CORPUS</c> environment variable, else the first
/// <c>shared/corpus</c> found walking up from the current directory, then from the repository root
/// (CI clones the repository with <c>shared/</c> beside it).
/// </summary>
public static class CorpusLocator
{
    public const string EnvironmentVariable = "CORPUSLINT_CORPUS";

    /// <summary>The corpus folder, or null when there is none (the report is then skipped).</summary>
    public static string? Find(string? explicitPath = null)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return Directory.Exists(explicitPath) ? Path.GetFullPath(explicitPath) : null;
        }

        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Directory.Exists(fromEnvironment) ? Path.GetFullPath(fromEnvironment) : null;
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), FindRepositoryRoot(AppContext.BaseDirectory) })
        {
            if (start is not null && WalkUp(start) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>The folder holding <c>CorpusLint.sln</c> above <paramref name="start"/>, if any.</summary>
    public static string? FindRepositoryRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CorpusLint.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    }

    private static string? WalkUp(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "corpus");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
