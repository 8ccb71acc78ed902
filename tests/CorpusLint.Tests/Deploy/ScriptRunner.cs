using System.Diagnostics;

namespace CorpusLint.Tests.Deploy;

/// <summary>The outcome of one external command.</summary>
public sealed record ScriptResult(int ExitCode, string Output, string Error, TimeSpan Elapsed)
{
    public override string ToString() => $"exit {ExitCode} after {Elapsed.TotalSeconds:0.0} s\n--- stdout\n{Output}--- stderr\n{Error}";
}

/// <summary>Runs a command with a deadline: a command still running then is killed with its children, and the test fails.</summary>
public static class ScriptRunner
{
    public static ScriptResult Run(string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {fileName}");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Assert.Fail($"{fileName} {string.Join(' ', arguments)} did not finish within {timeout.TotalSeconds} s\n--- stdout\n{output.Result}--- stderr\n{error.Result}");
        }

        process.WaitForExit();
        return new ScriptResult(process.ExitCode, output.Result, error.Result, stopwatch.Elapsed);
    }
}
