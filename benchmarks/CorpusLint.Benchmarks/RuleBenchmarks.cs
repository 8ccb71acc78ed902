using BenchmarkDotNet.Attributes;
using CorpusLint.Configuration;
using CorpusLint.Engine;
using CorpusLint.Model;
using CorpusLint.Rules;

namespace CorpusLint.Benchmarks;

/// <summary>
/// Each rule's throughput on a realistic article of about 1 MB, the document model prebuilt (what the
/// rule itself costs). The slowest rule is the one with the lowest MB/s.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerMegabyteConfig))]
public class RuleBenchmarks
{
    private Document _document = null!;
    private LintEngine _engine = null!;
    private DocumentConfiguration _configuration = null!;

    public static IEnumerable<string> RuleIds => BuiltInRules.All.Select(r => r.Id);

    [ParamsSource(nameof(RuleIds))]
    public string Rule { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var rule = BuiltInRules.Find(Rule)!;
        _engine = new LintEngine([rule], new ConfigurationProvider([rule]));
        _configuration = _engine.Configuration.GetConfiguration(Path.Combine(Path.GetTempPath(), "corpuslint-bench", "bench.txt"));
        _document = Document.FromText("bench.txt", ArticleFixture.Repeated(ArticleFixture.OneMegabyte));
        _engine.Lint(_document, _configuration);
    }

    [Benchmark]
    public int Analyze() => _engine.Lint(_document, _configuration).Diagnostics.Count;
}
