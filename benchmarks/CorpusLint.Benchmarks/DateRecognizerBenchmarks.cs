using BenchmarkDotNet.Attributes;
using CorpusLint.Model;
using CorpusLint.Model.Dates;

namespace CorpusLint.Benchmarks;

/// <summary>
/// The date recognizer on 1 MB of articles: the mention scanner alone (words and sentences already
/// built, as when other rules have asked for them), and the whole analysis (mentions, publication date, tense, resolution).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerMegabyteConfig))]
public class DateRecognizerBenchmarks
{
    private Document _document = null!;

    [GlobalSetup]
    public void Setup()
    {
        _document = Document.FromText("bench.txt", ArticleFixture.Repeated(ArticleFixture.OneMegabyte));
        _ = _document.Words;
        _ = _document.Sentences;
    }

    [Benchmark]
    public int ScanMentions() => DateScanner.Scan(_document, (Word[])_document.Words).Count;

    [Benchmark]
    public int AnalyzeDates() => DateAnalyzer.Analyze(_document).Mentions.Count;
}
