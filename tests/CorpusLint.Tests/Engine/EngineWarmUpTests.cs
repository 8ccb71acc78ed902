using CorpusLint.Configuration;
using CorpusLint.Engine;
using CorpusLint.Model;
using CorpusLint.Rules;

namespace CorpusLint.Tests.Engine;

/// <summary>The warm-up article reaches the parts whose one-time tables it is there to build, and no rule fails on it.</summary>
public sealed class EngineWarmUpTests
{
    [Fact]
    public void The_article_is_linted_without_failures_and_reaches_the_layout_the_record_and_the_quotations()
    {
        var engine = new LintEngine(BuiltInRules.All, new ConfigurationProvider(BuiltInRules.All));
        var document = Document.FromText("warm-up.txt", EngineWarmUp.Article);

        var result = EngineWarmUp.Lint(engine);

        Assert.Empty(result.Failures);
        Assert.Contains(result.Diagnostics, d => d.Id.StartsWith("CL2", StringComparison.Ordinal));
        Assert.NotNull(document.PublicationDate);
        Assert.Contains(document.AttributionChoice.BylineCandidates, c => c.IsAccepted);
        Assert.NotEmpty(document.Quotations.Quotations);
        Assert.NotEmpty(document.Links);
    }
}
