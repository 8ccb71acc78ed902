using CorpusLint.Model;
using CorpusLint.Rules;
using CorpusLint.Rules.Boilerplate;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Rules.Boilerplate;

public class CL2011PhotoCaptionRemnantTests
{
    private readonly CL2011PhotoCaptionRemnant _rule = new();

    [Fact]
    public void Fires_on_a_wire_slug_and_a_credit_line() =>
        RuleTester.AssertFiresAt(
            _rule,
            BoilerplateText.Article(middle: ["HARBOUR-FERRY-COUNCIL Passengers board the evening ferry at the north quay", "Crowds gathered on the quay [Eva Holm/Gazette]"]),
            (7, 1));

    [Fact]
    public void Fix_deletes_whole_lines() => BoilerplateText.AssertFixesDeleteWholeLines(_rule, "CL2011.txt");

    [Theory]
    [InlineData("The photographer, who works for AFP, said the picture was taken at dawn from the deck of the ferry.")]
    [InlineData("EU-US talks on the ferry subsidies resume on Monday in Brussels, the ministry said in a statement.")]
    public void Silent_on_prose(string sentence) => RuleTester.AssertSilent(_rule, BoilerplateText.WithProse(sentence));

    [Fact]
    public void Silent_on_a_clean_article() => RuleTester.AssertSilent(_rule, BoilerplateText.Article());

    [Fact]
    public void Snapshot() => RuleTester.VerifySnapshot(_rule, "CL2011.txt");
}
