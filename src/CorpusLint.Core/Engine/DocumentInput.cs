using CorpusLint.Datasets;

namespace CorpusLint.Engine;

/// <summary>
/// A file to lint: its full path (for reading; on Unix it may hold bytes of a name that is not UTF-8, see
/// <see cref="NativePath"/>), the path shown in reports, and, when discovery already knows it cannot be linted
/// (an unreadable folder, a path too long), why.
/// </summary>
public sealed record DocumentInput(string FullPath, string DisplayPath)
{
    /// <summary>
    /// The path as the corpus names it: relative to the project's root folder (or the full path outside it), where
    /// <see cref="DisplayPath"/> is relative to the working folder; the same when the two folders are one. Cached
    /// results and the corpus-wide pass's groups key a document by it, so that a run from another folder of the
    /// project finds them.
    /// </summary>
    public string CorpusPath
    {
        get => field ?? DisplayPath;
        init;
    }

    /// <summary>Why the input cannot be linted, found before reading it; null for an ordinary input.</summary>
    public string? Problem { get; init; }

    /// <summary>The path that configuration globs are matched against: the full path with undecodable bytes as U+FFFD.</summary>
    public string ConfigurationPath => NativePath.ToConfigurationPath(FullPath);

    /// <summary>For a record of a dataset (<see cref="FullPath"/> is then the dataset file): the record, its text and metadata.</summary>
    public DatasetRecord? Record { get; init; }

    /// <summary>
    /// What tells the document apart from every other, stable from run to run (baselines, shards and caches key on it):
    /// <see cref="ConfigurationPath"/> for a file, with <c>#id</c> (or <c>#n</c>) for a dataset's record.
    /// </summary>
    public string IdentityPath => Record is { AboutFile: false } record ? $"{ConfigurationPath}#{record.Name}" : ConfigurationPath;
}
