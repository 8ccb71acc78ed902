using CorpusLint.Fixing;
using CorpusLint.Rules;
using CorpusLint.Rules.Hygiene;
using CorpusLint.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Text;

namespace CorpusLint.Tests.Fixing;

public sealed class FixApplierTests
{
    [Fact]
    public void Edits_are_applied_in_text_order_whatever_order_they_come_in()
    {
        var text = "one two three";

        var result = FixApplier.Apply(text, [TextEdit.Replace(8, 5, "3"), TextEdit.Replace(0, 3, "1"), TextEdit.Replace(4, 0, "and ")]);

        Assert.Equal("1 and two 3", result);
    }

    [Fact]
    public void Overlapping_and_touching_fixes_wait_for_the_next_pass()
    {
        // Trailing spaces (CL5004) end where the missing final newline (CL5005) is inserted: they touch.
        var diagnostics = RuleTester.Lint(new CL5004TrailingWhitespace(), "Last line.   ")
            .Concat(RuleTester.Lint(new CL5005MissingFinalNewline(), "Last line.   "))
            .ToList();

        var selected = FixApplier.SelectNonOverlapping(diagnostics);

        Assert.Equal(["CL5004"], selected.Select(d => d.Id));
    }

    [Fact]
    public void Separate_fixes_are_all_taken_in_one_pass()
    {
        var diagnostics = RuleTester.Lint(new CL5004TrailingWhitespace(), "One. \nTwo. \nThree.\n");

        Assert.Equal(2, FixApplier.SelectNonOverlapping(diagnostics).Count);
    }

    /// <summary>Two rules report a menu's lines, each with a deletion; the deletions overlap and are both taken, deleting their union.</summary>
    [Fact]
    public void Deletions_that_overlap_or_touch_are_taken_together_and_delete_their_union()
    {
        const string Text = "Home\nSign in\nSubscribe\nShare\nThe ferry leaves at six.\n";
        var diagnostics = RuleTester.Lint(new WordFixRule("CL9911", "Home", _ => Fix.Unsafe("delete", TextEdit.Delete(new TextSpan(0, 13)))), Text)
            .Concat(RuleTester.Lint(new WordFixRule("CL9912", "Subscribe", _ => Fix.Unsafe("delete", TextEdit.Delete(new TextSpan(5, 18)))), Text))
            .Concat(RuleTester.Lint(new WordFixRule("CL9913", "Share", _ => Fix.Unsafe("delete", TextEdit.Delete(new TextSpan(23, 6)))), Text))
            .ToList();

        var selected = FixApplier.SelectNonOverlapping(diagnostics);

        Assert.Equal(["CL9911", "CL9912", "CL9913"], selected.Select(d => d.Id));
        Assert.Equal("The ferry leaves at six.\n", FixApplier.Apply(Text, selected.SelectMany(d => d.Fix!.Edits)));
    }

    /// <summary>A fix that writes text waits beside a deletion it overlaps or touches, and a deletion beside it: what it writes may depend on what was deleted.</summary>
    [Theory]
    [InlineData(0, 13, 13, 0)] // the insertion touches the deletion's end
    [InlineData(5, 18, 13, 0)] // it falls inside the deletion
    public void A_fix_that_writes_text_waits_beside_a_deletion(int deleteStart, int deleteLength, int insertAt, int replaced)
    {
        const string Text = "Home\nSign in\nSubscribe\nThe ferry leaves at six.\n";
        var diagnostics = RuleTester.Lint(new WordFixRule("CL9911", "Home", _ => Fix.Unsafe("delete", TextEdit.Delete(new TextSpan(deleteStart, deleteLength)))), Text)
            .Concat(RuleTester.Lint(new WordFixRule("CL9912", "Subscribe", _ => Fix.Safe("insert", TextEdit.Replace(insertAt, replaced, "Menu: "))), Text))
            .ToList();

        Assert.Single(FixApplier.SelectNonOverlapping(diagnostics));
    }

    [Fact]
    public void Merged_edits_keep_writes_apart_and_join_deletions()
    {
        IReadOnlyList<TextEdit> merged = FixApplier.Merge([TextEdit.Replace(8, 2, ""), TextEdit.Replace(0, 2, "x"), TextEdit.Replace(4, 4, ""), TextEdit.Replace(9, 3, "")]);

        Assert.Equal([TextEdit.Replace(0, 2, "x"), TextEdit.Replace(4, 8, "")], merged);
    }

    /// <summary>"one two three" with "two" (4..7) followed through one edit.</summary>
    [Theory]
    [InlineData(0, 3, "1", 2, 3)] // before it: shifted
    [InlineData(8, 5, "", 4, 3)] // after it: unchanged
    [InlineData(5, 1, "WW", 4, 4)] // inside it: it grows
    [InlineData(2, 3, "", 2, 2)] // across its start: it starts after the edit
    [InlineData(6, 3, "", 4, 2)] // across its end: it ends before the edit
    [InlineData(4, 0, "big ", 8, 3)] // an insertion at its start goes before it
    [InlineData(7, 0, "!", 4, 3)] // and one at its end after it
    [InlineData(4, 3, "2", 4, 1)] // replaced whole: the replacement
    public void A_span_is_followed_through_the_edits(int editStart, int editLength, string newText, int start, int length)
    {
        var span = FixApplier.Map(new TextSpan(4, 3), [TextEdit.Replace(editStart, editLength, newText)]);

        Assert.Equal(new TextSpan(start, length), span);
    }

    [Theory]
    [InlineData(4, 3)]
    [InlineData(2, 8)]
    public void A_span_deleted_whole_is_gone(int editStart, int editLength) =>
        Assert.Null(FixApplier.Map(new TextSpan(4, 3), [TextEdit.Replace(editStart, editLength, "")]));

    [Fact]
    public void A_span_moves_by_every_edit_before_it()
    {
        var text = "one two three four";
        TextEdit[] edits = [TextEdit.Replace(0, 4, ""), TextEdit.Replace(8, 6, "3 "), TextEdit.Replace(18, 0, "!")];

        var span = FixApplier.Map(new TextSpan(14, 4), edits);

        Assert.Equal("four", FixApplier.Apply(text, edits).Substring(span!.Value.Start, span.Value.Length));
    }
}
