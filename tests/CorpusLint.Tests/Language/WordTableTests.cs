using System.Collections.Frozen;
using CorpusLint.Language;

namespace CorpusLint.Tests.Language;

/// <summary>A word table answers as the frozen dictionary it is built from, compared with OrdinalIgnoreCase, does.</summary>
public sealed class WordTableTests
{
    private static readonly FrozenDictionary<string, int> Vocabulary = new Dictionary<string, int>
    {
        ["the"] = 1,
        ["May"] = 2,
        ["d'un"] = 3,
        ["perché"] = 4,
        ["ıl"] = 5,
        ["что"] = 6,
        ["a"] = 7,
        ["september"] = 8,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    [Theory]
    [InlineData("the", 1)]
    [InlineData("THE", 1)]
    [InlineData("tHe", 1)]
    [InlineData("may", 2)]
    [InlineData("D'UN", 3)]
    [InlineData("PERCHÉ", 4)]
    [InlineData("perché", 4)]
    [InlineData("IL", 0)]
    [InlineData("il", 0)]
    [InlineData("ıl", 5)]
    [InlineData("ЧТО", 6)]
    [InlineData("A", 7)]
    [InlineData("September", 8)]
    [InlineData("them", 0)]
    [InlineData("th", 0)]
    [InlineData("", 0)]
    [InlineData("Septembers", 0)]
    [InlineData("th€", 0)]
    [InlineData("t\u0040e", 0)]
    public void Finds_what_the_case_insensitive_dictionary_finds(string word, int expected)
    {
        var table = new WordTable<int>(Vocabulary);

        Assert.Equal(Vocabulary.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var fromDictionary) ? fromDictionary : 0, expected);
        Assert.Equal(expected, table.TryGetValue(word, out var value) ? value : 0);
    }

    [Theory]
    [InlineData("Sep\u00ADtember", 8)]
    [InlineData("\uFEFFthe", 1)]
    [InlineData("per\u00ADché", 4)]
    [InlineData("Sep\u00ADtembers", 0)]
    public void Reads_a_word_through_the_soft_hyphens_and_joiners_a_page_left_in_it(string word, int expected)
    {
        var table = new WordTable<int>(Vocabulary);

        Assert.Equal(expected, table.TryGetValue(word, out var value) ? value : 0);
    }

    [Fact]
    public void Agrees_with_the_dictionary_on_every_word_of_the_stop_lists_in_any_case()
    {
        string[] awkward = ["ıf", "İt", "ſo", "\u212Ano", "Ǆ", "ǅ", "ß", "SS", "é", "É", "ſ", "ı"];
        var words = StopWords.English.Concat(awkward);
        var dictionary = StopWords.English.Concat(["ſo", "ıf", "é"]).ToFrozenDictionary(w => w, w => w.Length, StringComparer.OrdinalIgnoreCase);
        var table = new WordTable<int>(dictionary);
        var lookup = dictionary.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in words.SelectMany(w => new[] { w, w.ToUpperInvariant(), w.ToLowerInvariant(), char.ToUpperInvariant(w[0]) + w[1..] }))
        {
            Assert.Equal(lookup.TryGetValue(word, out var expected) ? expected : -1, table.TryGetValue(word, out var found) ? found : -1);
        }
    }

    [Fact]
    public void An_empty_key_is_found_by_the_empty_word_only()
    {
        var table = new WordTable<int>(new Dictionary<string, int> { [""] = 1, ["on"] = 2 }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));

        Assert.True(table.TryGetValue("", out var empty));
        Assert.Equal(1, empty);
        Assert.True(table.TryGetValue("ON", out var on));
        Assert.Equal(2, on);
        Assert.False(table.Contains("o"));
    }

    [Fact]
    public void Refuses_a_vocabulary_compared_another_way()
    {
        var ordinal = new Dictionary<string, int> { ["the"] = 1 }.ToFrozenDictionary(StringComparer.Ordinal);

        Assert.Throws<ArgumentException>(() => new WordTable<int>(ordinal));
    }
}
