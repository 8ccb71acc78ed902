using CorpusLint.Rules.Dates;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Rules.Dates;

public class CL3001MissingPublicationDateTests
{
    private readonly CL3001MissingPublicationDate _rule = new();

    [Fact]
    public void Fires_once_at_the_start_of_an_undated_document() =>
        RuleTester.AssertFiresAt(_rule, "Headline\n\nThe council met on January 17, 2019, to vote on the new ferry timetable for the island and its many residents.\n", (1, 1));

    [Theory]
    [InlineData("Headline\n\nBy Maria Lindqvist\nJan. 22, 2019\n\nThe council met.\n")]
    [InlineData("Headline\n\n12:38 PM EST, November 11, 2023\n\nThe council met.\n")]
    [InlineData("Headline\nPublished: 17 January 2019\n\nThe council met.\n")]
    [InlineData("Headline\nUpdated Jan. 18, 2019 at 9:30 a.m. ET\n\nThe council met.\n")]
    [InlineData("---\ndate: 2019-01-17\n---\nThe council met.\n")]
    [InlineData("Headline\n\nThe council met on Tuesday.\n\nThe ferry runs later.\n\nThursday, January 17, 2019\n")]
    [InlineData("Headline\n\nBRIDGEMOOR, Tuesday, January 23, 2024 — The county council approved its budget on Tuesday.\n")]
    [InlineData("Headline\n\nÖSTERHAMMAR, Sweden, April 4, 2024 – A night of frost has cut the apple harvest.\n")]
    [InlineData("Headline\n\nMaria Lindqvist | Thursday, November 9, 2023\n\nThe council met.\n")]
    [InlineData("Headline\n\nMaria Lindqvist | Sep. 21, 2011, 3:17 PM | 1,209 | 5\n\nThe council met.\n")] // views and comments beside the date
    [InlineData("Headline\n\nApr. 24, 2014, 9:49 AM 286,248 40\n\nThe council met.\n")]
    [InlineData("Headline\n\nMaria Lindqvist 8/17/13 11:04am Yesterday 11:04am\n\nThe council met.\n")] // the stamp printed again as an age
    [InlineData("Headline\n\nJan 18, 2019\n\nThe council met.\n")]
    [InlineData("Headline\n\n6 OCT 2020\n\nThe council met.\n")]
    [InlineData("Headline\n\n09 Jun 2020, 02:32 PM IST\n\nThe council met.\n")]
    [InlineData("Headline\n\nLast Updated: January 7, 2025\n\nThe council met.\n")] // an update date dates the document
    [InlineData("Headline\n\nJanuary 21, 2019\nBy Maria Lindqvist\nJanuary 22, 2019\n\nThe council met.\n")] // dates that disagree are CL3005's
    [InlineData("")]
    public void Silent_on(string text) => RuleTester.AssertSilent(_rule, text);

    [Theory]
    [InlineData("Headline\n\nThe council met on January 23, 2024 — a Tuesday — to approve the budget.\n")]
    [InlineData("Headline\n\nBridgemoor, January 23, 2024 — The county council approved its budget.\n")]
    public void A_date_in_prose_is_not_an_inline_dateline(string text) =>
        RuleTester.AssertFiresAt(_rule, text, (1, 1));

    [Fact]
    public void Three_numbers_beside_a_date_make_a_tables_row_not_a_dateline() =>
        RuleTester.AssertFiresAt(_rule, "Results\n\nJan. 5, 2019 3 1 12\n\nThe council met.\n", (1, 1));

    /// <summary>Dates are read by English month names and cues: in a document plainly in another language, finding none says nothing.</summary>
    [Theory]
    [InlineData("Hafen erhält neue Fähre\n\nVon Anna Berger, 12. März 2025\n\nDie Stadt hat am Montag eine neue Fähre für die Verbindung zwischen dem Nordkai und der Altstadt vorgestellt. Das Schiff soll ab Juni täglich fahren, und die Kosten teilen sich die Stadt und das Land.\n")]
    [InlineData("Porto ganha nova balsa\n\nsexta-feira, 22 de outubro de 2010 às 20:13\n\nA prefeitura apresentou na segunda-feira uma nova balsa para a ligação entre o cais norte e o centro histórico. O barco deve circular todos os dias a partir de junho e levar até trezentos passageiros.\n")]
    public void Silent_on_a_document_plainly_in_another_language(string text) => RuleTester.AssertSilent(_rule, text);

    [Fact]
    public void Snapshot() => RuleTester.VerifySnapshot(_rule, "CL3001.txt");
}
