namespace CorpusLint.Cli;

/// <summary>The exit codes of SPEC §7.</summary>
public static class ExitCodes
{
    /// <summary>No problems at error severity and warnings within <c>--max-warnings</c>.</summary>
    public const int Clean = 0;

    /// <summary>Problems at error severity, or more warnings than <c>--max-warnings</c>.</summary>
    public const int Problems = 1;

    /// <summary>Usage, configuration or fatal I/O error.</summary>
    public const int UsageOrFatal = 2;

    /// <summary>Stopped by SIGINT (Ctrl-C), as shells count it: 128 + 2.</summary>
    public const int Interrupted = 130;

    /// <summary>Stopped by SIGTERM: 128 + 15.</summary>
    public const int Terminated = 143;
}
