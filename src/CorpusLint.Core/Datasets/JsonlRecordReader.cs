using System.Buffers;
using System.Globalization;
using System.Text;
using CorpusLint.Text;

namespace CorpusLint.Datasets;

/// <summary>
/// Reads a JSON Lines dataset record by record as it streams: each non-blank line is one record, parsed where it lies
/// in the line buffer (<see cref="JsonlRecordParser"/>). A line that is not a record (malformed, without a text field)
/// is a record with a problem and the reading goes on; a stream that ends early ends the reading with a problem of the
/// file that says how many records were read.
/// </summary>
internal sealed class JsonlRecordReader(JsonLineSource source, string datasetPath, FieldMapping mapping, bool keepRaw) : IDisposable
{
    private readonly ArrayBufferWriter<byte>? _skipped = keepRaw ? new ArrayBufferWriter<byte>() : null;
    private int _number;
    private bool _done;

    /// <summary>The next record, or null at the end.</summary>
    public DatasetRecord? Next()
    {
        while (!_done)
        {
            switch (source.Next(out var line, out var length, out var problem))
            {
                case LineStatus.Line:
                    var content = Content(line);
                    if (content.IndexOfAnyExcept(" \t\r\n\f\v"u8) < 0)
                    {
                        // A blank line is no record; a fixed copy keeps it before the next one.
                        _skipped?.Write(line);
                        continue;
                    }

                    return Parse(line, content);
                case LineStatus.TooLong:
                    _number++;
                    return new DatasetRecord
                    {
                        Location = new RecordLocation(datasetPath, _number, null, source.LineNumber),
                        Problem = $"line {source.LineNumber} is {ByteSize.Format(length)} long, more than the {ByteSize.Format(JsonlDatasetLimits.MaxRecordBytes)} a record may have; it was skipped unread",
                        Bytes = length,
                    };
                case LineStatus.Damaged:
                    _done = true;
                    return AboutFile($"{char.ToUpperInvariant(problem![0])}{problem[1..]}: {_number.ToString("N0", CultureInfo.InvariantCulture)} record(s) were read and linted before it; any after them are lost", readFailure: false);
                case LineStatus.Failed:
                    _done = true;
                    return AboutFile($"could not be read past record {_number.ToString("N0", CultureInfo.InvariantCulture)}: {problem}", readFailure: true);
                default:
                    _done = true;
                    break;
            }
        }

        return null;
    }

    public void Dispose() => source.Dispose();

    private DatasetRecord Parse(ReadOnlySpan<byte> line, ReadOnlySpan<byte> content)
    {
        _number++;
        var bom = _number == 1 && source.LineNumber == 1 && content.StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        var parsed = JsonlRecordParser.Parse(content[bom..], mapping, datasetPath);
        byte[]? raw = null;
        Range token = default;
        if (_skipped is not null)
        {
            var offset = _skipped.WrittenCount + bom;
            raw = [.. _skipped.WrittenSpan, .. line];
            _skipped.ResetWrittenCount();
            token = (parsed.TextToken.Start.Value + offset)..(parsed.TextToken.End.Value + offset);
        }

        return new DatasetRecord
        {
            Location = new RecordLocation(datasetPath, _number, parsed.Id, source.LineNumber),
            Text = parsed.Text,
            Metadata = parsed.Metadata,
            Problem = parsed.Problem is { } problem ? $"line {source.LineNumber} {problem}" : null,
            Bytes = content.Length,
            Raw = raw,
            TextToken = token,
        };
    }

    private DatasetRecord AboutFile(string problem, bool readFailure) => new()
    {
        Location = new RecordLocation(datasetPath, _number + 1, null, source.LineNumber + 1),
        Problem = problem,
        AboutFile = true,
        IsReadFailure = readFailure,
    };

    /// <summary>The line without its line break (LF or CR LF).</summary>
    private static ReadOnlySpan<byte> Content(ReadOnlySpan<byte> line)
    {
        if (line.EndsWith("\n"u8))
        {
            line = line[..^1];
        }

        return line.EndsWith("\r"u8) ? line[..^1] : line;
    }
}

/// <summary>How much of a JSON Lines dataset is held at once.</summary>
internal static class JsonlDatasetLimits
{
    /// <summary>
    /// Bytes one line (one record) may have. News articles run to tens of kilobytes; a longer line is skipped unread (a
    /// CL0004) rather than held, so that the records in flight (16 per job) stay within memory whatever the file holds.
    /// </summary>
    public const int MaxRecordBytes = 16 << 20;
}
