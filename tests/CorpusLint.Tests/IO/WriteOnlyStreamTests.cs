using CorpusLint.IO;

namespace CorpusLint.Tests.IO;

/// <summary><see cref="WriteOnlyStream"/>: every write reaches the subclass as the bytes given, and nothing else is allowed.</summary>
public sealed class WriteOnlyStreamTests
{
    [Fact]
    public void Writes_of_every_kind_arrive_in_order_as_the_bytes_given()
    {
        using var stream = new Collecting();

        stream.Write([1, 2, 3, 4, 5], 1, 3);
        stream.Write([6]);
        stream.WriteByte(7);
        new MemoryStream([8, 9]).CopyTo(stream);

        Assert.Equal([2, 3, 4, 6, 7, 8, 9], stream.Written);
    }

    [Fact]
    public void It_cannot_be_read_sought_or_measured()
    {
        using var stream = new Collecting();

        Assert.False(stream.CanRead);
        Assert.False(stream.CanSeek);
        Assert.True(stream.CanWrite);
        Assert.Throws<NotSupportedException>(() => stream.Read(new byte[1], 0, 1));
        Assert.Throws<NotSupportedException>(() => stream.Seek(0, SeekOrigin.Begin));
        Assert.Throws<NotSupportedException>(() => stream.Length);
        Assert.Throws<NotSupportedException>(() => stream.Position);
        Assert.Throws<NotSupportedException>(() => stream.SetLength(0));
    }

    private sealed class Collecting : WriteOnlyStream
    {
        public List<byte> Written { get; } = [];

        public override void Write(ReadOnlySpan<byte> buffer) => Written.AddRange(buffer);
    }
}
