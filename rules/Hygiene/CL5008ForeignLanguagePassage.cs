using CorpusLint.Language;
using CorpusLint.Model;
using CorpusLint.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusLint.Rules.Hygiene;

/// <summary>A paragraph in another language than the document, by stop-word profile (an Italian author bio under an English article).</summary>
public sealed class CL5008ForeignLanguagePassage : Rule
{
    private const int DefaultMinWords = 12;

    // A paragraph's language must be clear: enough stop words of it, and far more than of the document's language.
    private const double MinStopWordShare = 0.15;
    private const double MinScore = 3;
    private const double Dominance = 2.5;

    private static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        "CL5008",
        "Foreign-language passage",
        "Paragraph reads as {0} in a document in {1}",
        RuleCategory.Hygiene,
        Severity.Suggestion,
        "A paragraph in another language than the article is usually a leftover of the page (an author bio, a newsletter box) or a sign that two documents were merged.");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override bool NeedsWholeDocument => true;

    public override IReadOnlyList<RuleOption> Options =>
    [
        new("min_words", RuleOptionType.Integer, DefaultMinWords.ToString(System.Globalization.CultureInfo.InvariantCulture), "Paragraphs with fewer words are not judged (short quotes, names and titles)."),
    ];

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        if (document.Paragraphs.Count < 2)
        {
            return;
        }

        var minWords = Math.Max(1, context.Options.GetInt("min_words", DefaultMinWords));
        var count = LanguageProfiles.Count;
        Span<double> total = stackalloc double[count];
        LanguageProfiles.Score(document.Text, document.GetWords(0, document.Text.Length), 0, total);
        var documentLanguage = ArgMax(total);
        if (total[documentLanguage] < MinScore)
        {
            return;
        }

        Span<double> scores = stackalloc double[count];
        foreach (var paragraph in document.Paragraphs)
        {
            var words = document.GetWords(paragraph);
            if (words.Length < minWords || IsTitle(document, paragraph))
            {
                continue;
            }

            scores.Clear();
            LanguageProfiles.Score(document.Text, words, 0, scores);
            var language = ArgMax(scores);
            var best = scores[language];
            if (language == documentLanguage || best < MinScore || best < MinStopWordShare * words.Length
                || best < Dominance * scores[documentLanguage] + 1)
            {
                continue;
            }

            var firstLine = document.Lines[paragraph.FirstLine];
            context.Report(
                new TextSpan(paragraph.Start, firstLine.Length),
                LanguageProfiles.All[language].Name,
                LanguageProfiles.All[documentLanguage].Name);
        }
    }

    /// <summary>Headings and other title-like lines are names, not passages.</summary>
    private static bool IsTitle(Document document, Paragraph paragraph)
    {
        for (var i = paragraph.FirstLine; i <= paragraph.LastLine; i++)
        {
            if (!document.Lines[i].Has(LineShape.HeadingLike))
            {
                return false;
            }
        }

        return true;
    }

    private static int ArgMax(ReadOnlySpan<double> scores)
    {
        var best = 0;
        for (var i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best])
            {
                best = i;
            }
        }

        return best;
    }
}
