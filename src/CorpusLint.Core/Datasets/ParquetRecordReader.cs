using System.Globalization;
using CorpusLint.Model;
using Parquet;
using Parquet.Schema;

namespace CorpusLint.Datasets;

/// <summary>
/// Reads a Parquet dataset one row group at a time (memory follows the row group, not the file): the text column and
/// the metadata columns the mapping names, each row a record. The text column is chosen once per file; a file without
/// one, or whose text column is not a column of strings, is one problem of the file. A row group that cannot be read
/// is one problem, and its rows keep their numbers, so the records after it are numbered as in the file.
/// </summary>
internal static class ParquetRecordReader
{
    public static IEnumerable<DatasetRecord> Read(Stream file, string datasetPath, FieldMapping mapping)
    {
        var opened = Open(file, out var problem);
        if (opened is null)
        {
            yield return AboutFile(datasetPath, 1, $"Not a readable Parquet file ({problem})");
            yield break;
        }

        using var disposal = new ParquetReaderDisposal(opened);
        var reader = opened;
        var columns = Columns(reader.Schema, mapping, out var textField, out var textProblem);
        if (textField is null)
        {
            yield return AboutFile(datasetPath, 1, textProblem!);
            yield break;
        }

        var number = 0;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            var group = ReadGroup(reader, g, textField, columns, out var rows, out var groupProblem);
            if (group is null)
            {
                yield return AboutFile(datasetPath, number + 1, $"Row group {g + 1} of {reader.RowGroupCount} (rows {number + 1:N0}–{number + rows:N0}) cannot be read ({groupProblem}); the other row groups are linted");
                number += rows;
                continue;
            }

            for (var row = 0; row < rows; row++)
            {
                number++;
                var fields = new List<MetadataField>(columns.Count);
                foreach (var (role, column, values) in group.Value.Metadata)
                {
                    fields.Add(new MetadataField(role, column.Path.FirstPart!, values[row]));
                }

                var id = fields.FirstOrDefault(f => f.Role == MetadataRole.Id) is { IsEmpty: false } idField ? idField.Values[0] : null;
                var text = group.Value.Texts[row];
                yield return new DatasetRecord
                {
                    Location = new RecordLocation(datasetPath, number, id, 0),
                    Text = text,
                    Metadata = new DocumentMetadata(fields, textField.Name, datasetPath),
                    Problem = text is null ? $"row {row + 1} of row group {g + 1} has a text field '{textField.Name}' that is null" : null,
                    Bytes = text is null ? 0 : System.Text.Encoding.UTF8.GetByteCount(text),
                    RowGroup = (g, row, rows),
                };
            }
        }
    }

    private static ParquetReader? Open(Stream file, out string? problem)
    {
        try
        {
            problem = null;
            return ParquetReader.CreateAsync(file, leaveStreamOpen: false).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            // Whatever a damaged footer makes the reader throw, the file is damaged, not the run.
            problem = e.Message.TrimEnd('.');
            return null;
        }
    }

    /// <summary>The text column (the best-ranked of the mapping's names that the file has) and the metadata columns, by role.</summary>
    private static List<(MetadataRole Role, DataField Field)> Columns(ParquetSchema schema, FieldMapping mapping, out DataField? textField, out string? problem)
    {
        textField = null;
        problem = null;
        var textRank = int.MaxValue;
        var metadata = new SortedDictionary<MetadataRole, (DataField Field, int Rank)>();
        foreach (var field in schema.DataFields)
        {
            if (field.Path.FirstPart is not { } name || !mapping.TryGetRole(name, out var role, out var rank))
            {
                continue;
            }

            if (role is { } metadataRole)
            {
                if (!metadata.TryGetValue(metadataRole, out var taken) || rank < taken.Rank)
                {
                    metadata[metadataRole] = (field, rank);
                }
            }
            else if (rank < textRank)
            {
                (textField, textRank) = (field, rank);
            }
        }

        if (textField is null)
        {
            problem = $"No text column: none of {string.Join(", ", mapping.TextFields)} (its columns: {string.Join(", ", schema.Fields.Select(f => f.Name))}); name it in corpuslint.json's fields.text";
        }
        else if (textField.ClrType != typeof(ReadOnlyMemory<char>) && textField.ClrType != typeof(string) || textField.MaxRepetitionLevel > 0 || textField.Path.Length > 1)
        {
            problem = $"The text column '{textField.Path.FirstPart}' is not a column of strings";
            textField = null;
        }

        return [.. metadata.Select(m => (m.Key, m.Value.Field))];
    }

    private static (string?[] Texts, List<(MetadataRole Role, DataField Column, List<string>[] Values)> Metadata)? ReadGroup(
        ParquetReader reader, int index, DataField textField, List<(MetadataRole Role, DataField Field)> columns, out int rows, out string? problem)
    {
        rows = (int)reader.RowGroups[index].RowCount;
        problem = null;
        try
        {
            using var group = reader.OpenRowGroupReader(index);
            var texts = new string?[rows];
            group.ReadAsync(textField, texts.AsMemory()).AsTask().GetAwaiter().GetResult();
            var metadata = new List<(MetadataRole, DataField, List<string>[])>(columns.Count);
            foreach (var (role, field) in columns)
            {
                metadata.Add((role, field, ParquetColumn.ReadAsync(group, field, rows).GetAwaiter().GetResult()));
            }

            return (texts, metadata);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            // A damaged page throws what its decoder throws; the row group is damaged, not the run.
            problem = e.Message.TrimEnd('.');
            return null;
        }
    }

    private static DatasetRecord AboutFile(string datasetPath, int number, string problem) => new()
    {
        Location = new RecordLocation(datasetPath, number, null, 0),
        Problem = problem,
        AboutFile = true,
    };
}

/// <summary>Disposes a <see cref="ParquetReader"/> (asynchronously disposable only) from the synchronous reading of records.</summary>
internal sealed class ParquetReaderDisposal(ParquetReader reader) : IDisposable
{
    public void Dispose() => reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
