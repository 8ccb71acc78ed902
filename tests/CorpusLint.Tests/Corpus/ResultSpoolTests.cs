using System.Globalization;
using System.Text;
using CorpusLint.Caching;
using CorpusLint.Configuration;
using CorpusLint.Corpus;
using CorpusLint.Engine;
using CorpusLint.Fixing;
using CorpusLint.Model;
using CorpusLint.Rules;

namespace CorpusLint.Tests.Corpus;

/// <summary>The corpus pass holds a run's results in a spool: what comes back must be what went in, from memory or from disk.</summary>
public sealed class ResultSpoolTests
{
    private static readonly LintEngine Engine = new(BuiltInRules.All, new ConfigurationProvider(BuiltInRules.All));

    [Theory]
    [InlineData(ResultSpool.DefaultMemoryBytes, false)]
    [InlineData(1, true)]
    public void Results_come_back_in_order_with_every_field(int memoryBytes, bool onDisk)
    {
        var results = SampleResults();
        using var spool = new ResultSpool(memoryBytes);
        foreach (var result in results)
        {
            spool.Add(result);
        }

        var read = spool.ReadAll().ToList();

        Assert.Equal(onDisk, spool.OnDisk);
        Assert.Equal(results.Select(Render), read.Select(Render));
        Assert.Same(results[0].Diagnostics[0].Descriptor, read[0].Diagnostics[0].Descriptor);
        Assert.Same(EngineDiagnostics.NotLinted, read[2].Diagnostics[0].Descriptor);
    }

    [Theory]
    [InlineData(ResultSpool.DefaultMemoryBytes, false)]
    [InlineData(1, true)]
    public void Diagnostics_a_cache_served_encoded_are_kept_encoded_and_come_back_equal(int memoryBytes, bool onDisk)
    {
        var linted = SampleResults()[0];
        var codec = new ResultCodec(BuiltInRules.All, summarizer: null);
        var writer = new CacheWriter();
        codec.Encode(linted, writer);
        var served = codec.Decode(writer.ToArray(), linted.Input!);
        using var spool = new ResultSpool(memoryBytes);
        spool.Add(served);
        spool.Add(SampleResults()[2]);
        spool.Add(served);

        var read = spool.ReadAll().ToList();

        Assert.Equal(onDisk, spool.OnDisk);
        Assert.IsType<EncodedDiagnostics>(read[0].Diagnostics);
        Assert.Equal(Render(linted.Diagnostics), Render(read[0].Diagnostics));
        Assert.Equal(Render(SampleResults()[2].Diagnostics), Render(read[1].Diagnostics));
        Assert.Equal(Render(linted.Diagnostics), Render(read[2].Diagnostics));
        Assert.Same(linted.Diagnostics[0].Descriptor, read[2].Diagnostics[0].Descriptor);
    }

    /// <summary>A linted article (with fixes and excerpts), a fixed one (with its texts, one holding a lone surrogate) and one not linted.</summary>
    private static List<DocumentResult> SampleResults()
    {
        var text = "Council votes   \nThe “vote” passed.\n" + CorpusArticles.Article(0, CorpusArticles.Promo);
        var document = Document.FromText("site/a.txt", text);
        var linted = Engine.Lint(document, Engine.Configuration.GetConfiguration(Path.GetFullPath("site/a.txt")));
        Assert.Contains(linted.Diagnostics, d => d.Fix is not null);
        var fingerprints = LineFingerprinter.Fingerprint(document, "folder:site", Severity.Warning, 5, 2);
        var input = new DocumentInput("/corpus/site/a.txt", "site/a.txt") { CorpusPath = "news/site/a.txt" };
        var first = linted with
        {
            Bytes = 1234,
            Read = new DocumentRead(new DocumentStamp(1234, new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc)) { ChangeTicks = 567, FileId = 89 }, new Hash128(1, 2), new DateTime(2026, 1, 2, 3, 4, 7, DateTimeKind.Utc)),
            Summary = fingerprints,
            Input = input,
            FromCache = true,
        };
        var refused = new RefusedFix(linted.Diagnostics.First(d => d.Fix is not null), "it would delete a quotation");
        var outcome = new FileFixOutcome(input, FileFixStatus.Fixed, 3, false, linted.Diagnostics, [refused], "a message", "before \uD800 text", "after text");
        var second = new DocumentResult("site/b.txt", [], [new RuleFailure("CL1002", "site/b.txt", "boom")]) { Input = input with { Problem = "odd" }, Fix = outcome };
        var third = DocumentResult.NotLinted("site/c\0\u00e9.txt", "not a regular file (a FIFO)", 77);
        return [first, second, third];
    }

    private static string Render(DocumentResult r)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{r.Path}|{r.Bytes}|{r.NotLintedReason}|{r.Read}|{r.FromCache}|{r.Input}|{r.IsLinted}\n");
        foreach (var failure in r.Failures)
        {
            text.Append(CultureInfo.InvariantCulture, $"failure {failure}\n");
        }

        Render(text, r.Diagnostics);
        if (r.Summary is DocumentFingerprints f)
        {
            text.Append(CultureInfo.InvariantCulture, $"summary {f.Path} {f.Group} {f.Severity} {f.MinDocuments} {f.MinSharePercent} {string.Join(',', f.Hashes)} {string.Join(',', f.Reportable)}\n");
        }

        if (r.Fix is { } fix)
        {
            text.Append(CultureInfo.InvariantCulture, $"fix {fix.Input} {fix.Status} {fix.Applied} {fix.Settled} {fix.Message} {fix.OriginalText} {fix.FixedText}\n");
            Render(text, fix.Remaining ?? []);
            Render(text, fix.Refused.Select(x => x.Diagnostic).ToList());
            text.AppendJoin(',', fix.Refused.Select(x => x.Reason));
        }

        return text.ToString();
    }

    private static string Render(IReadOnlyList<LintDiagnostic> diagnostics)
    {
        var text = new StringBuilder();
        Render(text, diagnostics);
        return text.ToString();
    }

    private static void Render(StringBuilder text, IReadOnlyList<LintDiagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            text.Append(CultureInfo.InvariantCulture, $"{d.Id} {d.Severity} {d.Path} {d.Span} {d.Start} {d.End} {d.Message} {d.Fingerprint} {d.Excerpt}");
            if (d.Fix is { } fix)
            {
                text.Append(CultureInfo.InvariantCulture, $" fix {fix.Title} {fix.Safety} {string.Join(';', fix.Edits)}");
            }

            text.Append('\n');
        }
    }
}
