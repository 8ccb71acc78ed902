using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CorpusLint.Model;
using CorpusLint.Text;

namespace CorpusLint.Benchmarks;

/// <summary>Building the layout model (where the article is, line features and classes) of a 1 MB text.</summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class LayoutBenchmarks
{
    private const int Size = 1_000_000;
    private byte[] _bytes = [];

    [GlobalSetup]
    public void Setup() => _bytes = Encoding.UTF8.GetBytes(ArticleFixture.Repeated(Size));

    /// <summary>Decoding, lines, words, links and the layout: what the CL2xxx rules need.</summary>
    [Benchmark]
    public int BuildLayout() => Document.Create("bench.txt", SourceDecoder.Decode(_bytes)).Layout.BodyEnd;

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new ThroughputColumn(_ => Size));
    }
}
