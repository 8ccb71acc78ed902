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

    /// <summary>
    /// 2: the layout keeps fact boxes, program output and bracketed heads in the article, and a boilerplate phrase found
    /// only inside an e-mail address does not count, so the body and its neighbours may differ.
    /// </summary>
    public override int Version => 8;

    public override IReadOnlyList<RuleOption> Options => [PhrasesOption];

    protected override string FixTitle => "Delete the social-media lines";

    public override void Analyze(RuleContext context) =>
        ReportRuns(context, ClassOrExtraPhrase(context, LineClass.Social));
}
