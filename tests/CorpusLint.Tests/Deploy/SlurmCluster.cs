using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Deploy;

/// <summary>
/// A single-node Slurm cluster (slurm-cluster.sh beside this file) in a temporary folder, started on first use and
/// stopped, by the process ids of the daemons it started, when the test class is done.
/// </summary>
public sealed class SlurmCluster : IDisposable
{
    /// <summary>Bounds on the cluster's own scripts; a healthy start takes a few seconds and a stop a few more.</summary>
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromMinutes(2);

    private static readonly string[] Tools = ["munged", "munge", "slurmctld", "slurmd", "sbatch", "squeue", "sinfo", "scancel"];

    private readonly Lazy<string> _configuration;

    public SlurmCluster()
    {
        Folder = new TempFolder();
        _configuration = new Lazy<string>(Start);
    }

    public TempFolder Folder { get; }

    /// <summary>Why the test cannot run here, or null when it can (Linux, root, and Debian's Slurm and munge installed).</summary>
    public static string? UnavailableReason()
    {
        if (Environment.GetEnvironmentVariable("CORPUSLINT_SLURM_SKIP") is { Length: > 0 } reason)
        {
            return reason;
        }

        if (!OperatingSystem.IsLinux())
        {
            return "Slurm runs on Linux only";
        }

        if (!Environment.IsPrivilegedProcess)
        {
            return "slurmd must run as root to start jobs; run the tests as root";
        }

        var missing = Tools.Where(tool => FindOnPath(tool) is null).ToList();
        return missing.Count > 0
            ? $"Slurm is not installed ({string.Join(", ", missing)} not found): apt-get install munge slurmctld slurmd slurm-client, as .ci/run does"
            : null;
    }

    /// <summary>The <c>SLURM_CONF</c> that points Slurm's commands at this cluster; starts it on first use.</summary>
    public IReadOnlyDictionary<string, string> SlurmEnvironment => new Dictionary<string, string> { ["SLURM_CONF"] = _configuration.Value };

    public static string Script => Path.Combine(RepositoryRoot.Find(), "tests", "CorpusLint.Tests", "Deploy", "slurm-cluster.sh");

    public void Dispose()
    {
        if (_configuration.IsValueCreated)
        {
            var stop = ScriptRunner.Run("bash", [Script, "stop", Folder.PathOf("cluster")], Folder.FullPath, ScriptTimeout);
            Assert.True(stop.ExitCode == 0, $"stopping the cluster failed: {stop}");
        }

        Folder.Dispose();
    }

    private string Start()
    {
        var start = ScriptRunner.Run("bash", [Script, "start", Folder.PathOf("cluster")], Folder.FullPath, ScriptTimeout);
        Assert.True(start.ExitCode == 0, $"the single-node Slurm cluster did not come up: {start}");
        return Path.Combine(Folder.PathOf("cluster"), "slurm.conf");
    }

    private static string? FindOnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Concat(["/usr/sbin", "/sbin"])
            .Select(folder => Path.Combine(folder, tool))
            .FirstOrDefault(File.Exists);
}
