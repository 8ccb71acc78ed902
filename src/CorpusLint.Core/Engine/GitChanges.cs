using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace CorpusLint.Engine;

/// <summary>A reason <c>--changed-since</c> cannot list the changed documents: not a repository, an unknown ref, no git.</summary>
public sealed class GitChangesException(string message) : Exception(message);

/// <summary>
/// The files git reports as changed since a commit (<c>--changed-since REF</c>, the CI case: a commit touches 30 of a
/// million articles): added, copied, modified, renamed (under the new name) or changed in type between REF and the
/// working tree, staged or not, and the untracked files git does not ignore (a new article not yet added). Deleted
/// files are not listed: there is nothing left to lint. Runs the <c>git</c> command, which every CI image has.
/// </summary>
public static class GitChanges
{
    /// <summary>Full paths of the changed files in the repositories that hold <paramref name="folders"/>, in git's order.</summary>
    /// <param name="folders">The folders of the linted paths: git is asked in each one's repository (once per repository).</param>
    /// <exception cref="GitChangesException">A folder is not in a git repository, the ref is unknown, or git cannot run.</exception>
    public static IReadOnlyList<string> Since(IEnumerable<string> folders, string reference)
    {
        var tops = new List<string>();
        foreach (var folder in folders.Distinct(StringComparer.Ordinal))
        {
            var top = Decode(Run(folder, ["rev-parse", "--show-toplevel"], out var error, out var exitCode)).TrimEnd('\n');
            if (exitCode != 0)
            {
                throw new GitChangesException($"--changed-since needs a git repository, and {folder} is not in one ({FirstLine(error)})");
            }

            if (!tops.Contains(top, StringComparer.Ordinal))
            {
                tops.Add(top);
            }
        }

        return [.. tops.SelectMany(top => ChangedIn(top, reference))];
    }

    private static IEnumerable<string> ChangedIn(string top, string reference)
    {
        // --end-of-options: a ref that starts with '-' is a ref, never an option.
        Run(top, ["rev-parse", "--verify", "--quiet", "--end-of-options", reference + "^{commit}"], out _, out var exitCode);
        if (exitCode != 0)
        {
            throw new GitChangesException($"--changed-since: unknown git ref '{reference}' (a branch, tag or commit of the repository at {top})");
        }

        var changed = Run(top, ["diff", "--name-only", "-z", "--no-ext-diff", "--no-textconv", "--find-renames", "--diff-filter=ACMRT", "--end-of-options", reference, "--"], out var error, out exitCode);
        if (exitCode != 0)
        {
            throw new GitChangesException($"--changed-since: git diff failed ({FirstLine(error)})");
        }

        var untracked = Run(top, ["ls-files", "--others", "--exclude-standard", "-z"], out error, out exitCode);
        if (exitCode != 0)
        {
            throw new GitChangesException($"--changed-since: git ls-files failed ({FirstLine(error)})");
        }

        return [.. Split(changed).Concat(Split(untracked)).Select(relative => Path.GetFullPath(relative, top))];
    }

    private static IEnumerable<string> Split(byte[] output) =>
        Decode(output).Split('\0', StringSplitOptions.RemoveEmptyEntries);

    private static string Decode(byte[] output) => Encoding.UTF8.GetString(output);

    private static string FirstLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "no message";

    private static byte[] Run(string workingDirectory, IEnumerable<string> arguments, out string error, out int exitCode)
    {
        var start = new ProcessStartInfo("git")
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

        // Messages in English for the one line we quote, and no index refresh that would take the repository's lock.
        start.Environment["LC_ALL"] = "C";
        start.Environment["GIT_OPTIONAL_LOCKS"] = "0";
        try
        {
            using var process = Process.Start(start) ?? throw new GitChangesException("--changed-since: git could not be started");
            process.StandardInput.Close();
            var errorText = process.StandardError.ReadToEndAsync();
            using var output = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(output);
            process.WaitForExit();
            error = errorText.GetAwaiter().GetResult();
            exitCode = process.ExitCode;
            return output.ToArray();
        }
        catch (Win32Exception)
        {
            throw new GitChangesException("--changed-since needs git, and no 'git' command was found on PATH");
        }
    }
}
