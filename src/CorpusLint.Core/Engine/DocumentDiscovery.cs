using Microsoft.Extensions.FileSystemGlobbing;

namespace CorpusLint.Engine;

/// <summary>A file to lint: its full path (for configuration and reading) and the path shown in reports.</summary>
public sealed record DocumentInput(string FullPath, string DisplayPath);

/// <summary>Turns command-line paths into the documents to lint: files as given, folders walked with include/exclude globs.</summary>
public sealed class DocumentDiscovery
{
    public static readonly IReadOnlyList<string> DefaultIncludes = ["**/*.txt", "**/*.md"];
    public static readonly IReadOnlyList<string> DefaultExcludes = ["**/.git/**", "**/.corpuslint/**", "**/node_modules/**"];

    private readonly string _workingDirectory;
    private readonly Matcher _matcher = new(StringComparison.Ordinal);

    public DocumentDiscovery(string workingDirectory, IReadOnlyList<string>? includes = null, IReadOnlyList<string>? excludes = null)
    {
        _workingDirectory = Path.GetFullPath(workingDirectory);
        _matcher.AddIncludePatterns(includes ?? DefaultIncludes);
        _matcher.AddExcludePatterns(excludes ?? DefaultExcludes);
    }

    /// <summary>
    /// The documents under <paramref name="paths"/>, sorted and without duplicates. Paths that do not exist
    /// are returned in <paramref name="missing"/> (the caller decides: a usage error).
    /// </summary>
    public IReadOnlyList<DocumentInput> Discover(IEnumerable<string> paths, out IReadOnlyList<string> missing)
    {
        var found = new SortedDictionary<string, DocumentInput>(StringComparer.Ordinal);
        var notFound = new List<string>();
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path, _workingDirectory);
            if (File.Exists(full))
            {
                Add(found, full);
            }
            else if (Directory.Exists(full))
            {
                foreach (var file in _matcher.GetResultsInFullPath(full))
                {
                    Add(found, Path.GetFullPath(file));
                }
            }
            else
            {
                notFound.Add(path);
            }
        }

        missing = notFound;
        return [.. found.Values];
    }

    /// <summary>The path as reports show it: relative to the working directory when inside it, with '/' separators.</summary>
    public string ToDisplayPath(string fullPath)
    {
        var relative = Path.GetRelativePath(_workingDirectory, fullPath);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
        return shown.Replace('\\', '/');
    }

    private void Add(SortedDictionary<string, DocumentInput> found, string fullPath)
    {
        var display = ToDisplayPath(fullPath);
        found.TryAdd(display, new DocumentInput(fullPath, display));
    }
}
