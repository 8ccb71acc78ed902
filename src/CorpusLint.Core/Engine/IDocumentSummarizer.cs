using CorpusLint.Configuration;
using CorpusLint.Model;

namespace CorpusLint.Engine;

/// <summary>
/// Per-document work for a corpus-wide pass (lines repeated across a site, duplicated documents): called on a worker
/// thread with the document model of every document linted whole; what it returns travels with the document's result
/// (<see cref="DocumentResult.Summary"/>). Documents linted in windows get no summary.
/// A result cache keeps each summary with the document's diagnostics and gives it back on a later run without reading
/// the document (<see cref="Write"/>, <see cref="Read"/>), so the pass sees every document, read or not, and its
/// findings stay the same whether the cache served a document or not.
/// </summary>
public interface IDocumentSummarizer
{
    /// <summary>
    /// Names the summaries' content and encoding; part of the cache key, so change it whenever <see cref="Summarize"/>,
    /// <see cref="Write"/> or <see cref="Read"/> change what they produce.
    /// </summary>
    string Format { get; }

    /// <summary>
    /// The summary of a document linted whole; <paramref name="corpusPath"/> is its <see cref="DocumentInput.CorpusPath"/>
    /// (the document's own path is the one reports show, which moves with the working folder).
    /// </summary>
    object? Summarize(Document document, string corpusPath, DocumentConfiguration configuration);

    /// <summary>
    /// The summary <see cref="Summarize"/> would give of the same document under <paramref name="configuration"/>, which
    /// has the options but not the severities that <paramref name="summary"/> was made under (the result cache re-applies
    /// severities instead of linting again); null when it would give none.
    /// </summary>
    object? Reconfigure(object summary, DocumentConfiguration configuration);

    /// <summary>Writes a summary <see cref="Summarize"/> returned, compactly.</summary>
    void Write(object summary, BinaryWriter writer);

    /// <summary>
    /// Reads what <see cref="Write"/> wrote, for the document <paramref name="input"/>: anything that depends on where the
    /// document is or how it is shown (its path) is taken from <paramref name="input"/>, never from what was written, as
    /// the same file may be linted from another working directory.
    /// </summary>
    /// <exception cref="InvalidDataException">The bytes are not a summary of this format (the cache entry is then ignored).</exception>
    object Read(BinaryReader reader, DocumentInput input);
}
