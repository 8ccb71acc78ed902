using CorpusLint.Language;

namespace CorpusLint.Tests.Language;

public class BoilerplatePhrasesTests
{
    [Fact]
    public void The_embedded_table_loads_with_every_category()
    {
        var phrases = BoilerplatePhrases.All.ToList();

        Assert.True(phrases.Count > 500, phrases.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Enum.GetValues<PhraseCategory>().Order(), phrases.Select(p => p.Category).Distinct().Order());
        Assert.All(phrases, p => Assert.Equal(p.Phrase.ToLowerInvariant(), p.Phrase));
    }

    [Theory]
    [InlineData("Read More", "read more")]
    [InlineData("  Read More ", "read more")]
    [InlineData("Read  more", "read more")]
    [InlineData("Read  more\tbelow", "read more below")]
    [InlineData("**Share** this [story](https://example.org/s)", "share this story")]
    [InlineData("• Don’t miss — “Top Stories” »", "don't miss - \"top stories")]
    [InlineData("`Print` | Email", "print' | email")]
    [InlineData("ÉDITION ABONNÉS", "édition abonnés")]
    public void Lines_are_normalized_the_same_with_or_without_characters_to_drop_or_map(string line, string normalized)
    {
        Assert.Equal(normalized, BoilerplatePhrases.Normalize(line));
    }

    [Theory]
    [InlineData("Subscribe to our newsletter", PhraseCategory.CallToAction, PhraseStrength.Strong)]
    [InlineData("Leave a Reply", PhraseCategory.Comment, PhraseStrength.Whole)]
    [InlineData("© 2024 The Harbour Gazette", PhraseCategory.Legal, PhraseStrength.Strong)]
    [InlineData("Skip to content", PhraseCategory.Chrome, PhraseStrength.Whole)]
    [InlineData("Jump to navigation Jump to search", PhraseCategory.Chrome, PhraseStrength.Weak)]
    [InlineData("From Wikipedia, the free encyclopedia", PhraseCategory.Chrome, PhraseStrength.Weak)]
    [InlineData("Print this page", PhraseCategory.Social, PhraseStrength.Whole)]
    [InlineData("Related reviews", PhraseCategory.Related, PhraseStrength.Whole)]
    [InlineData("*These statements have not been evaluated by the Food and Drug Administration.", PhraseCategory.Legal, PhraseStrength.Strong)]
    [InlineData("Schreibe einen Kommentar", PhraseCategory.Comment, PhraseStrength.Whole)]
    [InlineData("Das könnte Sie auch interessieren:", PhraseCategory.Related, PhraseStrength.Whole)]
    [InlineData("Lire la suite »", PhraseCategory.Related, PhraseStrength.Whole)]
    [InlineData("© 2024 Diario del Puerto. Todos los derechos reservados.", PhraseCategory.Legal, PhraseStrength.Strong)]
    [InlineData("Compartilhar no WhatsApp", PhraseCategory.Social, PhraseStrength.Weak)]
    [InlineData("Iscriviti alla newsletter", PhraseCategory.CallToAction, PhraseStrength.Whole)]
    [InlineData("Naar inhoud springen", PhraseCategory.Chrome, PhraseStrength.Whole)]
    [InlineData("Читайте также: как выбрать велосипед", PhraseCategory.Related, PhraseStrength.Weak)]
    [InlineData("Foto: Hafenverwaltung", PhraseCategory.Caption, PhraseStrength.Weak)]
    public void Lines_are_matched_to_a_typed_category(string line, PhraseCategory category, PhraseStrength strength)
    {
        var match = BoilerplatePhrases.Find(BoilerplatePhrases.Normalize(line));

        Assert.Equal((category, strength), (match?.Category, match?.Strength));
    }

    /// <summary>A counter before a comment or share label is the label's; before another label it may be a name ("12 News").</summary>
    [Theory]
    [InlineData("199 comments", PhraseCategory.Comment)]
    [InlineData("1,024 Comments", PhraseCategory.Comment)]
    [InlineData("1.2k shares", PhraseCategory.Social)]
    [InlineData("12 News", null)]
    [InlineData("2013 comments on the plan", null)]
    public void A_counted_comment_or_share_label_is_the_label(string line, PhraseCategory? category) =>
        Assert.Equal(category, BoilerplatePhrases.Find(BoilerplatePhrases.Normalize(line))?.Category);

    /// <summary>A gallery's counter, the whole line, is chrome; a count of anything else is not.</summary>
    [Theory]
    [InlineData("Image 3 of 12", PhraseCategory.Chrome)]
    [InlineData("3 of 12", PhraseCategory.Chrome)]
    [InlineData("3 of 12 photos", PhraseCategory.Chrome)]
    [InlineData("Slide 1 of 8", PhraseCategory.Chrome)]
    [InlineData("3 of 12 members", null)]
    [InlineData("Image 3 of 12 photos", null)]
    [InlineData("Chapter 3 of 12", null)]
    public void A_gallerys_counter_is_chrome(string line, PhraseCategory? category) =>
        Assert.Equal(category, BoilerplatePhrases.Find(BoilerplatePhrases.Normalize(line))?.Category);

    [Theory]
    [InlineData("Add your comments")]
    [InlineData("Log in or register to join the discussion")]
    [InlineData("The comments below have not been moderated.")]
    public void A_comment_form_s_furniture_is_a_comment_phrase(string line) =>
        Assert.Equal(PhraseCategory.Comment, BoilerplatePhrases.Find(BoilerplatePhrases.Normalize(line))?.Category);

    /// <summary>The layout names the phrases by which a page says its article goes on; each must stay in the table as written.</summary>
    [Fact]
    public void The_layout_s_continuation_phrases_are_in_the_table()
    {
        var table = BoilerplatePhrases.All.Select(p => p.Phrase).ToHashSet(StringComparer.Ordinal);

        Assert.All(CorpusLint.Model.Layout.LayoutOptions.Default.ContinuationPhrases, phrase => Assert.Contains(phrase, table));
    }

    /// <summary>Prose that uses the interface's words ("teilen", "suche", "lire") says no phrase.</summary>
    [Theory]
    [InlineData("Wir teilen die Sorge der Anwohner, sagte die Bürgermeisterin am Montag.")]
    [InlineData("Die Suche nach den Vermissten wurde am Abend eingestellt.")]
    [InlineData("Il faut lire la suite du rapport pour comprendre la décision du conseil.")]
    [InlineData("La policía pidió compartir en redes la foto del desaparecido.")]
    public void Prose_in_other_languages_holds_no_phrase(string line) =>
        Assert.Null(BoilerplatePhrases.Find(BoilerplatePhrases.Normalize(line)));

    [Fact]
    public void A_line_start_phrase_matches_whole_words_only()
    {
        Assert.NotNull(BoilerplatePhrases.Find(BoilerplatePhrases.Normalize("Subscribe to our podcast")));
        Assert.NotNull(BoilerplatePhrases.Find(BoilerplatePhrases.Normalize("Sub\u00ADscribe to our pod\u200Bcast")));
        Assert.Null(BoilerplatePhrases.Find(BoilerplatePhrases.Normalize("Subscribe tomorrow, the editor said")));
    }

    [Theory]
    [InlineData("Navigation roadblocks: shops make you walk past what you do not need to reach what you came for.", false)]
    [InlineData("It looks like you are using an adblocker.", true)]
    [InlineData("Log in to set your newsletter preferences.", true)]
    public void A_phrase_held_in_the_line_starts_a_word(string line, bool matches) =>
        Assert.Equal(matches, BoilerplatePhrases.Find(BoilerplatePhrases.Normalize(line)) is not null);

    [Fact]
    public void A_phrase_only_inside_an_email_address_is_not_said_by_the_line()
    {
        Assert.Null(BoilerplatePhrases.Find(BoilerplatePhrases.Normalize("Members can join the working group: write to adblocking-group@example.org for details.")));
        Assert.NotNull(BoilerplatePhrases.Find(BoilerplatePhrases.Normalize("Please turn off your adblocker, or write to help@example.org.")));
        Assert.NotNull(BoilerplatePhrases.Find(BoilerplatePhrases.Normalize("Sign up for our newsletter at example.org/news")));
    }

    [Theory]
    [InlineData("[Chrome]\n=skip to content\n")]
    [InlineData("[NoSuchCategory]\n= home\n")]
    [InlineData("= home\n")]
    [InlineData("[Chrome]\n= Home\n")]
    public void A_malformed_table_is_refused_with_its_line(string text)
    {
        var error = Assert.Throws<FormatException>(() => BoilerplatePhrases.Parse(text));
        Assert.Contains("boilerplate-phrases.txt:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_well_formed_table_is_read_with_comments_and_blank_lines()
    {
        var entries = BoilerplatePhrases.Parse("# a comment\n\n[Comment]\n= leave a reply\n^ notify me of\n");

        Assert.Equal(2, entries.Length);
        Assert.Equal(PhraseCategory.Comment, entries[1].Category);
    }
}
