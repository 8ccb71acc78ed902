using CorpusLint.IO;

namespace CorpusLint.Tests.IO;

public sealed class SpillStreamTests
{
    [Theory]
    [InlineData(1 << 20, false)]
    [InlineData(10, true)]
    public void Length_and_content_are_what_was_written_in_memory_or_on_disk(int memoryBytes, bool onDisk)
    {
        using var stream = new SpillStream(memoryBytes);
        stream.Write("first "u8);
        stream.Write("and second"u8);

        Assert.Equal(onDisk, stream.OnDisk);
        Assert.Equal(16, stream.Length);
        stream.Position = 0;
        var read = new byte[16];
        stream.ReadExactly(read);
        Assert.Equal("first and second"u8.ToArray(), read);
        Assert.Equal(16, stream.Length);
    }
}
