using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using Parquet;
using Parquet.Data;
using Parquet.Schema;
using ZstdSharp;

namespace CorpusLint.Tests.Datasets;

/// <summary>Datasets written for these tests: JSON Lines records (plain, gzip, Zstandard) and Parquet files of string columns.</summary>
internal static class DatasetFixtures
{
    /// <summary>An article whose second paragraph names a weekday that March 1, 2024 (a Friday) is not: CL3002 at line 3, column 23.</summary>
    public const string WrongWeekday = "Ferry service resumes\n\nThe ferry returned on Tuesday, March 1, 2024, after three weeks of engine repairs.\n";

    /// <summary>One JSON Lines record of the given fields (a string, a list of strings, a number or null each).</summary>
    public static string Record(params (string Name, object? Value)[] fields)
    {
        var record = new JsonObject();
        foreach (var (name, value) in fields)
        {
            record[name] = value switch
            {
                null => null,
                string text => JsonValue.Create(text),
                string[] list => new JsonArray([.. list.Select(item => (JsonNode?)JsonValue.Create(item))]),
                int number => JsonValue.Create(number),
                _ => throw new ArgumentException($"unsupported value {value}"),
            };
        }

        return record.ToJsonString();
    }

    public static byte[] Lines(params string[] lines) => Encoding.UTF8.GetBytes(string.Concat(lines.Select(line => line + "\n")));

    public static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }

    public static byte[] Zstd(byte[] data)
    {
        using var compressor = new Compressor();
        return compressor.Wrap(data).ToArray();
    }

    /// <summary>A Parquet file of string columns, <paramref name="rowsPerGroup"/> rows to a row group.</summary>
    public static async Task<byte[]> ParquetAsync(string[] columns, string?[][] rows, int rowsPerGroup)
    {
        var schema = new ParquetSchema(columns.Select(c => (Field)new DataField<string>(c)).ToArray());
        using var output = new MemoryStream();
        await using (var writer = await ParquetWriter.CreateAsync(schema, output))
        {
            foreach (var chunk in rows.Chunk(rowsPerGroup))
            {
                using var group = writer.CreateRowGroup();
                for (var c = 0; c < columns.Length; c++)
                {
                    await group.WriteAsync(schema.DataFields[c], chunk.Select(row => row[c]).ToArray()!, null);
                }
            }
        }

        return output.ToArray();
    }

    /// <summary>
    /// A Parquet file of an <c>id</c> and a <c>text</c> string column and two required (non-null) columns, <c>words</c>
    /// (int) and <c>published</c> (a timestamp), <paramref name="rowsPerGroup"/> rows to a row group.
    /// </summary>
    public static async Task<byte[]> ParquetWithRequiredColumnsAsync((string Id, string Text, int Words, DateTime Published)[] rows, int rowsPerGroup)
    {
        var id = new DataField<string>("id");
        var text = new DataField<string>("text");
        var words = new DataField<int>("words");
        var published = new DataField<DateTime>("published");
        using var output = new MemoryStream();
        await using (var writer = await ParquetWriter.CreateAsync(new ParquetSchema(id, text, words, published), output))
        {
            foreach (var chunk in rows.Chunk(rowsPerGroup))
            {
                using var group = writer.CreateRowGroup();
                await group.WriteAsync(id, chunk.Select(row => row.Id).ToArray());
                await group.WriteAsync(text, chunk.Select(row => row.Text).ToArray());
                await group.WriteAllPartsAsync<int>(words, chunk.Select(row => row.Words).ToArray(), null, null, CancellationToken.None);
                await group.WriteAllPartsAsync<DateTime>(published, chunk.Select(row => row.Published).ToArray(), null, null, CancellationToken.None);
            }
        }

        return output.ToArray();
    }

    /// <summary>Every row group's values of required column <paramref name="name"/> (of type <typeparamref name="T"/>), in order.</summary>
    public static async Task<List<T>> ReadRequiredColumnAsync<T>(string path, string name)
        where T : struct
    {
        await using var reader = await ParquetReader.CreateAsync(path);
        var field = reader.Schema.DataFields.Single(f => f.Name == name);
        var values = new List<T>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var chunk = new T[group.RowCount];
            await group.ReadAsync<T>(field, chunk.AsMemory());
            values.AddRange(chunk);
        }

        return values;
    }

    /// <summary>Every row group's values of string column <paramref name="name"/>, in order.</summary>
    public static async Task<List<string?>> ReadColumnAsync(string path, string name)
    {
        await using var reader = await ParquetReader.CreateAsync(path);
        var field = reader.Schema.DataFields.Single(f => f.Name == name);
        var values = new List<string?>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var chunk = new string?[group.RowCount];
            await group.ReadAsync(field, chunk.AsMemory()!);
            values.AddRange(chunk);
        }

        return values;
    }

    /// <summary>The file with the first data page of row group <paramref name="index"/>'s first column overwritten: that row group cannot be read.</summary>
    public static async Task<byte[]> DamageRowGroupAsync(byte[] parquet, int index)
    {
        long offset;
        await using (var reader = await ParquetReader.CreateAsync(new MemoryStream(parquet)))
        {
            using var group = reader.OpenRowGroupReader(index);
            offset = group.RowGroup.Columns[0].MetaData!.DataPageOffset;
        }

        var damaged = parquet.ToArray();
        damaged.AsSpan((int)offset, 24).Fill(0xFF);
        return damaged;
    }
}
