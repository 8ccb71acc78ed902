using CorpusLint.Corpus;
using Microsoft.CodeAnalysis;

namespace CorpusLint.Rules.Boilerplate;

/// <summary>
/// Corpus-wide: an article line at the edge of many articles of one site or folder is the site's boilerplate (a promo, a
/// disclaimer, a newsletter box the layout took for article text). Reported after every document was read (or, for
/// shards, by <c>merge</c> over every shard's fingerprints).
/// </summary>
public sealed class CL2012RepeatedAcrossDocuments : RepeatedLineRule
{
    private static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        "CL2012",
        "Repeated across documents",
        "Appears in {0} documents grouped with this one (its site, folder or run): site boilerplate ({1} line(s))",
        RuleCategory.Boilerplate,
        Severity.Warning,
        "A line printed in many articles of one site is the site's, not the article's: a promo, a disclaimer, a newsletter box the scraper kept.");

    public override DiagnosticDescriptor Descriptor => Rule;
}
