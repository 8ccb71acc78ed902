using System.Buffers;
using System.Text;
using CorpusLint.IO;

namespace CorpusLint.Cli;

/// <summary>A write-only stream that decodes UTF-8 into a <see cref="TextWriter"/>: a replayed report's bytes into a writer that takes text only (tests).</summary>
internal sealed class Utf8TextStream(TextWriter output) : WriteOnlyStream
{
    private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();

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
}
