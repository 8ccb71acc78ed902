using CorpusLint.Rules.Quotes;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Rules.Quotes;

public class CL4001UnclosedQuoteTests
{
    private readonly CL4001UnclosedQuote _rule = new();

    [Fact]
    public void Fires_at_the_opening_mark_when_the_next_paragraph_does_not_reopen() =>
        RuleTester.AssertFiresAt(_rule, "Headline\n\nThe plan was “a disgrace, she said.\n\nNobody answered.\n", (3, 14));

    [Fact]
    public void Fires_on_a_quotation_left_open_at_the_end_of_the_document() =>
        RuleTester.AssertFiresAt(_rule, "She said “we will win.\n", (1, 10));

    [Fact]
    public void Fires_on_a_straight_quote_opened_mid_sentence_and_never_closed() =>
        RuleTester.AssertFiresAt(_rule, "The jury said the film was \"a triumph of style over sense and left it at that\n\nThe end.\n", (1, 28));

    [Fact]
    public void A_phrase_quoted_mid_sentence_is_not_continued_by_the_next_sentences_quotation() =>
        RuleTester.AssertFiresAt(
            _rule,
            "Exports, normally the \"engine of the economy, fell in January. Officials were cautious. \"Overall the picture is good,\" said Ito.\n",
            (1, 23));

    [Fact]
    public void A_typographic_quote_is_not_continued_by_a_straight_one() =>
        RuleTester.AssertFiresAt(
            _rule,
            "Analysts said the yen was strong and “the plan will fail because costs rose. \"It is over,\" said Ito.\n",
            (1, 38));

    [Fact]
    public void Fires_on_a_nested_single_quote_left_open() =>
        RuleTester.AssertFiresAt(_rule, "“He told me ‘never again,” she said.\n", (1, 13));

    [Theory]
    [InlineData("The judge said ‘the case is closed and left the court.\n", 16)]
    [InlineData("Then ‘We will appeal, said the lawyer of Siti.\n", 6)]
    [InlineData("The lawyer of Siti ‘Aisyah said ‘we will appeal, and left.\n", 33)]
    [InlineData("Lawyers for Siti ‘Aisyah’s co-accused said ‘we will appeal, and left.\n", 44)]
    public void Fires_on_a_single_quote_left_open_beside_a_name(string text, int column) =>
        RuleTester.AssertFiresAt(_rule, text, (1, column));

    /// <summary>A list of teasers shortened to fit a box: the one cut inside its quotation cannot show its closing mark.</summary>
    private const string Teasers = """
        More from the newsroom

          • Harbour crane arrives by barge
          • Mayor: ‘We will keep every ferry...
          • Council votes on the “night timetable…
            Harbour | Jane Roe
          • Bus drivers' strike called off

        """;

    [Fact]
    public void Silent_on_a_quotation_in_a_teaser_an_ellipsis_cuts_short() =>
        RuleTester.AssertSilent(_rule, Teasers);

    [Theory]
    [InlineData("She said: “We will keep every ferry ...\n", 11)]
    [InlineData("Mayor: ‘We will keep every ferry... and more,’ he said, “for now.\n", 57)]
    [InlineData("She said “we will keep every ferry...\nrunning until the spring, and left.\n", 10)]
    public void Fires_when_the_ellipsis_does_not_cut_the_line_inside_the_quotation(string text, int column) =>
        RuleTester.AssertFiresAt(_rule, text, (1, column));

    [Fact]
    public void Ten_thousand_nested_opening_quotes_give_one_diagnostic()
    {
        var text = string.Concat(Enumerable.Repeat("“a ", 10_000)) + "\n";
        var diagnostic = Assert.Single(RuleTester.Lint(_rule, text));
        Assert.Equal((1, 1), (diagnostic.Start.Line, diagnostic.Start.Column));
        Assert.Contains("9999 more", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("“We will fight on,” she said. “The vote is only the beginning.\n\n“We will be back next year,” she added.\n")]
    [InlineData("He said: \"The plan is ludicrous. \"I signed a new deal. \"It is final,\" he added.\n")]
    [InlineData("“The talks failed. “We go home now,” he said.\n")]
    [InlineData("Putin’s visit: don’t, the ’90s, rock ’n’ roll, the students’ union.\n")]
    [InlineData("She said: “He told me ‘never’ twice.”\n")]
    [InlineData("He is 5'10\" tall and 'em all.\n")]
    [InlineData("The judge said: \"Imprisonment without trial is anathema.\n\nThe government will reply.\n")]
    [InlineData("He said: \"I wanted to look like a prime minister. I\n\nwas not going to hide,\" he said.\n")]
    [InlineData("The commission said ‘‘voters are entitled to transparency.’’\n")]
    [InlineData("The coordinator said that \"this may be the worst disaster in years. \"Many people lost everything,\" he said.\n")]
    [InlineData("Gavin Patterson said \"We do look at calling patterns. \"We are looking at whether we can improve this.\"\n")]
    [InlineData("그는 이 문제를 ‘데이트 폭력’이라고 분명히 했고, ‘가택침입’이나 ‘협박’도 말했다.\n")]
    [InlineData("彼は‘安全’だと言った。\n")]
    [InlineData("KUALA LUMPUR — Siti ‘Aisyah, an Indonesian woman, was freed on Monday.\n")]
    [InlineData("« First | « Previous | Next » | Last »\n")]
    [InlineData("Back to Top «\n")]
    [InlineData("Timetable entries are written in double quotes (\") and never in any other kind of mark.\n")]
    [InlineData("Timetable entries name the ferry in single quotes ['] and the pier in plain words.\n")]
    [InlineData("The court heard from Abd al-‘Aziz and from Ka‘b al-Ahbar in the morning.\n")]
    public void Silent_on(string text) => RuleTester.AssertSilent(_rule, text);

    [Fact]
    public void Snapshot() => RuleTester.VerifySnapshot(_rule, "CL4001.txt");
}
