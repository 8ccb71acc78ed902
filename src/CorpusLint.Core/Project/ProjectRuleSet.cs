using CorpusLint.Rules;

namespace CorpusLint.Project;

/// <summary>
/// The rules a run uses: the built-in ones, then the project's declarative rules, then its C# rules. Project rule
/// IDs are checked across both kinds: none may start with <c>CL</c> and no two may be the same.
/// </summary>
public sealed class ProjectRuleSet : IDisposable
{
    private readonly CustomRuleSet? _custom;

    private ProjectRuleSet(IReadOnlyList<Rule> rules, IReadOnlyList<Rule> projectRules, CustomRuleSet? custom, string fingerprint)
    {
        Rules = rules;
        ProjectRules = projectRules;
        _custom = custom;
        Fingerprint = fingerprint;
    }

    /// <summary>Every rule of the run, built-in first; the list the engine and the configuration take.</summary>
    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>The project's rules only (declarative, then C#).</summary>
    public IReadOnlyList<Rule> ProjectRules { get; }

    /// <summary>Whether this run compiled C# rules (false when there are none, they were skipped, or the cache served them).</summary>
    public bool CompiledCustomRules => _custom?.Compiled ?? false;

    /// <summary>Problems that did not stop the run, as lines to print.</summary>
    public IReadOnlyList<string> Warnings => _custom?.Warnings ?? [];

    /// <summary>Changes whenever a project rule changes (declared JSON, C# sources): for cache keys.</summary>
    public string Fingerprint { get; }

    /// <summary>The rules of <paramref name="project"/> joined to <paramref name="builtInRules"/>.</summary>
    /// <param name="customRules">False for <c>--no-custom-rules</c>: the C# rules are neither compiled nor run.</param>
    /// <param name="cacheDirectory">Where compiled C# rules are kept (<c>--cache-dir</c>); the project's cache folder when null.</param>
    /// <exception cref="ProjectConfigurationException">A C# rule does not compile or its ID is taken or reserved.</exception>
    public static ProjectRuleSet Load(CorpusProject project, IReadOnlyList<Rule> builtInRules, bool customRules, string? cacheDirectory = null)
    {
        var custom = customRules && project.CustomRulesDirectory is { } folder ? CustomRuleSet.Load(folder, cacheDirectory ?? project.CacheDirectory) : null;
        try
        {
            var errors = CheckCustomIds(project, custom?.Rules ?? []);
            if (errors.Count > 0)
            {
                throw new ProjectConfigurationException(errors);
            }

            IReadOnlyList<Rule> projectRules = [.. project.DeclarativeRules, .. (custom?.Rules ?? []).Select(r => r.Rule)];
            var fingerprint = $"{project.DeclarativeRulesFingerprint}\n{custom?.SourceHash}";
            return new ProjectRuleSet([.. builtInRules, .. projectRules], projectRules, custom, fingerprint);
        }
        catch
        {
            custom?.Dispose();
            throw;
        }
    }

    /// <summary>Where a C# rule of the project is declared (<c>path(line,col)</c>, the path shown from <paramref name="workingDirectory"/>), or null for other rules.</summary>
    public string? SourceOf(Rule rule, string workingDirectory) =>
        _custom?.Rules.FirstOrDefault(r => ReferenceEquals(r.Rule, rule)) is { } custom
            ? $"{ProjectPaths.Display(workingDirectory, custom.FullPath)}({custom.Line},{custom.Column})"
            : null;

    public void Dispose() => _custom?.Dispose();

    private static List<ProjectError> CheckCustomIds(CorpusProject project, IReadOnlyList<CustomRule> customRules)
    {
        var errors = new List<ProjectError>();
        var taken = project.DeclarativeRules.ToDictionary(r => r.Id, _ => $"a rule in {CorpusProject.FileName}", StringComparer.OrdinalIgnoreCase);
        foreach (var custom in customRules)
        {
            var id = custom.Rule.Id;
            var problem = ProjectRuleIds.Check(id)
                ?? (taken.TryGetValue(id, out var owner) ? $"the ID is already used by {owner}; each rule needs its own ID" : null);
            if (problem is not null)
            {
                errors.Add(new ProjectError(custom.FullPath, custom.Line, custom.Column, $"rule {id} (class {custom.Rule.GetType().Name}): {problem}"));
            }
            else
            {
                taken[id] = $"class {custom.Rule.GetType().Name}";
            }
        }

        return errors;
    }
}
