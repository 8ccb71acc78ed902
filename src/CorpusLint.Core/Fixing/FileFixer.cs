using CorpusLint.Configuration;
using CorpusLint.Engine;
using CorpusLint.IO;
using CorpusLint.Rules;
using CorpusLint.Text;

namespace CorpusLint.Fixing;

public enum FileFixStatus
{
    /// <summary>No fix applied; the file is as it was.</summary>
    Unchanged,

    /// <summary>Fixes applied (written, or only shown as a diff).</summary>
    Fixed,

    /// <summary>Left alone on purpose: rewriting it would lose bytes. Its diagnostics stand.</summary>
    Skipped,

    /// <summary>Could not be read or written, or changed while it was being fixed; not written.</summary>
    Failed,
}

/// <summary>What fixing one file came to.</summary>
/// <param name="Remaining">The diagnostics of the fixed text (null when the file was not analysed again).</param>
/// <param name="OriginalText">The text before and after, kept only for a diff.</param>
public sealed record FileFixOutcome(
    DocumentInput Input,
    FileFixStatus Status,
    int Applied,
    bool Settled,
    IReadOnlyList<LintDiagnostic>? Remaining,
    IReadOnlyList<RefusedFix> Refused,
    string? Message,
    string? OriginalText = null,
    string? FixedText = null)
{
    /// <summary>The summary of the fixed text (<see cref="DocumentFix.Summary"/>), for the result that replaces the linted one.</summary>
    public object? Summary { get; init; }
}

/// <summary>
/// Fixes one file and writes it safely: the file is read the way documents are linted (never a FIFO or a device,
/// never more than <paramref name="maxBytes"/>, the most that is held whole), the bytes must survive decoding and
/// encoding (else it is skipped), the fixed text is written in the same encoding with the same BOM (line endings are
/// the text's own), through <see cref="AtomicFile"/> (temporary file, flush, rename, permissions kept), and only if
/// the file still holds the bytes that were read. A symbolic link is followed: its target is rewritten, the link stays.
/// </summary>
/// <param name="maxBytes">Larger files are not fixed (their diagnostics stand): fixing holds the whole text and lints it again each pass.</param>
public sealed class FileFixer(DocumentFixer fixer, long maxBytes = DocumentLimits.DefaultWholeDocumentBytes)
{
    public FixOptions Options => fixer.Options;

    /// <param name="write">False for <c>--diff</c>: compute and return the texts, write nothing.</param>
    /// <param name="configuration">The document's configuration; looked up when not given.</param>
    public FileFixOutcome FixFile(DocumentInput input, bool write, DocumentConfiguration? configuration = null)
    {
        if (write && NativePath.HasRawBytes(input.FullPath))
        {
            return Skipped(input, "not fixed: its name is not valid UTF-8, and the file cannot be replaced safely under such a name");
        }

        byte[] original;
        using (var file = DocumentFile.Open(input.FullPath, out var problem))
        {
            if (file is null)
            {
                return Failed(input, $"cannot read it: {problem}");
            }

            if (file.Length > maxBytes)
            {
                return TooLarge(input);
            }

            original = DocumentFile.ReadContent(file);
        }

        var outcome = Fix(input, original, keepTexts: !write, out var fixedBytes, configuration);
        if (!write || fixedBytes is null)
        {
            return outcome;
        }

        try
        {
            var target = ResolveTarget(input.FullPath);
            var current = DocumentFile.ReadAll(target, original.Length, out _);
            if (current is null || !current.AsSpan().SequenceEqual(original))
            {
                return Failed(input, "the file changed since it was read; run again");
            }

            AtomicFile.WriteAllBytes(target, fixedBytes);
            return outcome;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(input, $"cannot write it: {Describe(e)}");
        }
    }

    /// <summary>Fixes a document given as bytes (a file's, or standard input's); <paramref name="fixedBytes"/> is null when nothing changed.</summary>
    public FileFixOutcome Fix(DocumentInput input, byte[] original, bool keepTexts, out byte[]? fixedBytes, DocumentConfiguration? configuration = null)
    {
        fixedBytes = null;
        var source = SourceDecoder.Decode(original);
        if (!SourceEncoder.RoundTrips(original, source))
        {
            var why = source.IsBinary ? "it looks binary" : "it holds bytes that are not valid text, which rewriting would lose";
            return Skipped(input, $"not fixed: {why}");
        }

        var result = fixer.Fix(input, source, configuration);
        if (result.Applied == 0)
        {
            return new FileFixOutcome(input, FileFixStatus.Unchanged, 0, result.Settled, result.Remaining, result.Refused, null);
        }

        fixedBytes = SourceEncoder.Encode(result.Text, source.Encoding);
        return new FileFixOutcome(
            input,
            FileFixStatus.Fixed,
            result.Applied,
            result.Settled,
            result.Remaining,
            result.Refused,
            null,
            keepTexts ? source.Text : null,
            keepTexts ? result.Text : null)
        {
            Summary = result.Summary,
        };
    }

    /// <summary>The outcome for a document too large to fix: it is linted in windows and never held whole.</summary>
    public FileFixOutcome TooLarge(DocumentInput input) =>
        Skipped(input, $"not fixed: larger than {ByteSize.Format(maxBytes)}, the most that is fixed (fixing holds the whole text); its diagnostics stand");

    private static string ResolveTarget(string path) =>
        new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;

    private static FileFixOutcome Skipped(DocumentInput input, string message) =>
        new(input, FileFixStatus.Skipped, 0, true, null, [], message);

    private static FileFixOutcome Failed(DocumentInput input, string message) =>
        new(input, FileFixStatus.Failed, 0, true, null, [], message);

    private static string Describe(Exception e) => e is UnauthorizedAccessException ? "permission denied" : e.Message;
}
