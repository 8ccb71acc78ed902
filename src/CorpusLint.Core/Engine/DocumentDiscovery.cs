using CorpusLint.Project;

namespace CorpusLint.Engine;

/// <summary>
/// Turns command-line paths into the documents to lint: files as given, folders walked with the corpus's include/exclude globs.
/// The walk is lazy and holds one folder listing per level, not the corpus: documents come out in walk order, which
/// is ordinal order of the shown paths (folders are walked sorted, depth first, and roots merged), except that folders
/// reached through a symbolic link are walked after the rest of their root.
/// </summary>
public sealed class DocumentDiscovery
{
    public static readonly IReadOnlyList<string> DefaultIncludes = ["**/*.txt", "**/*.md", "**/*.jsonl", "**/*.jsonl.gz", "**/*.jsonl.zst", "**/*.parquet"];
    public static readonly IReadOnlyList<string> DefaultExcludes = ["**/.git/**", "**/.corpuslint/**", "**/node_modules/**"];

    /// <summary>Files of one folder matched against the globs in one call; bounds the matcher's memory on huge folders.</summary>
    private const int MatchBatch = 4096;

    private readonly string _workingDirectory;
    private readonly CorpusFileSet _files;

    /// <summary>Whether the project's root is the working folder: corpus paths are then the display paths.</summary>
    private readonly bool _sameRoot;

    public DocumentDiscovery(string workingDirectory, CorpusFileSet? files = null)
    {
        _workingDirectory = Path.GetFullPath(workingDirectory);
        _files = files ?? CorpusFileSet.Default(_workingDirectory);
        _sameRoot = string.Equals(Path.TrimEndingDirectorySeparator(_files.RootDirectory), Path.TrimEndingDirectorySeparator(_workingDirectory), StringComparison.Ordinal);
    }

    /// <summary>
    /// The documents under <paramref name="paths"/>, in walk order and without duplicates, walked as they are read.
    /// Paths that do not exist are returned in <paramref name="missing"/> at once (the caller decides: a usage error).
    /// A folder that cannot be listed comes out as an input with its <see cref="DocumentInput.Problem"/>.
    /// </summary>
    public IEnumerable<DocumentInput> Discover(IEnumerable<string> paths, out IReadOnlyList<string> missing)
    {
        var notFound = new List<string>();
        var files = new List<string>();
        var folders = new List<string>();
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path, _workingDirectory);
            if (Directory.Exists(full))
            {
                folders.Add(Path.TrimEndingDirectorySeparator(full));
            }
            else if (File.Exists(full))
            {
                files.Add(full);
            }
            else
            {
                notFound.Add(path);
            }
        }

        missing = notFound;

        // A folder inside another one given too is walked as part of it.
        var roots = folders.Distinct(StringComparer.Ordinal).Where(f => !folders.Any(other => IsInside(f, other))).ToList();
        var explicitFiles = files.Distinct(StringComparer.Ordinal).Select(Input).OrderBy(i => i.DisplayPath, StringComparer.Ordinal);
        return Merge([explicitFiles, .. roots.Select(Walk)]);
    }

    /// <summary>Whether linting <paramref name="paths"/> would read the file at <paramref name="fullPath"/> (existing or not).</summary>
    public bool Selects(IEnumerable<string> paths, string fullPath)
    {
        var target = RealPath(fullPath);
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path, _workingDirectory);
            if (Directory.Exists(full))
            {
                var root = RealPath(Path.TrimEndingDirectorySeparator(full));
                if (IsInside(target, root) && _files.Select(root, [target]).Any())
                {
                    return true;
                }
            }
            else if (string.Equals(RealPath(full), target, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The path as reports show it: relative to the working directory when inside it, with '/' separators.</summary>
    public string ToDisplayPath(string fullPath) => ToPathFrom(_workingDirectory, fullPath);

    /// <summary>
    /// The input for the file at <paramref name="fullPath"/>: shown relative to the working folder, named in the corpus
    /// relative to the project's root (<see cref="DocumentInput.CorpusPath"/>).
    /// </summary>
    public DocumentInput Input(string fullPath)
    {
        var input = new DocumentInput(fullPath, ToDisplayPath(fullPath));
        return _sameRoot ? input : input with { CorpusPath = ToPathFrom(_files.RootDirectory, fullPath) };
    }

    /// <summary>The input of the file a report shows as <paramref name="displayPath"/> (a document gone from the walk).</summary>
    public DocumentInput InputShownAs(string displayPath) => Input(Path.GetFullPath(displayPath, _workingDirectory));

    /// <summary>A path as reports show paths ('/' separators), relative to <paramref name="folder"/> when inside it, else full.</summary>
    private static string ToPathFrom(string folder, string fullPath) => NativePath.ToDisplay((RelativeTo(folder, fullPath) ?? fullPath).Replace('\\', '/'));

    /// <summary>
    /// <paramref name="path"/> relative to <paramref name="folder"/> when inside it, else null. By hand rather than
    /// <see cref="Path.GetRelativePath(string, string)"/>, which rejects the bytes of names that are not UTF-8.
    /// </summary>
    private static string? RelativeTo(string folder, string path)
    {
        var comparison = OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (string.Equals(Path.TrimEndingDirectorySeparator(folder), Path.TrimEndingDirectorySeparator(path), comparison))
        {
            return ".";
        }

        var prefix = Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, comparison) ? path[prefix.Length..] : null;
    }

    /// <summary>Merges sequences sorted by shown path into one, dropping repeats (a file given and also found in a folder).</summary>
    private static IEnumerable<DocumentInput> Merge(IEnumerable<IEnumerable<DocumentInput>> sequences)
    {
        var heads = new PriorityQueue<IEnumerator<DocumentInput>, (string Path, int Order)>(
            Comparer<(string Path, int Order)>.Create(static (a, b) => string.CompareOrdinal(a.Path, b.Path) is var c and not 0 ? c : a.Order.CompareTo(b.Order)));
        var order = 0;
        try
        {
            foreach (var sequence in sequences)
            {
                var enumerator = sequence.GetEnumerator();
                if (enumerator.MoveNext())
                {
                    heads.Enqueue(enumerator, (enumerator.Current.DisplayPath, order++));
                }
                else
                {
                    enumerator.Dispose();
                }
            }

            string? previous = null;
            while (heads.TryDequeue(out var head, out var key))
            {
                if (!string.Equals(previous, head.Current.DisplayPath, StringComparison.Ordinal))
                {
                    previous = head.Current.DisplayPath;
                    yield return head.Current;
                }

                if (head.MoveNext())
                {
                    heads.Enqueue(head, (head.Current.DisplayPath, key.Order));
                }
                else
                {
                    head.Dispose();
                }
            }
        }
        finally
        {
            while (heads.TryDequeue(out var head, out _))
            {
                head.Dispose();
            }
        }
    }

    /// <summary>
    /// The files under <paramref name="root"/> that the globs select, walked depth first in <see cref="FolderEntry.WalkOrder"/>.
    /// Symbolic links to folders are followed once, after the rest: a folder already walked (a link loop, a second link
    /// to the same folder, a link into the root) is not walked again, and a file reached both ways keeps its real path.
    /// </summary>
    private IEnumerable<DocumentInput> Walk(string root)
    {
        var walked = new List<string> { RealPath(root) };
        var links = new Queue<(string Path, string Real)>();
        foreach (var input in WalkTree(root, root, walked[0], walked, links))
        {
            yield return input;
        }

        while (links.TryDequeue(out var link))
        {
            if (walked.Any(w => IsInside(link.Real, w) || link.Real == w))
            {
                continue;
            }

            walked.Add(link.Real);
            foreach (var input in WalkTree(root, link.Path, link.Real, walked, links))
            {
                yield return input;
            }
        }
    }

    private IEnumerable<DocumentInput> WalkTree(string root, string top, string topReal, List<string> walked, Queue<(string Path, string Real)> links)
    {
        var stack = new Stack<FolderFrame>();
        stack.Push(new FolderFrame(top, topReal));
        while (stack.TryPeek(out var frame))
        {
            if (frame.Entries is null)
            {
                if (frame.Path != top && walked.Contains(frame.Real))
                {
                    stack.Pop();
                    continue;
                }

                frame.Entries = FolderLister.List(frame.Path, out var problem);
                if (frame.Entries is null)
                {
                    stack.Pop();
                    yield return Input(frame.Path) with { Problem = $"cannot read the folder: {problem}" };
                    continue;
                }

                frame.Selected = Select(root, frame.Path, frame.Entries);
            }

            if (frame.Next >= frame.Entries.Count)
            {
                stack.Pop();
                continue;
            }

            var index = frame.Next++;
            var entry = frame.Entries[index];
            switch (entry.Kind)
            {
                case FolderEntryKind.Folder:
                    stack.Push(new FolderFrame(Path.Combine(frame.Path, entry.Name), Path.Combine(frame.Real, entry.Name)));
                    break;
                case FolderEntryKind.FolderLink:
                    links.Enqueue((Path.Combine(frame.Path, entry.Name), RealPath(Path.Combine(frame.Real, entry.Name))));
                    break;
                default:
                    if (frame.Selected![index] is { } path)
                    {
                        yield return Input(path);
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// The paths of the entries of one folder that the include and exclude globs select, null for the others (matched in
    /// batches, by configuration path). The walk yields these very strings: a file's path is built once.
    /// </summary>
    private string?[] Select(string root, string folder, List<FolderEntry> entries)
    {
        var selected = new string?[entries.Count];
        // Sized for the folder at once: growing it to a thousand files allocated its tables twice over.
        var batch = new Dictionary<string, (int Index, string Path)>(Math.Min(entries.Count, MatchBatch), StringComparer.Ordinal);
        for (var i = 0; i <= entries.Count; i++)
        {
            if (i < entries.Count && entries[i].Kind == FolderEntryKind.File)
            {
                var path = Path.Combine(folder, entries[i].Name);
                batch[Path.GetFullPath(NativePath.ToConfigurationPath(path))] = (i, path);
            }

            if (batch.Count == MatchBatch || (i == entries.Count && batch.Count > 0))
            {
                foreach (var match in _files.Select(root, [.. batch.Keys]))
                {
                    if (batch.TryGetValue(match, out var matched))
                    {
                        selected[matched.Index] = matched.Path;
                    }
                }

                batch.Clear();
            }
        }

        return selected;
    }

    private static bool IsInside(string path, string folder) =>
        path.Length > folder.Length
        && path.StartsWith(folder, StringComparison.Ordinal)
        && (path[folder.Length] == Path.DirectorySeparatorChar || folder.EndsWith(Path.DirectorySeparatorChar));

    /// <summary>The path with a final symbolic link resolved where there is one; the path itself otherwise (a broken or looping link).</summary>
    private static string RealPath(string path)
    {
        try
        {
            var info = Directory.Exists(path) ? (FileSystemInfo)new DirectoryInfo(path) : new FileInfo(path);
            return info.LinkTarget is null ? info.FullName : Path.GetFullPath(info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return path;
        }
    }

    private sealed class FolderFrame(string path, string real)
    {
        public string Path { get; } = path;

        public string Real { get; } = real;

        public List<FolderEntry>? Entries { get; set; }

        /// <summary>Per entry, its path when it is a file the globs select; null otherwise.</summary>
        public string?[]? Selected { get; set; }

        public int Next { get; set; }
    }
}
