using System.Text;

namespace CorpusLint.Tests.Infrastructure;

/// <summary>A fresh folder under the system temp folder, deleted on dispose; files are written with '/'-separated relative paths.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        // Resolve symlinks (macOS /tmp -> /private/tmp) so full paths compare equal to what the tool computes.
        var root = Path.Combine(Path.GetTempPath(), "corpuslint-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        FullPath = new DirectoryInfo(root).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? root;
    }

    public string FullPath { get; }

    public string PathOf(string relative) => Path.Combine(FullPath, relative.Replace('/', Path.DirectorySeparatorChar));

    public string Write(string relative, string text) => WriteBytes(relative, new UTF8Encoding(false).GetBytes(text));

    public string WriteBytes(string relative, byte[] bytes)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public string CreateFolder(string relative) => Directory.CreateDirectory(PathOf(relative)).FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(FullPath, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: a test that made a file unreadable may leave it behind.
        }
    }
}
