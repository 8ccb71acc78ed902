using CorpusLint.Cli;
using CorpusLint.Tests.Cli;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Project;

/// <summary>Project files and articles written for these tests.</summary>
internal static class ProjectFixtures
{
    /// <summary>The project file of issue 12, key for key.</summary>
    public const string IssueExample = """
        {
          "include": ["articles/**/*.txt"],
          "exclude": ["articles/drafts/**"],
          "cacheDir": ".corpuslint/cache",
          "baseline": "corpuslint.baseline.json",
          "customRules": ".corpuslint/rules",
          "rules": [
            { "id": "ACME001", "kind": "regex", "pattern": "\\bBREAKING:", "message": "Remove the BREAKING: prefix",
              "severity": "warning", "category": "Style" },
            { "id": "ACME002", "kind": "phrase", "phrases": ["Click here to subscribe"], "message": "Subscribe prompt",
              "severity": "warning", "category": "Boilerplate", "scope": "line", "fix": "delete-line" }
          ]
        }
        """;

    /// <summary>A short dated, bylined article with a BREAKING: headline and a subscribe prompt at its end.</summary>
    public const string BreakingArticle = """
        BREAKING: Tram line closed after overhead wire snaps

        By Oskar Lindqvist

        MARSTAD, Tuesday, March 5, 2024 — Trams on the harbour line stopped running on Tuesday morning after an overhead wire snapped near the central station, the city transport office said.

        Buses replaced the trams for the rest of the day, and the office expects the line to reopen on Wednesday.

        Click here to subscribe

        """;

    /// <summary>
    /// Sets up <paramref name="folder"/> (below <paramref name="under"/>) as the issue's fresh project: the example file,
    /// an empty rules folder, one article under articles/, one in articles/drafts/ and one outside articles/.
    /// </summary>
    public static void WriteIssueProject(TempFolder folder, string under = "")
    {
        folder.Write(under + "corpuslint.json", IssueExample);
        folder.CreateFolder(under + ".corpuslint/rules");
        folder.Write(under + "articles/2024/tram.txt", BreakingArticle);
        folder.Write(under + "articles/drafts/tram-draft.txt", BreakingArticle);
        folder.Write(under + "notes/tram-notes.txt", BreakingArticle);
    }

    /// <summary>The C# rule that samples/ ships, as text.</summary>
    public static string SampleCustomRule() =>
        File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "samples", ".corpuslint", "rules", "ACME003LongQuotation.cs"));

    /// <summary>
    /// Runs the CLI in <paramref name="workingDirectory"/>, an existing folder. Unlike <see cref="CliRunner"/> it lets
    /// an exception's type name through: a failing project rule is reported with it, for the rule's author.
    /// </summary>
    public static CliResult RunIn(string workingDirectory, params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var code = CorpusLintCli.Run(args, new CliConsole(output, error, () => Stream.Null, workingDirectory));
        return new CliResult(code, output.ToString(), error.ToString());
    }
}
