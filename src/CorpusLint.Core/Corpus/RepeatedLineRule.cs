using CorpusLint.Rules;

namespace CorpusLint.Corpus;

/// <summary>
/// A rule of the corpus-wide repetition analysis (like Roslyn's compilation-end actions): it reports nothing per document;
/// <see cref="CorpusPass"/> fingerprints every document it is enabled for and, once all are read, reports the article lines
/// that appear in many documents of the same folder. See <c>rules/Boilerplate/CL2012.md</c>.
/// </summary>
public abstract class RepeatedLineRule : Rule
{
    public const int DefaultMinDocuments = 5;

    public static readonly RuleOption MinDocumentsOption = new(
        "min_documents",
        RuleOptionType.Integer,
        DefaultMinDocuments.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "Documents of the group a line must appear in to be site boilerplate (a sentence quoted by two articles is not).");

    public const int DefaultMinSharePercent = 2;

    public static readonly RuleOption MinShareOption = new(
        "min_share",
        RuleOptionType.Integer,
        DefaultMinSharePercent.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "Percent of the group's documents a line must appear in too: a line in 7 of 2,000 articles is not the site's.");

    public static readonly RuleOption GroupOption = new(
        "group",
        RuleOptionType.Text,
        "folder",
        "Which documents a line is compared with when its front matter names no site (url, source): 'folder' (the documents of its folder) or 'run' (every document linted).");

    public override IReadOnlyList<RuleOption> Options => [MinDocumentsOption, MinShareOption, GroupOption];

    /// <summary>
    /// No automatic fix: <c>--fix</c> analyses a document again and again on its own, where the corpus is not in view, and a
    /// line deleted for recurring elsewhere deserves a look first.
    /// </summary>
    public override FixKind FixKind => FixKind.None;

    /// <summary>Per document there is nothing to report: the findings come after every document was read.</summary>
    public sealed override void Analyze(RuleContext context)
    {
    }
}
