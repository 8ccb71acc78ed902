namespace CorpusLint.Cli;

/// <summary>Where a command reads and writes; tests pass their own writers and folder.</summary>
public sealed record CliConsole(TextWriter Output, TextWriter Error, Func<Stream> OpenStandardInput, string WorkingDirectory)
{
    /// <summary>
    /// How long before a run a file must have last changed for its stamp to vouch for its content
    /// (<see cref="Caching.ResultCache.DefaultStampSettleTime"/>); tests that lint files they have just written set it to zero.
    /// </summary>
    public TimeSpan StampSettleTime { get; init; } = Caching.ResultCache.DefaultStampSettleTime;

    /// <summary>Whether a progress bar may be drawn: an interactive stderr, not CI.</summary>
    public bool IsInteractive =>
        ReferenceEquals(Error, Console.Error)
        && !Console.IsErrorRedirected
        && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
