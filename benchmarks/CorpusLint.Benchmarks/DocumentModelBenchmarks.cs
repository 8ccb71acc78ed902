using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CorpusLint.Model;
using CorpusLint.Text;

namespace CorpusLint.Benchmarks;

/// <summary>Building the document model: decoding, lines, paragraphs, words and links of a 1 MB text.</summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class DocumentModelBenchmarks
{
    private const int Size = 1_000_000;
    private byte[] _bytes = [];

    [GlobalSetup]
    public void Setup() => _bytes = Encoding.UTF8.GetBytes(ArticleFixture.Repeated(Size));

    [Benchmark]
    public int DecodeAndBuildLines() => Document.Create("bench.txt", SourceDecoder.Decode(_bytes)).Paragraphs.Count;

    [Benchmark]
    public int BuildWithWordsAndLinks()
    {
        var document = Document.Create("bench.txt", SourceDecoder.Decode(_bytes));
        return document.Words.Count + document.Links.Count;
    }

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new ThroughputColumn(_ => Size));
    }
}
