using CorpusLint.Configuration;

namespace CorpusLint.Engine;

/// <summary>
/// Fixes documents as a run goes (<c>--fix</c>, <c>--diff</c>): called on a worker thread for each document linted,
/// after the result cache saw its result (a cache keeps what the document holds, never what a fix would leave), and
/// returns the result to report in its place: the fixed text's diagnostics, with <see cref="DocumentResult.Fix"/>
/// saying what happened. A result with no fix to apply comes back as it was.
/// </summary>
public interface IFixStep
{
    /// <summary>Fixes a file: it is read again, under the same safety as linting, only when a fix applies.</summary>
    DocumentResult FixFile(DocumentInput input, DocumentConfiguration configuration, DocumentResult linted);

    /// <summary>Fixes a document the run holds (standard input); <paramref name="content"/> is null when it was too large to hold whole.</summary>
    DocumentResult FixContent(DocumentInput input, DocumentConfiguration configuration, DocumentResult linted, byte[]? content);
}
