using CorpusLint.Model.Layout;
using Microsoft.CodeAnalysis;

namespace CorpusLint.Rules.Boilerplate;

/// <summary>
/// A non-trivial line repeated in the document (a headline or dek printed twice, a paragraph pasted again): the lines the
/// layout classes <see cref="LineClass.Duplicate"/>, so <c>inspect</c> and the rule never disagree.
/// </summary>
public sealed class CL2007DuplicateBlock : BoilerplateRule
{
    private static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        "CL2007",
        "Duplicate block",
        "Repeats line {2}: '{0}'",
        RuleCategory.Boilerplate,
        Severity.Warning,
        "A headline, dek or paragraph printed twice is a scraping artefact; the later copy adds nothing.");

    private static readonly RuleOption MinWords = new(
        "min_words", RuleOptionType.Integer, "3", "Lines with fewer words are not reported when repeated (menu items and labels repeat by nature).");

    public override DiagnosticDescriptor Descriptor => Rule;

    /// <summary>2: program output repeated under two shell commands is the commands' output, not a duplicated block.</summary>
    /// <remarks>3: a boilerplate phrase found only inside an e-mail address does not count, so the body and its neighbours may differ.</remarks>
    public override int Version => 10;

    public override IReadOnlyList<RuleOption> Options => [MinWords];

    protected override string FixTitle => "Delete the repeated lines";

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        var layout = document.Layout;
        var minWords = Math.Max(1, context.Options.GetInt("min_words", 3));
        foreach (var (first, last) in layout.Runs(line => line.Class == LineClass.Duplicate && line.WordCount >= minWords))
        {
            var lines = 0;
            for (var i = first; i <= last; i++)
            {
                lines += document.Lines[i].IsBlank ? 0 : 1;
            }

            context.Report(
                LinesSpan(document, first, last),
                DeleteLines(document, first, last),
                Preview(document.GetText(document.Lines[first])),
                lines,
                layout[first].DuplicateOf + 1);
        }
    }
}
