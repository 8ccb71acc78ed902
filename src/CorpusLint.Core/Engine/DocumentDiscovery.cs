using CorpusLint.Project;

namespace CorpusLint.Engine;

/// <summary>A file to lint: its full path (for configuration and reading) and the path shown in reports.</summary>
public sealed record DocumentInput(string FullPath, string DisplayPath);

/// <summary>Turns command-line paths into the documents to lint: files as given, folders walked with the corpus's include/exclude globs.</summary>
public sealed class DocumentDiscovery
{
    public static readonly IReadOnlyList<string> DefaultIncludes = ["**/*.txt", "**/*.md"];
    public static readonly IReadOnlyList<string> DefaultExcludes = ["**/.git/**", "**/.corpuslint/**", "**/node_modules/**"];

    private readonly string _workingDirectory;
    private readonly CorpusFileSet _files;
    private readonly List<InputFailure> _unreadable = [];

    public DocumentDiscovery(string workingDirectory, CorpusFileSet? files = null)
    {
        _workingDirectory = Path.GetFullPath(workingDirectory);
        _files = files ?? CorpusFileSet.Default(_workingDirectory);
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
                foreach (var file in Walk(full))
                {
                    Add(found, file);
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

    /// <summary>Folders that could not be listed during <see cref="Discover"/> (display path and reason); the walk went on without them.</summary>
    public IReadOnlyList<InputFailure> UnreadableFolders => [.. _unreadable];

    /// <summary>
    /// The files under <paramref name="root"/> that the globs select. Symbolic links to folders are followed
    /// once: a folder already visited (a link loop, or a second link to the same folder) is not walked again.
    /// A folder that cannot be listed is recorded in <see cref="UnreadableFolders"/> and skipped.
    /// </summary>
    private List<string> Walk(string root)
    {
        var files = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);

        // Each folder travels with its real path (links resolved), so a loop is seen however deep it is entered.
        var pending = new Stack<(DirectoryInfo Folder, string Real)>();
        var links = new Queue<(DirectoryInfo Folder, string Real)>();
        pending.Push((new DirectoryInfo(root), ResolveRealPath(new DirectoryInfo(root))));
        while (pending.Count > 0 || links.Count > 0)
        {
            // Real folders first, linked ones after: a file reached both ways keeps its real path.
            var (directory, real) = pending.Count > 0 ? pending.Pop() : links.Dequeue();
            if (!visited.Add(real))
            {
                continue;
            }

            FileSystemInfo[] entries;
            try
            {
                entries = directory.GetFileSystemInfos();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                _unreadable.Add(new InputFailure(ToDisplayPath(directory.FullName), e is UnauthorizedAccessException ? "permission denied" : e.Message));
                continue;
            }

            foreach (var entry in entries.OrderByDescending(e => e.Name, StringComparer.Ordinal))
            {
                if (entry is not DirectoryInfo child)
                {
                    files.Add(entry.FullName);
                }
                else if (child.LinkTarget is null)
                {
                    pending.Push((child, Path.Combine(real, child.Name)));
                }
                else if (ResolveRealPath(new DirectoryInfo(Path.Combine(real, child.Name))) is { } target)
                {
                    links.Enqueue((child, target));
                }
            }
        }

        return [.. _files.Select(root, files)];
    }

    private static string ResolveRealPath(DirectoryInfo folder)
    {
        try
        {
            return folder.LinkTarget is null ? folder.FullName : Path.GetFullPath(folder.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? folder.FullName);
        }
        catch (IOException)
        {
            return folder.FullName; // A broken or looping link: listing it fails and is reported there.
        }
    }

    /// <summary>The path as reports show it: relative to the working directory when inside it, with '/' separators.</summary>
    public string ToDisplayPath(string fullPath) => ProjectPaths.Display(_workingDirectory, fullPath);

    private void Add(SortedDictionary<string, DocumentInput> found, string fullPath)
    {
        var display = ToDisplayPath(fullPath);
        found.TryAdd(display, new DocumentInput(fullPath, display));
    }
}
