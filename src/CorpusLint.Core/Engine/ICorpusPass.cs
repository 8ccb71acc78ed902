namespace CorpusLint.Engine;

/// <summary>
/// A pass over the whole corpus, like Roslyn's compilation-end actions: it keeps a summary of each document as the
/// document is linted (<see cref="IDocumentSummarizer"/>, so a result cache keeps it too), and its sink holds the
/// results until every document was read, then passes them on in the same order with the pass's findings added.
/// </summary>
public interface ICorpusPass : IDocumentSummarizer
{
    /// <summary>The sink that adds the pass's findings to the results on their way to <paramref name="sink"/>.</summary>
    ILintResultSink ReportInto(ILintResultSink sink);
}
