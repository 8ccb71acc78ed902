using CorpusLint.Model;

namespace CorpusLint.Tests.Model;

public class QuotationScannerTests
{
    private static QuotationSet Scan(string text) => Document.FromText("article.txt", text).Quotations;

    [Fact]
    public void Apostrophes_are_not_quotation_marks()
    {
        var set = Scan("Putin’s visit: don’t, the ’90s, rock ’n’ roll, the students’ union, D.C.’s mayor. It's 'n' stuff.\n");
        Assert.Empty(set.Quotations);
        Assert.Empty(set.UnopenedClosings);
        Assert.All(set.Marks, m => Assert.Equal(QuoteRole.Apostrophe, m.Role));
    }

    [Fact]
    public void Nested_quotations_have_depth_and_parent()
    {
        var set = Scan("She said: “He told me ‘never’ twice.”\n");
        Assert.Equal(2, set.Quotations.Count);
        var (outer, inner) = (set.Quotations[0], set.Quotations[1]);
        Assert.Equal((QuotationStatus.Closed, 0, -1), (outer.Status, outer.Depth, outer.Parent));
        Assert.Equal((QuotationStatus.Closed, 1, 0), (inner.Status, inner.Depth, inner.Parent));
        Assert.Equal("never", Document.FromText("a.txt", "She said: “He told me ‘never’ twice.”\n").Text[inner.ContentStart..inner.ContentEnd]);
        Assert.Equal(inner, set.GetQuotationAt(inner.ContentStart + 2));
        Assert.Equal(outer, set.GetQuotationAt(outer.ContentStart));
        Assert.Null(set.GetQuotationAt(0));
    }

    [Theory]
    [InlineData("[<iframe src=\"http://]\n")]
    [InlineData("<tweet tweet-id=\"783499116076687360\"><tweet/>.\n")]
    [InlineData("<a href='/story' class=\"lead\">Read</a>\n")]
    public void A_markup_attributes_value_is_not_a_quotation(string text)
    {
        var set = Scan(text);
        Assert.Empty(set.Quotations);
        Assert.Empty(set.UnopenedClosings);
        Assert.All(set.Marks, m => Assert.Equal(QuoteRole.Other, m.Role));
    }

    [Theory]
    [InlineData("Le journal écrit: «Le port rouvrira en mai, dit-il.\n\nMais les travaux ne sont pas finis.»\n")]
    [InlineData("Le journal écrit: «Le port rouvrira en mai.\n\nMais les travaux ne sont pas finis »\n")]
    [InlineData("The report said: “The harbour will reopen in May.\n\nBut the work on the pier is not finished.”\n")]
    public void A_quotation_closed_in_the_next_paragraph_without_reopening_is_one(string text)
    {
        var set = Scan(text);
        var quotation = Assert.Single(set.Quotations);
        Assert.Equal(QuotationStatus.Closed, quotation.Status);
        Assert.Empty(set.UnopenedClosings);
    }

    [Fact]
    public void A_quotation_whose_next_paragraph_opens_another_is_still_unclosed()
    {
        var set = Scan("The report said: “The harbour will reopen in May.\n\nThe mayor said “no” to the plan.\n");
        Assert.Contains(set.Quotations, q => q.Status == QuotationStatus.Unclosed);
    }

    [Fact]
    public void A_quotation_beside_a_markup_attribute_is_still_one()
    {
        var set = Scan("<p class=\"lead\">He said \"yes\" and left.</p>\n");
        var quotation = Assert.Single(set.Quotations);
        Assert.Equal(QuotationStatus.Closed, quotation.Status);
    }

    [Theory]
    [InlineData("He said \"yes\" and left.\n", QuoteRole.Opening, QuoteRole.Closing)]
    [InlineData("\"We won,\" she said.\n", QuoteRole.Opening, QuoteRole.Closing)]
    [InlineData("It is \"rare\".\n", QuoteRole.Opening, QuoteRole.Closing)]
    [InlineData("(\"Quoted\")\n", QuoteRole.Opening, QuoteRole.Closing)]
    [InlineData("He is 5'10\" tall.\n", QuoteRole.Other, QuoteRole.Other)]
    [InlineData("It's a 'test' case.\n", QuoteRole.Apostrophe, QuoteRole.Opening)]
    public void Straight_quotes_take_their_role_from_context(string text, QuoteRole first, QuoteRole second)
    {
        var marks = Scan(text).Marks;
        Assert.Equal(first, marks[0].Role);
        Assert.Equal(second, marks[1].Role);
    }

    [Fact]
    public void A_quotation_continued_in_the_next_paragraph_is_linked()
    {
        var set = Scan("“We will fight on,” she said. “The vote is only the beginning.\n\n“We will be back next year.”\n");
        Assert.Equal(3, set.Quotations.Count);
        var (second, third) = (set.Quotations[1], set.Quotations[2]);
        Assert.Equal(QuotationStatus.Continued, second.Status);
        Assert.Equal(2, second.ContinuedBy);
        Assert.Equal(1, third.ContinuesFrom);
        Assert.Equal(1, third.Paragraph);
        Assert.Equal(QuotationStatus.Closed, third.Status);
        Assert.Equal(second, set.GetChainStart(third));
        Assert.Equal(third, set.GetContinuation(second));
        Assert.Equal(second, set.GetPrevious(third));
    }

    [Fact]
    public void Paragraphs_merged_on_one_line_reopen_instead_of_nesting()
    {
        var set = Scan("He said: \"The plan is ludicrous. \"I signed a new deal. \"It is final,\" he added.\n");
        Assert.Equal(3, set.Quotations.Count);
        Assert.Equal(
            [QuotationStatus.Continued, QuotationStatus.Continued, QuotationStatus.Closed],
            set.Quotations.Select(q => q.Status).ToArray());
        Assert.All(set.Quotations, q => Assert.Equal(0, q.Depth));
        Assert.Equal(0, set.GetChainStart(set.Quotations[2]).Index);
    }

    [Fact]
    public void Curly_reopen_after_a_sentence_end_in_one_paragraph()
    {
        var set = Scan("“The talks failed. “We go home now,” he said.\n");
        Assert.Equal([QuotationStatus.Continued, QuotationStatus.Closed], set.Quotations.Select(q => q.Status).ToArray());
    }

    [Fact]
    public void Unclosed_unopened_and_mismatched()
    {
        var set = Scan("The plan was “a disgrace, she said.\n\nNobody answered.\n\nIt was fine,” he said.\n\n“We are ready,\" the coach said.\n");
        var unclosed = Assert.Single(set.Unclosed);
        Assert.Equal(0, unclosed.Paragraph);
        var stray = Assert.Single(set.UnopenedClosings);
        Assert.Equal('”', stray.Char);
        Assert.Equal(2, stray.Paragraph);
        var mismatched = Assert.Single(set.Mismatched);
        Assert.Equal(('“', '"'), (mismatched.Open.Char, mismatched.Close!.Value.Char));
    }

    [Fact]
    public void Straight_closing_mark_with_nothing_open_is_loose_not_unopened()
    {
        var set = Scan("The forces were already stretched,\" said Mr Davis.\n");
        Assert.Empty(set.UnopenedClosings);
        Assert.Single(set.LooseClosings);
    }

    [Fact]
    public void Straight_quote_running_to_a_sentence_end_at_the_paragraph_end()
    {
        var set = Scan("The judge said: \"Imprisonment without trial is anathema.\n\nThe government will reply.\n");
        Assert.Equal(QuotationStatus.RunsToParagraphEnd, Assert.Single(set.Quotations).Status);
        Assert.Empty(set.Unclosed);
    }

    [Fact]
    public void A_broken_paragraph_carries_the_quotation_on()
    {
        var set = Scan("He said: \"I wanted to look like a prime minister. I\n\nwas not going to hide,\" he said.\n");
        Assert.Equal(QuotationStatus.Closed, Assert.Single(set.Quotations).Status);
    }

    [Fact]
    public void Doubled_single_marks_are_one_double_mark()
    {
        var set = Scan("The commission said ‘‘voters are entitled to transparency.’’ It added nothing.\n");
        var quotation = Assert.Single(set.Quotations);
        Assert.Equal(QuotationStatus.Closed, quotation.Status);
        Assert.True(quotation.Open.Doubled);
        Assert.Equal(QuoteKind.Double, quotation.Open.Kind);
        Assert.Equal(2, quotation.Open.Length);
    }

    [Fact]
    public void German_and_french_pairs()
    {
        var set = Scan("Er sagte: „Wir sind bereit“ und ging. Il a dit « oui » hier.\n");
        Assert.Equal(2, set.Quotations.Count);
        Assert.All(set.Quotations, q => Assert.Equal(QuotationStatus.Closed, q.Status));
    }

    [Theory]
    [InlineData("« First | « Previous | Next » | Last »\n")]
    [InlineData("«\n")]
    [InlineData("« Back to the list\n")]
    [InlineData("The ferry returns on Friday, the council said. More »Harbour council approves the new timetable\n")]
    [InlineData("Two ferries were late again this week. Full story »$9,000 in lost fares recovered\n")]
    public void Guillemets_pointing_at_a_link_are_arrows_not_quotation_marks(string text)
    {
        var set = Scan(text);
        Assert.Empty(set.Quotations);
        Assert.Empty(set.UnopenedClosings);
    }

    [Theory]
    [InlineData("Er sagte: »Wir sind bereit« und ging.\n", QuotationStatus.Closed)]
    [InlineData("Il a dit « nous ne fermerons pas le port cet hiver. Le conseil a voté.\n", QuotationStatus.Unclosed)]
    [InlineData("Il a dit «oui» hier.\n", QuotationStatus.Closed)]
    [InlineData("Le port ferme ses «grandes…\n", QuotationStatus.CutShort)]
    public void Guillemets_that_quote_are_still_quotation_marks(string text, QuotationStatus status) =>
        Assert.Equal(status, Assert.Single(Scan(text).Quotations).Status);

    [Fact]
    public void Ambiguous_apostrophe_is_moved_when_a_later_mark_closes()
    {
        var set = Scan("He said ‘the students’ union is strong,’ and left.\n");
        var quotation = Assert.Single(set.Quotations);
        Assert.Equal(QuotationStatus.Closed, quotation.Status);
        Assert.Equal(',', Document.FromText("a.txt", "He said ‘the students’ union is strong,’ and left.\n").Text[quotation.Close!.Value.Offset - 1]);
        Assert.Empty(set.UnopenedClosings);
    }

    [Fact]
    public void Ten_thousand_nested_opening_quotes_are_scanned_without_recursion()
    {
        var text = string.Concat(Enumerable.Repeat("“a ", 10_000)) + "\n";
        var set = Scan(text);
        Assert.Equal(10_000, set.Quotations.Count);
        Assert.Equal(9_999, set.Quotations[^1].Depth);
        Assert.All(set.Quotations, q => Assert.Equal(QuotationStatus.Unclosed, q.Status));
    }

    [Fact]
    public void Closing_marks_that_skip_many_open_marks_stay_linear()
    {
        var text = string.Concat(Enumerable.Repeat("‘a “b ", 5_000)) + string.Concat(Enumerable.Repeat("c’ ", 5_000)) + "\n";
        var set = Scan(text);
        Assert.Equal(10_000, set.Quotations.Count);
    }
}
