using CorpusLint.IO;
using Parquet;
using Parquet.Schema;

namespace CorpusLint.Datasets;

/// <summary>
/// A fixed copy of a Parquet dataset: the same schema and file metadata, row group by row group; each column is copied
/// as its raw values with its definition and repetition levels, and the text column's values are replaced in the rows
/// that were fixed. A row group is written when its last record is in, so memory holds one row group.
/// </summary>
internal sealed class ParquetCopy : DatasetCopy
{
    private readonly FileStream _sourceStream;
    private readonly ParquetReader _reader;
    private readonly AtomicFile.PendingFile _file;
    private readonly ParquetWriter _writer;
    private readonly Dictionary<int, string> _fixedRows = [];
    private string? _textColumn;

    public ParquetCopy(string source, string dataset, string target)
        : base(source, dataset, target)
    {
        _sourceStream = File.OpenRead(source);
        _reader = ParquetReader.CreateAsync(_sourceStream, leaveStreamOpen: true).GetAwaiter().GetResult();
        _file = AtomicFile.Create(target);
        _writer = ParquetWriter.CreateAsync(_reader.Schema, _file.Stream).GetAwaiter().GetResult();
        _writer.CustomMetadata = _reader.CustomMetadata;
    }

    public override void Commit()
    {
        _writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _file.Commit();
    }

    public override void Dispose()
    {
        _reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _sourceStream.Dispose();
        _file.Dispose();
    }

    protected override void Write(DatasetRecord record, string? fixedText)
    {
        var (group, row, rows) = record.RowGroup;
        _textColumn ??= record.Metadata.TextField;
        if (fixedText is not null)
        {
            _fixedRows[row] = fixedText;
        }

        if (row == rows - 1)
        {
            CopyGroup(group);
            _fixedRows.Clear();
        }
    }

    private void CopyGroup(int index)
    {
        using var source = _reader.OpenRowGroupReader(index);
        using var target = _writer.CreateRowGroup();
        foreach (var field in _reader.Schema.DataFields)
        {
            var replacements = field.Path.Length == 1 && field.Name == _textColumn ? _fixedRows : null;
            ParquetValueTypes.Dispatch<Task, ColumnCopier>(field, new ColumnCopier(source, target, field, replacements)).GetAwaiter().GetResult();
        }

        target.CompleteValidate();
    }

    private static async Task CopyColumnAsync<T>(ParquetRowGroupReader source, ParquetRowGroupWriter target, DataField field, Dictionary<int, string>? replacements)
        where T : struct
    {
        var raw = await ParquetValueTypes.ReadRawAsync<T>(source, field).ConfigureAwait(false);
        var definitions = raw.Definitions;
        var repetitions = raw.Repetitions;

        // Values are packed: only defined entries have one.
        var values = raw.Values[..raw.Defined];
        if (replacements is { Count: > 0 } && values is ReadOnlyMemory<char>[] texts)
        {
            for (int row = 0, next = 0; row < (definitions?.Length ?? texts.Length); row++)
            {
                if (definitions is not null && definitions[row] != field.MaxDefinitionLevel)
                {
                    continue;
                }

                if (replacements.TryGetValue(row, out var text))
                {
                    texts[next] = text.AsMemory();
                }

                next++;
            }
        }

        // Absent levels go as no memory: a null array would convert to an empty one, which Parquet takes for a column of
        // no rows (every required column of a dataset failed so).
        await target.WriteAllPartsAsync<T>(field, values, definitions?.AsMemory(), repetitions?.AsMemory(), CancellationToken.None).ConfigureAwait(false);
    }

    private readonly record struct ColumnCopier(ParquetRowGroupReader Source, ParquetRowGroupWriter Target, DataField Field, Dictionary<int, string>? Replacements) : IParquetColumnWork<Task>
    {
        public Task Run<T>()
            where T : struct => CopyColumnAsync<T>(Source, Target, Field, Replacements);
    }
}
