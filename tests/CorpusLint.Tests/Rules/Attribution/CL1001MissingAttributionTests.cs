using CorpusLint.Rules.Attribution;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Rules.Attribution;

public class CL1001MissingAttributionTests
{
    private readonly CL1001MissingAttribution _rule = new();

    [Theory]
    [InlineData("Ferry timetable changes\n\nThe council voted on Tuesday to add two crossings.\n")]
    [InlineData("By then, the council had voted to add two crossings.\n")]
    [InlineData("By 2020 the ferry ran twice an hour.\n")]
    [InlineData("By contrast, the bus service was cut.\n")]
    [InlineData("The book was first published in 1950 and is still in print.\n")]
    [InlineData("Dame Ann Holt is among three British authors on the shortlist.\n")]
    [InlineData("Mr Holt is a wonderful writer and should keep to fiction.\n")]
    [InlineData("Council approves new ferry timetable\n\nTech Industry\nDecember 18, 2020\n\nThe harbour council voted on Tuesday to add two evening crossings. The tech industry took notice.\n")]
    [InlineData("Council approves new ferry timetable\n\nJane Doe\n\nThe harbour council voted on Tuesday to add two evening crossings.\n")]
    public void Fires_at_the_start_of_a_document_without_attribution(string text) =>
        RuleTester.AssertFiresAt(_rule, text, (1, 1));

    [Theory]
    [InlineData("Ferry timetable changes\n\nBy Flavia Rossi\n\nThe council voted.\n")]
    [InlineData("Council approves new ferry timetable\n\nJane Doe\nDecember 18, 2020\n\nThe harbour council voted on Tuesday to add two evening crossings.\n")]
    [InlineData("Council approves new ferry timetable\n\nJane Doe - Apr 16, 2015 8:02 pm UTC\n\nThe harbour council voted on Tuesday to add two evening crossings.\n")]
    [InlineData("Council approves new ferry timetable\n\nyas! | By Jane Doe | April 13, 2020\n\nThe harbour council voted on Tuesday to add two evening crossings.\n")]
    [InlineData("Council approves new ferry timetable\n\nByJane Doe\n\nThe harbour council voted on Tuesday to add two evening crossings.\n")]
    [InlineData("Council approves new ferry timetable\n\nPosted by Jane Doe, Marketing, Example Corp\n\nThe harbour council voted on Tuesday to add two evening crossings.\n")]
    [InlineData("By [Maxim Orlov](#)\nJan. 22, 2019\n")]
    [InlineData("BY JANE DOE AND JOHN ROE\nThe council voted.\n")]
    [InlineData("By Jane Doe, Reuters\nThe council voted.\n")]
    [InlineData("By The Associated Press\nThe council voted.\n")]
    [InlineData("Written by Jane Doe\n\nThe council voted.\n")]
    [InlineData("The council voted.\n\n(Reporting by Jane Doe; Editing by John Roe)\n")]
    [InlineData("The council voted.\ned. BAR\n")]
    [InlineData("The council voted.\n\nJane Doe is a reporter at The Gazette and lives in Oslo.\n")]
    [InlineData("The council voted.\n\nJane Doe is Deputy Editor at the Harbour Institute.\n")]
    [InlineData("The council voted.\n\nSource: Al Jazeera, News Agencies\n")]
    [InlineData("The council voted.\n\nSources: Reuters, AFP\n")]
    [InlineData("OSLO (Reuters) - The council voted.\n")]
    [InlineData("The council voted.\n\n— AP\n")]
    [InlineData("The council voted.\n\nAssociated Press\n")]
    [InlineData("The council voted.\n\nThis article was originally published by The Gazette.\n")]
    [InlineData("The council voted.\n\nOriginally published on Harbour News.\n")]
    [InlineData("The council voted.\n\nThis article first appeared on Harbour News.\n")]
    [InlineData("The council voted.\n\nRepublished from The Conversation under a Creative Commons licence.\n")]
    [InlineData("The council voted.\n\nThe Associated Press contributed to this report.\n")]
    [InlineData("The council voted.\n\n— Jane Doe\n")]
    [InlineData("")]
    public void Silent_on(string text) => RuleTester.AssertSilent(_rule, text);

    [Theory]
    [InlineData("---\ntitle: Ferry\nauthor: Jane Doe\n---\n\nThe council voted.\n")]
    [InlineData("---\ntitle: Ferry\nauthors:\n  - Jane Doe\n  - John Roe\n---\n\nThe council voted.\n")]
    [InlineData("---\ntitle: Ferry\nurl: https://example.org/ferry\n---\n\nThe council voted.\n")]
    public void Silent_on_front_matter_in_markdown(string text) => RuleTester.AssertSilent(_rule, text, "article.md");

    [Fact]
    public void Front_matter_without_author_or_source_is_not_attribution() =>
        RuleTester.AssertPositions(RuleTester.Lint(_rule, "---\ntitle: Ferry\n---\n\nThe council voted.\n", "article.md"), (1, 1));

    [Fact]
    public void Snapshot() => RuleTester.VerifySnapshot(_rule, "CL1001.txt");
}
