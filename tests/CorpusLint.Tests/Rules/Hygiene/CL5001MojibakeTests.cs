using CorpusLint.Rules.Hygiene;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Rules.Hygiene;

public class CL5001MojibakeTests
{
    private readonly CL5001Mojibake _rule = new();

    [Fact]
    public void Fires_on_mojibake_in_mid_paragraph() =>
        RuleTester.AssertFiresAt(_rule, "First line.\nThe chef said itâ€™s time to meet JosÃ© AndrÃ©s.\n", (2, 17), (2, 38), (2, 45));

    [Theory]
    [InlineData("itâ€™s", "it’s")]
    [InlineData("â€œQuoteâ€\u009d", "“Quote”")]
    [InlineData("cafÃ©", "café")]
    [InlineData("Ã‰tienne", "Étienne")]
    [InlineData("GÃ¶rlitz", "Görlitz")]
    [InlineData("VuÄ\u008diÄ‡", "Vučić")]
    [InlineData("RoÅ¡", "Roš")]
    [InlineData("priceÂ\u00A0list", "price\u00A0list")]
    [InlineData("FranÃ\u0083Â§ois", "François")]
    [InlineData("FranA\u0303\u0083A\u0302§ois", "François")]
    [InlineData("â‚¬5", "€5")]
    [InlineData("Ã©tÃ©", "été")]
    public void Fix_restores_the_original_characters(string garbled, string original)
    {
        var text = $"Text {garbled} here.\n";
        var diagnostics = RuleTester.Lint(_rule, text);
        Assert.NotEmpty(diagnostics);
        var fixedText = text;
        foreach (var edit in diagnostics.SelectMany(d => d.Fix!.Edits).OrderByDescending(e => e.Span.Start))
        {
            fixedText = fixedText[..edit.Span.Start] + edit.NewText + fixedText[edit.Span.End..];
        }

        Assert.Equal($"Text {original} here.\n", fixedText);
    }

    [Theory]
    [InlineData("said.Â The minister")]
    [InlineData("voilÃ tout")]
    [InlineData("the â€ mark")]
    public void Damaged_mojibake_is_reported_without_a_fix(string text)
    {
        var diagnostic = Assert.Single(RuleTester.Lint(_rule, text));
        Assert.Null(diagnostic.Fix);
    }

    [Theory]
    [InlineData("SÃO PAULO — The mayor of São Paulo spoke.\n")]
    [InlineData("João and Estêvão visited Ã and Õ.\n")]
    [InlineData("L'ÂGE D'OR opened in Paris.\n")]
    [InlineData("BRÂNCUȘI and România.\n")]
    [InlineData("The ticket costs €5, or € 5.\n")]
    [InlineData("MERCI, CAFÉ…\n")]
    [InlineData("Sie sagte: „Ich heiße Fuß”.\n")]
    [InlineData("“Voilà,” she said. Ça va.\n")]
    [InlineData("A café…” and a fiancée’s ring.\n")]
    [InlineData("Dvořák, Łódź, Škoda, Ærø, Øresund.\n")]
    public void Silent_on(string text) => RuleTester.AssertSilent(_rule, text);

    [Fact]
    public void Snapshot() => RuleTester.VerifySnapshot(_rule, "CL5001.txt");
}
