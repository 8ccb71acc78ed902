using System.CommandLine;
using CorpusLint.Configuration;
using CorpusLint.Engine;
using CorpusLint.Engine.Sharding;
using CorpusLint.Fixing;
using CorpusLint.Reporting;
using CorpusLint.Rules;

namespace CorpusLint.Cli.Commands;

/// <summary><c>corpuslint lint [PATHS]</c>: the default command.</summary>
internal sealed partial class LintCommand
{
    private readonly Argument<string[]> _paths = new("paths")
    {
        Description = "Files or folders to lint, or '-' for standard input (default: the current folder)",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Option<string> _format = new("--format", "-f")
    {
        Description = "Report format: text, full, json, sarif or github",
        DefaultValueFactory = _ => "text",
    };

    private readonly Option<string?> _output = new("--output", "-o") { Description = "Write the report to this file instead of standard output" };

    private readonly Option<string> _severity = new("--severity")
    {
        Description = "Show only diagnostics at this level and above: error, warning, suggestion, silent",
        DefaultValueFactory = _ => "suggestion",
    };

    private readonly Option<int> _maxWarnings = new("--max-warnings")
    {
        Description = "Exit with 1 when there are more warnings than this (default: no limit)",
        DefaultValueFactory = _ => -1,
    };

    private readonly Option<bool> _quiet = new("--quiet", "-q") { Description = "Report errors only; no summary line" };

    private readonly Option<string?> _stdinFilename = new("--stdin-filename") { Description = "Name (and configuration path) of the document read from standard input" };

    private readonly Option<int> _jobs = new("--jobs", "-j")
    {
        Description = "Documents linted in parallel (default: all cores)",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    private readonly Option<bool> _noProgress = new("--no-progress") { Description = "Never draw a progress bar" };

    private readonly Option<Shard?> _shard = ShardOption.Create();

    private readonly Option<bool> _reproducible = new("--reproducible")
    {
        Description = "Write 0 as the report's elapsed time, so that one corpus always gives the same bytes (the summary keeps the real time)",
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
        command.Add(_noProgress);
        command.Add(_shard);
        command.Add(_reproducible);
        _projectOptions.AddTo(command);
        AttachCiOptions(command);
        command.SetAction(Execute);
    }

    private int Execute(ParseResult parse)
    {
        var shard = parse.GetValue(_shard);
        if (!SeverityExtensions.TryParse(parse.GetValue(_severity), out var minimum) || minimum == Severity.None)
        {
            throw new UsageException($"--severity: expected error, warning, suggestion or silent, got '{parse.GetValue(_severity)}'");
        }

        var jobs = parse.GetValue(_jobs);
        if (jobs < 1)
        {
            throw new UsageException($"--jobs: expected a number of documents to lint at once, 1 or more, got {jobs}");
        }

        var quiet = parse.GetValue(_quiet);
        if (quiet)
        {
            minimum = Severity.Error;
        }

        var given = parse.GetValue(_paths) ?? [];
        using var project = _projectOptions.Open(parse, _console, given is ["-"] && parse.GetValue(_stdinFilename) is { } stdinName ? [stdinName] : given);
        var rules = project.Rules;
        var reporter = CreateReporter(parse.GetValue(_format)!, shard, rules);
        var engine = new LintEngine(rules, new ConfigurationProvider(rules));
        var discovery = new DocumentDiscovery(_console.WorkingDirectory, project.Project.Files);
        var run = new LintRun(engine, jobs);
        var paths = given.Length > 0 ? given : project.DefaultPaths;

        // The paths argument takes any token, so a mistyped option arrives here as a path.
        foreach (var path in paths)
        {
            if (path.Length > 1 && path[0] == '-' && !File.Exists(Path.Combine(_console.WorkingDirectory, path)) && !Directory.Exists(Path.Combine(_console.WorkingDirectory, path)))
            {
                throw new UsageException($"unknown option '{path}' (see `corpuslint lint --help`)");
            }
        }

        var ci = ReadCiOptions(parse, readsStandardInput: paths is ["-"], project.Project.BaselinePath);
        LintRunResult result;
        IReadOnlyList<DocumentInput> inputs;
        byte[]? standardInput = null;
        if (paths is ["-"])
        {
            var name = parse.GetValue(_stdinFilename) ?? throw new UsageException("reading standard input ('-') needs --stdin-filename NAME");
            if (shard is not null)
            {
                throw new UsageException("--shard splits a corpus; it cannot be used with standard input ('-')");
            }

            var input = new DocumentInput(Path.GetFullPath(name, _console.WorkingDirectory), discovery.ToDisplayPath(Path.GetFullPath(name, _console.WorkingDirectory)));
            standardInput = ReadStandardInput();
            inputs = [input];
            result = run.RunSingle(input, standardInput);
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

            if (shard is { } part)
            {
                var filter = new ShardFilter(part, project.Project.RootDirectory);
                inputs = [.. inputs.Where(input => filter.Contains(input.FullPath))];
            }

            result = ProgressReporter.Run(run, inputs, _console, enabled: !quiet && !parse.GetValue(_noProgress));
        }

        // Configuration problems are warnings (the setting is ignored), printed once each, in a stable order.
        foreach (var issue in engine.Configuration.Issues
            .Select(i => i with { Path = discovery.ToDisplayPath(i.Path) })
            .Distinct()
            .OrderBy(i => i.Path, StringComparer.Ordinal)
            .ThenBy(i => i.Line))
        {
            _console.Error.WriteLine(issue);
        }

        FixRunResult? fixes = null;
        if (ci.Fix)
        {
            (result, fixes) = ApplyFixes(ci, engine, jobs, inputs, standardInput, result, minimum);
        }

        result = ApplyBaseline(ci, result, inputs);
        var shown = result with
        {
            Diagnostics = [.. result.Diagnostics.Where(d => d.Severity >= minimum)],
            Elapsed = parse.GetValue(_reproducible) ? TimeSpan.Zero : result.Elapsed,
        };
        WriteReport(ci.Diff ? new DiffReporter(fixes!) : reporter, shown, parse.GetValue(_output));

        foreach (var failure in discovery.UnreadableFolders)
        {
            _console.Error.WriteLine($"error: cannot read folder {failure.Path}: {failure.Message}");
        }

        foreach (var failure in result.InputFailures)
        {
            _console.Error.WriteLine($"error: cannot read {failure.Path}: {failure.Message}");
        }

        foreach (var failure in result.RuleFailures)
        {
            var culprit = BuiltInRules.Find(failure.RuleId) is null ? "a defect in the project's rule" : "a CorpusLint defect; please report it";
            _console.Error.WriteLine($"error: rule {failure.RuleId} failed on {failure.Path}: {failure.Message} ({culprit})");
        }

        var exitCode = ExitCode(result, parse.GetValue(_maxWarnings));
        if (fixes is not null)
        {
            exitCode = ReportFixes(ci, fixes, exitCode);
        }

        if (!quiet)
        {
            _console.Error.WriteLine(Summary.Format(result));
        }

        return discovery.UnreadableFolders.Count > 0 ? ExitCodes.UsageOrFatal : exitCode;
    }

    private void WriteReport(IReporter reporter, LintRunResult result, string? outputPath)
    {
        if (outputPath is null)
        {
            reporter.Write(result, _console.Output);
            return;
        }

        var fullPath = Path.GetFullPath(outputPath, _console.WorkingDirectory);
        StreamWriter writer;
        try
        {
            writer = new StreamWriter(fullPath, append: false, new System.Text.UTF8Encoding(false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"--output: cannot write {outputPath}: {(Directory.Exists(fullPath) ? "it is a folder" : e.Message)}");
        }

        using (writer)
        {
            reporter.Write(result, writer);
        }
    }

    private byte[] ReadStandardInput()
    {
        using var stream = _console.OpenStandardInput();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static int ExitCode(LintRunResult result, int maxWarnings)
    {
        if (result.InputFailures.Count > 0 || result.RuleFailures.Count > 0)
        {
            return ExitCodes.UsageOrFatal;
        }

        if (result.Count(Severity.Error) > 0 || (maxWarnings >= 0 && result.Count(Severity.Warning) > maxWarnings))
        {
            return ExitCodes.Problems;
        }

        return ExitCodes.Clean;
    }
}
