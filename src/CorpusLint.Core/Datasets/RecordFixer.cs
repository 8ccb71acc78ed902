using System.Text;
using CorpusLint.Configuration;
using CorpusLint.Engine;
using CorpusLint.Fixing;
using CorpusLint.Text;

namespace CorpusLint.Datasets;

/// <summary>
/// <c>--fix</c> and <c>--diff</c> for a dataset's records: each record with a fix to apply is fixed in the worker that
/// linted it, in memory, with its metadata in the model; its result carries the fixed text
/// (<see cref="FileFixOutcome.FixedText"/>), which <see cref="DatasetFixWriter"/> writes into the fixed copy of the
/// dataset. Nothing is written here, and never into the dataset itself.
/// </summary>
/// <param name="keepOriginal">Keep the text before fixing as well, for <c>--diff</c>.</param>
/// <param name="maxBytes">Records with a longer text are linted in windows and not fixed (fixing holds the text whole).</param>
public sealed class RecordFixer(DocumentFixer fixer, bool keepOriginal, long maxBytes = DocumentLimits.DefaultWholeDocumentBytes)
{
    public DocumentResult Fix(DocumentInput input, DocumentConfiguration configuration, DocumentResult linted)
    {
        var record = input.Record!;
        if (record.Text is not { } text || !linted.Diagnostics.Any(fixer.Options.Applies))
        {
            return linted;
        }

        if (Encoding.UTF8.GetByteCount(text) > maxBytes)
        {
            var message = $"not fixed: larger than {ByteSize.Format(maxBytes)}, the most that is fixed (fixing holds the whole text); its diagnostics stand";
            return linted with { Fix = new FileFixOutcome(input, FileFixStatus.Skipped, 0, true, null, [], message) };
        }

        var fixedRecord = fixer.Fix(input, new DecodedSource(text, SourceEncoding.Utf8, [], IsBinary: false, Encoding.UTF8.GetByteCount(text)), configuration);
        var remaining = RecordLinter.Locate(linted with { Diagnostics = fixedRecord.Remaining }, record).Diagnostics;
        var outcome = new FileFixOutcome(
            input,
            fixedRecord.Applied == 0 ? FileFixStatus.Unchanged : FileFixStatus.Fixed,
            fixedRecord.Applied,
            fixedRecord.Settled,
            remaining,
            fixedRecord.Refused,
            null,
            keepOriginal ? text : null,
            fixedRecord.Applied == 0 ? null : fixedRecord.Text);
        return linted with { Diagnostics = remaining, Fix = outcome, Summary = fixedRecord.Applied == 0 ? linted.Summary : fixedRecord.Summary };
    }
}
