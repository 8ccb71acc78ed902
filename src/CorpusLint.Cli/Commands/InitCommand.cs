using System.CommandLine;
using System.Text;
using CorpusLint.Engine;
using CorpusLint.Project;

namespace CorpusLint.Cli.Commands;

/// <summary><c>corpuslint init</c>: a commented starter <c>corpuslint.json</c> and <c>.editorconfig</c> in the current folder.</summary>
internal static class InitCommand
{
    /// <summary>Where the schema is published; <c>schemas/corpuslint.schema.json</c> in the repository.</summary>
    public const string SchemaUri = "https://raw.githubusercontent.com/corpuslint/corpuslint/main/schemas/corpuslint.schema.json";

    public const string EditorConfigName = ".editorconfig";

    public static Command Create(CliConsole console)
    {
        var command = new Command("init", $"Write a starter {CorpusProject.FileName} and {EditorConfigName} into the current folder (never overwrites)");
        command.SetAction(_ =>
        {
            var projectPath = Path.Combine(console.WorkingDirectory, CorpusProject.FileName);
            if (File.Exists(projectPath))
            {
                throw new UsageException($"{CorpusProject.FileName} already exists here; it was left as it is (remove it first to start again)");
            }

            var written = new List<string>();
            if (CreateNew(projectPath, StarterProject()))
            {
                written.Add(CorpusProject.FileName);
            }
            else
            {
                throw new UsageException($"{CorpusProject.FileName} was created by someone else meanwhile; it was left as it is");
            }

            if (CreateNew(Path.Combine(console.WorkingDirectory, EditorConfigName), StarterEditorConfig))
            {
                written.Add(EditorConfigName);
            }
            else
            {
                console.Output.WriteLine($"{EditorConfigName} already exists; left as it is (the keys CorpusLint reads are in the README's Configuration section).");
            }

            console.Output.WriteLine($"Wrote {string.Join(" and ", written)}. Run 'corpuslint lint' to lint the corpus.");
            return ExitCodes.Clean;
        });
        return command;
    }

    /// <summary>The starter project file: every key, with the defaults spelled out and commented examples.</summary>
    public static string StarterProject()
    {
        var includes = string.Join(", ", DocumentDiscovery.DefaultIncludes.Select(g => $"\"{g}\""));
        return $$"""
            {
              // CorpusLint project file: which files are the corpus, and the project's own rules.
              // Paths and globs are relative to this folder. Comments and trailing commas are allowed.
              "$schema": "{{SchemaUri}}",

              // Globs know '*' (any characters in a name) and '**' (any folders).
              "include": [{{includes}}],
              "exclude": [],

              // Results kept between runs; the folder ignores itself in git.
              "cacheDir": "{{CorpusProject.DefaultCacheDirectory}}",

              // Problems recorded here are not reported again (see the README's Baseline section).
              // "baseline": "corpuslint.baseline.json",

              // C# rules: every *.cs file in this folder is compiled and RUN when the corpus is linted.
              // Point it only at code you trust; --no-custom-rules skips them.
              // "customRules": ".corpuslint/rules",

              // Rules without code. Their severities can be changed per folder in .editorconfig like any rule's.
              "rules": [
                // { "id": "ACME001", "kind": "regex", "pattern": "\\bBREAKING:", "message": "Remove the BREAKING: prefix",
                //   "severity": "warning", "category": "Style" },
                // { "id": "ACME002", "kind": "phrase", "phrases": ["Click here to subscribe"], "message": "Subscribe prompt",
                //   "severity": "warning", "category": "Boilerplate", "scope": "line", "fix": "delete-line" },
              ],
            }

            """;
    }

    private const string StarterEditorConfig = """
        # CorpusLint reads .editorconfig files like the C# analyzers do (see the README's Configuration section).
        root = true

        [*.{txt,md}]
        # One rule: error, warning, suggestion, silent, none or default.
        # dotnet_diagnostic.CL3001.severity = none
        # A category: Attribution, Boilerplate, Dates, Quotes, Hygiene, or a project rule's category.
        # dotnet_analyzer_diagnostic.category-Boilerplate.severity = error
        # A rule's option (corpuslint explain CL1002 lists them).
        # corpuslint.CL1002.min_words = 8

        # A folder of its own.
        # [archive/1990s/**]
        # dotnet_diagnostic.CL3001.severity = none

        # How a folder's documents are read: its language (ISO 639-1, or auto) and format (markdown, text or auto).
        # [archive/de/**]
        # corpuslint.language = de
        # corpuslint.format = markdown

        """;

    // Never overwrites: CreateNew fails when the file exists, even if it appeared after the check above.
    private static bool CreateNew(string path, string text)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            stream.Write(new UTF8Encoding(false).GetBytes(text));
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            return false;
        }
    }
}
