using System.Text;

namespace CorpusLint.Text;

/// <summary>Turns text back into bytes the way <see cref="SourceDecoder"/> read them: the same encoding and BOM.</summary>
public static class SourceEncoder
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding Utf16LittleEndian = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding Utf16BigEndian = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UTF32Encoding Utf32LittleEndian = new(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true);
    private static readonly UTF32Encoding Utf32BigEndian = new(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true);

    /// <summary>The bytes of <paramref name="text"/> in <paramref name="encoding"/>, BOM included when the encoding has one.</summary>
    /// <exception cref="EncoderFallbackException">The text holds a lone surrogate, which no Unicode encoding can write.</exception>
    public static byte[] Encode(string text, SourceEncoding encoding)
    {
        var (bom, encoder) = encoding switch
        {
            SourceEncoding.Utf8WithBom => ((byte[])[0xEF, 0xBB, 0xBF], (Encoding)Utf8),
            SourceEncoding.Utf16LittleEndian => ([0xFF, 0xFE], Utf16LittleEndian),
            SourceEncoding.Utf16BigEndian => ([0xFE, 0xFF], Utf16BigEndian),
            SourceEncoding.Utf32LittleEndian => ([0xFF, 0xFE, 0x00, 0x00], Utf32LittleEndian),
            SourceEncoding.Utf32BigEndian => ([0x00, 0x00, 0xFE, 0xFF], Utf32BigEndian),
            _ => ([], Utf8),
        };
        var bytes = new byte[bom.Length + encoder.GetByteCount(text)];
        bom.CopyTo(bytes, 0);
        encoder.GetBytes(text, 0, text.Length, bytes, bom.Length);
        return bytes;
    }

    /// <summary>
    /// Whether <paramref name="bytes"/> come back unchanged from decoding and encoding: false for invalid UTF-8
    /// (decoded as U+FFFD) and other bytes a rewrite would lose, so such a file is never rewritten.
    /// </summary>
    public static bool RoundTrips(ReadOnlySpan<byte> bytes, DecodedSource source)
    {
        if (source.IsBinary || source.InvalidBytes.Count > 0)
        {
            return false;
        }

        try
        {
            return Encode(source.Text, source.Encoding).AsSpan().SequenceEqual(bytes);
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }
}
