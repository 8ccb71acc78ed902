using CorpusLint.Model;
using CorpusLint.Rules;

namespace CorpusLint.Fixing;

/// <summary>
/// Checks a fix before it is applied, whatever rule made it, so a defect in a rule cannot lose text:
/// a safe fix keeps every letter and digit (it may change spaces, invisible characters and punctuation, or put
/// back the characters that mojibake stands for) and joins no two words and no two lines; an unsafe fix deletes whole lines, and only lines of its own
/// diagnostic. Edits must lie inside the text and not overlap.
/// </summary>
public static class FixGuard
{
    /// <summary>Null when <paramref name="fix"/> may be applied to <paramref name="document"/>; otherwise why not.</summary>
    public static string? Check(Document document, LintDiagnostic diagnostic, Fix fix)
    {
        var text = document.Text;
        TextEdit? previous = null;
        foreach (var edit in fix.Edits.OrderBy(e => e.Span.Start).ThenBy(e => e.Span.End))
        {
            if (edit.Span.End > text.Length)
            {
                return "an edit lies outside the text";
            }

            // Two insertions at one offset have no defined order.
            if (previous is { } before && (edit.Span.Start < before.Span.End || (edit.Span.IsEmpty && before.Span.IsEmpty && edit.Span.Start == before.Span.Start)))
            {
                return "its edits overlap";
            }

            previous = edit;
            var removed = text.AsSpan(edit.Span.Start, edit.Span.Length);
            var reason = fix.Safety == FixSafety.Safe
                ? CheckSafe(text, edit, removed)
                : CheckUnsafe(document, diagnostic, edit);
            if (reason is not null)
            {
                return reason;
            }
        }

        return null;
    }

    private static string? CheckSafe(string text, TextEdit edit, ReadOnlySpan<char> removed)
    {
        var inserted = edit.NewText;
        if (!SameLettersAndDigits(removed, inserted) && (removed.IsEmpty || MojibakeScanner.Restore(removed) != inserted))
        {
            return "a safe fix would change or remove letters or digits";
        }

        if (removed.ContainsAny('\n', '\r') && !inserted.AsSpan().ContainsAny('\n', '\r'))
        {
            return "a safe fix would join two lines";
        }

        // Deleting the space between two words ("At six" -> "Atsix") keeps every letter but loses a word.
        var before = edit.Span.Start > 0 ? text[edit.Span.Start - 1] : ' ';
        var after = edit.Span.End < text.Length ? text[edit.Span.End] : ' ';
        return ContainsWhiteSpace(removed) && !ContainsWhiteSpace(inserted) && char.IsLetterOrDigit(before) && char.IsLetterOrDigit(after)
            ? "a safe fix would join two words"
            : null;
    }

    private static bool ContainsWhiteSpace(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }

    private static string? CheckUnsafe(Document document, LintDiagnostic diagnostic, TextEdit edit)
    {
        if (edit.NewText.Length > 0)
        {
            return "an unsafe fix may only delete lines";
        }

        var first = document.Lines[document.GetLineIndex(diagnostic.Span.Start)];
        var last = document.Lines[document.GetLineIndex(diagnostic.Span.End)];
        if (edit.Span.Start < first.Start || edit.Span.End > last.End + last.TerminatorLength)
        {
            return "it deletes lines outside its diagnostic";
        }

        return IsLineBoundary(document, edit.Span.Start) && IsLineBoundary(document, edit.Span.End)
            ? null
            : "it deletes part of a line";
    }

    private static bool IsLineBoundary(Document document, int offset) =>
        offset == document.Text.Length || document.Lines[document.GetLineIndex(offset)].Start == offset;

    private static bool SameLettersAndDigits(ReadOnlySpan<char> removed, ReadOnlySpan<char> inserted)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < removed.Length && !char.IsLetterOrDigit(removed[i]) && !char.IsSurrogate(removed[i]))
            {
                i++;
            }

            while (j < inserted.Length && !char.IsLetterOrDigit(inserted[j]) && !char.IsSurrogate(inserted[j]))
            {
                j++;
            }

            if (i == removed.Length || j == inserted.Length)
            {
                return i == removed.Length && j == inserted.Length;
            }

            if (removed[i++] != inserted[j++])
            {
                return false;
            }
        }
    }
}
