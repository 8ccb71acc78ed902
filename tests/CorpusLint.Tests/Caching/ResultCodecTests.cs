using System.Text;
using CorpusLint.Caching;
using CorpusLint.Configuration;
using CorpusLint.Engine;
using CorpusLint.Model;
using CorpusLint.Rules;
using CorpusLint.Tests.Corpus;

namespace CorpusLint.Tests.Caching;

/// <summary>
/// A cached result's diagnostics stay encoded until a reporter reads them, so everything that could make them unreadable
/// must be found when the entry is served (it is then a miss and the document is linted), never later in the report.
/// </summary>
public sealed class ResultCodecTests
{
    private static readonly LintEngine Engine = new(BuiltInRules.All, new ConfigurationProvider(BuiltInRules.All));
    private static readonly DocumentInput Input = new("/corpus/site/a.txt", "site/a.txt");

    [Fact]
    public void Served_diagnostics_decode_to_what_was_stored_with_every_field()
    {
        var (codec, linted, payload) = Encoded();

        var served = codec.Decode(payload, Input);

        var diagnostics = Assert.IsType<EncodedDiagnostics>(served.Diagnostics);
        Assert.Equal(linted.Diagnostics.Count, diagnostics.Count);
        Assert.Equal(linted.Diagnostics.Select(Describe), diagnostics.Select(Describe));
        Assert.Same(diagnostics[0], diagnostics.First());
    }

    [Fact]
    public void A_diagnostic_of_a_rule_this_run_lacks_is_refused_when_served_not_when_reported()
    {
        var (codec, linted, payload) = Encoded();
        var id = Encoding.UTF8.GetBytes(linted.Diagnostics[^1].Id);
        var at = payload.AsSpan().LastIndexOf(id);
        payload[at] = (byte)'X';

        Assert.Throws<InvalidDataException>(() => codec.Decode(payload, Input));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(9)]
    public void A_payload_cut_short_is_refused_when_served(int cut)
    {
        var (codec, _, payload) = Encoded();

        Assert.Throws<InvalidDataException>(() => codec.Decode(payload[..^cut], Input));
    }

    private static (ResultCodec Codec, DocumentResult Linted, byte[] Payload) Encoded()
    {
        var text = "Council votes   \nThe “vote” passed.\n" + CorpusArticles.Article(0, CorpusArticles.Promo);
        var document = Document.FromText("site/a.txt", text);
        var linted = Engine.Lint(document, Engine.Configuration.GetConfiguration(Path.GetFullPath("site/a.txt")));
        Assert.Contains(linted.Diagnostics, d => d.Fix is not null);
        Assert.True(linted.Diagnostics.Count > 1);
        var codec = new ResultCodec(BuiltInRules.All, summarizer: null);
        var writer = new CacheWriter();
        codec.Encode(linted, writer);
        return (codec, linted, writer.ToArray());
    }

    private static string Describe(LintDiagnostic d) =>
        $"{d.Id} {d.Severity} {d.Path} {d.Span} {d.Start} {d.End} {d.Message} {d.Fingerprint} {d.Excerpt} {d.Fix?.Title} {d.Fix?.Safety} {string.Join(';', d.Fix?.Edits ?? [])}";
}
