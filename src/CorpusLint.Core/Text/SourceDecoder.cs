using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace CorpusLint.Text;

/// <summary>
/// Turns file bytes into text without ever throwing: BOMs pick UTF-8 or UTF-16, invalid UTF-8
/// bytes become U+FFFD with their offsets recorded, and NUL bytes mark the file as binary.
/// </summary>
public static class SourceDecoder
{
    // Git's heuristic: a NUL byte in the first 8,000 bytes means binary.
    private const int BinarySniffLength = 8000;

    public static DecodedSource Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Utf16(bytes[2..], Encoding.Unicode, SourceEncoding.Utf16LittleEndian, bytes.Length);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Utf16(bytes[2..], Encoding.BigEndianUnicode, SourceEncoding.Utf16BigEndian, bytes.Length);
        }

        var encoding = SourceEncoding.Utf8;
        var bomLength = 0;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            encoding = SourceEncoding.Utf8WithBom;
            bomLength = 3;
        }

        var body = bytes[bomLength..];
        if (body[..Math.Min(body.Length, BinarySniffLength)].Contains((byte)0))
        {
            return new DecodedSource(string.Empty, encoding, [], IsBinary: true, bytes.Length);
        }

        if (Utf8.IsValid(body))
        {
            return new DecodedSource(Encoding.UTF8.GetString(body), encoding, [], IsBinary: false, bytes.Length);
        }

        return DecodeWithReplacement(body, bomLength, encoding, bytes.Length);
    }

    private static DecodedSource Utf16(ReadOnlySpan<byte> body, Encoding encoding, SourceEncoding kind, int byteLength) =>
        new(encoding.GetString(body), kind, [], IsBinary: false, byteLength);

    private static DecodedSource DecodeWithReplacement(ReadOnlySpan<byte> body, int bomLength, SourceEncoding encoding, int byteLength)
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
                    if (last >= 0 && invalid[last].ByteOffset + invalid[last].ByteLength == position + bomLength)
                    {
                        // Merge adjacent invalid bytes into one run, reported once.
                        var run = invalid[last];
                        invalid[last] = run with { ByteLength = run.ByteLength + invalidLength, Bytes = RecordBytes(run.Bytes, body.Slice(position, invalidLength)) };
                    }
                    else
                    {
                        invalid.Add(new InvalidByteRun(position + bomLength, invalidLength, builder.Length, RecordBytes(null, body.Slice(position, invalidLength))));
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

        return new DecodedSource(builder.ToString(), encoding, invalid, IsBinary: false, byteLength);
    }

    private static byte[] RecordBytes(byte[]? recorded, ReadOnlySpan<byte> more)
    {
        recorded ??= [];
        var take = Math.Min(more.Length, InvalidByteRun.MaxRecordedBytes - recorded.Length);
        return take <= 0 ? recorded : [.. recorded, .. more[..take]];
    }
}
