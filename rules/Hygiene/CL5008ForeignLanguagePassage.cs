using CorpusLint.Model;
using CorpusLint.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusLint.Rules.Hygiene;

/// <summary>A paragraph in another language than the document, by stop-word profile (an Italian author bio under an English article).</summary>
public sealed class CL5008ForeignLanguagePassage : Rule
{
    private const int DefaultMinWords = 12;

    private static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        "CL5008",
        "Foreign-language passage",
        "Paragraph reads as {0} in a document in {1}",
        RuleCategory.Hygiene,
        Severity.Suggestion,
        "A paragraph in another language than the article is usually a leftover of the page (an author bio, a newsletter box) or a sign that two documents were merged.");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override int Version => 2;

    public override bool NeedsWholeDocument => true;

    public override IReadOnlyList<RuleOption> Options =>
    [
        new("min_words", RuleOptionType.Integer, DefaultMinWords.ToString(System.Globalization.CultureInfo.InvariantCulture), "Paragraphs with fewer words are not judged (short quotes, names and titles)."),
    ];

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        var languages = document.Languages;
        if (document.Paragraphs.Count < 2 || languages.StopWordLanguage is not { } documentLanguage)
        {
            return;
        }

        var minWords = Math.Max(1, context.Options.GetInt("min_words", DefaultMinWords));
        foreach (var paragraph in document.Paragraphs)
        {
            var language = languages.Paragraphs[paragraph.Index];
            if (language.Words < minWords || IsTitle(document, paragraph) || !language.IsClearlyOtherThan(documentLanguage))
            {
                continue;
            }

            var firstLine = document.Lines[paragraph.FirstLine];
            context.Report(new TextSpan(paragraph.Start, firstLine.Length), language.Best.Name, documentLanguage.Name);
        }
    }

    /// <summary>Headings, other title-like lines and a menu's entries (a list of sites: "AlDiaTX.com", "eEdition") are names, not passages.</summary>
    private static bool IsTitle(Document document, Paragraph paragraph)
    {
        for (var i = paragraph.FirstLine; i <= paragraph.LastLine; i++)
        {
            if (!document.Lines[i].Has(LineShape.HeadingLike) && !document.Layout[i].IsMenuItem)
            {
                return false;
            }
        }

        return true;
    }
}
