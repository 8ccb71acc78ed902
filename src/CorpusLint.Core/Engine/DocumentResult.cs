using CorpusLint.Fixing;
using CorpusLint.Rules;

namespace CorpusLint.Engine;

/// <summary>
/// The size and modification time a document had when it was opened (what a result cache keys on), and on Unix its
/// status-change time and inode: <c>touch -d</c>, <c>cp -p</c> or <c>rsync -t</c> can give new content an old
/// modification time, never an old change time, so a file whose stamp is equal has not been written since.
/// </summary>
public readonly record struct DocumentStamp(long Length, DateTime LastWriteTimeUtc)
{
    /// <summary>The status-change time (ctime) in ticks since the Unix epoch; 0 where the platform has none.</summary>
    public long ChangeTicks { get; init; }

    /// <summary>The inode number; 0 where the platform has none.</summary>
    public ulong FileId { get; init; }

    /// <summary>The later of the modification and status-change times: when the file was last written or replaced.</summary>
    public DateTime LastChangeUtc => ChangeTicks == 0 ? LastWriteTimeUtc : new DateTime(Math.Max(LastWriteTimeUtc.Ticks, DateTime.UnixEpoch.Ticks + ChangeTicks), DateTimeKind.Utc);
}

/// <summary>What a run read of a document file: its stamp when opened, the XxHash128 of the bytes read, and when it opened it.</summary>
public readonly record struct DocumentRead(DocumentStamp Stamp, Hash128 ContentHash, DateTime OpenedAtUtc);

/// <summary>The diagnostics of one document, in report order.</summary>
public sealed record DocumentResult(string Path, IReadOnlyList<LintDiagnostic> Diagnostics, IReadOnlyList<RuleFailure> Failures)
{
    /// <summary>Bytes read (or, for a document too large or refused, its size when known).</summary>
    public long Bytes { get; init; }

    /// <summary>Why the document was not linted at all (its only diagnostic is then a CL0001); null when it was.</summary>
    public string? NotLintedReason { get; init; }

    /// <summary>The file as it was when read; null for standard input and for documents that were not read.</summary>
    public DocumentRead? Read { get; init; }

    /// <summary>What the run's <see cref="IDocumentSummarizer"/> kept from the document, for a corpus-wide pass.</summary>
    public object? Summary { get; init; }

    /// <summary>True when a result cache served the result without reading the document.</summary>
    public bool FromCache { get; init; }

    /// <summary>The input the result is for (its full path keys baselines and SARIF locations); null only in results built by hand.</summary>
    public DocumentInput? Input { get; init; }

    /// <summary>What <c>--fix</c> or <c>--diff</c> did to the document (<see cref="IFixStep"/>); null when no fix applied to it.</summary>
    public FileFixOutcome? Fix { get; init; }

    public bool IsLinted => NotLintedReason is null;

    /// <summary>The result of a document that could not be linted: one CL0001 saying why.</summary>
    public static DocumentResult NotLinted(string path, string reason, long bytes = 0) =>
        new(path, [EngineDiagnostics.Create(EngineDiagnostics.NotLinted, path, $"Not linted: {reason}")], [])
        {
            NotLintedReason = reason,
            Bytes = bytes,
        };
}
