namespace CorpusLint.Project;

/// <summary>
/// The common shape of a corpus's globs, matched without <see cref="Microsoft.Extensions.FileSystemGlobbing.Matcher"/>:
/// includes that are all <c>**/*.ext</c> (a file at any depth whose name ends so) and excludes that are all
/// <c>**/name/**</c> (anything under a folder of that name), as the defaults are. The matcher builds a folder tree of
/// every batch it is given, which was a quarter of the walk of a warm run over 100,000 files; this gives the same
/// answers (ordinal, as the matcher is configured) from the names alone.
/// </summary>
internal sealed class SuffixGlobs
{
    private const string AnyFolders = "**/";

    private readonly string[] _suffixes;
    private readonly string[] _excludedFolders;

    private SuffixGlobs(string[] suffixes, string[] excludedFolders)
    {
        _suffixes = suffixes;
        _excludedFolders = excludedFolders;
    }

    /// <summary>The globs in this shape, or null when any of them needs the matcher.</summary>
    public static SuffixGlobs? TryCreate(IEnumerable<string> includes, IEnumerable<string> excludes)
    {
        var suffixes = new List<string>();
        foreach (var include in includes)
        {
            // "**/*.txt": one '*' then a literal suffix without wildcards or folders.
            if (!include.StartsWith(AnyFolders + "*", StringComparison.Ordinal) || include.AsSpan(AnyFolders.Length + 1).IndexOfAny('*', '/') >= 0)
            {
                return null;
            }

            suffixes.Add(include[(AnyFolders.Length + 1)..]);
        }

        var folders = new List<string>();
        foreach (var exclude in excludes)
        {
            // "**/.git/**": one literal folder name between the two.
            if (!exclude.StartsWith(AnyFolders, StringComparison.Ordinal) || !exclude.EndsWith("/**", StringComparison.Ordinal)
                || exclude.Length <= AnyFolders.Length + 3 || exclude.AsSpan(AnyFolders.Length, exclude.Length - AnyFolders.Length - 3).IndexOfAny('*', '/') >= 0)
            {
                return null;
            }

            folders.Add(exclude[AnyFolders.Length..^3]);
        }

        return new SuffixGlobs([.. suffixes], [.. folders]);
    }

    /// <summary>Whether the file at <paramref name="path"/> (relative to the globs' root) is selected.</summary>
    public bool Matches(ReadOnlySpan<char> path)
    {
        var nameStart = path.LastIndexOfAny('/', Path.DirectorySeparatorChar) + 1;
        var name = path[nameStart..];
        var included = false;
        foreach (var suffix in _suffixes)
        {
            included |= name.EndsWith(suffix, StringComparison.Ordinal);
        }

        if (!included)
        {
            return false;
        }

        foreach (var folder in path[..nameStart].SplitAny(['/', Path.DirectorySeparatorChar]))
        {
            var segment = path[folder];
            foreach (var excluded in _excludedFolders)
            {
                if (segment.SequenceEqual(excluded))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
