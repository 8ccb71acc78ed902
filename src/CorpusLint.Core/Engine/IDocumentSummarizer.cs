using CorpusLint.Configuration;
using CorpusLint.Model;

namespace CorpusLint.Engine;

/// <summary>
/// Per-document work for a corpus-wide pass (lines repeated across a site, duplicated documents): called on a worker
/// thread with the document model of every document linted whole; what it returns travels with the document's result
/// (<see cref="DocumentResult.Summary"/>, and so into a result cache). Documents linted in windows get no summary.
/// </summary>
public interface IDocumentSummarizer
{
    object? Summarize(Document document, DocumentConfiguration configuration);
}
