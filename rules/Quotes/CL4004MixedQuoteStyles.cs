using CorpusLint.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusLint.Rules.Quotes;

/// <summary>
/// Straight and typographic quotation marks or apostrophes in one document, or guillemets in a text quoted
/// with “...” (or the reverse); reported where the minority style occurs, one diagnostic per line.
/// </summary>
public sealed class CL4004MixedQuoteStyles : Rule
{
    private static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        "CL4004",
        "Mixed quotation styles",
        "{0} mixed with the document's {1} style",
        RuleCategory.Quotes,
        Severity.Suggestion,
        "One document should use one style of quotation marks and apostrophes; a mix shows text pasted from several sources and makes quotations harder to search and pair.");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override int Version => 7;

    public override bool NeedsWholeDocument => true;

    public override FixKind FixKind => FixKind.Safe;

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        var marks = document.Quotations.Marks;
        if (marks.Count < 2)
        {
            return;
        }

        var inArticle = ArticleMarks(document, marks);

        // Two questions: straight or curly (quotation marks and apostrophes), and guillemets or not (quotation marks only).
        int straight = 0, typographic = 0, guillemets = 0, others = 0;
        QuoteStyle? firstCurlyOrStraight = null;
        bool? firstIsGuillemet = null;
        for (var m = 0; m < marks.Count; m++)
        {
            var mark = marks[m];
            if (!mark.CountsForStyle || !inArticle[m])
            {
                continue;
            }

            var style = mark.Style;
            if (style != QuoteStyle.Guillemet)
            {
                firstCurlyOrStraight ??= style;
                _ = style == QuoteStyle.Straight ? straight++ : typographic++;
            }

            if (!mark.IsApostrophe)
            {
                firstIsGuillemet ??= style == QuoteStyle.Guillemet;
                _ = style == QuoteStyle.Guillemet ? guillemets++ : others++;
            }
        }

        var english = straight > typographic || (straight == typographic && firstCurlyOrStraight == QuoteStyle.Straight)
            ? QuoteStyle.Straight
            : QuoteStyle.Typographic;
        var mixedEnglish = straight > 0 && typographic > 0;
        var guillemetsDominate = guillemets > others || (guillemets == others && firstIsGuillemet == true);
        var mixedGuillemets = guillemets > 0 && others > 0;
        if (!mixedEnglish && !mixedGuillemets)
        {
            return;
        }

        var edits = new List<TextEdit>();
        QuoteMark first = default;
        string? firstTarget = null;
        var line = -1;
        for (var m = 0; m < marks.Count; m++)
        {
            var mark = marks[m];
            if (!mark.CountsForStyle || !inArticle[m])
            {
                continue;
            }

            string? target = null;
            if (mixedGuillemets && !mark.IsApostrophe && (mark.Style == QuoteStyle.Guillemet) != guillemetsDominate)
            {
                target = guillemetsDominate ? "guillemet" : english == QuoteStyle.Straight ? "straight" : "typographic";
            }
            else if (mixedEnglish && mark.Style != QuoteStyle.Guillemet && mark.Style != english)
            {
                target = english == QuoteStyle.Straight ? "straight" : "typographic";
            }

            if (target is null)
            {
                continue;
            }

            var style = target switch { "guillemet" => QuoteStyle.Guillemet, "straight" => QuoteStyle.Straight, _ => QuoteStyle.Typographic };
            var lineIndex = document.GetLineIndex(mark.Offset);
            if (lineIndex != line)
            {
                Flush(context, first, firstTarget, edits);
                line = lineIndex;
                first = mark;
                firstTarget = target;
            }

            var replacement = QuoteChars.For(style, mark.Kind, mark.Role);
            if (mark.Doubled || replacement != mark.Char)
            {
                edits.Add(TextEdit.Replace(mark.Offset, mark.Length, replacement.ToString()));
            }
        }

        Flush(context, first, firstTarget, edits);
    }

    /// <summary>
    /// Which marks stand on the article's lines or its pictures' captions (<see cref="Model.Layout.LineLayout.IsArticleOrCaption"/>). On a scraped page the menus, teasers and comments around the article keep the style of the site's
    /// templates and its readers: they neither set the article's style nor are reported (the boilerplate rules report
    /// those lines). When no mark stands on such a line (a page of chrome only, a text the layout finds no article in),
    /// every mark counts. Marks on a line the layout reads as code or preformatted text never count: a shell command's
    /// <c>'</c> and a program's <c>"</c> are the code's syntax, and the fix would break the code.
    /// </summary>
    private static bool[] ArticleMarks(Document document, IReadOnlyList<QuoteMark> marks)
    {
        var layout = document.Layout;
        var inArticle = new bool[marks.Count];
        var inCode = new bool[marks.Count];
        var any = false;
        for (var m = 0; m < marks.Count; m++)
        {
            var line = layout[document.GetLineIndex(marks[m].Offset)];
            inCode[m] = line.IsCodeShaped;
            inArticle[m] = line.IsArticleOrCaption && !inCode[m];
            any |= inArticle[m] && marks[m].CountsForStyle;
        }

        if (!any)
        {
            for (var m = 0; m < marks.Count; m++)
            {
                inArticle[m] = !inCode[m];
            }
        }

        return inArticle;
    }

    private static void Flush(RuleContext context, QuoteMark mark, string? target, List<TextEdit> edits)
    {
        if (target is null)
        {
            return;
        }

        var what = mark.Role == QuoteRole.Apostrophe ? "apostrophe" : "quotation mark";
        var style = mark.Style.ToString().ToLowerInvariant();
        var fix = edits.Count > 0 ? Fix.Safe($"Use {target} marks on this line", [.. edits]) : null;
        context.Report(new TextSpan(mark.Offset, mark.Length), fix, $"{char.ToUpperInvariant(style[0])}{style[1..]} {what} {context.Document.Text.AsSpan(mark.Offset, mark.Length)}", target);
        edits.Clear();
    }
}
