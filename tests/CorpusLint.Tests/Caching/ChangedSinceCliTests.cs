using System.Diagnostics;
using CorpusLint.Tests.Cli;

namespace CorpusLint.Tests.Caching;

/// <summary><c>--changed-since REF</c>: only what git reports as added, modified, renamed or untracked is linted.</summary>
public sealed class ChangedSinceCliTests : IDisposable
{
    private const string Trailing = "By Ana Ruiz  \n\nThe council met on Tuesday.\n";

    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Only_documents_changed_since_the_ref_are_linted()
    {
        _cli.WithOnlyHygieneBasics();
        foreach (var name in new[] { "a/kept.txt", "a/edited.txt", "b/moved.txt", "b/deleted.txt" })
        {
            _cli.Folder.Write(name, Trailing);
        }

        Git("init", "-q");
        Git("add", ".");
        Git("commit", "-q", "-m", "corpus");
        _cli.Folder.Write("a/edited.txt", Trailing + "A second line.  \n");
        Git("mv", "b/moved.txt", "b/renamed.txt");
        File.Delete(_cli.Folder.PathOf("b/deleted.txt"));
        _cli.Folder.Write("c/new.txt", Trailing);

        var result = _cli.Run("--changed-since", "HEAD", "--format", "text", ".");

        var linted = result.OutputLines.Select(l => l.Split('(')[0]).Distinct().Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["a/edited.txt", "b/renamed.txt", "c/new.txt"], linted);
        Assert.Contains("3 document(s)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_corpus_in_another_repository_than_the_working_folder_is_asked_about_in_its_own()
    {
        // Run from another checkout, git was asked in the working folder: nothing of the corpus changed there, so
        // nothing was linted and the run passed.
        _cli.WithOnlyHygieneBasics();
        _cli.Folder.Write("archive/kept.txt", Trailing);
        _cli.Folder.Write("archive/edited.txt", Trailing);
        _cli.Folder.Write("tools/notes.txt", "Tools.\n");
        foreach (var repository in new[] { "archive", "tools" })
        {
            GitIn(repository, "init", "-q");
            GitIn(repository, "add", ".");
            GitIn(repository, "commit", "-q", "-m", repository);
        }

        _cli.Folder.Write("archive/edited.txt", Trailing + "A second line.  \n");

        var result = _cli.RunFrom("tools", "--changed-since", "HEAD", "--format", "text", "../archive");

        Assert.NotEmpty(result.OutputLines);
        Assert.All(result.OutputLines, line => Assert.Contains("archive/edited.txt(", line, StringComparison.Ordinal));
        Assert.Contains("1 document(s)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Outside_a_repository_it_is_a_usage_error()
    {
        _cli.Folder.Write("a.txt", Trailing);

        var result = _cli.Run("--changed-since", "HEAD", ".");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--changed-since needs a git repository", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void An_unknown_ref_is_a_usage_error()
    {
        _cli.Folder.Write("a.txt", Trailing);
        Git("init", "-q");
        Git("add", ".");
        Git("commit", "-q", "-m", "corpus");

        var result = _cli.Run("--changed-since", "no-such-branch", ".");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown git ref 'no-such-branch'", result.Error, StringComparison.Ordinal);
    }

    private void Git(params string[] arguments) => GitIn(".", arguments);

    private void GitIn(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = _cli.Folder.PathOf(folder), RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in (string[])["-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        using var git = Process.Start(start)!;
        var error = git.StandardError.ReadToEnd();
        git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, $"git {string.Join(' ', arguments)}: {error}");
    }
}
