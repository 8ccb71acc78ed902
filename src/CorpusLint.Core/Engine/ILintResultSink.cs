namespace CorpusLint.Engine;

/// <summary>
/// Receives a run's results one document at a time, in input order (the walk order of discovery), on the thread that
/// called <see cref="LintRun.Run(IEnumerable{DocumentInput}, ILintResultSink, CancellationToken)"/>; then
/// <see cref="Complete"/> once. A reporter writes each result as it comes, so memory does not grow with the corpus.
/// A corpus-wide pass wraps the reporter's sink: it keeps what it needs of each result (or the results themselves,
/// spilled as it sees fit), and in <see cref="Complete"/> adds its findings and passes everything on in the same order.
/// </summary>
public interface ILintResultSink
{
    void Accept(DocumentResult result);

    void Complete();
}
