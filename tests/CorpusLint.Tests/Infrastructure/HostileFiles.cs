using System.Diagnostics;
using Microsoft.Win32.SafeHandles;
using Mono.Unix.Native;

namespace CorpusLint.Tests.Infrastructure;

/// <summary>Files that break naive tools, made by the tests in their temporary folders (Unix only; tests skip elsewhere).</summary>
public static class HostileFiles
{
    /// <summary>Folder names nested this deep make a path longer than Linux's PATH_MAX (4,096 bytes).</summary>
    public const int DeepNesting = 2100;

    public static bool OnUnix => !OperatingSystem.IsWindows();

    public static void MakeFifo(string path) =>
        Assert.True(Syscall.mkfifo(path, FilePermissions.DEFFILEMODE) == 0, $"mkfifo {path}: {Stdlib.GetLastError()}");

    /// <summary>Writes a file whose name ends in the raw bytes <paramref name="nameBytes"/> (which need not be UTF-8).</summary>
    public static void WriteRawName(string folder, byte[] nameBytes, string content)
    {
        // Mono.Unix passes U+0000 followed by a char of the byte's value through as that byte.
        var name = string.Concat(nameBytes.Select(b => b < 0x80 ? ((char)b).ToString() : $"\0{(char)b}"));
        var descriptor = Syscall.open(Path.Combine(folder, name), OpenFlags.O_CREAT | OpenFlags.O_WRONLY | OpenFlags.O_TRUNC, FilePermissions.DEFFILEMODE);
        Assert.True(descriptor >= 0, $"open: {Stdlib.GetLastError()}");
        using var stream = new FileStream(new SafeFileHandle(descriptor, ownsHandle: true), FileAccess.Write);
        stream.Write(System.Text.Encoding.UTF8.GetBytes(content));
    }

    /// <summary>
    /// <paramref name="depth"/> nested folders named "d" under <paramref name="parent"/>, with <paramref name="fileName"/> at
    /// the bottom. Built bottom-up by renames, since no single path to the bottom may be opened.
    /// </summary>
    public static void MakeDeepFolders(string parent, int depth, string fileName, string content)
    {
        const int chunk = 500;
        var tree = Path.Combine(parent, "d");
        Directory.CreateDirectory(tree);
        File.WriteAllText(Path.Combine(tree, fileName), content);
        for (var built = 1; built < depth;)
        {
            var levels = Math.Min(chunk, depth - built);
            var scaffold = Path.Combine(parent, "scaffold");
            var bottom = Path.Combine([scaffold, .. Enumerable.Repeat("d", levels - 1)]);
            Directory.CreateDirectory(bottom);
            Directory.Move(tree, Path.Combine(bottom, "d"));
            Directory.Move(scaffold, tree);
            built += levels;
        }
    }

    /// <summary>Deletes what <see cref="MakeDeepFolders"/> made, top-down by renames for the same reason.</summary>
    public static void DeleteDeepFolders(string parent)
    {
        var tree = Path.Combine(parent, "d");
        while (Directory.Exists(tree))
        {
            var cut = Path.Combine([tree, .. Enumerable.Repeat("d", 400)]);
            var rest = Path.Combine(parent, "rest");
            if (Directory.Exists(cut))
            {
                Directory.Move(cut, rest);
            }

            Directory.Delete(tree, recursive: true);
            if (Directory.Exists(rest))
            {
                Directory.Move(rest, tree);
            }
        }
    }

    /// <summary>Runs the real <c>corpuslint</c> in a process, through a shell command line where <c>{cli}</c> stands for it.</summary>
    public static (int ExitCode, string Output, string Error) RunShell(string workingDirectory, string commandLine, TimeSpan timeout)
    {
        var cli = $"dotnet {Path.Combine(AppContext.BaseDirectory, "corpuslint.dll")}";
        var start = new ProcessStartInfo("/bin/sh", ["-c", commandLine.Replace("{cli}", cli, StringComparison.Ordinal)])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"`{commandLine}` did not finish within {timeout.TotalSeconds} s (a hang)");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
