using System.Buffers;
using System.Text;

namespace CorpusLint.Cli;

/// <summary>A write-only stream that decodes UTF-8 into a <see cref="TextWriter"/>: a replayed report's bytes into a writer that takes text only (tests).</summary>
internal sealed class Utf8TextStream(TextWriter output) : Stream
{
    private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(16, _decoder.GetCharCount(buffer, flush: false)));
        try
        {
            output.Write(chars, 0, _decoder.GetChars(buffer, chars, flush: false));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    public override void Flush() => output.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
