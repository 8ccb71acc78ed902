using CorpusLint.Project;

namespace CorpusLint.Tests.Project;

/// <summary>
/// <see cref="ProjectPaths.RelativeStart"/> answers only where it gives what <see cref="Path.GetRelativePath(string, string)"/>
/// gives, and <see cref="ProjectPaths.IsInside"/> answers as that does.
/// </summary>
public sealed class ProjectPathsTests
{
    public static TheoryData<string, string> Pairs => new()
    {
        { "/corpus", "/corpus/a.txt" },
        { "/corpus", "/corpus/news/2024/a.txt" },
        { "/corpus/", "/corpus/a.txt" },
        { "/corpus", "/corpus" },
        { "/corpus", "/corpus2/a.txt" },
        { "/corpus", "/corpusa.txt" },
        { "/corpus", "/other/a.txt" },
        { "/corpus", "/corpus/../other/a.txt" },
        { "/corpus", "/corpus/a..b/c.txt" },
        { "/corpus", "/Corpus/a.txt" },
        { "/", "/a.txt" },
        { "/corpus/news", "/corpus/a.txt" },
        { "/corpus/", "/corpora/a.txt" },
    };

    /// <summary>Paths not as <see cref="Path.GetFullPath(string)"/> leaves them: only <see cref="Path.GetRelativePath"/> can tell.</summary>
    public static TheoryData<string, string> UnnormalizedPairs => new()
    {
        { "/corpus//news", "/corpus/news/a.txt" },
        { "/corpus/./news", "/corpus/news/a.txt" },
        { "/corpus/news/..", "/corpus/a.txt" },
        { "/corpus/news/.", "/corpus/news/a.txt" },
        { "/corpus", "/other/../corpus/a.txt" },
        { "/corpus", "//corpus/a.txt" },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Relative_start_gives_what_get_relative_path_gives_or_nothing(string folder, string fullPath)
    {
        var start = ProjectPaths.RelativeStart(folder, fullPath);
        var relative = Path.GetRelativePath(folder, fullPath);

        if (start >= 0)
        {
            Assert.Equal(relative, fullPath[start..]);
        }

        Assert.Equal(!relative.StartsWith("..", StringComparison.Ordinal) && relative != "." && !Path.IsPathRooted(relative) && !fullPath.Contains("..", StringComparison.Ordinal), start >= 0);
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    [MemberData(nameof(UnnormalizedPairs))]
    public void Is_inside_answers_as_get_relative_path_does(string folder, string fullPath)
    {
        var relative = Path.GetRelativePath(folder, fullPath);

        Assert.Equal(relative == "." || (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative)), ProjectPaths.IsInside(folder, fullPath));
    }
}
