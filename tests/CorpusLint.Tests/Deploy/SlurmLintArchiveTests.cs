using System.Globalization;
using System.Runtime.Versioning;
using CorpusLint.Benchmarks;
using CorpusLint.Cli;
using CorpusLint.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CorpusLint.Tests.Deploy;

/// <summary>
/// deploy/slurm on a real single-node Slurm cluster (Debian's slurm-wlm packages and munge, started by the test as
/// root): a job array of 4 shards over a generated corpus of a few thousand documents, merged by the job that depends
/// on it, gives the single run's report byte for byte; a failed shard fails the merge with a message naming it.
/// Skipped, with the reason, where Slurm is not installed or the tests do not run as root.
/// </summary>
public sealed class SlurmLintArchiveTests(SlurmCluster cluster, ITestOutputHelper log) : IClassFixture<SlurmCluster>
{
    private const int Documents = 3_000;
    private const int Shards = 4;

    /// <summary>Generous bounds for a job that takes seconds: a machine shared with other work may be slow, never stuck.</summary>
    private static readonly TimeSpan LintTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan JobTimeout = TimeSpan.FromMinutes(6);

    [SkippableFact]
    public void Merged_report_of_the_job_array_equals_the_single_run_byte_for_byte()
    {
        var unavailable = SlurmCluster.UnavailableReason();
        Skip.If(unavailable is not null, unavailable);
        var corpus = Corpus();
        var single = ScriptRunner.Run(
            Corpuslint, ["lint", ".", "--format", "json", "--reproducible", "--no-progress", "--output", cluster.Folder.PathOf("single.json")], corpus, LintTimeout);
        Assert.True(single.ExitCode == ExitCodes.Problems, $"the single run: {single}");

        var array = LintArchive("run", Corpuslint, "--", "--reproducible");

        Assert.True(array.ExitCode == ExitCodes.Problems, $"lint-archive.sh should exit as the single run did (1): {array}");
        Assert.Contains($"merged {Shards} shard report(s)", array.Output, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(cluster.Folder.PathOf("single.json")), File.ReadAllBytes(cluster.Folder.PathOf("run/merged.json")));
        log.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{Documents} documents, {Shards} shards: single run {single.Elapsed.TotalSeconds:0.0} s; job array and merge on Slurm {array.Elapsed.TotalSeconds:0.0} s (submit to merged report)"));
    }

    [SkippableFact]
    [SupportedOSPlatform("linux")]
    public void A_failed_shard_fails_the_merge_with_a_message_naming_it()
    {
        var unavailable = SlurmCluster.UnavailableReason();
        Skip.If(unavailable is not null, unavailable);
        Corpus();
        var failing = cluster.Folder.Write("failing-corpuslint", $"""
            #!/bin/sh
            case "$*" in *"--shard 3/{Shards}"*) echo "error: cannot read 0001/a0001234.txt: disk on fire" >&2; exit 2;; esac
            exec "{Corpuslint}" "$@"

            """);
        File.SetUnixFileMode(failing, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var array = LintArchive("failed-run", failing);

        Assert.True(array.ExitCode == ExitCodes.UsageOrFatal, $"a failed shard should fail the merge (2): {array}");
        Assert.Contains($"lint-archive: shard 3/{Shards} failed with exit code 2", array.Error, StringComparison.Ordinal);
        Assert.Contains($"lint-archive: shard 3/{Shards}: error: cannot read 0001/a0001234.txt: disk on fire", array.Error, StringComparison.Ordinal);
        Assert.Contains($"1 of {Shards} shard(s) failed; the merge did not run", array.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(cluster.Folder.PathOf("failed-run/merged.json")));
    }

    /// <summary>The corpuslint apphost built beside the tests (the CLI project is referenced).</summary>
    private static string Corpuslint => Path.Combine(AppContext.BaseDirectory, "corpuslint");

    private ScriptResult LintArchive(string output, string corpuslint, params string[] lintOptions) => ScriptRunner.Run(
        "bash",
        [
            Path.Combine(RepositoryRoot.Find(), "deploy", "slurm", "lint-archive.sh"),
            "--corpus", cluster.Folder.PathOf("corpus"), "--out", cluster.Folder.PathOf(output), "--shards", $"{Shards}",
            "--cpus-per-task", "1", "--corpuslint", corpuslint, "--format", "json", "--wait", .. lintOptions,
        ],
        cluster.Folder.FullPath,
        JobTimeout,
        cluster.SlurmEnvironment);

    private string Corpus()
    {
        var corpus = cluster.Folder.PathOf("corpus");
        if (!Directory.Exists(corpus))
        {
            CorpusGenerator.Write(corpus, Documents, seed: 42);
        }

        return corpus;
    }
}
