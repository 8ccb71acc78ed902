namespace CorpusLint.Datasets;

/// <summary>How a dataset file stores its records.</summary>
public enum DatasetFormat
{
    /// <summary>JSON Lines: one JSON object per line (<c>.jsonl</c>).</summary>
    Jsonl,

    /// <summary>JSON Lines compressed with gzip (<c>.jsonl.gz</c>).</summary>
    JsonlGzip,

    /// <summary>JSON Lines compressed with Zstandard (<c>.jsonl.zst</c>).</summary>
    JsonlZstd,

    /// <summary>Apache Parquet (<c>.parquet</c>).</summary>
    Parquet,
}

/// <summary>Which files are datasets (read record by record) rather than articles, by their name.</summary>
public static class DatasetFile
{
    private static readonly (string Extension, DatasetFormat Format)[] Extensions =
    [
        (".jsonl", DatasetFormat.Jsonl),
        (".jsonl.gz", DatasetFormat.JsonlGzip),
        (".jsonl.zst", DatasetFormat.JsonlZstd),
        (".parquet", DatasetFormat.Parquet),
    ];

    /// <summary>The globs that find datasets in a folder (added to the default includes).</summary>
    public static IReadOnlyList<string> Globs { get; } = [.. Extensions.Select(e => "**/*" + e.Extension)];

    /// <summary>The format of the dataset at <paramref name="path"/>, or null when it is not a dataset.</summary>
    public static DatasetFormat? Detect(string path)
    {
        foreach (var (extension, format) in Extensions)
        {
            if (path.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return format;
            }
        }

        return null;
    }

    /// <summary>The name's extension for <paramref name="format"/> as written in <paramref name="path"/> (".jsonl.gz").</summary>
    public static string ExtensionOf(string path, DatasetFormat format)
    {
        var extension = Extensions.First(e => e.Format == format).Extension;
        return path[^extension.Length..];
    }

    /// <summary>Where <c>--fix</c> writes the fixed copy of a dataset by default: beside it, <c>news.fixed.jsonl.gz</c> for <c>news.jsonl.gz</c>.</summary>
    public static string FixedCopyPath(string path, DatasetFormat format)
    {
        var extension = ExtensionOf(path, format);
        return string.Concat(path.AsSpan(0, path.Length - extension.Length), ".fixed", extension);
    }
}
