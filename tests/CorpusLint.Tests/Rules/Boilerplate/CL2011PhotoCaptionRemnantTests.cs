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
    public void Fix_deletes_whole_lines()
    {
        var text = BoilerplateText.Fixture("CL2011.txt");
        foreach (var diagnostic in RuleTester.Lint(_rule, Document.FromText("CL2011.txt", text)).Where(d => d.Fix is not null))
        {
            var edit = Assert.Single(diagnostic.Fix!.Edits);
            Assert.Equal(FixSafety.Unsafe, diagnostic.Fix.Safety);
            Assert.Equal(string.Empty, edit.NewText);
            Assert.True(edit.Span.Start == 0 || text[edit.Span.Start - 1] == '\n', "a deletion starts at a line start");
            Assert.True(edit.Span.End == text.Length || text[edit.Span.End - 1] == '\n', "a deletion ends after a line terminator");
        }
    }

    [Theory]
    [InlineData("The photographer, who works for AFP, said the picture was taken at dawn from the deck of the ferry.")]
    [InlineData("EU-US talks on the ferry subsidies resume on Monday in Brussels, the ministry said in a statement.")]
    public void Silent_on_prose(string sentence) => RuleTester.AssertSilent(_rule, BoilerplateText.WithProse(sentence));

    [Fact]
    public void Silent_on_a_clean_article() => RuleTester.AssertSilent(_rule, BoilerplateText.Article());

    [Fact]
    public void Snapshot() => RuleTester.VerifySnapshot(_rule, "CL2011.txt");
}
