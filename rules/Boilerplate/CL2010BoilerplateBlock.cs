using CorpusLint.Model.Layout;
using Microsoft.CodeAnalysis;

namespace CorpusLint.Rules.Boilerplate;

/// <summary>
/// The general detector: lines out of the article's flow (outside the body found by the layout, or clutter
/// inside it) that no specific CL2xxx rule explains.
/// </summary>
public sealed class CL2010BoilerplateBlock : BoilerplateRule
{
    private static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        "CL2010",
        "Boilerplate block",
        "Boilerplate block of {1} line(s) outside the article's flow starting '{0}'",
        RuleCategory.Boilerplate,
        Severity.Suggestion,
        "Short, link-dense lines with few stop words and no sentence punctuation, away from the article's prose, are page furniture (in the spirit of jusText).");

    public override DiagnosticDescriptor Descriptor => Rule;

    /// <summary>
    /// 2: an article in numbered sections ("Step 1", "Step 2") is one body (NumberedSectionsPass). 3: sections that continue
    /// the body's numbering ("16. Acknowledgements") and named preformatted blocks above the body are the article's. 4: a fact
    /// box (label-value rows) next to the body and program output under a shell command are the article's.
    /// </summary>
    /// <remarks>
    /// 5: a boilerplate phrase found only inside an e-mail address does not count, so the body and its neighbours may
    /// differ. 6: a sentence in brackets is text, not an image label, so the body may take it in. 7: a related-content
    /// label inside a numbered article does not claim the article's next numbered item.
    /// </remarks>
    public override int Version => 39;

    public override IReadOnlyList<RuleOption> Options => [PhrasesOption];

    protected override string FixTitle => "Delete the boilerplate block";

    public override void Analyze(RuleContext context) =>
        ReportRuns(context, ClassOrExtraPhrase(context, LineClass.Boilerplate));
}
