using CorpusLint.Fixing;
using CorpusLint.Rules;

namespace CorpusLint.Engine;

/// <summary>The size and modification time a document had when it was opened (what a result cache keys on).</summary>
public readonly record struct DocumentStamp(long Length, DateTime LastWriteTimeUtc);

/// <summary>The diagnostics of one document, in report order.</summary>
public sealed record DocumentResult(string Path, IReadOnlyList<LintDiagnostic> Diagnostics, IReadOnlyList<RuleFailure> Failures)
{
    /// <summary>Bytes read (or, for a document too large or refused, its size when known).</summary>
    public long Bytes { get; init; }

    /// <summary>Why the document was not linted at all (its only diagnostic is then a CL0001); null when it was.</summary>
    public string? NotLintedReason { get; init; }

    /// <summary>The file as it was when read; null for standard input and for documents that were not read.</summary>
    public DocumentStamp? Stamp { get; init; }

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
