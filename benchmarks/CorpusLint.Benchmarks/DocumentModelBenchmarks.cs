using System.Text;
using BenchmarkDotNet.Attributes;
using CorpusLint.Model;
using CorpusLint.Text;

namespace CorpusLint.Benchmarks;

/// <summary>Building the document model of a 1 MB text: decoding, lines, paragraphs, words, links, and the layout on top of them.</summary>
[MemoryDiagnoser]
[Config(typeof(PerMegabyteConfig))]
public class DocumentModelBenchmarks
{
    private byte[] _bytes = [];

    [GlobalSetup]
    public void Setup() => _bytes = Encoding.UTF8.GetBytes(ArticleFixture.Repeated(ArticleFixture.OneMegabyte));

    [Benchmark]
    public int DecodeAndBuildLines() => Document.Create("bench.txt", SourceDecoder.Decode(_bytes)).Paragraphs.Count;

    /// <summary>Decoding, lines, words, links, attribution, dates and the layout: what the CL2xxx rules need.</summary>
    [Benchmark]
    public int BuildLayout() => Document.Create("bench.txt", SourceDecoder.Decode(_bytes)).Layout.BodyEnd;

    /// <summary>The shared text facts: sentences (one boundary rule) and languages (per paragraph and for the document).</summary>
    [Benchmark]
    public int BuildSentencesAndLanguages()
    {
        var document = Document.Create("bench.txt", SourceDecoder.Decode(_bytes));
        return document.Sentences.Count + document.Languages.Paragraphs.Count;
    }

    [Benchmark]
    public int BuildWithWordsAndLinks()
    {
        var document = Document.Create("bench.txt", SourceDecoder.Decode(_bytes));
        return document.Words.Count + document.Links.Count;
    }
}
