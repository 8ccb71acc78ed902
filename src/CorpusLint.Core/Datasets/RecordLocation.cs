namespace CorpusLint.Datasets;

/// <summary>
/// Where a diagnostic about a dataset record stands in its dataset: the file, the record's 1-based number (its place in
/// the file, whatever its id), its id when it has one, and for JSON Lines the line of the file that holds it. Reports
/// order a dataset's diagnostics by record number, so a merged set of shards reads like one run.
/// </summary>
/// <param name="Dataset">The dataset file, as reports show paths.</param>
/// <param name="Number">The record's 1-based number; for a problem of the file itself (a stream that ends early), the number of the record it stopped at.</param>
/// <param name="Id">The record's id field, or null.</param>
/// <param name="Line">The 1-based line that holds the record in the JSON Lines text (decompressed, for .gz and .zst); 0 for Parquet.</param>
public sealed record RecordLocation(string Dataset, int Number, string? Id, long Line);
