using System.Text;
using CorpusLint.Text;

namespace CorpusLint.Tests.Text;

public class SourceDecoderTests
{
    [Fact]
    public void Decodes_utf8_without_bom()
    {
        var decoded = SourceDecoder.Decode(Encoding.UTF8.GetBytes("Vučić’s visit"));
        Assert.Equal("Vučić’s visit", decoded.Text);
        Assert.Equal(SourceEncoding.Utf8, decoded.Encoding);
        Assert.Empty(decoded.InvalidBytes);
    }

    [Fact]
    public void Strips_the_utf8_bom_and_remembers_it()
    {
        var decoded = SourceDecoder.Decode([0xEF, 0xBB, 0xBF, (byte)'H', (byte)'i']);
        Assert.Equal("Hi", decoded.Text);
        Assert.True(decoded.HasBom);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Decodes_utf16_with_bom(bool littleEndian)
    {
        var encoding = littleEndian ? Encoding.Unicode : Encoding.BigEndianUnicode;
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("Čedomir said “yes”.")).ToArray();
        var decoded = SourceDecoder.Decode(bytes);
        Assert.Equal("Čedomir said “yes”.", decoded.Text);
        Assert.Equal(littleEndian ? SourceEncoding.Utf16LittleEndian : SourceEncoding.Utf16BigEndian, decoded.Encoding);
    }

    [Theory]
    [InlineData("utf-32", SourceEncoding.Utf32LittleEndian)]
    [InlineData("utf-32BE", SourceEncoding.Utf32BigEndian)]
    public void Decodes_utf32_with_bom_and_writes_it_back_byte_for_byte(string encodingName, SourceEncoding expected)
    {
        // UTF-32 LE's BOM (FF FE 00 00) starts with UTF-16 LE's: read as UTF-16 it would be a NUL before the text.
        var encoding = Encoding.GetEncoding(encodingName);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("Čedomir said “yes” 😀.")).ToArray();

        var decoded = SourceDecoder.Decode(bytes);

        Assert.Equal("Čedomir said “yes” 😀.", decoded.Text);
        Assert.Equal(expected, decoded.Encoding);
        Assert.True(SourceEncoder.RoundTrips(bytes, decoded));
    }

    [Fact]
    public void Records_invalid_bytes_with_offsets_instead_of_throwing()
    {
        // A Latin-1 'é' (0xE9) and two stray 0xFF bytes: each run becomes one U+FFFD.
        byte[] bytes = [.. "caf"u8, 0xE9, .. " au lait "u8, 0xFF, 0xFF, .. "end"u8];
        var decoded = SourceDecoder.Decode(bytes);
        Assert.Equal("caf\uFFFD au lait \uFFFDend", decoded.Text);
        Assert.Equal(
            [(3L, 1, 3), (13L, 2, 13)],
            decoded.InvalidBytes.Select(b => (b.ByteOffset, b.ByteLength, b.TextOffset)));
    }

    [Fact]
    public void A_nul_byte_marks_the_file_binary()
    {
        var decoded = SourceDecoder.Decode([0x89, (byte)'P', (byte)'N', (byte)'G', 0, 0, 1]);
        Assert.True(decoded.IsBinary);
        Assert.Equal(string.Empty, decoded.Text);
    }

    [Fact]
    public void Empty_input_is_empty_text() => Assert.Equal(string.Empty, SourceDecoder.Decode([]).Text);
}
