using CorpusLint.Configuration;

namespace CorpusLint.Engine;

/// <summary>
/// Where a run finds results it need not compute again (SPEC §8). All calls come from worker threads, for documents
/// that discovery found readable: <see cref="Lookup"/> before the document is opened (by what a stat tells, so an
/// unchanged document is not read), <see cref="LookupContent"/> once it was read and before it is linted (so a file
/// touched but not changed costs a hash, not a lint), and <see cref="Store"/> after it was linted, with
/// <see cref="DocumentResult.Read"/> telling what was read (a file that
/// changed while it was read is thus never stored under its new stamp). Results that were not linted (CL0001) or on
/// which a rule failed (CL0002) are never stored. A result served carries <see cref="DocumentResult.FromCache"/>.
/// </summary>
public interface IDocumentResultCache
{
    DocumentResult? Lookup(DocumentInput input, DocumentConfiguration configuration);

    DocumentResult? LookupContent(DocumentInput input, DocumentConfiguration configuration, DocumentRead read);

    void Store(DocumentInput input, DocumentConfiguration configuration, DocumentResult result);
}
