using System.CommandLine;
using CorpusLint.Project;
using CorpusLint.Rules;

namespace CorpusLint.Cli;

/// <summary>The project a lint run uses (<c>--project</c>, <c>--no-custom-rules</c>) and the rules that come with it.</summary>
internal sealed class ProjectOptions
{
    private readonly Option<string?> _project = new("--project")
    {
        Description = $"The project file (default: the nearest {CorpusProject.FileName} above the paths, or above the current folder)",
    };

    private readonly Option<bool> _noCustomRules = new("--no-custom-rules")
    {
        Description = "Do not compile or run the project's C# rules (they are code from the corpus repository)",
    };

    public void AddTo(Command command)
    {
        command.Add(_project);
        command.Add(_noCustomRules);
    }

    /// <summary>
    /// Loads the project for <paramref name="paths"/> (the documents' paths, or the name given to standard input)
    /// and its rules; prints the warnings that do not stop the run.
    /// </summary>
    /// <exception cref="ProjectConfigurationException">The project is misconfigured or a C# rule does not compile (exit 2).</exception>
    public ProjectRun Open(ParseResult parse, CliConsole console, IReadOnlyList<string> paths)
    {
        var project = ProjectLocator.Locate(console.WorkingDirectory, parse.GetValue(_project), paths);
        var rules = ProjectRuleSet.Load(project, BuiltInRules.All, customRules: !parse.GetValue(_noCustomRules));
        foreach (var warning in rules.Warnings)
        {
            console.Error.WriteLine(warning);
        }

        return new ProjectRun(project, rules);
    }
}

/// <summary>A loaded project and its rules, for one run; disposing unloads its C# rules.</summary>
internal sealed record ProjectRun(CorpusProject Project, ProjectRuleSet RuleSet) : IDisposable
{
    public IReadOnlyList<Rule> Rules => RuleSet.Rules;

    /// <summary>What <c>corpuslint lint</c> without paths lints: the project's root (walked with its globs).</summary>
    public string[] DefaultPaths => [Project.RootDirectory];

    public void Dispose() => RuleSet.Dispose();
}
