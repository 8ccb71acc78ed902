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

    public override IReadOnlyList<RuleOption> Options => [PhrasesOption];

    protected override string FixTitle => "Delete the legal footer";

    public override void Analyze(RuleContext context) =>
        ReportRuns(context, ClassOrExtraPhrase(context, LineClass.Legal));
}
