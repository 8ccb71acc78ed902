using CorpusLint.Rules;

namespace CorpusLint.Project;

/// <summary>
/// A corpus project: what <c>corpuslint.json</c> says (or the defaults, when a corpus has none). Relative paths
/// in the file are resolved against <see cref="RootDirectory"/>, the folder that holds it.
/// </summary>
public sealed class CorpusProject
{
    public const string FileName = "corpuslint.json";

    /// <summary>The cache folder when the project file names none.</summary>
    public const string DefaultCacheDirectory = ".corpuslint/cache";

    /// <summary>The full path of <c>corpuslint.json</c>, or null for a corpus without one (every default applies).</summary>
    public string? FilePath { get; init; }

    /// <summary>The corpus root: the folder of <see cref="FilePath"/>, or the working directory without a project file.</summary>
    public required string RootDirectory { get; init; }

    /// <summary>Which files under the root belong to the corpus (<c>include</c> / <c>exclude</c>).</summary>
    public required CorpusFileSet Files { get; init; }

    /// <summary>Full path of the cache folder (<c>cacheDir</c>; default <see cref="DefaultCacheDirectory"/>).</summary>
    public required string CacheDirectory { get; init; }

    /// <summary>Full path of the baseline file (<c>baseline</c>), or null when the project names none.</summary>
    public string? BaselinePath { get; init; }

    /// <summary>Full path of the folder of C# rules (<c>customRules</c>), or null when the project has none.</summary>
    public string? CustomRulesDirectory { get; init; }

    /// <summary>The phrase and regex rules declared in the project file (<c>rules</c>), ordered as written.</summary>
    public IReadOnlyList<Rule> DeclarativeRules { get; init; } = [];

    /// <summary>
    /// A text that changes whenever the declared rules change (their JSON, normalised), for cache keys: a cached
    /// result is only valid for the rules that produced it.
    /// </summary>
    public string DeclarativeRulesFingerprint { get; init; } = string.Empty;

    /// <summary>Which fields of a dataset's records hold the text and the metadata (<c>fields</c>; the defaults without it).</summary>
    public Datasets.FieldMapping Fields { get; init; } = Datasets.FieldMapping.Default;

    /// <summary>The project of a corpus without <c>corpuslint.json</c>, rooted at <paramref name="rootDirectory"/>.</summary>
    public static CorpusProject Default(string rootDirectory)
    {
        var root = Path.GetFullPath(rootDirectory);
        return new CorpusProject
        {
            RootDirectory = root,
            Files = CorpusFileSet.Default(root),
            CacheDirectory = Path.GetFullPath(DefaultCacheDirectory, root),
        };
    }
}
