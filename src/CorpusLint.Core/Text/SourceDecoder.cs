using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace CorpusLint.Text;

/// <summary>
/// Turns file bytes into text without ever throwing: BOMs pick UTF-8, UTF-16 or UTF-32, invalid UTF-8 bytes become
/// U+FFFD with their offsets recorded, and a file whose first bytes are largely control bytes is binary.
/// A stray NUL or control character in an article is text: it is decoded and the rules report it.
/// </summary>
public static class SourceDecoder
{
    /// <summary>How many leading bytes decide whether a file is binary (git looks at the same 8,000).</summary>
    public const int BinarySniffLength = 8000;

    /// <summary>
    /// The share of control bytes (other than tab, line breaks, form feed and ESC) in the sniffed bytes from which
    /// a file is binary. Images, archives and executables run far above it (a PNG header is 40% control bytes);
    /// an article with a stray NUL or a few pasted control characters stays far below.
    /// </summary>
    private const double BinaryControlShare = 0.10;

    public static DecodedSource Decode(ReadOnlySpan<byte> bytes)
    {
        var (encoding, bomLength) = DetectEncoding(bytes);
        var body = bytes[bomLength..];
        if (encoding is SourceEncoding.Utf8 or SourceEncoding.Utf8WithBom && LooksBinary(body))
        {
            return new DecodedSource(string.Empty, encoding, [], IsBinary: true, bytes.Length);
        }

        var decoded = DecodeBody(body, encoding, byteOffset: bomLength);
        return decoded with { ByteLength = bytes.Length };
    }

    /// <summary>The encoding a BOM announces (UTF-8 without one) and the BOM's length in bytes.</summary>
    public static (SourceEncoding Encoding, int BomLength) DetectEncoding(ReadOnlySpan<byte> bytes)
    {
        // UTF-32 LE's BOM begins with UTF-16 LE's: it is tested first, or the file reads as UTF-16 with a NUL.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return (SourceEncoding.Utf32LittleEndian, 4);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return (SourceEncoding.Utf32BigEndian, 4);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (SourceEncoding.Utf16LittleEndian, 2);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (SourceEncoding.Utf16BigEndian, 2);
        }

        return bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? (SourceEncoding.Utf8WithBom, 3) : (SourceEncoding.Utf8, 0);
    }

    /// <summary>Whether the first <see cref="BinarySniffLength"/> bytes are too full of control bytes to be text.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> body)
    {
        var sniffed = body[..Math.Min(body.Length, BinarySniffLength)];
        if (sniffed.IsEmpty)
        {
            return false;
        }

        // Text has none at all: one vectorized search settles most files.
        if (!sniffed.ContainsAny(BinaryControls))
        {
            return false;
        }

        var controls = 0;
        foreach (var b in sniffed)
        {
            if (IsBinaryControl(b))
            {
                controls++;
            }
        }

        return controls >= BinaryControlShare * sniffed.Length;
    }

    /// <summary>
    /// Decodes bytes without a BOM that start at <paramref name="byteOffset"/> in their file (a whole body, or one
    /// window of a document too large to hold whole); invalid runs carry file offsets. Never marks text binary.
    /// </summary>
    public static DecodedSource DecodeBody(ReadOnlySpan<byte> body, SourceEncoding encoding, long byteOffset)
    {
        return encoding switch
        {
            SourceEncoding.Utf16LittleEndian => new(Encoding.Unicode.GetString(body), encoding, [], IsBinary: false, body.Length),
            SourceEncoding.Utf16BigEndian => new(Encoding.BigEndianUnicode.GetString(body), encoding, [], IsBinary: false, body.Length),
            SourceEncoding.Utf32LittleEndian => new(Encoding.UTF32.GetString(body), encoding, [], IsBinary: false, body.Length),
            SourceEncoding.Utf32BigEndian => new(Utf32BigEndian.GetString(body), encoding, [], IsBinary: false, body.Length),
            _ when Utf8.IsValid(body) => new(Encoding.UTF8.GetString(body), encoding, [], IsBinary: false, body.Length),
            _ => DecodeWithReplacement(body, byteOffset, encoding),
        };
    }

    private static readonly UTF32Encoding Utf32BigEndian = new(bigEndian: true, byteOrderMark: false);

    private static readonly SearchValues<byte> BinaryControls =
        SearchValues.Create([.. Enumerable.Range(0, 0x80).Select(b => (byte)b).Where(IsBinaryControl)]);

    private static bool IsBinaryControl(byte b) => b < 0x20 ? b is not ((byte)'\t' or (byte)'\n' or 0x0B or 0x0C or (byte)'\r' or 0x1B) : b == 0x7F;

    private static DecodedSource DecodeWithReplacement(ReadOnlySpan<byte> body, long byteOffset, SourceEncoding encoding)
    {
        var builder = new StringBuilder(body.Length);
        var invalid = new List<InvalidByteRun>();
        var chars = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            var position = 0;
            while (position < body.Length)
            {
                var status = Utf8.ToUtf16(body[position..], chars, out var read, out var written, replaceInvalidSequences: false);
                builder.Append(chars, 0, written);
                position += read;
                if (status is OperationStatus.InvalidData or OperationStatus.NeedMoreData)
                {
                    Rune.DecodeFromUtf8(body[position..], out _, out var invalidLength);
                    invalidLength = Math.Max(invalidLength, 1);
                    var last = invalid.Count - 1;
                    if (last >= 0 && invalid[last].ByteOffset + invalid[last].ByteLength == position + byteOffset)
                    {
                        // Merge adjacent invalid bytes into one run, reported once.
                        var run = invalid[last];
                        invalid[last] = run with { ByteLength = run.ByteLength + invalidLength, Bytes = RecordBytes(run.Bytes, body.Slice(position, invalidLength)) };
                    }
                    else
                    {
                        invalid.Add(new InvalidByteRun(position + byteOffset, invalidLength, builder.Length, RecordBytes(null, body.Slice(position, invalidLength))));
                        builder.Append('\uFFFD');
                    }

                    position += invalidLength;
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }

        return new DecodedSource(builder.ToString(), encoding, invalid, IsBinary: false, body.Length);
    }

    private static byte[] RecordBytes(byte[]? recorded, ReadOnlySpan<byte> more)
    {
        recorded ??= [];
        var take = Math.Min(more.Length, InvalidByteRun.MaxRecordedBytes - recorded.Length);
        return take <= 0 ? recorded : [.. recorded, .. more[..take]];
    }
}
