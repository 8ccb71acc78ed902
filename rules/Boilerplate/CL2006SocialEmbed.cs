using CorpusLint.Model.Layout;
using Microsoft.CodeAnalysis;

namespace CorpusLint.Rules.Boilerplate;

/// <summary>Social embed or share prompt</summary>
public sealed class CL2006SocialEmbed : BoilerplateRule
{
    private static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        "CL2006",
        "Social embed or share prompt",
        "Share prompt or social-media remnant: '{0}'",
        RuleCategory.Boilerplate,
        Severity.Warning,
        "Share buttons, follow-us prompts and bare social-media post URLs are what is left of widgets, not article text.");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override IReadOnlyList<RuleOption> Options => [PhrasesOption];

    protected override string FixTitle => "Delete the social-media lines";

    public override void Analyze(RuleContext context) =>
        ReportRuns(context, ClassOrExtraPhrase(context, LineClass.Social));
}
