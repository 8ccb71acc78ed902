using CorpusLint.Corpus;
using Microsoft.CodeAnalysis;

namespace CorpusLint.Rules.Boilerplate;

/// <summary>
/// Corpus-wide: an article line that appears in many documents of the same folder is the site's boilerplate (a promo, a
/// disclaimer, a signature the layout took for article text). Reported after every document was read.
/// </summary>
public sealed class CL2012RepeatedAcrossDocuments : RepeatedLineRule
{
    private static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        "CL2012",
        "Repeated across documents",
        "Appears in {0} documents of this folder: site boilerplate ({1} line(s))",
        RuleCategory.Boilerplate,
        Severity.Warning,
        "A line printed in many articles of one site is the site's, not the article's: a promo, a disclaimer, a newsletter box the scraper kept.");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override string FixTitle => "Delete the repeated lines";
}
