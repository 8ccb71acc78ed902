using System.Diagnostics;
using CorpusLint.Cli;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Fixing;

/// <summary>SIGTERM during <c>--fix</c> in a real process: every file is either as it was or fully fixed, and no temporary file is left.</summary>
public sealed class FixInterruptionTests : IDisposable
{
    private const int Files = 3000;
    private const string Original = "Line one.   \nLine two"; // a different length than Fixed: the watcher looks at sizes
    private const string Fixed = "Line one.\nLine two\n";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [SkippableFact]
    public void Sigterm_while_fixing_leaves_every_file_old_or_new()
    {
        Skip.If(OperatingSystem.IsWindows(), "POSIX signals");
        _folder.Write(".editorconfig", "root = true\n[*]\ndotnet_analyzer_diagnostic.severity = none\ndotnet_diagnostic.CL5004.severity = warning\ndotnet_diagnostic.CL5005.severity = warning\n");
        for (var i = 0; i < Files; i++)
        {
            _folder.Write($"docs/{i:D4}.txt", Original);
        }

        using var process = Start("lint", "docs", "--fix", "--jobs", "1", "--no-progress");
        var signalled = WaitUntilAFileIsFixed(process) && Signal(process);
        Assert.True(process.WaitForExit(60_000), "the run did not stop");
        var error = process.StandardError.ReadToEnd();

        var contents = Directory.GetFiles(_folder.PathOf("docs"), "*.txt").Select(File.ReadAllText).ToList();
        Assert.Equal(Files, contents.Count);
        Assert.All(contents, c => Assert.True(c is Original or Fixed, $"half-written file: {c}"));
        Assert.Empty(Directory.GetFiles(_folder.FullPath, "*.tmp", SearchOption.AllDirectories));
        if (signalled && contents.Contains(Original) && contents.Contains(Fixed))
        {
            Assert.Equal(ExitCodes.Terminated, process.ExitCode);
            Assert.Contains("error: interrupted by SIGTERM; the report is incomplete; every file is either as it was or fully fixed", error, StringComparison.Ordinal);
        }
    }

    private Process Start(params string[] args)
    {
        var process = CliProcess.Start(_folder.FullPath, args);
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        return process;
    }

    private bool WaitUntilAFileIsFixed(Process process)
    {
        var watch = Stopwatch.StartNew();
        while (!process.HasExited && watch.Elapsed < TimeSpan.FromSeconds(60))
        {
            // Only the documents: the fixer's temporary files come and go meanwhile.
            if (Directory.EnumerateFiles(_folder.PathOf("docs"), "*.txt").Any(f => new FileInfo(f) is { Exists: true } info && info.Length == Fixed.Length))
            {
                return true;
            }

            Thread.Sleep(20);
        }

        return false;
    }

    private static bool Signal(Process process)
    {
        using var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        return kill.ExitCode == 0;
    }
}
