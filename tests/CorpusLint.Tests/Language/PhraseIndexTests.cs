using System.Buffers;
using CorpusLint.Language;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Language;

public sealed class PhraseIndexTests
{
    private static readonly string[] Phrases = ["©", "read more", "reader", "subscribe to", "all rights reserved", "ok"];

    [Theory]
    [InlineData("read more", true)]
    [InlineData("click to read more", true)]
    [InlineData("read mor", false)]
    [InlineData("the readers wrote in", true)]
    [InlineData("© 2024 the harbour gazette", true)]
    [InlineData("unsubscribe to stop", true)]
    [InlineData("a", false)]
    [InlineData("", false)]
    [InlineData("all rights reserved", true)]
    [InlineData("all rights reserve", false)]
    [InlineData("look", true)]
    public void Finds_a_phrase_anywhere_in_the_text_as_an_ordinal_substring(string text, bool expected) =>
        Assert.Equal(expected, new PhraseIndex(Phrases).ContainsAny(text));

    /// <summary>The boilerplate table's own phrases, on every line of the fixtures and samples, normalized as the layout sees them.</summary>
    [Fact]
    public void Answers_as_the_BCLs_SearchValues_on_the_phrase_table_and_real_lines()
    {
        var phrases = BoilerplatePhrases.All.Where(p => p.Strength != PhraseStrength.Whole).Select(p => p.Phrase).Distinct(StringComparer.Ordinal).ToArray();
        var index = new PhraseIndex(phrases);
        var reference = SearchValues.Create(phrases, StringComparison.Ordinal);
        var root = RepositoryRoot.Find();
        var lines = Directory.GetFiles(Path.Combine(root, "tests"), "*.txt", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(root, "samples"), "*.txt", SearchOption.AllDirectories))
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(File.ReadLines)
            .Select(l => BoilerplatePhrases.Normalize(l))
            .Concat(phrases.Select(p => $"x {p}")).Concat(phrases.Select(p => p[..^1]))
            .ToList();

        var found = 0;
        foreach (var line in lines)
        {
            var expected = line.AsSpan().IndexOfAny(reference) >= 0;
            Assert.True(expected == index.ContainsAny(line), $"'{line}': SearchValues says {expected}");
            found += expected ? 1 : 0;
        }

        Assert.True(found >= phrases.Length && lines.Count > 2 * found, $"{found} of {lines.Count} lines hold a phrase");
    }
}
