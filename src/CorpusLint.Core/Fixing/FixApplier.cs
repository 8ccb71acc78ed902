using System.Text;
using CorpusLint.Rules;
using Microsoft.CodeAnalysis.Text;

namespace CorpusLint.Fixing;

/// <summary>Chooses the fixes one pass can apply together and applies their edits, as ESLint's fixer does.</summary>
public static class FixApplier
{
    /// <summary>
    /// The fixes of <paramref name="diagnostics"/> that one pass applies: sorted by the range of text each touches
    /// (first edit to last), a fix is taken only when its range starts after the last taken one ends. The others
    /// wait for the next pass, after the document is analysed again. A fix that only deletes text is taken beside
    /// other such fixes it overlaps or touches: deletions commute (together they delete the union of their spans),
    /// and a menu reported by two rules is deleted whole in one pass rather than in pieces that, once their
    /// neighbours are gone, no longer read as a menu.
    /// </summary>
    public static IReadOnlyList<LintDiagnostic> SelectNonOverlapping(IEnumerable<LintDiagnostic> diagnostics)
    {
        var selected = new List<LintDiagnostic>();
        int lastEnd = -1, lastRewriteEnd = -1;
        foreach (var (diagnostic, range, deletes) in diagnostics
            .Where(d => d.Fix is { Edits.Count: > 0 })
            .Select(d => (Diagnostic: d, Range: RangeOf(d.Fix!), Deletes: d.Fix!.Edits.All(e => e.NewText.Length == 0)))
            .OrderBy(c => c.Range.Start)
            .ThenBy(c => c.Range.End))
        {
            if (range.Start > lastEnd || (deletes && range.Start > lastRewriteEnd))
            {
                selected.Add(diagnostic);
                lastEnd = Math.Max(lastEnd, range.End);
                lastRewriteEnd = deletes ? lastRewriteEnd : range.End;
            }
        }

        return selected;
    }

    /// <summary>
    /// <paramref name="edits"/> in text order, deletions that overlap or touch merged into one: the edits
    /// <see cref="SelectNonOverlapping"/> took, as <see cref="Apply"/> and <see cref="Map"/> take them.
    /// </summary>
    public static IReadOnlyList<TextEdit> Merge(IEnumerable<TextEdit> edits)
    {
        var merged = new List<TextEdit>();
        foreach (var edit in edits.OrderBy(e => e.Span.Start).ThenBy(e => e.Span.End))
        {
            if (merged.Count > 0 && merged[^1] is { NewText.Length: 0 } last && edit.NewText.Length == 0 && edit.Span.Start <= last.Span.End)
            {
                merged[^1] = TextEdit.Delete(TextSpan.FromBounds(last.Span.Start, Math.Max(last.Span.End, edit.Span.End)));
            }
            else
            {
                merged.Add(edit);
            }
        }

        return merged;
    }

    /// <summary>The text with <paramref name="edits"/> applied (in text order, deletions <see cref="Merge"/>d).</summary>
    public static string Apply(string text, IEnumerable<TextEdit> edits)
    {
        var result = new StringBuilder(text.Length);
        var position = 0;
        foreach (var edit in Merge(edits))
        {
            result.Append(text, position, edit.Span.Start - position).Append(edit.NewText);
            position = edit.Span.End;
        }

        return result.Append(text, position, text.Length - position).ToString();
    }

    /// <summary>
    /// Where <paramref name="span"/> of the text stands once <paramref name="edits"/> (<see cref="Merge"/>d) are applied:
    /// an edit inside it shifts its end, one before it the whole span, one across its start or end trims it, and text
    /// inserted where it starts or ends stays out of it. Null when the edits replaced all of it.
    /// </summary>
    public static TextSpan? Map(TextSpan span, IReadOnlyList<TextEdit> edits)
    {
        int start = span.Start, end = span.End, startShift = 0, endShift = 0;
        foreach (var edit in edits)
        {
            var change = edit.NewText.Length - edit.Span.Length;
            if (edit.Span.End <= span.Start)
            {
                startShift += change;
            }
            else if (edit.Span.Start < span.Start)
            {
                start = edit.Span.End; // its first characters were replaced: it starts after the replacement
                startShift += change;
            }

            if (edit.Span.End < span.End || (edit.Span.End == span.End && edit.Span.Start < span.End))
            {
                endShift += change;
            }
            else if (edit.Span.Start < span.End)
            {
                end = edit.Span.Start; // its last characters were replaced: it ends before the replacement
            }
        }

        return end + endShift > start + startShift || span.IsEmpty ? TextSpan.FromBounds(start + startShift, Math.Max(start + startShift, end + endShift)) : null;
    }

    private static TextSpan RangeOf(Fix fix) =>
        TextSpan.FromBounds(fix.Edits.Min(e => e.Span.Start), fix.Edits.Max(e => e.Span.End));
}
