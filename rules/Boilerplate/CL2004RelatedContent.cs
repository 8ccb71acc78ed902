using CorpusLint.Model.Layout;
using Microsoft.CodeAnalysis;

namespace CorpusLint.Rules.Boilerplate;

/// <summary>Related content</summary>
public sealed class CL2004RelatedContent : BoilerplateRule
{
    private static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        "CL2004",
        "Related content",
        "Related-content link or label: '{0}'",
        RuleCategory.Boilerplate,
        Severity.Warning,
        "Read more, related content, most-read lists and teaser links point to other articles; they are not this one.");

    public override DiagnosticDescriptor Descriptor => Rule;

    /// <summary>
    /// 2: the layout keeps fact boxes, program output and bracketed heads in the article, and a boilerplate phrase found
    /// only inside an e-mail address does not count, so the body and its neighbours may differ. 3: a related-content label
    /// inside a numbered article does not claim the article's next numbered item. 5: a Markdown image on its own line is
    /// a picture, not a teaser link.
    /// </summary>
    public override int Version => 12;

    public override IReadOnlyList<RuleOption> Options => [PhrasesOption];

    protected override string FixTitle => "Delete the related-content lines";

    public override void Analyze(RuleContext context) =>
        ReportRuns(context, ClassOrExtraPhrase(context, LineClass.Related));
}
