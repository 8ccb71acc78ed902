using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace CorpusLint.Benchmarks;

/// <summary>Adds an MB/s column: the benchmark's input size divided by its mean time.</summary>
public sealed class ThroughputColumn(Func<BenchmarkCase, long> bytesOf) : IColumn
{
    public string Id => nameof(ThroughputColumn);
    public string ColumnName => "MB/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Megabytes (10^6 bytes) of UTF-8 text processed per second";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is not { } statistics)
        {
            return "NA";
        }

        var seconds = statistics.Mean / 1e9;
        return (bytesOf(benchmarkCase) / 1e6 / seconds).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}

/// <summary>The configuration of benchmarks that process <see cref="ArticleFixture.OneMegabyte"/> per operation: adds MB/s.</summary>
public sealed class PerMegabyteConfig : ManualConfig
{
    public PerMegabyteConfig() => AddColumn(new ThroughputColumn(_ => ArticleFixture.OneMegabyte));
}
