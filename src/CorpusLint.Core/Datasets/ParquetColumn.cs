using System.Globalization;
using Parquet;
using Parquet.Schema;

namespace CorpusLint.Datasets;

/// <summary>
/// One column of a Parquet row group as text, row by row: a scalar column gives each row its value (none when null), a
/// list column (<c>authors: list&lt;string&gt;</c>) each row its items. Any column type is read through its raw values
/// and definition and repetition levels, so a record's metadata may be strings, numbers, timestamps or lists of them.
/// </summary>
internal static class ParquetColumn
{
    /// <summary>The column's values per row (<paramref name="rows"/> rows), as text.</summary>
    public static Task<List<string>[]> ReadAsync(ParquetRowGroupReader group, DataField field, int rows) =>
        ParquetValueTypes.Dispatch<Task<List<string>[]>, Collector>(field, new Collector(group, field, rows));

    private static async Task<List<string>[]> CollectAsync<T>(ParquetRowGroupReader group, DataField field, int rows)
        where T : struct
    {
        var raw = await ParquetValueTypes.ReadRawAsync<T>(group, field).ConfigureAwait(false);
        var values = raw.Values.AsSpan(0, raw.Defined);
        var definitions = raw.Definitions;
        var repetitions = raw.Repetitions;
        var levels = definitions?.Length ?? repetitions?.Length ?? rows;
        var result = new List<string>[rows];
        for (var i = 0; i < rows; i++)
        {
            result[i] = [];
        }

        // Values are packed: only defined entries have one. A repetition level of 0 starts the next row.
        int row = -1, next = 0;
        for (var i = 0; i < levels; i++)
        {
            row += repetitions is null || repetitions[i] == 0 ? 1 : 0;
            if ((definitions is null || definitions[i] == field.MaxDefinitionLevel) && row < rows && next < values.Length)
            {
                if (Format(values[next]) is { Length: > 0 } text)
                {
                    result[row].Add(text);
                }

                next++;
            }
        }

        return result;
    }

    private readonly record struct Collector(ParquetRowGroupReader Group, DataField Field, int Rows) : IParquetColumnWork<Task<List<string>[]>>
    {
        public Task<List<string>[]> Run<T>()
            where T : struct => CollectAsync<T>(Group, Field, Rows);
    }

    /// <summary>A value as text: strings trimmed, times in ISO 8601, numbers invariant.</summary>
    private static string? Format<T>(T value)
        where T : struct => value switch
    {
        ReadOnlyMemory<char> chars => chars.Span.Trim().ToString(),
        DateTime time => time.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        DateTimeOffset time => time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ReadOnlyMemory<byte> bytes => System.Text.Encoding.UTF8.GetString(bytes.Span).Trim(),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
