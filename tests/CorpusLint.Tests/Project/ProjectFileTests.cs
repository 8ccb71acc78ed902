using CorpusLint.Project;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Project;

/// <summary>Reading corpuslint.json: every key of the issue, and each kind of mistake with its position.</summary>
public sealed class ProjectFileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Issue_example_is_read_key_for_key()
    {
        ProjectFixtures.WriteIssueProject(_folder);

        var project = ProjectFile.Load(_folder.PathOf("corpuslint.json"));

        Assert.Equal(_folder.FullPath, project.RootDirectory);
        Assert.Equal(["articles/**/*.txt"], project.Files.Includes);
        Assert.Equal(["articles/drafts/**"], project.Files.Excludes);
        Assert.Equal(_folder.PathOf(".corpuslint/cache"), project.CacheDirectory);
        Assert.Equal(_folder.PathOf("corpuslint.baseline.json"), project.BaselinePath);
        Assert.Equal(_folder.PathOf(".corpuslint/rules"), project.CustomRulesDirectory);
        Assert.Collection(
            project.DeclarativeRules,
            r => Assert.Equal(("ACME001", "Style", "Remove the BREAKING: prefix"), (r.Id, r.Descriptor.Category, r.Descriptor.MessageFormat.ToString())),
            r => Assert.Equal(("ACME002", "Boilerplate", CorpusLint.Rules.FixKind.Unsafe), (r.Id, r.Descriptor.Category, r.FixKind)));
    }

    [Fact]
    public void Empty_object_gives_the_defaults()
    {
        _folder.Write("corpuslint.json", "{}");

        var project = ProjectFile.Load(_folder.PathOf("corpuslint.json"));

        Assert.Equal(["**/*.txt", "**/*.md", "**/*.jsonl", "**/*.jsonl.gz", "**/*.jsonl.zst", "**/*.parquet"], project.Files.Includes);
        Assert.Equal(_folder.PathOf(".corpuslint/cache"), project.CacheDirectory);
        Assert.Null(project.BaselinePath);
        Assert.Null(project.CustomRulesDirectory);
        Assert.Empty(project.DeclarativeRules);
    }

    [Fact]
    public void Comments_trailing_commas_and_a_bom_are_accepted()
    {
        _folder.WriteBytes("corpuslint.json", [0xEF, 0xBB, 0xBF, .. "{\n  // the corpus\n  \"include\": [\"a/**/*.txt\",],\n}\n"u8]);

        Assert.Equal(["a/**/*.txt"], ProjectFile.Load(_folder.PathOf("corpuslint.json")).Files.Includes);
    }

    [Fact]
    public void Changing_a_rule_changes_the_fingerprint_but_not_whitespace()
    {
        _folder.Write("a/corpuslint.json", """{ "rules": [ { "id": "X1", "kind": "phrase", "phrases": ["a"], "message": "m" } ] }""");
        _folder.Write("b/corpuslint.json", "{ \"rules\": [\n  { \"id\": \"X1\", \"kind\": \"phrase\", \"phrases\": [\"a\"], \"message\": \"m\" }\n] }");
        _folder.Write("c/corpuslint.json", """{ "rules": [ { "id": "X1", "kind": "phrase", "phrases": ["b"], "message": "m" } ] }""");

        var a = ProjectFile.Load(_folder.PathOf("a/corpuslint.json")).DeclarativeRulesFingerprint;

        Assert.Equal(a, ProjectFile.Load(_folder.PathOf("b/corpuslint.json")).DeclarativeRulesFingerprint);
        Assert.NotEqual(a, ProjectFile.Load(_folder.PathOf("c/corpuslint.json")).DeclarativeRulesFingerprint);
    }

    [Theory]
    [InlineData("{\n  \"exlude\": []\n}", "(2,3): error: unknown key 'exlude' (expected $schema, include, exclude, cacheDir, baseline, customRules, rules, fields)")]
    [InlineData("{\n  \"include\": [\"a/*.{txt,md}\"]\n}", "(2,15): error: 'include': bad glob 'a/*.{txt,md}': braces ('{a,b}') are not supported; write one glob for each alternative")]
    [InlineData("{\n  \"exclude\": [\"../x/**\"]\n}", "(2,15): error: 'exclude': bad glob '../x/**': '..' would reach outside the corpus root")]
    [InlineData("{ \"include\": \"**/*.txt\" }", "(1,14): error: 'include' must be an array of globs such as [\"articles/**/*.txt\"], not a string")]
    [InlineData("{ \"exclude\": [], \"exclude\": [] }", "(1,18): error: 'exclude' is written twice in the same object; keep one")]
    [InlineData("{ \"customRules\": \"missing\" }", "(1,18): error: 'customRules': folder not found: missing (relative to the folder of corpuslint.json)")]
    [InlineData("{ \"cacheDir\": 3 }", "(1,15): error: 'cacheDir' must be a string, not a number")]
    [InlineData("[]", "(1,1): error: the project file must hold one JSON object ({ \"include\": [...], \"rules\": [...] })")]
    [InlineData("{\n  \"include\": [\n}", "(3,1): error: invalid JSON: '}' is an invalid start of a value.")]
    public void Mistakes_in_the_file_name_their_position(string json, string expected)
    {
        Assert.Equal("corpuslint.json" + expected, SingleError(json));
    }

    [Theory]
    [InlineData("""{ "id": "CL9001", "kind": "phrase", "phrases": ["a"], "message": "m" }""", "(2,13): error: rules[0]: 'CL9001': IDs starting with 'CL' belong to CorpusLint's own rules; give project rules a prefix of their own (ACME001)")]
    [InlineData("""{ "id": "cl9001", "kind": "phrase", "phrases": ["a"], "message": "m" }""", "(2,13): error: rules[0]: 'cl9001': IDs starting with 'CL' belong to CorpusLint's own rules; give project rules a prefix of their own (ACME001)")]
    [InlineData("""{ "id": "ACME.1", "kind": "phrase", "phrases": ["a"], "message": "m" }""", "(2,13): error: rules[0]: 'ACME.1' is not a rule ID: use a letter, then letters, digits, '_' or '-' (ACME001), at most 64 characters")]
    [InlineData("""{ "id": "A1", "kind": "regex", "pattern": "(unclosed", "message": "m" }""", "(2,47): error: rule A1: invalid regular expression: Invalid pattern '(unclosed' at offset 9. Not enough )'s.")]
    [InlineData("""{ "id": "A1", "kind": "regex", "pattern": "(a)\\1", "message": "m" }""", "(2,47): error: rule A1: the pattern '(a)\\1' needs backtracking, which project rules do not allow so that no pattern can hang a run: RegexOptions.NonBacktracking is not supported in conjunction with expressions containing: 'backreference (\\ number)'.")]
    [InlineData("""{ "id": "A1", "kind": "regex", "phrases": ["a"], "message": "m" }""", "(2,5): error: rule A1: 'pattern' is missing")]
    [InlineData("""{ "id": "A1", "kind": "phrase", "phrases": [], "message": "m" }""", "(2,48): error: rule A1: 'phrases' must be a non-empty array of strings")]
    [InlineData("""{ "id": "A1", "kind": "grep", "message": "m" }""", "(2,27): error: rule A1: unknown kind 'grep' (expected phrase or regex; C# rules go in the 'customRules' folder)")]
    [InlineData("""{ "id": "A1", "kind": "phrase", "phrases": ["a"], "message": "m", "severity": "loud" }""", "(2,83): error: rule A1: unknown severity 'loud' (expected error, warning, suggestion, silent, none)")]
    [InlineData("""{ "id": "A1", "kind": "phrase", "phrases": ["a"], "message": "m", "category": "House Style" }""", "(2,83): error: rule A1: 'House Style' is not a category name: use letters, digits and '_' (Style, Boilerplate)")]
    [InlineData("""{ "id": "A1", "kind": "phrase", "phrases": ["a"], "message": "m", "fix": "replace" }""", "(2,78): error: rule A1: a 'replace' fix needs a 'replacement' (\"\" deletes the match)")]
    [InlineData("""{ "id": "A1", "kind": "phrase", "phrases": ["a"], "mesage": "m" }""", "(2,5): error: rule A1: 'message' is missing")]
    public void Mistakes_in_a_rule_name_the_rule_and_its_position(string rule, string expected)
    {
        var error = FirstError($"{{ \"rules\": [\n    {rule}\n] }}");

        Assert.Equal("corpuslint.json" + expected, error);
    }

    [Fact]
    public void Unknown_key_in_a_rule_and_a_key_of_the_other_kind_are_errors()
    {
        var errors = Errors("""{ "rules": [ { "id": "A1", "kind": "phrase", "phrases": ["a"], "pattern": "a", "mesage": "m", "message": "m" } ] }""");

        Assert.Equal(
            [
                "corpuslint.json(1,64): error: rule A1: 'pattern' belongs to regex rules; a phrase rule takes 'phrases'",
                "corpuslint.json(1,80): error: rule A1: unknown key 'mesage' (a rule takes id, kind, name, message, description, helpUri, severity, category, scope, caseSensitive, fix, replacement, and 'phrases' or 'pattern' by kind)",
            ],
            errors);
    }

    [Fact]
    public void Duplicate_ids_name_the_first_rule()
    {
        var errors = Errors("""
            { "rules": [
              { "id": "ACME001", "kind": "phrase", "phrases": ["a"], "message": "m" },
              { "id": "acme001", "kind": "phrase", "phrases": ["b"], "message": "m" }
            ] }
            """);

        Assert.Equal(["corpuslint.json(3,11): error: rule acme001: the ID is already used by the rule at line 2; each rule needs its own ID"], errors);
    }

    [Fact]
    public void Every_mistake_is_reported_not_just_the_first()
    {
        var errors = Errors("""{ "include": ["/a"], "exclude": ["[x]"], "rules": [ { "id": "CL1", "kind": "phrase", "phrases": ["a"], "message": "m" } ] }""");

        Assert.Equal(3, errors.Count);
    }

    private string SingleError(string json) => Assert.Single(Errors(json));

    private string FirstError(string json) => Errors(json)[0];

    private List<string> Errors(string json)
    {
        _folder.Write("corpuslint.json", json);
        var exception = Assert.Throws<ProjectConfigurationException>(() => ProjectFile.Load(_folder.PathOf("corpuslint.json")));
        return [.. exception.Errors.Select(e => e.Format(_folder.FullPath))];
    }
}
