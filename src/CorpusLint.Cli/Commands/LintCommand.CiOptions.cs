using System.CommandLine;
using System.Runtime.InteropServices;
using CorpusLint.Baseline;
using CorpusLint.Engine;
using CorpusLint.Engine.Sharding;
using CorpusLint.Fixing;
using CorpusLint.Reporting;
using CorpusLint.Rules;

namespace CorpusLint.Cli.Commands;

/// <summary>The options for CI and repair: <c>--fix</c>, <c>--unsafe-fixes</c>, <c>--diff</c>, <c>--baseline</c>, <c>--update-baseline</c>, and the report formats beyond text and JSON.</summary>
internal sealed partial class LintCommand
{
    private readonly Option<bool> _fix = new("--fix") { Description = "Apply safe fixes to the files, then report what remains" };

    private readonly Option<bool> _unsafeFixes = new("--unsafe-fixes") { Description = "With --fix or --diff: also apply unsafe fixes (they delete boilerplate lines)" };

    private readonly Option<bool> _diff = new("--diff") { Description = "Print the fixes as a unified diff and write nothing (implies --fix)" };

    private readonly Option<string?> _baseline = new("--baseline") { Description = "Report only problems not recorded in this baseline file (default: the project's baseline)" };

    private readonly Option<bool> _updateBaseline = new("--update-baseline") { Description = "With --baseline: record the current problems in the baseline file" };

    /// <summary>The CI options of one run, read and checked before anything is linted.</summary>
    private sealed record CiOptions(bool Fix, bool UnsafeFixes, bool Diff, ProblemBaseline? Baseline, bool UpdateBaseline);

    private void AttachCiOptions(Command command)
    {
        command.Add(_fix);
        command.Add(_unsafeFixes);
        command.Add(_diff);
        command.Add(_baseline);
        command.Add(_updateBaseline);
    }

    /// <param name="projectBaseline">The baseline <c>corpuslint.json</c> names (full path), used when <c>--baseline</c> is not given.</param>
    private CiOptions ReadCiOptions(ParseResult parse, bool readsStandardInput, string? projectBaseline)
    {
        var diff = parse.GetValue(_diff);
        var updateBaseline = parse.GetValue(_updateBaseline);
        var baseline = parse.GetValue(_baseline) is { } path
            ? OpenBaseline(path, updateBaseline)
            : projectBaseline is not null ? OpenProjectBaseline(projectBaseline, updateBaseline) : null;
        var options = new CiOptions(parse.GetValue(_fix) || diff, parse.GetValue(_unsafeFixes), diff, baseline, updateBaseline);
        if (options.UnsafeFixes && !options.Fix)
        {
            throw new UsageException("--unsafe-fixes needs --fix or --diff");
        }

        if (options.UpdateBaseline && options.Baseline is null)
        {
            throw new UsageException("--update-baseline needs --baseline FILE (or a baseline in corpuslint.json)");
        }

        if (options.Fix && !options.Diff && readsStandardInput)
        {
            throw new UsageException("--fix cannot write back to standard input; use --diff to see the fixes");
        }

        return options;
    }

    /// <summary>Reads the baseline before anything is linted, so a typo or a broken file fails at once.</summary>
    private ProblemBaseline OpenBaseline(string path, bool update)
    {
        var fullPath = Path.GetFullPath(path, _console.WorkingDirectory);
        if (!File.Exists(fullPath))
        {
            return update ? ProblemBaseline.Empty(fullPath) : throw new UsageException($"--baseline: {path} not found (write it with --update-baseline)");
        }

        return Load(fullPath, "--baseline");
    }

    /// <summary>The project's baseline: one that does not exist yet hides nothing (a warning says so), until <c>--update-baseline</c> writes it.</summary>
    private ProblemBaseline? OpenProjectBaseline(string fullPath, bool update)
    {
        if (File.Exists(fullPath))
        {
            return Load(fullPath, "corpuslint.json baseline");
        }

        if (!update)
        {
            _console.Error.WriteLine($"warning: the baseline {Path.GetRelativePath(_console.WorkingDirectory, fullPath)} named in corpuslint.json does not exist yet; every problem is reported (write it with --update-baseline)");
            return null;
        }

        return ProblemBaseline.Empty(fullPath);
    }

    private static ProblemBaseline Load(string fullPath, string source)
    {
        try
        {
            return ProblemBaseline.Load(fullPath);
        }
        catch (InvalidDataException e)
        {
            throw new UsageException($"{source}: {e.Message}");
        }
    }

    private IReporter CreateReporter(string format, Shard? shard, IReadOnlyList<Rule> rules) => format.ToLowerInvariant() switch
    {
        "text" => new TextReporter(),
        "json" => new JsonReporter(shard),
        "full" => new FullReporter(UseColor()),
        "sarif" => new SarifReporter(rules, _console.WorkingDirectory),
        "github" => new GitHubReporter(),
        _ => throw new UsageException($"--format: unknown format '{format}' (expected text, full, json, sarif or github)"),
    };

    private bool UseColor() =>
        UseColor(ReferenceEquals(_console.Output, Console.Out) && !Console.IsOutputRedirected, Environment.GetEnvironmentVariable);

    /// <summary>Colour for a terminal only: never when <c>NO_COLOR</c> is set (no-color.org) or <c>TERM=dumb</c>; <c>FORCE_COLOR</c> forces it.</summary>
    internal static bool UseColor(bool outputIsTerminal, Func<string, string?> environment)
    {
        if (!string.IsNullOrEmpty(environment("NO_COLOR")))
        {
            return false;
        }

        if (!string.IsNullOrEmpty(environment("FORCE_COLOR")))
        {
            return true;
        }

        return outputIsTerminal && environment("TERM") != "dumb";
    }

    /// <summary>
    /// Applies the fixes (<c>--fix</c>, <c>--diff</c>) to the documents that have one, and puts the diagnostics of the
    /// fixed text in the result in place of theirs. SIGINT and SIGTERM stop the run between files.
    /// </summary>
    private (LintRunResult Result, FixRunResult Fixes) ApplyFixes(
        CiOptions options, LintEngine engine, int jobs, IReadOnlyList<DocumentInput> inputs, byte[]? standardInput, LintRunResult result, Severity minimum)
    {
        var fixOptions = new FixOptions(minimum, options.UnsafeFixes);
        var fixer = new FileFixer(new DocumentFixer(engine, fixOptions));
        var fixable = result.Diagnostics.Where(fixOptions.Applies).Select(d => d.Path).ToHashSet(StringComparer.Ordinal);
        var candidates = inputs.Where(i => fixable.Contains(i.DisplayPath)).ToList();

        FixRunResult fixes;
        if (standardInput is not null)
        {
            fixes = new FixRunResult([.. candidates.Select(c => fixer.Fix(c, standardInput, keepTexts: true, out _))], Interrupted: false);
        }
        else
        {
            using var interruption = new CancellationTokenSource();
            using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, StopBetweenFiles(interruption));
            using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, StopBetweenFiles(interruption));
            fixes = new FixRun(fixer, jobs).Run(candidates, write: !options.Diff, interruption.Token);
        }

        var remaining = fixes.Outcomes.Where(o => o.Remaining is not null).ToDictionary(o => o.Input.DisplayPath, o => o.Remaining!, StringComparer.Ordinal);
        var diagnostics = result.Diagnostics.Where(d => !remaining.ContainsKey(d.Path)).Concat(remaining.Values.SelectMany(r => r)).ToList();
        diagnostics.Sort(LintDiagnostic.ReportOrder);
        return (result with { Diagnostics = diagnostics }, fixes);
    }

    private static Action<PosixSignalContext> StopBetweenFiles(CancellationTokenSource interruption) => context =>
    {
        context.Cancel = true;
        interruption.Cancel();
    };

    /// <summary>Hides the problems the baseline holds, or records them all with <c>--update-baseline</c>.</summary>
    private LintRunResult ApplyBaseline(CiOptions options, LintRunResult result, IReadOnlyList<DocumentInput> inputs)
    {
        if (options.Baseline is not { } baseline)
        {
            return result;
        }

        var fullPaths = inputs.ToDictionary(i => i.DisplayPath, i => i.FullPath, StringComparer.Ordinal);
        var unreadable = result.InputFailures.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var linted = inputs.Where(i => !unreadable.Contains(i.DisplayPath)).Select(i => i.FullPath).ToList();
        string FullPathOf(LintDiagnostic d) => fullPaths.GetValueOrDefault(d.Path) ?? Path.GetFullPath(d.Path, _console.WorkingDirectory);

        if (options.UpdateBaseline)
        {
            var updated = baseline.Update(result.Diagnostics, FullPathOf, linted);
            updated.Save();
            _console.Error.WriteLine($"corpuslint: baseline {Path.GetRelativePath(_console.WorkingDirectory, baseline.FullPath)} records {updated.Count} problem(s)");
            return result with { Diagnostics = [] };
        }

        var comparison = baseline.Compare(result.Diagnostics, FullPathOf, linted);
        if (comparison.Known > 0 || comparison.FixedSince > 0)
        {
            var fixedNote = comparison.FixedSince > 0 ? $"; {comparison.FixedSince} recorded problem(s) are gone (--update-baseline drops them)" : string.Empty;
            _console.Error.WriteLine($"corpuslint: {comparison.Known} problem(s) hidden by the baseline{fixedNote}");
        }

        return result with { Diagnostics = comparison.New };
    }

    /// <summary>What the fixes did, on standard error; the exit code 2 when a file could not be fixed safely.</summary>
    private int ReportFixes(CiOptions options, FixRunResult fixes, int exitCode)
    {
        foreach (var outcome in fixes.Outcomes)
        {
            foreach (var refused in outcome.Refused)
            {
                var d = refused.Diagnostic;
                _console.Error.WriteLine($"error: {d.Path}({d.Start.Line},{d.Start.Column}): fix for {d.Id} not applied: {refused.Reason} (a CorpusLint defect; please report it)");
            }

            if (outcome.Status is FileFixStatus.Failed)
            {
                _console.Error.WriteLine($"error: {outcome.Input.DisplayPath}: not fixed: {outcome.Message}");
            }
            else if (outcome.Status is FileFixStatus.Skipped)
            {
                _console.Error.WriteLine($"warning: {outcome.Input.DisplayPath}: {outcome.Message}");
            }

            if (!outcome.Settled)
            {
                _console.Error.WriteLine($"warning: {outcome.Input.DisplayPath}: fixes still applied after {DocumentFixer.MaxPasses} passes; two fixes may undo each other");
            }
        }

        var verb = options.Diff ? "would fix" : "fixed";
        _console.Error.WriteLine($"corpuslint: {verb} {fixes.FixesApplied} problem(s) in {fixes.FilesFixed} file(s)");
        if (fixes.Interrupted)
        {
            _console.Error.WriteLine("error: interrupted; every file is either as it was or fully fixed");
        }

        var failed = fixes.Interrupted || fixes.Outcomes.Any(o => o.Status == FileFixStatus.Failed || o.Refused.Count > 0);
        if (failed)
        {
            return ExitCodes.UsageOrFatal;
        }

        // With --diff, ruff's convention: 1 when there is something to fix, so CI can ask "is it fixed?".
        return options.Diff ? (fixes.FilesFixed > 0 ? ExitCodes.Problems : ExitCodes.Clean) : exitCode;
    }
}
