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
    string? FixedText = null);

/// <summary>
/// Fixes one file and writes it safely: the bytes must survive decoding and encoding (else it is skipped), the
/// fixed text is written in the same encoding with the same BOM (line endings are the text's own), through
/// <see cref="AtomicFile"/> (temporary file, flush, rename, permissions kept), and only if the file still holds
/// the bytes that were read. A symbolic link is followed: its target is rewritten, the link stays.
/// </summary>
public sealed class FileFixer(DocumentFixer fixer)
{
    /// <param name="write">False for <c>--diff</c>: compute and return the texts, write nothing.</param>
    public FileFixOutcome FixFile(DocumentInput input, bool write)
    {
        byte[] original;
        try
        {
            original = File.ReadAllBytes(input.FullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(input, $"cannot read it: {Describe(e)}");
        }

        var outcome = Fix(input, original, keepTexts: !write, out var fixedBytes);
        if (!write || fixedBytes is null)
        {
            return outcome;
        }

        try
        {
            var target = ResolveTarget(input.FullPath);
            if (!File.ReadAllBytes(target).AsSpan().SequenceEqual(original))
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
    public FileFixOutcome Fix(DocumentInput input, byte[] original, bool keepTexts, out byte[]? fixedBytes)
    {
        fixedBytes = null;
        var source = SourceDecoder.Decode(original);
        if (!SourceEncoder.RoundTrips(original, source))
        {
            var why = source.IsBinary ? "it looks binary" : "it holds bytes that are not valid text, which rewriting would lose";
            return new FileFixOutcome(input, FileFixStatus.Skipped, 0, true, null, [], $"not fixed: {why}");
        }

        var result = fixer.Fix(input, source);
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
            keepTexts ? result.Text : null);
    }

    private static string ResolveTarget(string path) =>
        new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;

    private static FileFixOutcome Failed(DocumentInput input, string message) =>
        new(input, FileFixStatus.Failed, 0, true, null, [], message);

    private static string Describe(Exception e) => e is UnauthorizedAccessException ? "permission denied" : e.Message;
}
