using CorpusLint.Rules.Hygiene;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Rules.Hygiene;

public class CL5003InvisibleCharacterTests
{
    private readonly CL5003InvisibleCharacter _rule = new();

    [Fact]
    public void Fires_on_a_no_break_space_at_the_line_end() =>
        RuleTester.AssertFiresAt(_rule, "Putin told reporters.\u00A0\nNext line.\u00A0 \n", (1, 22), (2, 11));

    [Fact]
    public void Fires_on_a_no_break_space_between_words() =>
        RuleTester.AssertFiresAt(_rule, "the visit to\u00A0Belgrade and,\u00A0later, Sarajevo.\n", (1, 13), (1, 27));

    [Fact]
    public void Fires_on_zero_width_soft_hyphen_bom_and_controls() =>
        RuleTester.AssertFiresAt(_rule, "a\u200Bb\nre\u00ADporters\nin\uFEFFside\nbell\u0007 and \u0085 x\n\u200B\u200B\n", (1, 2), (2, 3), (3, 3), (4, 5), (4, 11), (5, 1));

    [Fact]
    public void Fires_on_joiners_between_latin_letters() =>
        RuleTester.AssertFiresAt(_rule, "co\u200Doperate and in\u200Cside\n", (1, 3), (1, 18));

    [Fact]
    public void Fixes_replace_no_break_spaces_and_delete_the_rest()
    {
        var diagnostics = RuleTester.Lint(_rule, "to\u00A0Belgrade.\u00A0\nre\u00ADporters\n");
        Assert.Equal([" ", "", ""], diagnostics.Select(d => Assert.Single(d.Fix!.Edits).NewText));
    }

    [Theory]
    [InlineData("Il a dit\u00A0: « Bonjour\u00A0» et\u00A0! Vraiment\u00A0?\n")]
    [InlineData("«\u00A0Oui\u00A0», a-t-il répondu.\n")]
    [InlineData("The road is 10\u00A0km long and costs €\u00A05 or 5\u00A0€, 20\u00A0000 people, 15\u00A0%.\n")]
    [InlineData("See p.\u00A05 and Mr.\u00A0Smith.\n")]
    [InlineData("Bydlím v\u00A0Praze a\u00A0v\u00A0Brně.\n")]
    [InlineData("Pride 🏳️\u200D🌈 and family 👨\u200D👩\u200D👧.\n")]
    [InlineData("می\u200Cخواهم and क्\u200Dष.\n")]
    [InlineData("Plain text with tabs\tand\r\nCRLF line ends.\r\n")]
    [InlineData("")]
    public void Silent_on(string text) => RuleTester.AssertSilent(_rule, text);

    [Fact]
    public void Silent_on_controls_inside_mojibake() => RuleTester.AssertSilent(_rule, "FranÃ\u0083Â§ois Hollande\n");

    [Fact]
    public void Snapshot() => RuleTester.VerifySnapshot(_rule, "CL5003.txt");
}
