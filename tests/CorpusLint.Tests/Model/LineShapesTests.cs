using CorpusLint.Model;

namespace CorpusLint.Tests.Model;

public class LineShapesTests
{
    [Theory]
    [InlineData("Bookmark Title : ____________________")]
    [InlineData("E-mail:____________________")]
    [InlineData("[                               ][Reset][]")]
    [InlineData("[                    ]Search")]
    [InlineData("Search for: [                    ] [Go]")]
    public void A_text_browsers_form_field_with_a_short_label_is_one(string line) =>
        Assert.True(LineShapes.IsFormField(line, maxWords: 4));

    [Theory]
    [InlineData("____________________")]
    [InlineData("Fill in the name of the town where the ferry stops: ________ and the hour it leaves.")]
    [InlineData("The form asked for a name. ________")]
    [InlineData("[Search] [Go]")]
    [InlineData("It was a_b test, not a field.")]
    public void A_rule_or_a_blank_in_a_sentence_is_not_a_form_field(string line) =>
        Assert.False(LineShapes.IsFormField(line, maxWords: 4));

    [Theory]
    [InlineData("Tape Gaffe Ends Hamlin's Title RunDenny Hamlin's championship run was foiled by the tale of the tape.")]
    [InlineData("Is Violence In Sports On The Rise?Violence is part of the game in many sports but one player crossed a line.")]
    [InlineData("Michigan To Mail Redistricting Panel Applications To 250,000The state of Michigan will mail the applications to voters.")]
    public void A_cards_title_glued_to_its_blurb_opens_the_line(string line) =>
        Assert.True(LineShapes.OpensWithGluedTitle(line, maxTitleWords: 15, minBlurbWords: 8));

    [Theory]
    [InlineData("Los Angeles Lakers' LeBron James dunks during the first half of the game against the visiting team.")]
    [InlineData("Watch The Best YouTube Videos Of The Year Right Here On One Page For Free")]
    [InlineData("Nam_Channy, Shionosekai, Desmid13, Itis4amAndINeedSleep, Bisexual_Bastard, Aj2000, jazaa, and 40 more left kudos on this work.")]
    [InlineData("The harbour council voted on Tuesday to add two evening crossings to the island ferry.")]
    [InlineData("The ferry was late.The crossing was rough and nobody on the quay could tell us why it was.")]
    public void A_name_with_an_inner_capital_a_list_of_names_or_prose_does_not(string line) =>
        Assert.False(LineShapes.OpensWithGluedTitle(line, maxTitleWords: 15, minBlurbWords: 8));

    [Theory]
    [InlineData("| The letter was signed by Apple, Google and Microsoft.   |", "The letter was signed by Apple, Google and Microsoft.")]
    [InlineData("| | for the catamarans, hitting 44 knots, or          |  |", "for the catamarans, hitting 44 knots, or")]
    [InlineData("|                    | Khalid al Hamad, also known as    |", "Khalid al Hamad, also known as")]
    [InlineData("  | -   Email Print |", "-   Email Print")]
    [InlineData("|                                    |", "")]
    [InlineData("| |        |   |", "")]
    public void A_line_inside_a_grid_tables_frame_reads_as_the_text_between_the_bars(string line, string inside) =>
        Assert.Equal(inside, LineShapes.Unframed(line).ToString());

    [Theory]
    [InlineData("| Home | News | Sport |")]
    [InlineData("| Ferry | 08:30 | 09:15 |")]
    [InlineData("|---|---|")]
    [InlineData("The vote was 9 | 4, the clerk wrote.")]
    [InlineData("|x")]
    [InlineData("")]
    public void A_row_with_text_in_two_cells_or_a_line_without_a_frame_is_read_as_it_is(string line) =>
        Assert.Equal(line, LineShapes.Unframed(line).ToString());
    [Theory]
    [InlineData("1. Roe, J. (2019). The winter ferry. Harbour Press.")]
    [InlineData("- Roe, J. A., & Doe, B. (2019a). Timetables of the island ferry. Island Review, 4(2), 11–19.")]
    [InlineData("Holm, A., Roe, J. and Poe, E. (1998). Tides. Coast Books.")]
    [InlineData("Roe J, Doe B. The winter ferry. Island Review. 2019;4:11-19. doi:10.1000/xyz123")]
    [InlineData("Roe, Jane. The Winter Ferry. Harbour Press, 2019. ISBN 978-0-00-000000-0.")]
    public void A_reference_list_entry_cites_a_source(string line) => Assert.True(LineShapes.CitesSource(line));

    [Theory]
    [InlineData("Holm, the harbour master (1998 to 2004). She ran the ferry.")]
    [InlineData("Roe, J. said the ferry (2019). was late.")]
    [InlineData("The ferry ran late (2019).")]
    public void A_sentence_with_a_year_in_brackets_cites_no_source(string line) => Assert.False(LineShapes.CitesSource(line));
}
