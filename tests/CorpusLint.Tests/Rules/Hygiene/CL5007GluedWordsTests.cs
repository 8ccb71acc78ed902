using CorpusLint.Rules.Hygiene;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Rules.Hygiene;

public class CL5007GluedWordsTests
{
    private readonly CL5007GluedWords _rule = new();

    [Fact]
    public void Fires_on_a_label_glued_to_the_headline() =>
        RuleTester.AssertFiresAt(_rule, "NewsIs Putin turning to the Balkans?\n", (1, 1));

    [Fact]
    public void Fires_on_a_function_word_glued_to_a_name() =>
        RuleTester.AssertFiresAt(_rule, "A student at the University ofTexas said so.\n", (1, 29));

    [Fact]
    public void Fires_when_both_parts_are_words_of_the_document() =>
        RuleTester.AssertFiresAt(_rule, "Source: News Agencies\n\nNews AgenciesEverything you need to know. Everything is new.\n", (3, 6));

    /// <summary>
    /// A headline glued to a sentence opening with "In": a capitalised word before a particle looks like a brand ("PowerOn")
    /// but is as often a lost break ("AbenomicsIn Japan", "StoriesIn The News" on pages never seen), so it still fires.
    /// </summary>
    [Fact]
    public void Fires_on_a_headline_glued_to_a_sentence_opening_with_a_particle() =>
        RuleTester.AssertFiresAt(_rule, "Ferry fares and the FerrynomicsIn Harbour, the sugar high fades.\n", (1, 21));

    [Fact]
    public void Fires_on_a_sentence_end_glued_to_the_next() =>
        RuleTester.AssertFiresAt(_rule, "© 2019 Port of Bar. All rights reserved.News from the region\nIt was dangerous.The man left.\n", (1, 32), (2, 8));

    [Fact]
    public void Message_names_both_parts() =>
        Assert.Equal(
            "\"NewsIs\" looks like two words glued where a line break or space was lost (\"News\" + \"Is\")",
            Assert.Single(RuleTester.Lint(_rule, "NewsIs Putin\n")).Message);

    [Fact]
    public void Word_forms_are_counted_alike_before_and_after_many_questions()
    {
        // The first questions are answered by a scan: "BrightWave" is written twice, so it is the firm's spelling even
        // though "Bright" and "Wave" stand alone. Ten capitalised humps then ask enough that "HarbourGazette" is judged
        // from the table of every form: both its parts stand alone, it is written once.
        var brands = string.Join(' ', Enumerable.Range(0, 10).Select(i => $"Brand{(char)('a' + i)}Works"));
        var text = $"Bright Wave is the old name: the firm BrightWave said BrightWave would grow.\n\nShops: {brands}.\n\n"
            + "The Harbour Gazette printed it.\n\nReaders of HarbourGazette wrote in.\n";

        RuleTester.AssertFiresAt(_rule, text, (7, 12));
    }

    [Theory]
    [InlineData("He bought an iPhone on eBay and ate at McDonald's with MacArthur and DiCaprio.\n")]
    [InlineData("YouTube, PlayStation, JavaScript, PowerPoint, LinkedIn and WhatsApp were down.\n")]
    [InlineData("O'Neill met al-Assad, LeBron and DeShawn Van DerBeek; TurkStream and GlaxoSmithKline too.\n")]
    [InlineData("The NGOs, MPs and CEOs use iOS and macOS.\n")]
    [InlineData("Officials of the U.S. embassy, e.g. the attaché, met A.B. Smith at Yahoo.com and Node.js events.\n")]
    [InlineData("The firm BrightWave said BrightWave would grow.\n")]
    [InlineData("Follow @HillaryClinton and #MakeAmericaGreat at https://example.com/SomePage.\n")]
    [InlineData("Services such as One.Tel and Dr.Who fans.\n")]
    [InlineData("DoorDash, GrubHub and SpaceX, version 2.The end is near 3.5.\n")]
    [InlineData("The Harbour network said its Gazette desk would grow. Read the Gazette on HarbourGazette.com every morning.\n")]
    public void Silent_on(string text) => RuleTester.AssertSilent(_rule, text);

    [Fact]
    public void Silent_on_identifiers_in_a_code_sample() =>
        RuleTester.AssertSilent(_rule, "Each photo is drawn in turn:\n\n    photos.forEach(function(photo) {\n      gallery.appendChild(photo.render());\n    });\n    exports.Gallery = gallery;\n\nThe gallery then fades in.\n");

    [Fact]
    public void Fires_on_the_same_glue_in_prose() =>
        RuleTester.AssertFiresAt(_rule, "Each photo is drawn in turn.Then the gallery fades in.\n", (1, 24));

    [Fact]
    public void Snapshot() => RuleTester.VerifySnapshot(_rule, "CL5007.txt");
}
