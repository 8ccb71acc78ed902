using System.CommandLine;
using System.CommandLine.Parsing;
using System.Runtime.InteropServices;
using System.Text;
using CorpusLint.Caching;
using CorpusLint.Configuration;
using CorpusLint.Corpus;
using CorpusLint.Engine;
using CorpusLint.Engine.Sharding;
using CorpusLint.Engine.Timing;
using CorpusLint.Fixing;
using CorpusLint.IO;
using CorpusLint.Reporting;
using CorpusLint.Rules;
using CorpusLint.Text;

namespace CorpusLint.Cli.Commands;

/// <summary><c>corpuslint lint [PATHS]</c>: the default command.</summary>
internal sealed partial class LintCommand
{
    private readonly Argument<string[]> _paths = new("paths")
    {
        Description = "Files or folders to lint, or '-' for standard input (default: the current folder); after '--' every argument is a path",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Option<string> _format = new("--format", "-f")
    {
        Description = "Report format: text, full, json, sarif or github",
        DefaultValueFactory = _ => "text",
    };

    private readonly Option<string?> _output = new("--output", "-o") { Description = "Write the report to this file instead of standard output (replaced atomically)" };

    private readonly Option<string> _severity = new("--severity")
    {
        Description = "Show only diagnostics at this level and above: error, warning, suggestion, silent",
        DefaultValueFactory = _ => "suggestion",
    };

    private readonly Option<int?> _maxWarnings = CountOption.Create(
        "--max-warnings", "Exit with 1 when there are more warnings than this (default: no limit)", "a number of warnings", minimum: 0);

    private readonly Option<bool> _quiet = new("--quiet", "-q") { Description = "Report errors only; no summary line" };

    private readonly Option<string?> _stdinFilename = new("--stdin-filename") { Description = "Name (and configuration path) of the document read from standard input" };

    private readonly Option<int?> _jobs = CountOption.Create(
        "--jobs", "Documents linted in parallel (default: all cores)", "a number of documents to lint at once", minimum: 1, "-j");

    private readonly Option<string?> _maxDocumentSize = new("--max-document-size")
    {
        Description = $"Documents (files or standard input) larger than this are not linted, e.g. 500MB (default and most: {ByteSize.Format(DocumentLimits.DefaultMaxDocumentBytes)})",
    };

    private readonly Option<bool> _noProgress = new("--no-progress") { Description = "Never draw a progress bar" };

    private readonly Option<Shard?> _shard = ShardOption.Create();

    private readonly Option<bool> _reproducible = new("--reproducible")
    {
        Description = "Write 0 as the report's elapsed time, so that one corpus always gives the same bytes (the summary keeps the real time)",
    };

    private readonly Option<bool> _timings = new("--timings")
    {
        Description = "After the run, print on standard error where its time went: each rule, part of the document model and step, the most expensive first",
    };

    private readonly ProjectOptions _projectOptions = new();

    private readonly CliConsole _console;

    private LintCommand(CliConsole console) => _console = console;

    public static Command Create(CliConsole console)
    {
        var command = new Command("lint", "Lint files and folders of articles (the default command)");
        new LintCommand(console).Attach(command);
        return command;
    }

    /// <summary>Lets <c>corpuslint PATHS</c> mean <c>corpuslint lint PATHS</c>.</summary>
    public static void ConfigureAsDefault(RootCommand root, CliConsole console) => new LintCommand(console).Attach(root);

    private void Attach(Command command)
    {
        command.Add(_paths);
        command.Add(_format);
        command.Add(_output);
        command.Add(_severity);
        command.Add(_maxWarnings);
        command.Add(_quiet);
        command.Add(_stdinFilename);
        command.Add(_jobs);
        command.Add(_maxDocumentSize);
        command.Add(_noProgress);
        command.Add(_shard);
        command.Add(_reproducible);
        command.Add(_timings);
        _projectOptions.AddTo(command);
        AttachCiOptions(command);
        AttachIncrementalOptions(command);
        command.SetAction(Execute);
    }

    private int Execute(ParseResult parse)
    {
        var settings = ReadSettings(parse);
        var given = settings.Paths;
        using var project = _projectOptions.Open(parse, _console, given is ["-"] && settings.StdinFilename is { } stdinName ? [stdinName] : given);
        var rules = project.Rules;
        var engine = new LintEngine(rules, new ConfigurationProvider(rules));
        EngineWarmUp.Start(engine);
        var discovery = new DocumentDiscovery(_console.WorkingDirectory, project.Project.Files);
        var paths = given.Length > 0 ? given : project.DefaultPaths;

        // Everything the run needs is checked before it starts: a mistake found after an hour of linting is an hour lost.
        string? outputPath = null;
        DocumentInput? stdin = null;
        IEnumerable<DocumentInput>? inputs = null;
        if (paths is ["-"])
        {
            var name = settings.StdinFilename ?? throw new UsageException("reading standard input ('-') needs --stdin-filename NAME");
            if (Datasets.DatasetFile.Detect(name) is not null)
            {
                throw new UsageException($"--stdin-filename {name}: a dataset is read record by record from its file, not from standard input; name the file");
            }

            if (settings.Shard is not null)
            {
                throw new UsageException("--shard splits a corpus; it cannot be used with standard input ('-')");
            }

            if (parse.GetValue(_changedSince) is not null)
            {
                throw new UsageException("--changed-since selects files git knows; it cannot be used with standard input ('-')");
            }

            var full = Path.GetFullPath(name, _console.WorkingDirectory);
            stdin = discovery.Input(full);
            outputPath = CheckOutput(settings.Output, discovery, [], stdin.FullPath);
        }
        else
        {
            if (paths.Contains("-"))
            {
                throw new UsageException("'-' (standard input) cannot be combined with other paths");
            }

            inputs = discovery.Discover(paths, out var missing);
            if (missing.Count > 0)
            {
                throw new UsageException(string.Join(Environment.NewLine + "error: ", missing.Select(m => $"path not found: {m}")));
            }

            outputPath = CheckOutput(settings.Output, discovery, paths, stdinPath: null);
            inputs = ChangedDocuments(parse, discovery, paths) ?? inputs;
        }

        var ci = ReadCiOptions(parse, readsStandardInput: stdin is not null, project.Project.BaselinePath);
        // A shard's report carries each document's fingerprints and `merge` runs the corpus pass over every shard.
        var corpus = settings.Shard is null ? CorpusPass.For(engine) : CorpusPass.For(engine)?.ReportingFrom(settings.Minimum);
        var cacheKey = CacheKeyOf(parse, project, corpus, settings.Limits, readsStandardInput: stdin is not null);
        var cache = cacheKey is null ? null : new ResultCache(project.CacheDirectory, cacheKey, project.Rules, corpus) { StampSettleTime = _console.StampSettleTime };
        var snapshotPlan = stdin is null ? PlanSnapshot(parse, settings, ci, project, cacheKey, paths) : null;
        var timings = settings.Timings ? new RunTimings() : null;
        if (snapshotPlan is not null && TryReplay(snapshotPlan, inputs!, new ReplayContext(engine, discovery, outputPath, settings, cache, corpus, timings)) is { } replayed)
        {
            return replayed;
        }

        var run = new LintRun(engine, new LintRunOptions
        {
            Jobs = settings.Jobs,
            Limits = settings.Limits,
            CorpusPass = settings.Shard is null ? corpus : null,
            Summarizer = corpus,
            Fixer = CreateFixStep(ci, engine, settings, corpus),
            Cache = cache,
            Datasets = CreateDatasetOptions(ci, engine, settings, project.Project.Fields, corpus),
            Timings = timings,

            // A document is in a shard by its identity: a file by its path, a dataset's record by its path and id.
            Filter = settings.Shard is { } part ? new ShardFilter(part, project.Project.RootDirectory).Contains : null,
        });
        using var interruption = Interruption.Register();
        var sink = new ReportSink(ci.Diff ? new DiffReporter() : CreateReporter(settings.Format, settings.Shard, project.Rules), settings.Minimum, settings.Reproducible);
        var state = new CiRun();
        ILintResultSink To(TextWriter output) => WithCiSinks(ci, sink.To(output), state);
        using var snapshot = StartSnapshot(snapshotPlan);
        var recorder = default(SnapshotRecorder);
        var runStartedUtc = DateTime.UtcNow;
        LintRunStatistics LintInto(TextWriter output)
        {
            var progress = settings.Progress && (outputPath is not null || Console.IsOutputRedirected);
            if (snapshot is null)
            {
                return ProgressReporter.Run(run, inputs!, countable: settings.Shard is null, To(output), _console, progress, interruption.Token);
            }

            var capture = new ReportCapture(output, snapshot);
            var report = sink.To(capture.Writer, () => snapshot.EndBody());
            recorder = new SnapshotRecorder(report, engine.Configuration, corpus, runStartedUtc, _console.StampSettleTime, sink.Reported(capture.Writer, () => capture.Position));
            var lintStatistics = ProgressReporter.Run(run, inputs!, countable: true, recorder, _console, progress, interruption.Token);
            capture.Complete();
            return lintStatistics;
        }

        LintRunStatistics statistics;
        try
        {
            statistics = stdin is not null ? LintStandardInput(run, stdin, To, outputPath) : Report(outputPath, LintInto);
        }
        catch (OperationCanceledException) when (interruption.Signal is { } signal)
        {
            _console.Output.Flush();
            var files = ci.Fix && !ci.Diff ? "; every file is either as it was or fully fixed" : string.Empty;
            _console.Error.WriteLine($"error: interrupted by {signal}; {(outputPath is null ? "the report is incomplete" : $"{settings.Output} was left as it was")}{files}");
            return signal == PosixSignal.SIGINT ? ExitCodes.Interrupted : ExitCodes.Terminated;
        }

        cache?.Save();
        if (snapshot is not null && recorder is not null)
        {
            CommitSnapshot(snapshotPlan!, snapshot, recorder, statistics, sink);
        }

        recorder?.Manifest.Dispose();

        // The report is complete on standard output before anything else goes to standard error, so the two never
        // share a line when both go to one log.
        _console.Output.Flush();
        ReportConfigurationIssues(engine, discovery);
        ReportCache(cache, snapshotPlan);
        ReportBaseline(ci, state.Baseline);
        var exitCode = ExitCode(statistics, sink.Counts, sink.RuleFailures, settings.MaxWarnings);
        exitCode = ReportDatasetCopies(state.DatasetCopies, exitCode);
        if (state.Fixes is { } fixes)
        {
            exitCode = ReportFixes(ci, fixes, exitCode);
        }

        if (!settings.Quiet)
        {
            _console.Error.WriteLine(Summary.Format(statistics, sink.Counts));
        }

        WriteTimings(timings, engine);
        _console.Error.Flush();
        return exitCode;
    }

    private void WriteTimings(RunTimings? timings, LintEngine engine)
    {
        if (timings is not null)
        {
            TimingsTable.Write(_console.Error, timings, engine.Rules);
        }
    }

    /// <summary>Problems in configuration files met while resolving documents' configurations, each once, on standard error.</summary>
    private void ReportConfigurationIssues(LintEngine engine, DocumentDiscovery discovery)
    {
        foreach (var issue in engine.Configuration.Issues
            .Select(i => i with { Path = discovery.ToDisplayPath(i.Path) })
            .Distinct()
            .OrderBy(i => i.Path, StringComparer.Ordinal)
            .ThenBy(i => i.Line))
        {
            _console.Error.WriteLine(TerminalText.Escape(issue.ToString()));
        }
    }

    private LintRunStatistics LintStandardInput(LintRun run, DocumentInput stdin, Func<TextWriter, ILintResultSink> to, string? outputPath)
    {
        if (outputPath is null)
        {
            return run.RunStream(stdin, OpenStandardInput(), to(_console.Output));
        }

        // One document: lint it first and write the report after, so no temporary report waits on a slow pipe.
        var held = new HeldResults();
        var statistics = run.RunStream(stdin, OpenStandardInput(), held);
        Report(outputPath, output => held.ReplayInto(to(output), statistics));
        return statistics;
    }

    /// <summary>Writes the report to standard output, or to a temporary file renamed over <paramref name="outputPath"/> when the run completes.</summary>
    private T Report<T>(string? outputPath, Func<TextWriter, T> produce)
    {
        if (outputPath is null)
        {
            return produce(_console.Output);
        }

        T? statistics = default;
        try
        {
            AtomicFile.Write(outputPath, stream =>
            {
                using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
                statistics = produce(writer);
                writer.Flush();
            });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"--output: cannot write {outputPath}: {e.Message}");
        }

        return statistics!;
    }

    private Stream OpenStandardInput()
    {
        try
        {
            return _console.OpenStandardInput();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            throw new UsageException($"cannot read standard input: {e.Message}");
        }
    }

    /// <summary>
    /// The full path of the report file, checked now: its folder exists and takes a new file, it is not a folder, and it
    /// is not a document of this run (the report would replace the article).
    /// </summary>
    private string? CheckOutput(string? output, DocumentDiscovery discovery, string[] paths, string? stdinPath)
    {
        if (output is null)
        {
            return null;
        }

        var full = Path.GetFullPath(output, _console.WorkingDirectory);
        if (Directory.Exists(full))
        {
            throw new UsageException($"--output: cannot write {output}: it is a folder");
        }

        var folder = Path.GetDirectoryName(full);
        if (folder is null || !Directory.Exists(folder))
        {
            throw new UsageException($"--output: cannot write {output}: the folder {folder} does not exist");
        }

        if (discovery.Selects(paths, full) || (stdinPath is not null && string.Equals(Path.GetFullPath(stdinPath), full, StringComparison.Ordinal)))
        {
            throw new UsageException($"--output: {output} is one of the documents to lint; the report would overwrite it");
        }

        try
        {
            // A file that deletes itself: proves the folder takes new files without leaving anything behind.
            using var probe = new FileStream(Path.Combine(folder, $".corpuslint-{Guid.NewGuid():N}.tmp"), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"--output: cannot write {output}: {(e is UnauthorizedAccessException ? "permission denied" : e.Message)}");
        }

        return full;
    }

    private LintSettings ReadSettings(ParseResult parse)
    {
        var format = parse.GetValue(_format)!;
        CheckFormat(format);
        if (!SeverityExtensions.TryParse(parse.GetValue(_severity), out var minimum) || minimum == Severity.None)
        {
            throw new UsageException($"--severity: expected error, warning, suggestion or silent, got '{parse.GetValue(_severity)}'");
        }

        var jobs = parse.GetValue(_jobs) ?? Environment.ProcessorCount;
        var maxWarnings = parse.GetValue(_maxWarnings);

        var limits = DocumentLimits.Default;
        if (parse.GetValue(_maxDocumentSize) is { } size)
        {
            limits = limits with { MaxDocumentBytes = ParseSize(size) };
        }

        var quiet = parse.GetValue(_quiet);
        var paths = parse.GetValue(_paths) ?? [];
        CheckForMistypedOptions(parse, paths);
        return new LintSettings(
            paths,
            format,
            parse.GetValue(_output),
            quiet ? Severity.Error : minimum,
            maxWarnings,
            quiet,
            parse.GetValue(_stdinFilename),
            jobs,
            limits,
            !quiet && !parse.GetValue(_noProgress),
            parse.GetValue(_shard),
            parse.GetValue(_reproducible),
            parse.GetValue(_timings));
    }

    /// <summary>
    /// The paths argument takes any token, so a mistyped option arrives as a path. One that starts with '-' and does
    /// not exist is named as an unknown option, unless it came after '--', which ends the options.
    /// </summary>
    private void CheckForMistypedOptions(ParseResult parse, string[] paths)
    {
        var afterDoubleDash = parse.Tokens
            .SkipWhile(t => t.Type != TokenType.DoubleDash)
            .Where(t => t.Type == TokenType.Argument)
            .Select(t => t.Value)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = Path.Combine(_console.WorkingDirectory, path);
            if (path.Length > 1 && path[0] == '-' && !afterDoubleDash.Contains(path) && !File.Exists(full) && !Directory.Exists(full))
            {
                throw new UsageException($"unknown option '{path}' (see `corpuslint lint --help`; put '--' before a path that starts with '-')");
            }
        }
    }

    /// <summary>A size such as 2000000, 500KB, 64MB, 1.5GB or 512MiB; at most <see cref="DocumentLimits.DefaultMaxDocumentBytes"/>.</summary>
    internal static long ParseSize(string text)
    {
        var trimmed = text.Trim();
        var digits = trimmed.TakeWhile(c => char.IsDigit(c) || c == '.').Count();
        var unit = trimmed[digits..].Trim().ToUpperInvariant();
        double? multiplier = unit switch
        {
            "" or "B" => 1,
            "KB" or "K" => 1e3,
            "MB" or "M" => 1e6,
            "GB" or "G" => 1e9,
            "KIB" => 1 << 10,
            "MIB" => 1 << 20,
            "GIB" => 1 << 30,
            _ => null,
        };
        if (multiplier is null || !double.TryParse(trimmed[..digits], System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            throw new UsageException($"--max-document-size: expected a size such as 500MB or 2GB, got '{text}'");
        }

        var bytes = number * multiplier.Value;
        if (bytes < 1 || bytes > DocumentLimits.DefaultMaxDocumentBytes)
        {
            throw new UsageException($"--max-document-size: expected a size from 1 byte to {ByteSize.Format(DocumentLimits.DefaultMaxDocumentBytes)}, got '{text}'");
        }

        return (long)bytes;
    }

    private static int ExitCode(LintRunStatistics statistics, SeverityCounts counts, int ruleFailures, int? maxWarnings)
    {
        if (statistics.NotLinted > 0 || ruleFailures > 0)
        {
            return ExitCodes.UsageOrFatal;
        }

        if (counts.Errors > 0 || (maxWarnings is { } limit && counts.Warnings > limit))
        {
            return ExitCodes.Problems;
        }

        return ExitCodes.Clean;
    }

    private sealed record LintSettings(
        string[] Paths,
        string Format,
        string? Output,
        Severity Minimum,
        int? MaxWarnings,
        bool Quiet,
        string? StdinFilename,
        int Jobs,
        DocumentLimits Limits,
        bool Progress,
        Shard? Shard,
        bool Reproducible,
        bool Timings);
}
