using System.Collections.Concurrent;
using CorpusLint.Caching;
using CorpusLint.Configuration;
using CorpusLint.Engine;

namespace CorpusLint.Cli.Commands;

/// <summary>
/// The result cache, for a splice's linting of the documents edited since a report snapshot: before it looks a
/// document up, it notes the corpus-pass summary it holds for the snapshot's version of the document, if it still holds
/// that version. Done in the same lookup, the document's bucket is read once for both (an edit of 1% of an archive
/// touches every folder's bucket).
/// </summary>
internal sealed class SnapshotVersionCache(ResultCache inner, IReadOnlyDictionary<string, Hash128> snapshotVersions) : IDocumentResultCache
{
    private readonly ConcurrentDictionary<string, object?> _summaries = new(StringComparer.Ordinal);

    /// <summary>The summary of the snapshot's version of the document at <paramref name="fullPath"/>, when the cache held that version (the summary may be null).</summary>
    public bool TryGetSnapshotSummary(string fullPath, out object? summary) => _summaries.TryGetValue(fullPath, out summary);

    public DocumentResult? Lookup(DocumentInput input, DocumentConfiguration configuration)
    {
        if (snapshotVersions.TryGetValue(input.FullPath, out var contentHash) && inner.TryGetSummary(input, configuration, contentHash, out var summary))
        {
            _summaries[input.FullPath] = summary;
        }

        return inner.Lookup(input, configuration);
    }

    public DocumentResult? LookupContent(DocumentInput input, DocumentConfiguration configuration, DocumentRead read) => inner.LookupContent(input, configuration, read);

    public void Store(DocumentInput input, DocumentConfiguration configuration, DocumentResult result) => inner.Store(input, configuration, result);
}
