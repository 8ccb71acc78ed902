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

    /// <summary>
    /// 2: the layout keeps fact boxes, program output and bracketed heads in the article, and a boilerplate phrase found
    /// only inside an e-mail address does not count, so the body and its neighbours may differ.
    /// </summary>
    public override int Version => 9;

    public override IReadOnlyList<RuleOption> Options => [PhrasesOption];

    protected override string FixTitle => "Delete the site chrome";

    public override void Analyze(RuleContext context) =>
        ReportRuns(context, ClassOrExtraPhrase(context, LineClass.Chrome));
}
