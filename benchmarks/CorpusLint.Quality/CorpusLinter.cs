using CorpusLint.Configuration;
using CorpusLint.Corpus;
using CorpusLint.Engine;
using CorpusLint.Rules;
using CorpusLint.Rules.Boilerplate;

namespace CorpusLint.Quality;

/// <summary>The diagnostics of every linted file, by full path, plus what went wrong on the way.</summary>
public sealed record LintedSet(
    IReadOnlyDictionary<string, IReadOnlyList<LintDiagnostic>> ByPath,
    IReadOnlyList<InputFailure> InputFailures,
    IReadOnlyList<RuleFailure> RuleFailures,
    int Documents)
{
    public IReadOnlyList<LintDiagnostic> Of(string fullPath) =>
        ByPath.TryGetValue(fullPath, out var diagnostics) ? diagnostics : [];

    public IEnumerable<LintDiagnostic> All => ByPath.Values.SelectMany(d => d);
}

/// <summary>
/// Lints files in-process as <c>corpuslint lint</c> would: every built-in rule,
/// configuration from <c>.editorconfig</c> files found above each document, documents in parallel, then the corpus-wide pass.
/// </summary>
public sealed class CorpusLinter
{
    public CorpusLinter(IReadOnlyList<Rule>? rules = null, int jobs = 0)
    {
        Rules = rules ?? BuiltInRules.All;
        Engine = new LintEngine(Rules, new ConfigurationProvider(Rules));
        Jobs = jobs > 0 ? jobs : Environment.ProcessorCount;
    }

    public IReadOnlyList<Rule> Rules { get; }

    public LintEngine Engine { get; }

    public int Jobs { get; }

    public bool HasRule(string id) => Rules.Any(r => r.Id.Equals(id, StringComparison.OrdinalIgnoreCase));

    /// <summary>True when any rule exists in the inclusive ranges of rule numbers.</summary>
    public bool HasAnyRule(IEnumerable<(int From, int To)> ranges)
    {
        var list = ranges.ToList();
        return Rules.Any(r => RuleFamilies.InRanges(r.Id, list));
    }

    public LintedSet Lint(IEnumerable<string> fullPaths)
    {
        var inputs = fullPaths.Select(p => new DocumentInput(p, p)).ToList();
        var result = new LintRun(Engine, new LintRunOptions { Jobs = Jobs, CorpusPass = CorpusPass.For(Engine) }).Run(inputs);
        var byPath = inputs.ToDictionary(i => i.FullPath, _ => (IReadOnlyList<LintDiagnostic>)[], StringComparer.Ordinal);
        foreach (var group in result.Diagnostics.GroupBy(d => d.Path, StringComparer.Ordinal))
        {
            byPath[group.Key] = group.ToList();
        }

        return new LintedSet(byPath, result.InputFailures, result.RuleFailures, result.Documents);
    }

    /// <summary>
    /// True when the diagnostic covers 1-based <paramref name="line"/>: from its start line to its end line,
    /// inclusive. An end at column 1 of a later line (a span that takes the line break) stops at the line before.
    /// </summary>
    public static bool Covers(LintDiagnostic diagnostic, int line)
    {
        var endLine = diagnostic.End.Line > diagnostic.Start.Line && diagnostic.End.Column == 1 ? diagnostic.End.Line - 1 : diagnostic.End.Line;
        return line >= diagnostic.Start.Line && line <= Math.Max(endLine, diagnostic.Start.Line);
    }

    public static bool CountsAsWarningOrError(LintDiagnostic diagnostic) => diagnostic.Severity >= Severity.Warning;
}
