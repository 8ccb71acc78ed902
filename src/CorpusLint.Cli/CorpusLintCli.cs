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
        catch (Exception e) when (e is UsageException or IOException or UnauthorizedAccessException)
        {
            return Fail(console, e.Message);
        }
        finally
        {
            Flush(console.Output);
        }
    }

    private static int Fail(CliConsole console, string message)
    {
        Flush(console.Output);
        console.Error.WriteLine($"error: {message}");
        return ExitCodes.UsageOrFatal;
    }

    /// <summary>Flushes standard output; a reader that went away (<c>| head</c>) is not an error of the run.</summary>
    private static void Flush(TextWriter output)
    {
        try
        {
            output.Flush();
        }
        catch (IOException)
        {
            // The pipe is closed: nobody reads what is left.
        }
    }
}

/// <summary>A mistake in how the command was called; printed as one line, exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
