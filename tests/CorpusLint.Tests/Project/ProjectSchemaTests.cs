using System.Text.Json;
using CorpusLint.Cli.Commands;
using CorpusLint.Project;
using CorpusLint.Tests.Infrastructure;
using Json.Schema;

namespace CorpusLint.Tests.Project;

/// <summary>
/// schemas/corpuslint.schema.json, checked with JsonSchema.Net against the files that must pass (the samples, the
/// starter of `corpuslint init`, the issue's example) and files that must fail. Each failing file must fail the
/// loader too, so the schema editors show and the checks the tool makes stay in step.
/// </summary>
public sealed class ProjectSchemaTests : IDisposable
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromFile(Path.Combine(RepositoryRoot.Find(), "schemas", "corpuslint.schema.json")));

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string> FilesThatMustFail => new()
    {
        """{ "exlude": [] }""",
        """{ "include": "**/*.txt" }""",
        """{ "include": [] }""",
        """{ "include": ["**/*.{txt,md}"] }""",
        """{ "include": ["[0-9]/*.txt"] }""",
        """{ "include": ["/abs/**"] }""",
        """{ "exclude": ["!drafts/**"] }""",
        """{ "exclude": ["../x/**"] }""",
        """{ "exclude": ["a**/x"] }""",
        """{ "cacheDir": 3 }""",
        """{ "rules": {} }""",
        """{ "rules": [ { "id": "CL9001", "kind": "phrase", "phrases": ["a"], "message": "m" } ] }""",
        """{ "rules": [ { "id": "ACME.1", "kind": "phrase", "phrases": ["a"], "message": "m" } ] }""",
        """{ "rules": [ { "id": "A1", "kind": "grep", "pattern": "a", "message": "m" } ] }""",
        """{ "rules": [ { "id": "A1", "kind": "regex", "message": "m" } ] }""",
        """{ "rules": [ { "id": "A1", "kind": "phrase", "phrases": [], "message": "m" } ] }""",
        """{ "rules": [ { "id": "A1", "kind": "phrase", "phrases": ["a"], "pattern": "a", "message": "m" } ] }""",
        """{ "rules": [ { "id": "A1", "kind": "phrase", "phrases": ["a"] } ] }""",
        """{ "rules": [ { "id": "A1", "kind": "phrase", "phrases": ["a"], "message": "m", "severity": "loud" } ] }""",
        """{ "rules": [ { "id": "A1", "kind": "phrase", "phrases": ["a"], "message": "m", "scope": "word" } ] }""",
        """{ "rules": [ { "id": "A1", "kind": "phrase", "phrases": ["a"], "message": "m", "fix": "replace" } ] }""",
        """{ "rules": [ { "id": "A1", "kind": "phrase", "phrases": ["a"], "message": "m", "replacement": "b" } ] }""",
        """{ "rules": [ { "id": "A1", "kind": "phrase", "phrases": ["a"], "message": "m", "category": "House Style" } ] }""",
        """{ "rules": [ { "id": "A1", "kind": "phrase", "phrases": ["a"], "message": "m", "caseSensitive": "yes" } ] }""",
        """{ "rules": [ { "id": "A1", "kind": "phrase", "phrases": ["a"], "message": "m", "mesage": "m" } ] }""",
        """{ "fields": [] }""",
        """{ "fields": { "txt": "body" } }""",
        """{ "fields": { "text": [] } }""",
        """{ "fields": { "date": 3 } }""",
    };

    [Fact]
    public void Samples_project_file_is_valid()
    {
        var path = Path.Combine(RepositoryRoot.Find(), "samples", CorpusProject.FileName);

        AssertValid(File.ReadAllText(path));
        Assert.Equal(2, ProjectFile.Load(path).DeclarativeRules.Count);
    }

    [Fact]
    public void Issue_example_is_valid() => AssertValid(ProjectFixtures.IssueExample);

    [Fact]
    public void Init_starter_is_valid_and_loads()
    {
        AssertValid(InitCommand.StarterProject());
        _folder.Write(CorpusProject.FileName, InitCommand.StarterProject());
        Assert.Empty(ProjectFile.Load(_folder.PathOf(CorpusProject.FileName)).DeclarativeRules);
    }

    [Fact]
    public void Every_kind_of_rule_with_every_key_is_valid()
    {
        const string json = """
            { "rules": [
              { "id": "A1", "kind": "phrase", "phrases": ["a"], "message": "m", "name": "Prompt", "description": "d", "helpUri": "https://example.org/a1",
                "severity": "suggestion", "category": "Boilerplate", "scope": "line", "caseSensitive": true, "fix": "delete-line" },
              { "id": "A2", "kind": "regex", "pattern": "(\\d+)kg", "message": "m", "fix": "replace", "replacement": "$1 kg" }
            ] }
            """;

        AssertValid(json);
        _folder.Write(CorpusProject.FileName, json);
        Assert.Equal(2, ProjectFile.Load(_folder.PathOf(CorpusProject.FileName)).DeclarativeRules.Count);
    }

    [Fact]
    public void A_field_mapping_is_valid_and_loads()
    {
        const string json = """{ "fields": { "text": "maintext", "authors": ["authors", "writers"], "date": [], "id": "uuid" } }""";

        AssertValid(json);
        _folder.Write(CorpusProject.FileName, json);
        Assert.Equal(["maintext"], ProjectFile.Load(_folder.PathOf(CorpusProject.FileName)).Fields.TextFields);
    }

    [Theory]
    [MemberData(nameof(FilesThatMustFail))]
    public void Files_that_must_fail_fail_the_schema_and_the_loader(string json)
    {
        using var document = JsonDocument.Parse(json);
        Assert.False(Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid, "the schema accepts it");

        _folder.Write(CorpusProject.FileName, json);
        Assert.Throws<ProjectConfigurationException>(() => ProjectFile.Load(_folder.PathOf(CorpusProject.FileName)));
    }

    private static void AssertValid(string jsonWithComments)
    {
        using var document = JsonDocument.Parse(jsonWithComments, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var result = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }
}
