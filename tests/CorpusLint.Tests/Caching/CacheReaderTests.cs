using CorpusLint.Caching;

namespace CorpusLint.Tests.Caching;

/// <summary><see cref="CacheReader.ReadStringEquals"/> answers as comparing <see cref="CacheReader.ReadString"/> would, and reads as much.</summary>
public sealed class CacheReaderTests
{
    public static TheoryData<string, string> Pairs => new()
    {
        { "news/2024/story.txt", "news/2024/story.txt" },
        { "news/2024/story.txt", "news/2024/story.txz" },
        { "news/2024/story.txt", "news/2024/story.txt2" },
        { "actualités/élan ☃.txt", "actualités/élan ☃.txt" },
        { "actualités/élan ☃.txt", "actualites/elan ☃.txt" },
        { "emoji/\U0001F600.txt", "emoji/\U0001F600.txt" },
        { "emoji/\U0001F600.txt", "emoji/\U0001F601.txt" },
        { "", "" },
        { "", "a" },
        { new string('é', 900), new string('é', 900) },
        { new string('é', 900), new string('é', 899) + "e" },
    };

    /// <summary>Strings with lone surrogates, which the writer stores as UTF-16 (one test: xUnit cannot tell such cases apart by their names).</summary>
    [Fact]
    public void Equals_what_reading_the_string_would_compare_for_lone_surrogates()
    {
        Equals_what_reading_the_string_would_compare("lone/\uD800.txt", "lone/\uD800.txt");
        Equals_what_reading_the_string_would_compare("lone/\uD800.txt", "lone/\uFFFD.txt");
        Equals_what_reading_the_string_would_compare("lone/\uFFFD.txt", "lone/\uD800.txt");
        Equals_what_reading_the_string_would_compare("lone/\uDC00\uD800.txt", "lone/\uDC00\uD800.txt");
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Equals_what_reading_the_string_would_compare(string written, string compared)
    {
        var writer = new CacheWriter();
        writer.WriteString(written);
        writer.WriteVarint(42);
        var bytes = writer.ToArray();

        var reader = new CacheReader(bytes);
        var equal = reader.ReadStringEquals(compared);

        Assert.Equal(new CacheReader(bytes).ReadString() == compared, equal);
        Assert.Equal(written == compared, equal);
        Assert.Equal(42UL, reader.ReadVarint());
        Assert.True(reader.AtEnd);
    }

    [Fact]
    public void Comparing_a_document_name_allocates_nothing()
    {
        // A replay compares one name per document; ContainsAnyInRange in its place boxed 96 bytes a call before tiering.
        const string name = "/corpus/news/2024/a0001234.txt";
        var writer = new CacheWriter();
        writer.WriteString(name);
        var bytes = writer.ToArray();
        Assert.True(new CacheReader(bytes).ReadStringEquals(name));

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            new CacheReader(bytes).ReadStringEquals(name);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
