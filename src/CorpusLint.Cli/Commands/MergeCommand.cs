using System.CommandLine;
using System.Text;
using CorpusLint.Corpus;
using CorpusLint.Engine;
using CorpusLint.IO;
using CorpusLint.Reporting;
using CorpusLint.Reporting.Merging;
using CorpusLint.Rules;

namespace CorpusLint.Cli.Commands;

/// <summary>
/// <c>corpuslint merge REPORT...</c>: joins the JSON reports of <c>lint --shard 1/N</c> … <c>N/N</c> into the report a
/// single run would have written, and exits as that run would have (0 clean, 1 problems, 2 a report that cannot be merged).
/// </summary>
internal sealed class MergeCommand
{
    private readonly Argument<string[]> _reports = new("reports")
    {
        Description = "The JSON reports of `corpuslint lint --shard K/N --format json`, one for each shard",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string> _format = new("--format", "-f")
    {
        Description = "Format of the merged report: text or json",
        DefaultValueFactory = _ => "text",
    };

    private readonly Option<string?> _output = new("--output", "-o") { Description = "Write the merged report to this file instead of standard output" };

    private readonly Option<int?> _maxWarnings = CountOption.Create(
        "--max-warnings", "Exit with 1 when there are more warnings than this (default: no limit)", "a number of warnings", minimum: 0);

    private readonly CliConsole _console;

    private MergeCommand(CliConsole console) => _console = console;

    public static Command Create(CliConsole console)
    {
        var merge = new MergeCommand(console);
        var command = new Command("merge", "Merge the JSON reports of `lint --shard 1/N` ... `N/N` into the report of one run over the whole corpus")
        {
            merge._reports,
            merge._format,
            merge._output,
            merge._maxWarnings,
        };
        command.SetAction(merge.Execute);
        return command;
    }

    private int Execute(ParseResult parse)
    {
        IReporter reporter = parse.GetValue(_format)!.ToLowerInvariant() switch
        {
            "text" => new TextReporter(),
            "json" => new JsonReporter(),
            var other => throw new UsageException($"--format: unknown format '{other}' for a merged report (expected text or json)"),
        };

        var names = parse.GetValue(_reports)!;
        var outputPath = parse.GetValue(_output) is { } output ? CheckOutput(output, names) : null;

        var reports = new List<ShardReport>(names.Length);
        var problems = new List<string>();
        foreach (var name in names)
        {
            if (ShardReportReader.TryRead(Path.GetFullPath(name, _console.WorkingDirectory), name, out var report, out var error))
            {
                reports.Add(report);
            }
            else
            {
                problems.Add(error);
            }
        }

        LintRunResult? result = null;
        if (problems.Count == 0)
        {
            result = ReportMerger.Merge(reports, BuiltInRules.All.OfType<RepeatedLineRule>().Single(), out var mergeProblems);
            problems.AddRange(mergeProblems);
        }

        if (result is null)
        {
            foreach (var problem in problems)
            {
                _console.Error.WriteLine($"error: {problem}");
            }

            _console.Error.WriteLine("error: no merged report was written");
            return ExitCodes.UsageOrFatal;
        }

        if (outputPath is null)
        {
            reporter.Write(result, _console.Output);
        }
        else
        {
            AtomicFile.Write(outputPath, stream =>
            {
                using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
                reporter.Write(result, writer);
            });
        }

        _console.Error.WriteLine($"{Summary.Format(result)} (merged from {reports.Count} shard report(s))");
        var maxWarnings = parse.GetValue(_maxWarnings);

        // As the shards' own runs: a document a shard could not lint, or a rule that failed, is exit 2.
        if (result.Diagnostics.Any(EngineDiagnostics.IsFailure))
        {
            return ExitCodes.UsageOrFatal;
        }

        return result.Count(Severity.Error) > 0 || (maxWarnings is { } limit && result.Count(Severity.Warning) > limit)
            ? ExitCodes.Problems
            : ExitCodes.Clean;
    }

    /// <summary>The output's full path, checked before any report is read: its folder exists and it is not one of the reports.</summary>
    private string CheckOutput(string output, string[] reports)
    {
        var fullPath = Path.GetFullPath(output, _console.WorkingDirectory);
        if (Directory.Exists(fullPath) || !Directory.Exists(Path.GetDirectoryName(fullPath)))
        {
            throw new UsageException($"--output: cannot write {output}: {(Directory.Exists(fullPath) ? "it is a folder" : "its folder does not exist")}");
        }

        if (reports.Any(r => Path.GetFullPath(r, _console.WorkingDirectory) == fullPath))
        {
            throw new UsageException($"--output: {output} is one of the reports being merged");
        }

        return fullPath;
    }
}
