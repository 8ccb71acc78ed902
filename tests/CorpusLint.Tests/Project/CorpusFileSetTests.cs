using CorpusLint.Project;
using Microsoft.Extensions.FileSystemGlobbing;

namespace CorpusLint.Tests.Project;

public class CorpusFileSetTests
{
    [Theory]
    [InlineData("articles/**/*.txt")]
    [InlineData("**/*.md")]
    [InlineData("drafts/**")]
    [InlineData("a b/*.txt")]
    public void Globs_matcher_understands_are_accepted(string glob) => Assert.Null(CorpusFileSet.CheckGlob(glob));

    [Theory]
    [InlineData("", "the glob is empty")]
    [InlineData("a\\*.txt", "use '/' between folders, not '\\'")]
    [InlineData("/articles/**", "globs are relative to the folder of corpuslint.json; remove the leading '/'")]
    [InlineData("!drafts/**", "negation ('!') is not supported; put the pattern in 'exclude'")]
    [InlineData("**/*.{txt,md}", "braces ('{a,b}') are not supported; write one glob for each alternative")]
    [InlineData("199[0-9]/*.txt", "character classes ('[abc]') are not supported; only '*' and '**' are wildcards")]
    [InlineData("a/../b/*.txt", "'..' would reach outside the corpus root")]
    [InlineData("a**/*.txt", "'**' must be a whole path segment ('a**'); use '*' inside a name")]
    public void Globs_that_would_match_nothing_or_reach_outside_are_refused(string glob, string problem) =>
        Assert.Equal(problem, CorpusFileSet.CheckGlob(glob));

    [Theory]
    [InlineData(new[] { "**/*.txt", "**/*.md", "**/*.jsonl", "**/*.jsonl.gz", "**/*.jsonl.zst", "**/*.parquet" }, new[] { "**/.git/**", "**/.corpuslint/**", "**/node_modules/**" })]
    [InlineData(new[] { "**/*.txt" }, new[] { "**/drafts/**" })]
    [InlineData(new[] { "**/*" }, new string[0])]
    public void Suffix_globs_select_what_the_matcher_selects(string[] includes, string[] excludes)
    {
        string[] paths =
        [
            "a.txt", ".txt", "txt", "a.TXT", "a.txt.bak", "a..txt", "x/.git/a.txt", ".git/a.txt", "a/.gitx/b.txt", "a/x.git/b.txt",
            "node_modules/x.md", "a/node_modules/b/c.md", "deep/er/f.jsonl.gz", "f.jsonl.zst", "f.jsonl.gzip", "f.parquet", "a b/c d.txt",
            "ü/ä.txt", ".corpuslint/cache/x.txt", "a/.corpuslint", "drafts/a.txt", "a/drafts/b.txt", "drafts.txt", "a/draftsb/c.txt", "x.md",
        ];
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(includes);
        matcher.AddExcludePatterns(excludes);
        var root = Path.Combine(Path.GetTempPath(), "project");
        var expected = matcher.Match(root, paths).Files.Select(f => f.Path).Order(StringComparer.Ordinal);

        var suffixes = SuffixGlobs.TryCreate(includes, excludes);

        Assert.NotNull(suffixes);
        Assert.Equal(expected, paths.Where(p => suffixes.Matches(p)).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("articles/**/*.txt", "**/drafts/**")]
    [InlineData("**/*.txt", "articles/drafts/**")]
    [InlineData("**/a*.txt", "**/drafts/**")]
    [InlineData("**/*.txt", "**/dr*/**")]
    [InlineData("*.txt", "**/drafts/**")]
    public void Globs_of_any_other_shape_are_left_to_the_matcher(string include, string exclude) =>
        Assert.Null(SuffixGlobs.TryCreate([include], [exclude]));

    [Fact]
    public void Files_are_matched_relative_to_the_project_root_whatever_folder_is_walked()
    {
        var root = Path.Combine(Path.GetTempPath(), "project");
        var files = CorpusFileSet.Create(root, ["articles/**/*.txt"], ["articles/drafts/**"]);
        string[] found = [Path.Combine(root, "articles/2024/a.txt"), Path.Combine(root, "articles/drafts/b.txt"), Path.Combine(root, "articles/.git/c.txt"), Path.Combine(root, "notes/d.txt")];

        Assert.Equal([found[0]], files.Select(Path.Combine(root, "articles"), found));
    }

    [Fact]
    public void Files_outside_the_project_root_get_the_default_globs_relative_to_the_walked_folder()
    {
        var root = Path.Combine(Path.GetTempPath(), "project");
        var elsewhere = Path.Combine(Path.GetTempPath(), "elsewhere");
        var files = CorpusFileSet.Create(root, ["articles/**/*.txt"], []);

        Assert.Equal(
            [Path.Combine(elsewhere, "x/a.md")],
            files.Select(elsewhere, [Path.Combine(elsewhere, "x/a.md"), Path.Combine(elsewhere, "x/a.json")]));
    }
}
