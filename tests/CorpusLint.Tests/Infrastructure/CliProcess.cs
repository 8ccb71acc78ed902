using System.Diagnostics;

namespace CorpusLint.Tests.Infrastructure;

/// <summary>The built CLI in a process of its own, as a user starts it: its own runtimeconfig, signals, exit code.</summary>
public static class CliProcess
{
    /// <summary>Starts <c>corpuslint ARGS</c> in <paramref name="workingDirectory"/> with <c>CI=true</c>; both output streams are redirected.</summary>
    public static Process Start(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "corpuslint.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["CI"] = "true";
        return Process.Start(start)!;
    }
}
