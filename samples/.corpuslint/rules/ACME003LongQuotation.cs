// A project rule in C#: CorpusLint compiles every .cs file in the project's customRules folder
// (see samples/corpuslint.json) and runs its rules beside the built-in ones. This is code that runs
// when the corpus is linted; `corpuslint lint --no-custom-rules` skips it.
using CorpusLint.Model;
using CorpusLint.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Acme.CorpusRules;

/// <summary>House style: a quotation longer than max_words words should be cut to the part that matters, or paraphrased.</summary>
public sealed class ACME003LongQuotation : Rule
{
    private static readonly DiagnosticDescriptor Rule = new(
        "ACME003",
        "Long quotation",
        "Quotation of {0} words; house style is at most {1}",
        "Style",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Long quotations read as press releases; quote the sentence that matters and paraphrase the rest.");

    private static readonly RuleOption MaxWords = new("max_words", RuleOptionType.Integer, "40", "The most words a quotation may have");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override IReadOnlyList<RuleOption> Options => [MaxWords];

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        var maxWords = context.Options.GetInt(MaxWords.Name, 40);

        // The document model has found the quotations and words once for every rule; read them, do not re-scan the text.
        foreach (var quotation in document.Quotations.Quotations)
        {
            if (quotation.Depth > 0 || quotation.Status != QuotationStatus.Closed)
            {
                continue;
            }

            var words = document.GetWords(quotation.ContentStart, quotation.ContentEnd).Length;
            if (words > maxWords)
            {
                context.Report(new TextSpan(quotation.Start, quotation.End - quotation.Start), words, maxWords);
            }
        }
    }
}
