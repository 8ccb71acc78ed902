using CorpusLint.Model.Layout;
using Microsoft.CodeAnalysis;

namespace CorpusLint.Rules.Boilerplate;

/// <summary>Legal footer</summary>
public sealed class CL2005LegalFooter : BoilerplateRule
{
    private static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        "CL2005",
        "Legal footer",
        "Legal footer or disclaimer: '{0}'",
        RuleCategory.Boilerplate,
        Severity.Warning,
        "Copyright lines, cookie and privacy notices and editorial disclaimers belong to the site, not to the article.");

    public override DiagnosticDescriptor Descriptor => Rule;

    /// <summary>
    /// 2: the layout keeps fact boxes, program output and bracketed heads in the article, and a boilerplate phrase found
    /// only inside an e-mail address does not count, so the body and its neighbours may differ.
    /// </summary>
    public override int Version => 8;

    public override IReadOnlyList<RuleOption> Options => [PhrasesOption];

    protected override string FixTitle => "Delete the legal footer";

    public override void Analyze(RuleContext context) =>
        ReportRuns(context, ClassOrExtraPhrase(context, LineClass.Legal));
}
