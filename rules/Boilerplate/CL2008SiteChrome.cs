using CorpusLint.Model.Layout;
using Microsoft.CodeAnalysis;

namespace CorpusLint.Rules.Boilerplate;

/// <summary>Site chrome</summary>
public sealed class CL2008SiteChrome : BoilerplateRule
{
    private static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        "CL2008",
        "Site chrome",
        "Site chrome: '{0}'",
        RuleCategory.Boilerplate,
        Severity.Warning,
        "Skip links, account links, mastheads, taglines, section labels and ad markers belong to the page around the article.");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override IReadOnlyList<RuleOption> Options => [PhrasesOption];

    protected override string FixTitle => "Delete the site chrome";

    public override void Analyze(RuleContext context) =>
        ReportRuns(context, ClassOrExtraPhrase(context, LineClass.Chrome));
}
