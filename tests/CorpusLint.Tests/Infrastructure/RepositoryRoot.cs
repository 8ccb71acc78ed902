namespace CorpusLint.Tests.Infrastructure;

/// <summary>The repository's root folder (the one holding CorpusLint.sln), found upward from the test binaries.</summary>
public static class RepositoryRoot
{
    public static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CorpusLint.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"CorpusLint.sln not found above {AppContext.BaseDirectory}");
    }
}
