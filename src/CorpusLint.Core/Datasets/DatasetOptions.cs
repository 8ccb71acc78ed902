namespace CorpusLint.Datasets;

/// <summary>How a run reads datasets: the field mapping, and whether records keep what a fixed copy needs.</summary>
public sealed record DatasetOptions
{
    public static DatasetOptions Default { get; } = new();

    public FieldMapping Mapping { get; init; } = FieldMapping.Default;

    /// <summary>Fixes records in the workers (<c>--fix</c>, <c>--diff</c>); null when the run does not fix.</summary>
    public RecordFixer? Fixer { get; init; }

    /// <summary>Keep each JSON Lines record's bytes, for <see cref="DatasetFixWriter"/> to write the fixed copy.</summary>
    public bool KeepRawRecords { get; init; }
}
