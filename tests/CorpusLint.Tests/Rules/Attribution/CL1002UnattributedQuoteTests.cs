using CorpusLint.Rules.Attribution;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Rules.Attribution;

public class CL1002UnattributedQuoteTests
{
    private readonly CL1002UnattributedQuote _rule = new();

    [Fact]
    public void Fires_on_a_quotation_with_no_speaker() =>
        RuleTester.AssertFiresAt(
            _rule,
            "The council meets again next month.\n\n“We cannot keep running two ferries on a budget meant for one, and everybody knows it.”\n",
            (3, 1));

    [Fact]
    public void Fires_once_for_a_multi_paragraph_quotation_with_no_speaker() =>
        RuleTester.AssertFiresAt(
            _rule,
            "The budget was published on Monday.\n\n“We cannot keep running two ferries on a budget meant for one.\n\n“And everybody here knows who will pay for it in the end.”\n",
            (3, 1));

    [Fact]
    public void Fires_on_a_quotation_before_a_colon_in_running_prose() =>
        RuleTester.AssertFiresAt(
            _rule,
            "The council meets again next month.\n\nThe ferry crews arrived early on Monday.\n\n“We cannot keep running two ferries on a budget meant for one”: the words were painted on the harbour wall overnight.\n",
            (5, 1));

    [Fact]
    public void Fires_on_each_copy_of_a_quotation_nobody_is_said_to_have_said() =>
        RuleTester.AssertFiresAt(
            _rule,
            "The council meets again next month.\n\n“We cannot keep running two ferries on a budget meant for one.”\n\nThe harbour was quiet.\n\n“We cannot keep running two ferries on a budget meant for one.”\n",
            (3, 1),
            (7, 1));

    [Fact]
    public void Silent_on_a_quotation_in_a_paragraph_of_another_language() =>
        RuleTester.AssertSilent(
            _rule,
            "The council meets again next month.\n\n“Jembatan pelabuhan itu sudah lama rusak dan tidak pernah diperbaiki oleh pemerintah kota sejak tahun lalu.”\n");

    [Fact]
    public void Min_words_option_is_respected()
    {
        const string text = "Nothing else happened.\n\n“Five words are quoted here.”\n";
        RuleTester.AssertPositions(RuleTester.Lint(_rule, text));
        RuleTester.AssertPositions(RuleTester.Lint(_rule, text, options: new Dictionary<string, string> { ["min_words"] = "5" }), (3, 1));
    }

    [Theory]
    [InlineData("“We cannot keep running two ferries on a budget meant for one,” said Jane Doe, the harbour master.")]
    [InlineData("“We cannot keep running two ferries on a budget meant for one,” the harbour master ex\u00ADplained.")]
    [InlineData("The harbour master told reporters: “We cannot keep running two ferries on a budget meant for one.”")]
    [InlineData("“We cannot keep running two ferries on a budget meant for one,” she said.\n\n“And everybody here knows who will pay for it in the end, which is the islanders.”")]
    [InlineData("Jane Doe spoke first.\n\n“We cannot keep running two ferries on a budget meant for one,” she said. “Everybody knows it.\n\n“And everybody here knows who will pay for it in the end, which is the islanders.”")]
    [InlineData("“We cannot keep running two ferries on a budget meant for one,” the harbour master said.\n\n“Everybody here knows who will pay for it in the end, which is the islanders.”\n\n“And they are tired of paying for decisions made on the mainland.”")]
    [InlineData("The report said the ferries needed to be “running on a schedule that islanders who work in town can actually use”.")]
    [InlineData("Harbour master Jane Doe sighed. “We cannot keep running two ferries on a budget meant for one.”")]
    [InlineData("“The best ferry service on the whole coast, with friendly crews and clean decks.”\n– A. Passenger, Leeds")]
    [InlineData("“Short and sweet,” it read.")]
    [InlineData("She called it “a scandal”.")]
    [InlineData("The singer told the audience, “that was really good, maybe we should take this show on the road.”")]
    [InlineData("You can also subscribe here: just tick \"Ten Things in Tech You Need to Know Today.\"")]
    [InlineData("“I never said one thing in public and did another in private,” she said. “It would be dangerous territory if I did, and I know it.”")]
    [InlineData("References\n\n1. ^ \"Harbour council votes to keep the evening ferry running through the winter\". The Harbour Gazette. 3 May 2018. Retrieved 9 May 2018.")]
    [InlineData("2. ^ Roe, Jane (2019). \"Why the islanders could not agree on the price of a season ticket\". Island Monthly. Archived from the original on 4 June 2019.")]
    [InlineData("221. ^ \"Harbour and island sign a deal on the price of the winter ferry\". The Harbour Gazette. April 2008.")]
    [InlineData("In Dr. Holm's words, “The ferry is the island's road, and nobody would close a road for the winter.”")]
    [InlineData("In the words of the harbour master, “The ferry is the island's road, and nobody would close a road for the winter.”")]
    [InlineData("Was she a fan of the harbour master before she took the job?\n\n“I have watched the ferries come in since I was a child, and I never wanted any other work.”")]
    [InlineData("But hasn't Holm had to turn down other offers?\n\n“I mean, yes. It feels strange to say so, but the island is where I want to be.”")]
    [InlineData("“We will not close a single school this year or next”\n\nBy Jane Roe\nMarch 4, 2025\n\nThe superintendent made a promise. “We will not close a single school this year or next,” Superintendent Ana Flores told parents.")]
    [InlineData("“We cannot keep running two ferries on a budget meant for one, and everybody knows it,” the harbour master said.\n\nThe council meets again next month.\n\n“Two ferries on a budget meant for one, and everybody knows it”\n\nThe vote is in May.")]
    [InlineData("# “We were never asked about the new winter timetable”: ferry crews on the cuts\n\nBy Jane Roe\n\nThe crews learned of the cuts from a notice on the harbour wall.")]
    [InlineData("The crews learned of the cuts on Monday.\n\n## “We were never asked about the new winter timetable”: the crews' side\n\nNobody from the council came to the harbour.")]
    [InlineData("\"The care of the harbour and not its neglect is the first and only object of a good council.\" --Anna Holm")]
    [InlineData("The crossings start in March.\n\n“Start Quote\n\n    We cannot keep running two ferries on a budget meant for one, and everybody knows it.”\n\nEnd Quote Dr Ana Holm Harbour Board")]
    [InlineData("The crossings start in March.\n“\nStart Quote\nWe cannot keep running two ferries on a budget meant for one, and everybody knows it.”\nEnd Quote\nDr Ana Holm\nHarbour Board")]
    [InlineData("Correspondent Ben Tracy elaborates on the damages, “The harbour lost two ferries and a pier in one night, and nobody has paid for either.”")]
    [InlineData("▼ “섬 주민들은 내년 봄부터 저녁 배를 더 탄다” ▼")]
    [InlineData("“We cannot keep running two ferries on a budget meant for one,” explained virologist and study coauthor Ana Holm, who is also at the university.")]
    [InlineData("“She has changed ferries more often than I have changed coats,” cracked Holm, who has sailed for forty years.")]
    [InlineData("Harbour master Ana Holm said the crossings would start in March.\n\nThe old ferry (left, with its crew) was built in 1971\n\n“We cannot keep running two ferries on a budget meant for one, and everybody knows it.”")]
    public void Silent_on(string text) => RuleTester.AssertSilent(_rule, text);

    /// <summary>A pull quote's closing label followed by prose, not a name, credits no one.</summary>
    [Fact]
    public void Fires_on_a_pull_quote_whose_closing_label_names_no_one() =>
        RuleTester.AssertFiresAt(
            _rule,
            "The crossings start in March.\n\n“Start Quote\n\n    We cannot keep running two ferries on a budget meant for one, and everybody knows it.”\n\nEnd Quote and the council agreed.",
            (3, 1));

    /// <summary>
    /// A line set in between that is a label of a few words, a list's item or a headline opens something of its own: the
    /// quotation after it is not carried on from the prose above.
    /// </summary>
    [Theory]
    [InlineData("Harbour master Ana Holm said the crossings would start in March.\n\nReaction\n\n“We cannot keep running two ferries on a budget meant for one, and everybody knows it.”")]
    [InlineData("Harbour master Ana Holm said the crossings would start in March.\n\n• From ferries to fishing boats on the coast\n\n“We cannot keep running two ferries on a budget meant for one, and everybody knows it.”")]
    [InlineData("Harbour master Ana Holm said the crossings would start in March.\n\nFerries done? Islanders not to blame\n\n“We cannot keep running two ferries on a budget meant for one, and everybody knows it.”")]
    public void Fires_on_a_quotation_after_a_label_an_item_or_a_headline(string text) =>
        RuleTester.AssertFiresAt(_rule, text, (5, 1));

    // Markdown prints Wikipedia's caret in bold: "1. **^** ".
    [Fact]
    public void Silent_on_a_title_in_a_Markdown_reference_list() =>
        RuleTester.AssertSilent(_rule, "221. **^** \"Harbour and island sign a deal on the price of the winter ferry\". _The Harbour Gazette_. April 2008.", "article.md");

    [Fact]
    public void Fires_on_a_quotation_after_in_the_end() =>
        RuleTester.AssertFiresAt(_rule, "In the end, “The ferry is the island's road, and nobody would close a road for the winter.”\n", (1, 13));

    [Fact]
    public void Fires_on_a_quotation_the_line_goes_on_after_without_citing_it() =>
        RuleTester.AssertFiresAt(
            _rule,
            "The council meets again next month.\n\n“We cannot keep running two ferries on a budget meant for one, and everybody knows it.” The harbour retrieved its boats.\n",
            (3, 1));

    [Theory]
    [InlineData("What will happen to the ferry next winter?\n\n“We cannot keep running two ferries on a budget meant for one, and everybody knows it.”\n")]
    [InlineData("Would you pay twice for the same crossing?\n\n“We cannot keep running two ferries on a budget meant for one, and everybody knows it.”\n")]
    public void Fires_on_a_quotation_after_a_question_about_no_one(string text) => RuleTester.AssertFiresAt(_rule, text, (3, 1));

    [Fact]
    public void Fires_on_a_quotation_a_dash_goes_on_from_in_lower_case() =>
        RuleTester.AssertFiresAt(_rule, "The council met.\n\n\"We cannot keep running two ferries on a budget meant for one.\" - and then the meeting ended.\n", (3, 1));

    [Fact]
    public void Snapshot() => RuleTester.VerifySnapshot(_rule, "CL1002.txt");
}
