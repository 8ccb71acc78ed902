using System.CommandLine;
using CorpusLint.Baseline;
using CorpusLint.Datasets;
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

    private readonly Option<string?> _fixOutput = new("--fix-output")
    {
        Description = "With --fix on a dataset: write its fixed copy to this file (default: beside it, news.fixed.jsonl for news.jsonl)",
    };

    /// <summary>The CI options of one run, read and checked before anything is linted.</summary>
    private sealed record CiOptions(bool Fix, bool UnsafeFixes, bool Diff, ProblemBaseline? Baseline, bool UpdateBaseline, string? FixOutput = null, string? FixOutputAsGiven = null);

    private void AttachCiOptions(Command command)
    {
        command.Add(_fix);
        command.Add(_unsafeFixes);
        command.Add(_diff);
        command.Add(_baseline);
        command.Add(_updateBaseline);
        command.Add(_fixOutput);
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

        return options with { FixOutput = ReadFixOutput(parse.GetValue(_fixOutput), options), FixOutputAsGiven = parse.GetValue(_fixOutput) };
    }

    /// <summary>The full path of <c>--fix-output</c>, checked before linting: it goes with <c>--fix</c> and names a file in a folder that exists.</summary>
    private string? ReadFixOutput(string? path, CiOptions options)
    {
        if (path is null)
        {
            return null;
        }

        if (!options.Fix || options.Diff)
        {
            throw new UsageException("--fix-output goes with --fix: it names the fixed copy of a dataset");
        }

        var full = Path.GetFullPath(path, _console.WorkingDirectory);
        if (Directory.Exists(full) || Path.GetDirectoryName(full) is not { } folder || !Directory.Exists(folder))
        {
            throw new UsageException($"--fix-output: cannot write {path}: {(Directory.Exists(full) ? "it is a folder" : "its folder does not exist")}");
        }

        return full;
    }

    /// <summary>How the run reads datasets: the project's field mapping, and with <c>--fix</c> or <c>--diff</c> the records' fixer.</summary>
    private static DatasetOptions CreateDatasetOptions(CiOptions options, LintEngine engine, LintSettings settings, FieldMapping fields, IDocumentSummarizer? summarizer) => new()
    {
        Mapping = fields,
        Fixer = options.Fix ? new RecordFixer(new DocumentFixer(engine, new FixOptions(settings.Minimum, options.UnsafeFixes), summarizer), keepOriginal: options.Diff, settings.Limits.WholeDocumentBytes) : null,
        KeepRawRecords = options.Fix && !options.Diff,
    };

    /// <summary>What <c>--fix</c> wrote for datasets, on standard error; exit 2 when a fixed copy could not be written.</summary>
    private int ReportDatasetCopies(DatasetFixWriter? copies, int exitCode)
    {
        if (copies is null)
        {
            return exitCode;
        }

        foreach (var message in copies.Messages)
        {
            _console.Error.WriteLine(TerminalText.Escape(message));
        }

        return copies.Failed ? ExitCodes.UsageOrFatal : exitCode;
    }

    /// <summary>Reads the baseline before anything is linted, so a typo or a broken file fails at once.</summary>
    private ProblemBaseline OpenBaseline(string path, bool update)
    {
        var fullPath = Path.GetFullPath(path, _console.WorkingDirectory);
        if (!File.Exists(fullPath))
        {
            return update ? ProblemBaseline.Empty(fullPath) : throw new UsageException($"--baseline: {path} not found (write it with --update-baseline)");
        }

        return Load(fullPath, "--baseline", update);
    }

    /// <summary>The project's baseline: one that does not exist yet hides nothing (a warning says so), until <c>--update-baseline</c> writes it.</summary>
    private ProblemBaseline? OpenProjectBaseline(string fullPath, bool update)
    {
        if (File.Exists(fullPath))
        {
            return Load(fullPath, "corpuslint.json baseline", update);
        }

        if (!update)
        {
            _console.Error.WriteLine($"warning: the baseline {Path.GetRelativePath(_console.WorkingDirectory, fullPath)} named in corpuslint.json does not exist yet; every problem is reported (write it with --update-baseline)");
            return null;
        }

        return ProblemBaseline.Empty(fullPath);
    }

    /// <summary>
    /// Reads a baseline. One of an earlier format is written again by <c>--update-baseline</c> from this run's problems
    /// alone (its fingerprints cannot be matched, so its entries cannot be kept), with a warning.
    /// </summary>
    private ProblemBaseline Load(string fullPath, string source, bool update)
    {
        try
        {
            return ProblemBaseline.Load(fullPath);
        }
        catch (OutdatedBaselineException e) when (update)
        {
            _console.Error.WriteLine($"warning: {source}: {TerminalText.Escape(e.Message)}: it is written again from this run's problems only");
            return ProblemBaseline.Empty(fullPath);
        }
        catch (OutdatedBaselineException e)
        {
            throw new UsageException($"{source}: {e.Message}; write it again with --update-baseline");
        }
        catch (InvalidDataException e)
        {
            throw new UsageException($"{source}: {e.Message}");
        }
    }

    private IStreamingReporter CreateReporter(string format, Shard? shard, IReadOnlyList<Rule> rules) => CheckFormat(format) switch
    {
        "text" => new TextReporter(),
        "json" => new JsonReporter(shard),
        "full" => new FullReporter(UseColor()),
        "sarif" => new SarifReporter(rules, _console.WorkingDirectory),
        _ => new GitHubReporter(),
    };

    /// <summary>The format's name in lower case; an unknown one is a usage error.</summary>
    private static string CheckFormat(string format)
    {
        var name = format.ToLowerInvariant();
        return name is "text" or "json" or "full" or "sarif" or "github"
            ? name
            : throw new UsageException($"--format: unknown format '{format}' (expected text, full, json, sarif or github)");
    }

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
    /// The fix step of the run (<c>--fix</c>, <c>--diff</c>), or null: fixes run in the workers, document by document, as
    /// they lint; a fixed document is summarized again for the corpus pass.
    /// </summary>
    private static FixStep? CreateFixStep(CiOptions options, LintEngine engine, LintSettings settings, IDocumentSummarizer? summarizer) =>
        options.Fix
            ? new FixStep(new FileFixer(new DocumentFixer(engine, new FixOptions(settings.Minimum, options.UnsafeFixes), summarizer), settings.Limits.WholeDocumentBytes), write: !options.Diff)
            : null;

    /// <summary>
    /// The sinks the run's results pass through before the report: what the fixes did is counted, then the baseline
    /// hides (or records) the problems it holds.
    /// </summary>
    private static ILintResultSink WithCiSinks(CiOptions options, ILintResultSink report, CiRun state)
    {
        var sink = report;
        if (options.Baseline is { } baseline)
        {
            sink = state.Baseline = new BaselineFilter(baseline, options.UpdateBaseline, sink);
        }

        if (options.Fix)
        {
            sink = state.Fixes = new FixTally(sink);
        }

        if (options.Fix && !options.Diff)
        {
            // Outermost: a dataset's fixed copy takes every record, whatever the baseline hides from the report.
            sink = state.DatasetCopies = new DatasetFixWriter(sink, options.FixOutput, options.FixOutputAsGiven);
        }

        return sink;
    }

    /// <summary>Writes the baseline a run recorded, or says how many problems it hid; on standard error, after the report.</summary>
    private void ReportBaseline(CiOptions options, BaselineFilter? filter)
    {
        if (options.Baseline is not { } baseline || filter is null)
        {
            return;
        }

        if (filter.Updated is { } updated)
        {
            try
            {
                updated.Save();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new UsageException($"--update-baseline: cannot write {baseline.FullPath}: {(e is UnauthorizedAccessException ? "permission denied" : e.Message)}");
            }

            _console.Error.WriteLine($"corpuslint: baseline {Path.GetRelativePath(_console.WorkingDirectory, baseline.FullPath)} records {updated.Count} problem(s)");
            return;
        }

        if (filter.Known > 0 || filter.FixedSince > 0)
        {
            var fixedNote = filter.FixedSince > 0 ? $"; {filter.FixedSince} recorded problem(s) are gone (--update-baseline drops them)" : string.Empty;
            _console.Error.WriteLine($"corpuslint: {filter.Known} problem(s) hidden by the baseline{fixedNote}");
        }
    }

    /// <summary>What the fixes did, on standard error; the exit code 2 when a file could not be fixed safely or linted at all.</summary>
    private int ReportFixes(CiOptions options, FixTally fixes, int exitCode)
    {
        foreach (var message in fixes.Messages)
        {
            _console.Error.WriteLine(message);
        }

        var verb = options.Diff ? "would fix" : "fixed";
        _console.Error.WriteLine($"corpuslint: {verb} {fixes.FixesApplied} problem(s) in {fixes.FilesFixed} file(s)");
        if (fixes.Failed || exitCode == ExitCodes.UsageOrFatal)
        {
            return ExitCodes.UsageOrFatal;
        }

        // With --diff, ruff's convention: 1 when there is something to fix, so CI can ask "is it fixed?".
        return options.Diff ? (fixes.FilesFixed > 0 ? ExitCodes.Problems : ExitCodes.Clean) : exitCode;
    }

    /// <summary>The CI sinks of one run, kept to report on after it.</summary>
    private sealed class CiRun
    {
        public BaselineFilter? Baseline { get; set; }

        public FixTally? Fixes { get; set; }

        public DatasetFixWriter? DatasetCopies { get; set; }
    }
}
