using CorpusLint.Corpus;
using Microsoft.CodeAnalysis;

namespace CorpusLint.Rules.Boilerplate;

/// <summary>
/// Corpus-wide: an article line at the edge of many articles of one site or folder is the site's boilerplate (a promo, a
/// disclaimer, a newsletter box the layout took for article text). Reported after every document was read. Off by default:
/// it needs the whole corpus in one run.
/// </summary>
public sealed class CL2012RepeatedAcrossDocuments : RepeatedLineRule
{
    public CL2012RepeatedAcrossDocuments()
        : this(Severity.None)
    {
    }

    /// <summary>The rule with another default severity (the quality report runs it on its labelled pages).</summary>
    public CL2012RepeatedAcrossDocuments(Severity defaultSeverity) =>
        Descriptor = RuleDescriptors.Create(
            "CL2012",
            "Repeated across documents",
            "Appears in {0} documents of this folder: site boilerplate ({1} line(s))",
            RuleCategory.Boilerplate,
            defaultSeverity,
            "A line printed in many articles of one site is the site's, not the article's: a promo, a disclaimer, a newsletter box the scraper kept.");

    public override DiagnosticDescriptor Descriptor { get; }
}
