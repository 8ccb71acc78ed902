using CorpusLint.Model.Layout;
using Microsoft.CodeAnalysis;

namespace CorpusLint.Rules.Boilerplate;

/// <summary>Photo caption remnant</summary>
public sealed class CL2011PhotoCaptionRemnant : BoilerplateRule
{
    private static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        "CL2011",
        "Photo caption remnant",
        "Photo caption or credit: '{0}'",
        RuleCategory.Boilerplate,
        Severity.Suggestion,
        "Wire-photo slugs, captions and photo credits interrupt the article's text where the image used to be.");

    public override DiagnosticDescriptor Descriptor => Rule;

    /// <summary>
    /// 2: a bracketed name heading the lines under it (a citation key over its reference, a configuration section over its
    /// settings) is not an image label, and a bracket of source codes closing prose (<c>[HB1 / HB2]</c>) is not a photo credit.
    /// </summary>
    /// <remarks>
    /// 3: a boilerplate phrase found only inside an e-mail address does not count, so the body and its neighbours may
    /// differ. 4: a sentence in brackets (a message, a thought, an editor's note) is text, not an image label. 5: a
    /// Markdown image on its own line is a picture: the article's inside its body, a caption outside it.
    /// </remarks>
    public override int Version => 12;

    public override IReadOnlyList<RuleOption> Options => [PhrasesOption];

    protected override string FixTitle => "Delete the caption lines";

    public override void Analyze(RuleContext context) =>
        ReportRuns(context, ClassOrExtraPhrase(context, LineClass.Caption));
}
