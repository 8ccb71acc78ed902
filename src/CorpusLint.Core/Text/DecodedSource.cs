namespace CorpusLint.Text;

/// <summary>How the bytes of a document were turned into text.</summary>
public enum SourceEncoding
{
    Utf8,
    Utf8WithBom,
    Utf16LittleEndian,
    Utf16BigEndian,
    Utf32LittleEndian,
    Utf32BigEndian,
}

/// <summary>A run of bytes that is not valid UTF-8, replaced by one U+FFFD in the text.</summary>
/// <param name="ByteOffset">Offset of the first invalid byte in the file.</param>
/// <param name="ByteLength">Number of invalid bytes in the run.</param>
/// <param name="TextOffset">Offset of the replacement character in the decoded text.</param>
/// <param name="Bytes">The first invalid bytes of the run (at most <see cref="MaxRecordedBytes"/>), for messages.</param>
public readonly record struct InvalidByteRun(long ByteOffset, int ByteLength, int TextOffset, byte[]? Bytes = null)
{
    public const int MaxRecordedBytes = 16;
}

/// <summary>The decoded text of a document and what decoding found on the way.</summary>
public sealed record DecodedSource(
    string Text,
    SourceEncoding Encoding,
    IReadOnlyList<InvalidByteRun> InvalidBytes,
    bool IsBinary,
    int ByteLength)
{
    public bool HasBom => Encoding is not SourceEncoding.Utf8;
}
