using CorpusLint.Fixing;
using CorpusLint.Model;
using CorpusLint.Rules;
using CorpusLint.Rules.Boilerplate;
using CorpusLint.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Text;

namespace CorpusLint.Tests.Fixing;

public sealed class FixGuardTests
{
    [Theory]
    [InlineData("At six , he said.", 6, 1, "")]
    [InlineData("He said “yes.”", 8, 1, "\"")]
    [InlineData("A\u00A0 space.", 1, 1, "")]
    [InlineData("Last line.", 10, 0, "\n")]
    [InlineData("Caf\u00C3\u00A9 open.", 3, 2, "é")]
    [InlineData("don\u00E2\u20AC\u2122t", 3, 3, "’")]
    [InlineData("\u00C3\u2026RSLEV, Denmark", 0, 2, "\u00C5")]
    [InlineData("its \u00E2\u20AC\u0153crust", 4, 3, "\u201C")]
    [InlineData("Thaçi ’s plan", 5, 1, "")]
    [InlineData("exam\u00ADple", 4, 1, "")]
    [InlineData("the colour red", 4, 6, "color")]
    public void Safe_edits_that_leave_every_word_pass(string text, int start, int length, string newText)
    {
        Assert.Null(Check(text, Fix.Safe("test", TextEdit.Replace(start, length, newText))));
    }

    [Theory]
    [InlineData("At six , he said.", 3, 4, ",", "a safe fix would remove a word")]
    [InlineData("At six, he said.", 2, 1, "", "a safe fix would remove a word")]
    [InlineData("At six, he said.", 3, 3, "", "a safe fix would remove a word")]
    [InlineData("At six,\nhe said.", 7, 1, " ", "a safe fix would join two lines")]
    [InlineData("its \u00E2\u20AC\u0153crust", 4, 3, "", "a safe fix would remove a word")]
    public void Safe_edits_that_remove_or_join_words_or_join_lines_are_refused(string text, int start, int length, string newText, string reason)
    {
        Assert.Equal(reason, Check(text, Fix.Safe("test", TextEdit.Replace(start, length, newText))));
    }

    [Fact]
    public void Overlapping_edits_are_refused()
    {
        var fix = Fix.Safe("test", TextEdit.Replace(1, 2, ","), TextEdit.Replace(2, 2, ""));

        Assert.Equal("its edits overlap", Check("a , b , c", fix));
    }

    [Fact]
    public void Unsafe_fixes_delete_only_whole_lines_of_their_own_diagnostic()
    {
        const string text = "- [Home](/)\n- [World](/world)\n- [Sport](/sport)\n\nThe ferry leaves at six.\n";
        var document = Document.FromText("a.txt", text);
        var menu = RuleTester.Lint(new CL2001NavigationMenu(), document).Single();
        var menuEnd = text.IndexOf("\n\n", StringComparison.Ordinal) + 1;

        Assert.Null(FixGuard.Check(document, menu, menu.Fix!));
        Assert.Equal("it deletes part of a line", FixGuard.Check(document, menu, Fix.Unsafe("t", TextEdit.Delete(new TextSpan(0, 5)))));
        Assert.Equal("it deletes lines outside its diagnostic", FixGuard.Check(document, menu, Fix.Unsafe("t", TextEdit.Delete(TextSpan.FromBounds(0, text.Length)))));
        Assert.Equal("an unsafe fix may only delete lines", FixGuard.Check(document, menu, Fix.Unsafe("t", TextEdit.Replace(0, menuEnd, "Menu\n"))));
    }

    private static string? Check(string text, Fix fix)
    {
        var document = Document.FromText("a.txt", text);
        var rule = new WordFixRule("CL9901", text[..1], _ => fix);
        var diagnostic = RuleTester.Lint(rule, document).First();
        return FixGuard.Check(document, diagnostic, fix);
    }
}
