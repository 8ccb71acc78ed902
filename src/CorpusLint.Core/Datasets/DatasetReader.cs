using CorpusLint.Engine;

namespace CorpusLint.Datasets;

/// <summary>
/// Turns the dataset files among a run's inputs into their records, lazily, as the run pulls them: each record is an
/// input of its own (<see cref="DocumentInput.Record"/>), named <c>file#id</c> (<c>file#n</c> without an id), linted in
/// parallel with the others and reported in record order. A dataset file is opened the way documents are (never a
/// FIFO or a device) and read as it streams, so a file of any size takes the memory of the records in flight.
/// </summary>
public static class DatasetReader
{
    public static IEnumerable<DocumentInput> Expand(IEnumerable<DocumentInput> inputs, DatasetOptions options)
    {
        foreach (var input in inputs)
        {
            if (input.Record is not null || input.Problem is not null || DatasetFile.Detect(input.FullPath) is not { } format)
            {
                yield return input;
                continue;
            }

            foreach (var record in Read(input, format, options))
            {
                yield return record;
            }
        }
    }

    /// <summary>The records of one dataset file as inputs; the file with its problem when it cannot be opened.</summary>
    public static IEnumerable<DocumentInput> Read(DocumentInput file, DatasetFormat format, DatasetOptions options)
    {
        var opened = DocumentFile.Open(file.FullPath, out var problem);
        if (opened is null)
        {
            yield return file with { Problem = problem };
            yield break;
        }

        using (opened)
        {
            var stream = new FileStream(opened.Handle, FileAccess.Read, 1 << 16);
            var records = format == DatasetFormat.Parquet
                ? ParquetRecordReader.Read(stream, file.DisplayPath, options.Mapping)
                : ReadJsonl(stream, format, file.DisplayPath, options);
            foreach (var record in records)
            {
                yield return ToInput(file, record);
            }
        }
    }

    /// <summary>
    /// Splits <c>news.jsonl#a1b2</c> into a dataset file that exists and the name of one of its records (an id, or a
    /// number); false when the path is not such a name.
    /// </summary>
    public static bool TrySplitRecordPath(string fullPath, out string file, out string name)
    {
        for (var hash = fullPath.LastIndexOf('#'); hash > 0; hash = fullPath.LastIndexOf('#', hash - 1))
        {
            if (DatasetFile.Detect(fullPath[..hash]) is not null && File.Exists(fullPath[..hash]))
            {
                (file, name) = (fullPath[..hash], fullPath[(hash + 1)..]);
                return true;
            }
        }

        (file, name) = (fullPath, string.Empty);
        return false;
    }

    /// <summary>The record of a dataset named <paramref name="name"/> (its id, else its number), read as a run reads it; null when there is none.</summary>
    public static DatasetRecord? Find(DocumentInput file, string name, FieldMapping mapping)
    {
        var format = DatasetFile.Detect(file.FullPath)!.Value;
        return Read(file, format, DatasetOptions.Default with { Mapping = mapping })
            .Select(input => input.Record)
            .FirstOrDefault(record => record is { AboutFile: false } && (record.Name == name || record.Location.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) == name));
    }

    /// <summary>The input of one record: it is configured like its file, and named after it.</summary>
    public static DocumentInput ToInput(DocumentInput file, DatasetRecord record) =>
        new(file.FullPath, record.AboutFile ? file.DisplayPath : $"{file.DisplayPath}#{record.Name}")
        {
            Record = record,
            CorpusPath = record.AboutFile ? file.CorpusPath : $"{file.CorpusPath}#{record.Name}",
        };

    private static IEnumerable<DatasetRecord> ReadJsonl(Stream stream, DatasetFormat format, string displayPath, DatasetOptions options)
    {
        using var reader = new JsonlRecordReader(new JsonLineSource(DatasetStreams.OpenRead(stream, format), JsonlDatasetLimits.MaxRecordBytes), displayPath, options.Mapping, options.KeepRawRecords);
        while (reader.Next() is { } record)
        {
            yield return record;
        }
    }
}
