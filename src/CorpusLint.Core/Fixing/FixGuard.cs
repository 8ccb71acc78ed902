using System.Globalization;
using CorpusLint.Model;
using CorpusLint.Rules;

namespace CorpusLint.Fixing;

/// <summary>
/// Checks a fix before it is applied, whatever rule made it, so a defect in a rule cannot lose text:
/// a safe fix leaves no fewer words than it found where it edits (it may change spaces, invisible characters,
/// punctuation and the characters mojibake garbled, or put one word for another as a project's replace rule
/// does, but never delete a word or join two) and joins no two lines; an unsafe fix deletes whole lines, and
/// only lines of its own diagnostic. Edits must lie inside the text and not overlap.
/// </summary>
public static class FixGuard
{
    /// <summary>
    /// How far the check looks into the words on either side of an edit. Longer than any real word, and short
    /// enough that a document that is one endless "word" costs a bounded check per edit; a word cut at the
    /// window counts once on both sides, so the cut never refuses a fix.
    /// </summary>
    private const int MaxWordLength = 256;

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
        var inserted = edit.NewText.AsSpan();
        if (removed.ContainsAny('\n', '\r') && !inserted.ContainsAny('\n', '\r'))
        {
            return "a safe fix would join two lines";
        }

        // Mojibake's garbled letters look like words ("Ã…RSLEV" counts two, "ÅRSLEV" one); an edit that puts back
        // exactly the characters the garbled bytes stand for loses nothing, whatever the word count says.
        if (RestoresMojibake(removed, inserted))
        {
            return null;
        }

        // The words the edit touches, whole: deleting the space in "At six" leaves every letter but one word fewer.
        var start = edit.Span.Start;
        while (start > 0 && edit.Span.Start - start < MaxWordLength && IsWordCharacter(text[start - 1]))
        {
            start--;
        }

        var end = edit.Span.End;
        while (end < text.Length && end - edit.Span.End < MaxWordLength && IsWordCharacter(text[end]))
        {
            end++;
        }

        var before = CountWords(text.AsSpan(start, end - start));
        var after = CountWords(string.Concat(text.AsSpan(start, edit.Span.Start - start), inserted, text.AsSpan(edit.Span.End, end - edit.Span.End)));
        return after < before ? "a safe fix would remove a word" : null;
    }

    private static bool RestoresMojibake(ReadOnlySpan<char> removed, ReadOnlySpan<char> inserted) =>
        MojibakeScanner.Scan(removed.ToString()) is [var run] && run.Start == 0 && run.Length == removed.Length
        && inserted.SequenceEqual(run.Restored);

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

    /// <summary>Letters and digits, and the invisible format characters (soft hyphen, zero-width space) that sit inside words.</summary>
    private static bool IsWordCharacter(char c) =>
        char.IsLetterOrDigit(c) || char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;

    /// <summary>Runs of word characters with at least one letter or digit ("donâ€™t" is two, as "don’t" is).</summary>
    private static int CountWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (!IsWordCharacter(c))
            {
                inWord = false;
            }
            else if (!inWord && (char.IsLetterOrDigit(c) || char.IsSurrogate(c)))
            {
                inWord = true;
                count++;
            }
        }

        return count;
    }
}
