using CorpusLint.Configuration;
using CorpusLint.Engine;

namespace CorpusLint.Fixing;

/// <summary>
/// <c>--fix</c> and <c>--diff</c> in a run: each document with a fix to apply is fixed in the worker that linted it
/// (so fixing is as parallel as linting, and a run stopped by a signal leaves each file old or new), and its result
/// carries the fixed text's diagnostics and the outcome. With <paramref name="write"/> false nothing is written and the
/// texts are kept for the diff.
/// </summary>
public sealed class FixStep(FileFixer fixer, bool write) : IFixStep
{
    public DocumentResult FixFile(DocumentInput input, DocumentConfiguration configuration, DocumentResult linted) =>
        HasFixToApply(linted) ? WithOutcome(linted, fixer.FixFile(input, write, configuration)) : linted;

    public DocumentResult FixContent(DocumentInput input, DocumentConfiguration configuration, DocumentResult linted, byte[]? content)
    {
        if (write)
        {
            throw new InvalidOperationException("a document that is not a file can be diffed, not fixed in place");
        }

        if (!HasFixToApply(linted))
        {
            return linted;
        }

        return WithOutcome(linted, content is null ? fixer.TooLarge(input) : fixer.Fix(input, content, keepTexts: true, out _, configuration));
    }

    private bool HasFixToApply(DocumentResult linted) => linted.Diagnostics.Any(fixer.Options.Applies);

    /// <summary>The fixed text's diagnostics and summary (a corpus-wide pass must count the lines the file now holds), with the outcome.</summary>
    private static DocumentResult WithOutcome(DocumentResult linted, FileFixOutcome outcome) => linted with
    {
        Diagnostics = outcome.Remaining ?? linted.Diagnostics,
        Summary = outcome.Status == FileFixStatus.Fixed ? outcome.Summary : linted.Summary,
        Fix = outcome,
    };
}
