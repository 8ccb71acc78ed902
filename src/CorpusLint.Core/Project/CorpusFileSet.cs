using CorpusLint.Engine;
using Microsoft.Extensions.FileSystemGlobbing;

namespace CorpusLint.Project;

/// <summary>
/// The files that belong to a corpus: <c>include</c> and <c>exclude</c> globs matched with
/// <see cref="Matcher"/>, relative to the project root, whatever folder is being walked. The folders that never
/// hold articles (<c>.git</c>, <c>.corpuslint</c>, <c>node_modules</c>) are always excluded. A file outside the
/// project root (a folder named on the command line elsewhere) is matched with the default globs instead,
/// relative to the folder walked.
/// </summary>
public sealed class CorpusFileSet
{
    private readonly Matcher _project;
    private readonly Matcher _outside;
    private readonly SuffixGlobs? _projectSuffixes;
    private readonly SuffixGlobs? _outsideSuffixes;

    private CorpusFileSet(string rootDirectory, IReadOnlyList<string> includes, IReadOnlyList<string> excludes)
    {
        RootDirectory = rootDirectory;
        Includes = includes;
        Excludes = excludes;
        _project = CreateMatcher(includes, [.. DocumentDiscovery.DefaultExcludes, .. excludes]);
        _outside = CreateMatcher(DocumentDiscovery.DefaultIncludes, DocumentDiscovery.DefaultExcludes);
        _projectSuffixes = SuffixGlobs.TryCreate(includes, [.. DocumentDiscovery.DefaultExcludes, .. excludes]);
        _outsideSuffixes = SuffixGlobs.TryCreate(DocumentDiscovery.DefaultIncludes, DocumentDiscovery.DefaultExcludes);
    }

    public string RootDirectory { get; }

    public IReadOnlyList<string> Includes { get; }

    /// <summary>The project's own exclude globs (the always-excluded folders come on top).</summary>
    public IReadOnlyList<string> Excludes { get; }

    public static CorpusFileSet Default(string rootDirectory) =>
        new(rootDirectory, DocumentDiscovery.DefaultIncludes, []);

    /// <summary>A file set from globs already checked with <see cref="CheckGlob"/>.</summary>
    public static CorpusFileSet Create(string rootDirectory, IReadOnlyList<string>? includes, IReadOnlyList<string> excludes) =>
        new(rootDirectory, includes ?? DocumentDiscovery.DefaultIncludes, excludes);

    /// <summary>The files among <paramref name="fullPaths"/> (found by walking <paramref name="walkedFolder"/>) that belong to the corpus.</summary>
    public IEnumerable<string> Select(string walkedFolder, IReadOnlyList<string> fullPaths)
    {
        var inside = new List<string>();
        var outside = new List<string>();
        foreach (var path in fullPaths)
        {
            (ProjectPaths.IsInside(RootDirectory, path) ? inside : outside).Add(path);
        }

        return Match(_project, _projectSuffixes, RootDirectory, inside).Concat(Match(_outside, _outsideSuffixes, walkedFolder, outside));
    }

    /// <summary>
    /// What is wrong with a glob, or null. <see cref="Matcher"/> knows only <c>*</c> and <c>**</c> and matches
    /// everything else literally, so braces, character classes and negation would silently match nothing;
    /// absolute paths and <c>..</c> would reach outside the corpus.
    /// </summary>
    public static string? CheckGlob(string glob)
    {
        if (string.IsNullOrWhiteSpace(glob))
        {
            return "the glob is empty";
        }

        if (glob.Contains('\\'))
        {
            return "use '/' between folders, not '\\'";
        }

        if (glob[0] == '/' || Path.IsPathRooted(glob))
        {
            return "globs are relative to the folder of corpuslint.json; remove the leading '/'";
        }

        if (glob[0] == '!')
        {
            return "negation ('!') is not supported; put the pattern in 'exclude'";
        }

        if (glob.IndexOfAny(['{', '}']) >= 0)
        {
            return "braces ('{a,b}') are not supported; write one glob for each alternative";
        }

        if (glob.IndexOfAny(['[', ']']) >= 0)
        {
            return "character classes ('[abc]') are not supported; only '*' and '**' are wildcards";
        }

        foreach (var segment in glob.Split('/'))
        {
            if (segment == "..")
            {
                return "'..' would reach outside the corpus root";
            }

            if (segment.Contains("**", StringComparison.Ordinal) && segment != "**")
            {
                return $"'**' must be a whole path segment ('{segment}'); use '*' inside a name";
            }
        }

        return null;
    }

    private static Matcher CreateMatcher(IEnumerable<string> includes, IEnumerable<string> excludes)
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(includes);
        matcher.AddExcludePatterns(excludes);
        return matcher;
    }

    private static IEnumerable<string> Match(Matcher matcher, SuffixGlobs? suffixes, string root, List<string> fullPaths)
    {
        if (fullPaths.Count == 0)
        {
            return [];
        }

        // The paths given are full already (a walk's), so those matched by suffix are returned as they came.
        return suffixes is not null
            ? fullPaths.Where(f => suffixes.Matches(ProjectPaths.RelativeStart(root, f) is >= 0 and var start ? f.AsSpan(start) : Path.GetRelativePath(root, f)))
            : matcher.Match(root, fullPaths.Select(f => Path.GetRelativePath(root, f))).Files.Select(m => Path.GetFullPath(Path.Combine(root, m.Path)));
    }
}
