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

    /// <summary>
    /// Bylines are read by English cues ("By", "Reporting by"): in a document plainly in another language or script,
    /// finding none says nothing, so nothing is reported; English text with a foreign quotation is still read.
    /// </summary>
    [Theory]
    [InlineData("Hafen erhält neue Fähre\n\nVon Anna Berger\n\nDie Stadt hat am Montag eine neue Fähre für die Verbindung zwischen dem Nordkai und der Altstadt vorgestellt. Das Schiff soll ab Juni täglich fahren, und die Kosten teilen sich die Stadt und das Land.\n")]
    [InlineData("Porto ganha nova balsa\n\nPor Ana Ribeiro\n\nA prefeitura apresentou na segunda-feira uma nova balsa para a ligação entre o cais norte e o centro histórico. O barco deve circular todos os dias a partir de junho e levar até trezentos passageiros.\n")]
    [InlineData("Новый паром для порта\n\nТекст: Анна Берг\n\nВ понедельник город представил новый паром, который будет ходить между северным причалом и старым городом. Судно начнёт работать в июне и сможет перевозить до трёхсот пассажиров.\n")]
    public void Silent_on_a_document_plainly_in_another_language(string text) => RuleTester.AssertSilent(_rule, text);

    [Fact]
    public void Fires_on_English_text_that_quotes_another_language() =>
        RuleTester.AssertFiresAt(
            _rule,
            "Ferry timetable changes\n\nThe council voted on Tuesday to add two evening crossings, and the mayor said the new ferry would run from June. "
            + "Her German counterpart wrote: \"Die Stadt hat am Montag eine neue Fähre vorgestellt.\" The harbour master said the crossings would be busy all summer.\n",
            (1, 1));

    [Fact]
    public void Snapshot() => RuleTester.VerifySnapshot(_rule, "CL1001.txt");
}
