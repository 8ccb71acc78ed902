using CorpusLint.Rules.Dates;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Rules.Dates;

public class CL3006UnanchoredRelativeDateTests
{
    private readonly CL3006UnanchoredRelativeDate _rule = new();

    [Fact]
    public void Fires_at_each_relative_reference() =>
        RuleTester.AssertFiresAt(
            _rule,
            "Headline\n\nAfter arriving in Belgrade on Thursday, Putin spoke.\nLast Thursday, the talks began.\nThe minister resigned yesterday and left last week.\nProtesters gathered on March 17.\n",
            (3, 31), (4, 1), (5, 23), (5, 42), (6, 24));

    [Theory]
    [InlineData("Headline\n\nJan. 22, 2019\n\nPutin arrived on Thursday and left yesterday.\n")]
    [InlineData("Headline\n\nThe ferry sailed on January 17, 2019 and sales rose this year.\n")]
    [InlineData("Headline\n\nThe ferry sails every Friday, and on Good Friday it rests.\n")]
    [InlineData("Headline\n\nShe told the Sunday Times and the Today programme.\n")]
    [InlineData("Neue Fähre\n\nDie Stadt hat die neue Fähre am 3. Mai vorgestellt, und sie wurde mit den Gästen auf dem Schiff gefeiert.\n")] // its date is found by English cues only
    public void Silent_on(string text) => RuleTester.AssertSilent(_rule, text);

    [Fact]
    public void Snapshot() => RuleTester.VerifySnapshot(_rule, "CL3006.txt");
}
