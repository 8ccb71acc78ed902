using CorpusLint.Model.Layout;
using Microsoft.CodeAnalysis;

namespace CorpusLint.Rules.Boilerplate;

/// <summary>Runs of short link-only or list lines, and lines of separated items: a site's navigation menu.</summary>
public sealed class CL2001NavigationMenu : BoilerplateRule
{
    private static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        "CL2001",
        "Navigation menu",
        "Navigation menu of {1} line(s) starting '{0}'",
        RuleCategory.Boilerplate,
        Severity.Warning,
        "Menus of short links or list items are the site's navigation, left in the text by the scraper.");

    public override DiagnosticDescriptor Descriptor => Rule;

    /// <summary>2: the bulleted rows of a fact box next to the body (<c>• Max. depth      88 m</c>) are the article's table, not a menu.</summary>
    /// <remarks>3: a boilerplate phrase found only inside an e-mail address does not count, so the body and its neighbours may differ.</remarks>
    public override int Version => 10;

    public override IReadOnlyList<RuleOption> Options => [PhrasesOption];

    protected override string FixTitle => "Delete the navigation menu";

    public override void Analyze(RuleContext context) =>
        ReportRuns(context, ClassOrExtraPhrase(context, LineClass.Navigation));
}
