using CorpusLint.Model.Layout;
using Microsoft.CodeAnalysis;

namespace CorpusLint.Rules.Boilerplate;

/// <summary>Comment section</summary>
public sealed class CL2003CommentSection : BoilerplateRule
{
    private static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        "CL2003",
        "Comment section",
        "Comment-form or login remnant: '{0}'",
        RuleCategory.Boilerplate,
        Severity.Warning,
        "Comment forms, commenting policies and login prompts scraped below an article are not part of it.");

    public override DiagnosticDescriptor Descriptor => Rule;

    /// <summary>
    /// 2: the layout keeps fact boxes, program output and bracketed heads in the article, and a boilerplate phrase found
    /// only inside an e-mail address does not count, so the body and its neighbours may differ.
    /// </summary>
    public override int Version => 10;

    public override IReadOnlyList<RuleOption> Options => [PhrasesOption];

    protected override string FixTitle => "Delete the comment-section lines";

    public override void Analyze(RuleContext context) =>
        ReportRuns(context, ClassOrExtraPhrase(context, LineClass.Comment));
}
