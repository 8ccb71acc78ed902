using CorpusLint.Configuration;

namespace CorpusLint.Engine;

/// <summary>
/// Where a run finds results it need not compute again (SPEC §8). Both calls come from worker threads, for documents
/// that discovery found readable: <see cref="Lookup"/> before the document is opened, <see cref="Store"/> after it
/// was linted (with <see cref="DocumentResult.Stamp"/> telling what was read, so a file that changed while it was read
/// is not stored under its new stamp). Results that were not linted (CL0001) are never stored.
/// </summary>
public interface IDocumentResultCache
{
    DocumentResult? Lookup(DocumentInput input, DocumentConfiguration configuration);

    void Store(DocumentInput input, DocumentConfiguration configuration, DocumentResult result);
}
