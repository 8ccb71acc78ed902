namespace CorpusLint.Engine;

/// <summary>
/// A file to lint: its full path (for reading; on Unix it may hold bytes of a name that is not UTF-8, see
/// <see cref="NativePath"/>), the path shown in reports, and, when discovery already knows it cannot be linted
/// (an unreadable folder, a path too long), why.
/// </summary>
public sealed record DocumentInput(string FullPath, string DisplayPath)
{
    /// <summary>Why the input cannot be linted, found before reading it; null for an ordinary input.</summary>
    public string? Problem { get; init; }

    /// <summary>The path that configuration globs are matched against: the full path with undecodable bytes as U+FFFD.</summary>
    public string ConfigurationPath => NativePath.ToConfigurationPath(FullPath);
}
