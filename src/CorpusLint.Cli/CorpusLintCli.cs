using System.CommandLine;
using CorpusLint.Cli.Commands;
using CorpusLint.Project;

namespace CorpusLint.Cli;

/// <summary>The <c>corpuslint</c> command line: <c>lint</c> (the default), <c>rules</c>, <c>explain</c>, <c>inspect</c>, <c>merge</c>, <c>init</c>.</summary>
public static class CorpusLintCli
{
    public static int Run(string[] args, CliConsole console)
    {
        var root = new RootCommand("CorpusLint: a linter for archives of news and reference articles.");
        var lint = LintCommand.Create(console);
        LintCommand.ConfigureAsDefault(root, console);
        root.Add(lint);
        root.Add(RulesCommand.Create(console));
        root.Add(ExplainCommand.Create(console));
        root.Add(InspectCommand.Create(console));
        root.Add(MergeCommand.Create(console));
        root.Add(InitCommand.Create(console));

        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
            {
                console.Error.WriteLine($"error: {error.Message}");
            }

            console.Error.WriteLine("Run 'corpuslint --help' for usage.");
            return ExitCodes.UsageOrFatal;
        }

        try
        {
            return parseResult.Invoke(new InvocationConfiguration { Output = console.Output, Error = console.Error, EnableDefaultExceptionHandler = false });
        }
        catch (ProjectConfigurationException e)
        {
            foreach (var error in e.Errors)
            {
                console.Error.WriteLine(error.Format(console.WorkingDirectory));
            }

            return ExitCodes.UsageOrFatal;
        }
        catch (UsageException e)
        {
            console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.UsageOrFatal;
        }
        catch (IOException e)
        {
            console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.UsageOrFatal;
        }
        catch (UnauthorizedAccessException e)
        {
            console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.UsageOrFatal;
        }
    }
}

/// <summary>A mistake in how the command was called; printed as one line, exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
