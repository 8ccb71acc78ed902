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

    private readonly Option<string?> _cacheDir = new("--cache-dir")
    {
        Description = $"The cache folder: cached results and compiled C# rules (default: the project's cacheDir, else {CorpusProject.DefaultCacheDirectory} in the corpus root)",
    };

    public void AddTo(Command command)
    {
        command.Add(_project);
        command.Add(_noCustomRules);
        command.Add(_cacheDir);
    }

    /// <summary>
    /// Loads the project for <paramref name="paths"/> (the documents' paths, or the name given to standard input)
    /// and its rules; prints the warnings that do not stop the run.
    /// </summary>
    /// <exception cref="ProjectConfigurationException">The project is misconfigured or a C# rule does not compile (exit 2).</exception>
    public ProjectRun Open(ParseResult parse, CliConsole console, IReadOnlyList<string> paths)
    {
        var project = ProjectLocator.Locate(console.WorkingDirectory, parse.GetValue(_project), paths);
        var cacheDirectory = parse.GetValue(_cacheDir) is { } given ? Path.GetFullPath(given, console.WorkingDirectory) : project.CacheDirectory;
        var rules = ProjectRuleSet.Load(project, BuiltInRules.All, customRules: !parse.GetValue(_noCustomRules), cacheDirectory);
        foreach (var warning in rules.Warnings)
        {
            console.Error.WriteLine(warning);
        }

        return new ProjectRun(project, rules, cacheDirectory);
    }
}

/// <summary>A loaded project, its rules and its cache folder (<c>--cache-dir</c> or the project's), for one run; disposing unloads its C# rules.</summary>
internal sealed record ProjectRun(CorpusProject Project, ProjectRuleSet RuleSet, string CacheDirectory) : IDisposable
{
    public IReadOnlyList<Rule> Rules => RuleSet.Rules;

    /// <summary>What <c>corpuslint lint</c> without paths lints: the project's root (walked with its globs).</summary>
    public string[] DefaultPaths => [Project.RootDirectory];

    public void Dispose() => RuleSet.Dispose();
}
