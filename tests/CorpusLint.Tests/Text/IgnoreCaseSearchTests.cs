using System.Buffers;

namespace CorpusLint.Tests.Text;

/// <summary>
/// Hot paths look for short ASCII words ignoring case with <see cref="SearchValues{T}"/> of strings, not
/// <see cref="string.IndexOf(string, StringComparison)"/>: with invariant globalization (how CorpusLint runs) the latter
/// compares character by character. This pins that the two find the same thing, for every character in every place.
/// </summary>
public class IgnoreCaseSearchTests
{
    [Theory]
    [InlineData("by")]
    [InlineData("ed.")]
    public void Search_values_ignoring_case_find_what_IndexOf_ignoring_case_finds(string needle)
    {
        var values = SearchValues.Create([needle], StringComparison.OrdinalIgnoreCase);
        var text = new char[needle.Length + 2];
        for (var place = 0; place < needle.Length; place++)
        {
            for (var c = 0; c <= char.MaxValue; c++)
            {
                text[0] = 'x';
                needle.CopyTo(0, text, 1, needle.Length);
                text[^1] = 'x';
                text[1 + place] = (char)c;
                var line = new string(text);

                Assert.True(
                    line.Contains(needle, StringComparison.OrdinalIgnoreCase) == line.AsSpan().ContainsAny(values),
                    $"U+{c:X4} in place {place} of \"{needle}\"");
            }
        }
    }
}
