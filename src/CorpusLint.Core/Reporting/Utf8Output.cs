using System.Buffers;
using System.Text;

namespace CorpusLint.Reporting;

/// <summary>Hands UTF-8 a reporter encoded to a <see cref="TextWriter"/>: straight to the file when the writer writes UTF-8 to one.</summary>
internal static class Utf8Output
{
    public static void Write(TextWriter output, ReadOnlySpan<byte> utf8)
    {
        if (output is StreamWriter { Encoding: UTF8Encoding } file)
        {
            // Decoding to text only for the writer to encode it again cost as much as the JSON itself.
            file.Flush();
            file.BaseStream.Write(utf8);
            return;
        }

        var chars = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(utf8.Length));
        try
        {
            output.Write(chars, 0, Encoding.UTF8.GetChars(utf8, chars));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
