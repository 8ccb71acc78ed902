using CorpusLint.Model.Layout;
using Microsoft.CodeAnalysis;

namespace CorpusLint.Rules.Boilerplate;

/// <summary>Call to action</summary>
public sealed class CL2002CallToAction : BoilerplateRule
{
    private static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        "CL2002",
        "Call to action",
        "Call to action left in the text: '{0}'",
        RuleCategory.Boilerplate,
        Severity.Warning,
        "Subscribe, donate, contribute, sign-up, newsletter and membership prompts are page chrome, not article text.");

    public override DiagnosticDescriptor Descriptor => Rule;

    /// <summary>
    /// 2: the layout keeps fact boxes, program output and bracketed heads in the article, and a boilerplate phrase found
    /// only inside an e-mail address does not count, so the body and its neighbours may differ.
    /// </summary>
    public override int Version => 7;

    public override IReadOnlyList<RuleOption> Options => [PhrasesOption];

    protected override string FixTitle => "Delete the call to action";

    public override void Analyze(RuleContext context) =>
        ReportRuns(context, ClassOrExtraPhrase(context, LineClass.CallToAction));
}
