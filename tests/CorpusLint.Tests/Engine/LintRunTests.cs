using CorpusLint.Configuration;
using CorpusLint.Engine;
using CorpusLint.Model;
using CorpusLint.Rules;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Engine;

public sealed class LintRunTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Results_reach_the_sink_in_input_order_whatever_the_number_of_jobs()
    {
        var inputs = WriteArticles(60);
        var serial = Paths(RunWith(1, inputs));
        var parallel = Paths(RunWith(4, inputs));

        Assert.Equal(inputs.Select(i => i.DisplayPath), serial);
        Assert.Equal(serial, parallel);
    }

    [Fact]
    public void Inputs_are_pulled_as_the_run_goes_and_only_a_bounded_number_is_ahead_of_the_sink()
    {
        var inputs = WriteArticles(200);
        var pulled = 0;
        var maxAhead = 0;
        var sink = new RecordingSink(onAccept: count =>
        {
            maxAhead = Math.Max(maxAhead, Volatile.Read(ref pulled) - count);
            Thread.Sleep(1); // a sink slower than the workers, as a busy report writer is: they must wait for it
        });
        var lazy = inputs.Select(i =>
        {
            Interlocked.Increment(ref pulled);
            return i;
        });

        new LintRun(Engine(), new LintRunOptions { Jobs = 2 }).Run(lazy, sink);

        Assert.Equal(200, sink.Results.Count);
        Assert.True(maxAhead <= 2 * LintRun.InFlightPerJob + 2, $"{maxAhead} inputs were taken ahead of the sink");
        Assert.Equal(1, sink.Completions);
    }

    [Fact]
    public void A_cache_is_asked_before_reading_and_filled_after_linting()
    {
        var inputs = WriteArticles(3);
        var cache = new DictionaryCache();
        var run = new LintRun(Engine(), new LintRunOptions { Jobs = 2, Cache = cache });

        var first = run.Run(inputs, new RecordingSink());
        File.Delete(inputs[1].FullPath); // the cached result is served without reading the file
        var sink = new RecordingSink();
        var second = run.Run(inputs, sink);

        Assert.Equal((0, 3), (first.FromCache, cache.Stored.Count));
        Assert.Equal(3, second.FromCache);
        Assert.All(sink.Results, r => Assert.True(r.FromCache && r.IsLinted));
        Assert.All(cache.Stored.Values, r => Assert.NotNull(r.Read));
    }

    [Fact]
    public void A_summarizer_sees_every_document_linted_whole_and_its_summary_travels_with_the_result()
    {
        var inputs = WriteArticles(5);
        var sink = new RecordingSink();

        new LintRun(Engine(), new LintRunOptions { Jobs = 2, Summarizer = new LineCounter() }).Run(inputs, sink);

        Assert.All(sink.Results, r => Assert.Equal(3, r.Summary));
    }

    [Fact]
    public void A_document_that_cannot_be_read_is_a_CL0001_result_and_the_run_goes_on()
    {
        var inputs = WriteArticles(2).Append(new DocumentInput(_folder.PathOf("gone.txt"), "gone.txt")).ToList();

        var result = new LintRun(Engine(), 2).Run(inputs);

        Assert.Equal(2, result.Documents);
        var failure = Assert.Single(result.InputFailures);
        Assert.Equal(("gone.txt", "the file disappeared during the scan"), (failure.Path, failure.Message));
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "CL0001");
        Assert.Equal((Severity.Error, "Not linted: the file disappeared during the scan"), (diagnostic.Severity, diagnostic.Message));
    }

    [Fact]
    public void A_rule_that_throws_is_a_CL0002_diagnostic_beside_the_other_rules_findings()
    {
        var rules = new Rule[] { new ThrowingRule(), BuiltInRules.All.First(r => r.Id == "CL5005") };
        var engine = new LintEngine(rules, new ConfigurationProvider(rules));

        var result = engine.Lint(Document.FromText("a.txt", "No newline"), _folder.PathOf("a.txt"));

        Assert.Equal(["CL0002", "CL5005"], result.Diagnostics.Select(d => d.Id));
        Assert.Contains("Rule CL9990 failed on this document: InvalidOperationException: boom", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Single(result.Failures);
    }

    [Fact]
    public void A_rule_reporting_without_end_is_cut_at_the_limit_and_says_how_many_more()
    {
        var rules = new Rule[] { new EveryCharacterRule() };
        var engine = new LintEngine(rules, new ConfigurationProvider(rules));

        var result = engine.Lint(Document.FromText("a.txt", new string('"', LintEngine.MaxDiagnosticsPerRule + 123)), _folder.PathOf("a.txt"));

        Assert.Equal(LintEngine.MaxDiagnosticsPerRule, result.Diagnostics.Count(d => d.Id == "CL9991"));
        var note = Assert.Single(result.Diagnostics, d => d.Id == "CL0003");
        Assert.Contains("CL9991 found 123 more problem(s)", note.Message, StringComparison.Ordinal);
    }

    private static LintEngine Engine() => new(BuiltInRules.All, new ConfigurationProvider(BuiltInRules.All));

    private static List<string> Paths(RecordingSink sink) => [.. sink.Results.Select(r => r.Path)];

    private static RecordingSink RunWith(int jobs, IReadOnlyList<DocumentInput> inputs)
    {
        var sink = new RecordingSink();
        new LintRun(Engine(), jobs).Run(inputs, sink);
        return sink;
    }

    private List<DocumentInput> WriteArticles(int count)
    {
        _folder.Write(".editorconfig", "root = true\n");
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            // Sizes vary so that documents finish out of order.
            var path = _folder.Write($"a{i:D3}.txt", $"By Ana Ruiz\n\n{string.Concat(Enumerable.Repeat("The council met. ", 1 + (i * 37 % 200)))}\n");
            return new DocumentInput(path, $"a{i:D3}.txt");
        })];
    }

    private sealed class RecordingSink(Action<int>? onAccept = null) : ILintResultSink
    {
        public List<DocumentResult> Results { get; } = [];

        public int Completions { get; private set; }

        public void Accept(DocumentResult result)
        {
            Results.Add(result);
            onAccept?.Invoke(Results.Count);
        }

        public void Complete() => Completions++;
    }

    private sealed class DictionaryCache : IDocumentResultCache
    {
        public Dictionary<string, DocumentResult> Stored { get; } = [];

        public DocumentResult? Lookup(DocumentInput input, DocumentConfiguration configuration)
        {
            lock (Stored)
            {
                return Stored.GetValueOrDefault(input.FullPath + configuration.Fingerprint);
            }
        }

        public DocumentResult? LookupContent(DocumentInput input, DocumentConfiguration configuration, DocumentRead read) => null;

        public void Store(DocumentInput input, DocumentConfiguration configuration, DocumentResult result)
        {
            lock (Stored)
            {
                Stored[input.FullPath + configuration.Fingerprint] = result;
            }
        }
    }

    private sealed class LineCounter : IDocumentSummarizer
    {
        public string Format => "line count";

        public object? Summarize(Document document, string corpusPath, DocumentConfiguration configuration) => document.Lines.Count - 1;

        public object? Reconfigure(object summary, DocumentConfiguration configuration) => summary;

        public void Write(object summary, BinaryWriter writer) => writer.Write((int)summary);

        public object Read(BinaryReader reader, DocumentInput input) => reader.ReadInt32();
    }

    private sealed class ThrowingRule : Rule
    {
#pragma warning disable RS2008 // Release tracking is for analyzer packages; this rule lives in a test.
        private static readonly Microsoft.CodeAnalysis.DiagnosticDescriptor Rule = RuleDescriptors.Create("CL9990", "Throws", "{0}", RuleCategory.Hygiene, Severity.Warning, "Test rule.");
#pragma warning restore RS2008

        public override Microsoft.CodeAnalysis.DiagnosticDescriptor Descriptor => Rule;

        public override void Analyze(RuleContext context) => throw new InvalidOperationException("boom");
    }

    private sealed class EveryCharacterRule : Rule
    {
#pragma warning disable RS2008 // Release tracking is for analyzer packages; this rule lives in a test.
        private static readonly Microsoft.CodeAnalysis.DiagnosticDescriptor Rule = RuleDescriptors.Create("CL9991", "Every character", "{0}", RuleCategory.Quotes, Severity.Warning, "Test rule.");
#pragma warning restore RS2008

        public override Microsoft.CodeAnalysis.DiagnosticDescriptor Descriptor => Rule;

        public override void Analyze(RuleContext context)
        {
            for (var i = 0; i < context.Document.Text.Length; i++)
            {
                context.Report(new Microsoft.CodeAnalysis.Text.TextSpan(i, 1), "a mark");
            }
        }
    }
}
