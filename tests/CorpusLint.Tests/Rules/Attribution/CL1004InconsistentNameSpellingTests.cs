using CorpusLint.Rules.Attribution;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Rules.Attribution;

public class CL1004InconsistentNameSpellingTests
{
    private readonly CL1004InconsistentNameSpelling _rule = new();

    [Fact]
    public void Fires_at_the_minority_spelling()
    {
        const string text = "President Aleksandar Vučić met Putin.\n\nLater, Vučić spoke.\n\nIn his speech, president Vucic thanked him.\n";
        var diagnostic = Assert.Single(RuleTester.Lint(_rule, text));
        Assert.Equal((5, 26), (diagnostic.Start.Line, diagnostic.Start.Column));
        Assert.Equal("'Vucic' is written 'Vučić' elsewhere in the document (1 time(s) against 2)", diagnostic.Message);
    }

    [Fact]
    public void Fires_once_per_spelling_and_on_a_tie_at_the_later_one() =>
        RuleTester.AssertFiresAt(_rule, "Minister Selaković arrived.\nThe minister, Selakovic, said so. Selakovic left.\nMinister Selaković stayed.\nMr Đukić met Mr Dukic.\n", (2, 15), (4, 17));

    [Theory]
    [InlineData("Talks with Vucic’s team went on. Vučić said no.\n", 1, 34)]
    [InlineData("Coach Søren Lund spoke. Later Soren Lund left.\n", 1, 31)]
    [InlineData("Ms Łukasz Nowak spoke, and then Lukasz Nowak left.\n", 1, 33)]
    [InlineData("Councillor Anna Weiß spoke and Anna Weiss left.\n", 1, 37)]
    [InlineData("Mayor Ħamrun Borg spoke and Mayor Hamrun Borg left.\n", 1, 35)]
    public void Fires_on_letters_that_do_not_decompose(string text, int line, int column) =>
        RuleTester.AssertFiresAt(_rule, text, (line, column));

    [Theory]
    [InlineData("President Vucic met Putin. Vucic’s critics say it was staged.\n")]
    [InlineData("President Vučić met Putin. Vučić’s critics say it was staged.\n")]
    [InlineData("They met at the Café Central. Cafe owners were pleased.\n")]
    [InlineData("Résumé writing is an art. Resume the meeting, he said.\n")]
    [InlineData("Élan was the word. With élan and without elan.\n")]
    [InlineData("The talks were with O’Neill and then O'Neill left.\n")]
    [InlineData("The UN said so. The ÚN did not.\n")]
    [InlineData("Marco Rossi won the race on Sunday and the crowd cheered him.\n\nO evento terminou em Março de 2019 com a vitória dele na pista.\n")]
    [InlineData("")]
    public void Silent_on(string text) => RuleTester.AssertSilent(_rule, text);

    [Fact]
    public void Snapshot() => RuleTester.VerifySnapshot(_rule, "CL1004.txt");
}
