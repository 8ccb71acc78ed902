using CorpusLint.Model;
using CorpusLint.Rules.Dates;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Rules.Dates;

public class CL3002WeekdayDateMismatchTests
{
    private readonly CL3002WeekdayDateMismatch _rule = new();

    [Theory]
    [InlineData("Putin arrived on Thursday, January 18, 2019.", 1, 18)]
    [InlineData("Putin arrived on Thu., Jan. 18, 2019.", 1, 18)]
    [InlineData("Putin arrived on Thursday 18 January 2019.", 1, 18)]
    [InlineData("Putin arrived on Thursday, 18 Jan 2019.", 1, 18)]
    [InlineData("Filed Thursday 2019-01-18.", 1, 7)]
    [InlineData("Filed Thursday, 18/01/2019.", 1, 7)]
    [InlineData("Headline\n\n12:38 PM EST, Thursday, January 18, 2019\n", 3, 15)]
    public void Fires_on_the_weekday_beside_a_date_in_any_format(string text, int line, int column) =>
        RuleTester.AssertFiresAt(_rule, text, (line, column));

    /// <summary>Dates in the document's language (12 March 2025 was a Wednesday, 22 October 2010 a Friday).</summary>
    [Theory]
    [InlineData("Die Stadt hat die neue Fähre am Montag, 12. März 2025 vorgestellt, und sie wurde mit den Gästen gefeiert.\n", 1, 33)]
    [InlineData("La ville a présenté le nouveau bateau le lundi 12 mars 2025, et il a été fêté avec les invités sur le quai.\n", 1, 42)]
    public void Fires_on_a_weekday_beside_a_date_in_the_document_s_language(string text, int line, int column) =>
        RuleTester.AssertFiresAt(_rule, text, (line, column));

    [Fact]
    public void Silent_on_a_right_weekday_in_the_document_s_language() =>
        RuleTester.AssertSilent(_rule, "A prefeitura apresentou a nova balsa na sexta-feira, 22 de outubro de 2010, e foi celebrada com os convidados no cais.\n");

    [Theory]
    [InlineData("Filed 2019-01-18 (Thursday).", 1, 19)]
    [InlineData("Filed 2019-01-18(Thursday).", 1, 18)]
    [InlineData("Filed 2019-01-18 (Thu).", 1, 19)]
    [InlineData("Filed 2019-01-18(Thu.) at noon.", 1, 18)]
    [InlineData("Filed January 18, 2019 (Thursday).", 1, 25)]
    public void Fires_on_a_weekday_in_parentheses_after_the_date(string text, int line, int column) =>
        RuleTester.AssertFiresAt(_rule, text, (line, column));

    [Theory]
    [InlineData("会議は2019年1月18日（木）に開かれた。", 1, 15)] // January 18, 2019 was a Friday
    [InlineData("会議は2019年1月18日(木曜日)に開かれた。", 1, 15)]
    [InlineData("会议于2019年1月18日（星期四）举行。", 1, 15)]
    [InlineData("会议于2019年1月18日（周四）举行。", 1, 15)]
    [InlineData("회의는 2019년 1월 18일 (목) 열렸다.", 1, 19)]
    [InlineData("회의는 2019년 1월 18일 (목요일) 열렸다.", 1, 19)]
    public void Fires_on_a_CJK_date_followed_by_a_weekday_in_parentheses(string text, int line, int column) =>
        RuleTester.AssertFiresAt(_rule, text, (line, column));

    [Theory]
    [InlineData("Filed 2019-01-17 (Thursday).")]
    [InlineData("Filed 2019-01-17(Thu).")]
    [InlineData("Filed 2019-01-18 (see below).")]
    [InlineData("Filed 2019-01-18 (and Thursday's amendment).")]
    [InlineData("会議は2019年1月17日（木）に開かれた。")]
    [InlineData("会议于2019年1月17日（星期四）举行。")]
    [InlineData("会议于2019年1月18日（四）举行。")] // a numeral alone is a list number, not a weekday
    [InlineData("회의는 2019년 1월 17일 (목요일) 열렸다.")]
    public void Silent_on_a_weekday_in_parentheses_that_matches(string text) => RuleTester.AssertSilent(_rule, text);

    [Fact]
    public void A_date_written_whole_is_checked_without_the_layout()
    {
        var document = Document.FromText("article.txt", "Headline\n\nBy Jane Doe\nJanuary 20, 2019\n\nPutin arrived on Thursday, January 18, 2019, and left on Friday, January 18, 2019.\n");

        var diagnostics = RuleTester.Lint(_rule, document);

        RuleTester.AssertPositions(diagnostics, (6, 18));
        Assert.False(document.HasLayout);
    }

    [Fact]
    public void Fires_on_a_yearless_date_near_publication() =>
        RuleTester.AssertFiresAt(_rule, "Headline\n\nJanuary 17, 2019\n\nThe vote is on Friday, Jan. 24.\n", (5, 16));

    [Theory]
    [InlineData("Putin arrived on Thursday, January 17, 2019.")] // January 17, 2019 was a Thursday
    [InlineData("Putin arrived on Thu., Jan. 17, 2019.")]
    [InlineData("The leap day fell on Saturday, February 29, 2020.")]
    [InlineData("Putin arrived on Thursday, and on January 18, 2019 he left.")]
    [InlineData("The vote is on Friday, Jan. 24.")] // no year, no publication date: nothing to check against
    [InlineData("The vote on Thursday, February 30, 2019 never happened.")] // CL3003's
    public void Silent_on(string text) => RuleTester.AssertSilent(_rule, text);

    [Fact]
    public void Snapshot() => RuleTester.VerifySnapshot(_rule, "CL3002.txt");
}
