using CorpusLint.Language;
using CorpusLint.Model;

namespace CorpusLint.Tests.Model;

/// <summary>The shared text facts: one sentence rule, one language measure, one casing measure.</summary>
public class TextFactsTests
{
    private static string[] Sentences(string text)
    {
        var document = Document.FromText("a.txt", text);
        return [.. document.Sentences.Select(s => document.GetText(s).ToString())];
    }

    [Fact]
    public void Sentences_end_at_marks_not_at_abbreviations_initials_or_decimals()
    {
        Assert.Equal(
            ["Mr. Berg met Gen. Lindqvist on Jan. 22 at 3.30 p.m. on the quay.", "John F. Kennedy was not there.", "Was it late?", "“Yes,” she said."],
            Sentences("Mr. Berg met Gen. Lindqvist on Jan. 22 at 3.30 p.m. on the quay. John F. Kennedy was not there. Was it late? “Yes,” she said."));
    }

    [Fact]
    public void Shorthand_closes_a_sentence_only_before_a_capital()
    {
        Assert.Equal(["The ferry sails to the U.S.", "It returns on Monday."], Sentences("The ferry sails to the U.S. It returns on Monday."));
        Assert.Equal(["Ropes, nets, etc. are stored below."], Sentences("Ropes, nets, etc. are stored below."));
    }

    [Fact]
    public void Chinese_and_Japanese_marks_end_a_sentence_without_a_space()
    {
        Assert.Equal(["渡し船は毎晩出航します。", "切符は有効です。"], Sentences("渡し船は毎晩出航します。切符は有効です。"));
    }

    [Fact]
    public void Sentences_run_across_hard_wrapped_lines_but_not_across_paragraphs_or_headings()
    {
        var sentences = Sentences("Ferry timetable\nThe council voted on Tuesday to add two evening\ncrossings to the island ferry.\n\nIt was late.");

        Assert.Equal(["Ferry timetable", "The council voted on Tuesday to add two evening\ncrossings to the island ferry.", "It was late."], sentences);
    }

    /// <summary>
    /// A scraper that prints each text node on its line breaks a sentence at its links: a line opening with a comma or a
    /// full stop goes on with the one above, however short; a number after the stop (".5 lower") is no such line.
    /// </summary>
    [Fact]
    public void A_line_opening_with_a_comma_or_a_full_stop_goes_on_with_the_line_above()
    {
        var sentences = Sentences("The ferry was bought by\nHarbour Lines\n, its owner said in\nMay\n.\nIt sails at seven.\nPrices\n.5 lower");

        Assert.Equal(["The ferry was bought by\nHarbour Lines\n, its owner said in\nMay\n.", "It sails at seven.", "Prices", ".5 lower"], sentences);
    }

    /// <summary>A teaser's excerpt cut off with an ellipsis ends there: the tag line under it is another block.</summary>
    [Fact]
    public void A_line_cut_off_with_an_ellipsis_does_not_run_on_into_the_next()
    {
        var sentences = Sentences("The council voted on Tuesday to add two evening crossings to the island fe...\nferry timetable changes");

        Assert.Equal(["The council voted on Tuesday to add two evening crossings to the island fe...", "ferry timetable changes"], sentences);
    }

    [Fact]
    public void An_invisible_character_after_a_full_stop_still_ends_the_sentence()
    {
        Assert.Equal(["The ferry left.\u200B", "The bus stayed."], Sentences("The ferry left.\u200B The bus stayed."));
    }

    [Fact]
    public void A_soft_hyphen_or_a_joiner_inside_a_word_keeps_it_one_word_and_a_zero_width_space_splits_it()
    {
        var document = Document.FromText("a.txt", "Our news\u00ADletter went out\u200Btoday.");

        Assert.Equal(["Our", "news\u00ADletter", "went", "out", "today"], document.Words.Select(w => document.Text.Substring(w.Start, w.Length)));
    }

    [Fact]
    public void A_numbered_items_number_is_not_a_sentence()
    {
        Assert.Equal(["1. Buy a ticket at the quay."], Sentences("1. Buy a ticket at the quay."));
    }

    [Fact]
    public void Sentence_lookup_by_offset()
    {
        var document = Document.FromText("a.txt", "One two. Three four.");

        Assert.Equal("Three four.", document.GetText(document.GetSentenceAt(12)!.Value).ToString());
        Assert.Null(document.GetSentenceAt(8));
        Assert.Equal(1, document.GetSentences(5, 20).Length);
    }

    [Theory]
    [InlineData("Today the ferry sails.", "Today", true)]
    [InlineData("It was late. “Today we sail,” she said.", "Today", true)]
    [InlineData("Update: Today the ferry sails.", "Today", true)]
    [InlineData("He listens to the Today programme.", "Today", false)]
    [InlineData("Mr. Today runs the ferry.", "Today", false)]
    [InlineData("The council said it would go on the\nToday programme to explain.", "Today", false)]
    public void A_word_opens_a_sentence_where_any_word_is_capitalised(string text, string word, bool opens)
    {
        var document = Document.FromText("a.txt", text);

        Assert.Equal(opens, document.OpensSentence(text.IndexOf(word, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("The ferry sails at noon.", true)]
    [InlineData("The ferry sails at noon.”", true)]
    [InlineData("Ferry Sails ... NOT on Sunday!", false)]
    [InlineData("Will the Ferry Sail?", false)]
    [InlineData("The Ferry Sails ...", false)]
    [InlineData("The Ferry Sails…", false)]
    [InlineData("The Ferry Sails", false)]
    public void Only_a_lone_full_stop_makes_a_sentence_a_statement(string sentence, bool statement)
    {
        Assert.Equal(statement, SentenceRule.EndsWithFullStop(sentence));
    }

    [Fact]
    public void The_sentence_around_an_offset_of_another_text_uses_the_same_rule()
    {
        const string text = "Written by Mr. Berg. He met Gen. Lindqvist. Done";

        Assert.Equal((0, 20), SentenceRule.SentenceAround(text, text.IndexOf("Berg", StringComparison.Ordinal)));
        Assert.Equal((21, 43), SentenceRule.SentenceAround(text, text.IndexOf("Lindqvist", StringComparison.Ordinal)));
        Assert.Equal((44, 48), SentenceRule.SentenceAround(text, text.Length - 1));
    }

    [Fact]
    public void Languages_name_the_document_and_the_paragraph_that_is_in_another_language()
    {
        var document = Document.FromText("a.txt",
            "The harbour council voted on Tuesday to add two evening crossings to the island ferry, and the residents were pleased with the result.\n\n"
            + "Il consiglio del porto ha votato martedì per aggiungere due corse serali al traghetto per l'isola, e gli abitanti sono contenti.\n");

        var languages = document.Languages;

        Assert.Equal("en", languages.Document.Language?.Code);
        Assert.Equal(Script.Latin, languages.Document.Script);
        Assert.True(languages.Paragraphs[1].IsClearlyOtherThan(LanguageProfiles.English));
        Assert.False(languages.Paragraphs[0].IsClearlyOtherThan(LanguageProfiles.English));
        Assert.False(languages.Paragraphs[1].ReadsAs(LanguageProfiles.English));
        Assert.Equal("en", languages.StopWordLanguage?.Code);
    }

    [Fact]
    public void A_Japanese_page_has_no_stop_word_language()
    {
        var document = Document.FromText("a.txt", "Home | News\n\n渡し船は毎晩出航します。切符は有効です。港の議会は火曜日に決定しました。\n");

        Assert.Equal(Script.Cjk, document.Languages.Document.Script);
        Assert.Null(document.Languages.StopWordLanguage);
    }

    [Theory]
    [InlineData("Conversations with a Cryptid", true)]
    [InlineData("How the iPhone Changed Everything", true)]
    [InlineData("Harbour council approves new ferry timetable", false)]
    [InlineData("the ferry sails at noon", false)]
    public void Title_case_leaves_stop_words_in_lower_case(string text, bool titleCase) =>
        Assert.Equal(titleCase, Casing.Of(text).IsTitleCase);

    [Theory]
    [InlineData("INDEPENDENT NEWS FROM RUSSIA", true)]
    [InlineData("BBC", false)]
    [InlineData("Harbour NEWS", false)]
    public void All_caps_needs_enough_letters(string text, bool allCaps) =>
        Assert.Equal(allCaps, Casing.Of(text).IsAllCaps);
}
