using CorpusLint.Fixing;
using CorpusLint.Rules;
using CorpusLint.Rules.Hygiene;
using CorpusLint.Tests.Infrastructure;

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
}
