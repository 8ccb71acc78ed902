using CorpusLint.Configuration;
using CorpusLint.Engine;
using CorpusLint.Engine.Timing;
using CorpusLint.Rules;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Engine.Timing;

public sealed class RunTimingsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void A_timed_run_charges_each_document_to_its_steps_the_model_and_every_rule_that_ran(int jobs)
    {
        var inputs = WriteArticles(7);
        var timings = new RunTimings();

        var timed = new LintRun(Engine(), new LintRunOptions { Jobs = jobs, Timings = timings }).Run(inputs);
        var totals = timings.Totals().ToDictionary(p => p.Key, p => p.Value);

        foreach (var rule in BuiltInRules.All.Where(r => r.DefaultSeverity != Severity.None))
        {
            Assert.Equal(7, totals[TimedPart.Rule(rule.Id)].Count);
        }

        Assert.Equal(7, Count(totals, TimedPartKind.Step, "read files"));
        Assert.Equal(7, Count(totals, TimedPartKind.Step, "decode text"));
        Assert.Equal(7, Count(totals, TimedPartKind.Model, "lines and paragraphs"));
        Assert.Equal(7, Count(totals, TimedPartKind.Model, "layout"));
        Assert.Equal(7, Count(totals, TimedPartKind.Step, "report"));
        Assert.Equal(1, Count(totals, TimedPartKind.Step, "corpus-wide pass and report end"));
        Assert.True(Count(totals, TimedPartKind.Step, "find documents") >= 7);
        Assert.False(totals.ContainsKey(new TimedPart(TimedPartKind.Step, "cache")), "a run without a cache charged the cache");
        Assert.All(totals.Values, t => Assert.True(t.Ticks >= 0));
        Assert.True(totals.Values.Sum(t => t.Ticks) > 0);

        // Timing changes nothing that is reported.
        var untimed = new LintRun(Engine(), new LintRunOptions { Jobs = jobs }).Run(inputs);
        Assert.Equal(untimed.Diagnostics.Select(Describe), timed.Diagnostics.Select(Describe));
    }

    [Fact]
    public void A_document_served_by_the_cache_is_charged_its_lookup_and_no_rule()
    {
        var inputs = WriteArticles(4);
        var cache = new DictionaryCache();
        new LintRun(Engine(), new LintRunOptions { Jobs = 2, Cache = cache }).Run(inputs);
        var timings = new RunTimings();

        new LintRun(Engine(), new LintRunOptions { Jobs = 2, Cache = cache, Timings = timings }).Run(inputs);
        var totals = timings.Totals().ToDictionary(p => p.Key, p => p.Value);

        Assert.Equal(4, Count(totals, TimedPartKind.Step, "cache"));
        Assert.DoesNotContain(totals.Keys, p => p.Kind != TimedPartKind.Step);
        Assert.Equal(0, Count(totals, TimedPartKind.Step, "read files"));
    }

    [Fact]
    public void The_totals_put_the_most_expensive_part_first()
    {
        var timings = new RunTimings();
        var run = new LintRun(Engine(), new LintRunOptions { Jobs = 2, Timings = timings });

        run.Run(WriteArticles(5));
        var ticks = timings.Totals().Select(p => p.Value.Ticks).ToList();

        Assert.Equal(ticks.OrderByDescending(t => t), ticks);
    }

    [Fact]
    public void An_untimed_run_leaves_no_clock_on_the_threads_it_used()
    {
        var timings = new RunTimings();
        new LintRun(Engine(), new LintRunOptions { Jobs = 1, Timings = timings }).Run(WriteArticles(2));

        Assert.Null(PartClock.Current);
        new LintRun(Engine(), new LintRunOptions { Jobs = 1 }).Run(WriteArticles(2));
        Assert.Null(PartClock.Current);
    }

    private sealed class DictionaryCache : IDocumentResultCache
    {
        private readonly Dictionary<string, DocumentResult> _stored = [];

        public DocumentResult? Lookup(DocumentInput input, DocumentConfiguration configuration)
        {
            lock (_stored)
            {
                return _stored.GetValueOrDefault(input.FullPath);
            }
        }

        public DocumentResult? LookupContent(DocumentInput input, DocumentConfiguration configuration, DocumentRead read) => null;

        public void Store(DocumentInput input, DocumentConfiguration configuration, DocumentResult result)
        {
            lock (_stored)
            {
                _stored[input.FullPath] = result;
            }
        }
    }

    private static int Count(Dictionary<TimedPart, PartTiming> totals, TimedPartKind kind, string name) =>
        totals.TryGetValue(new TimedPart(kind, name), out var timing) ? timing.Count : 0;

    private static string Describe(LintDiagnostic d) => $"{d.Path}:{d.Start.Line}:{d.Start.Column} {d.Id} {d.Message}";

    private static LintEngine Engine() => new(BuiltInRules.All, new ConfigurationProvider(BuiltInRules.All));

    private List<DocumentInput> WriteArticles(int count)
    {
        _folder.Write(".editorconfig", "root = true\n");
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var path = _folder.Write($"a{i:D3}.txt", $"Council meets on Tuesday\n\nBy Ana Ruiz\n\n\"We will vote,\" the mayor said. {string.Concat(Enumerable.Repeat("The council met. ", 1 + i))}\n");
            return new DocumentInput(path, $"a{i:D3}.txt");
        })];
    }
}
