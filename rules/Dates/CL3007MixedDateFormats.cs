using CorpusLint.Model;
using CorpusLint.Model.Dates;
using CorpusLint.Model.Layout;
using CorpusLint.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusLint.Rules.Dates;

/// <summary>More than one full-date style in one document ("Jan. 22, 2019" beside "January 17, 2019" or "17 January 2019").</summary>
public sealed class CL3007MixedDateFormats : Rule
{
    private static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        "CL3007",
        "Mixed date formats",
        "'{0}' is written {1}; this document mostly writes {2}",
        RuleCategory.Dates,
        Severity.Suggestion,
        "One house style for dates reads better and tells of a document stitched together from several sources when it breaks.");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override int Version => 13;

    public override bool NeedsWholeDocument => true;

    /// <summary>How many date styles there are, counted once rather than by reflection on every document.</summary>
    private static readonly int StyleCount = Enum.GetValues<DateStyle>().Length;

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        var counts = new int[StyleCount];
        var first = new int[counts.Length];
        List<DateMention>? dated = null;
        var inArticle = document.Layout.HasBody || ArticleDates(document);
        foreach (var mention in document.DateMentions)
        {
            if (!Counts(document, mention) || (inArticle && !document.Layout[document.GetLineIndex(mention.Start)].IsArticleOrCaption))
            {
                continue;
            }

            dated ??= [];
            dated.Add(mention);
            if (InEitherOrder(mention))
            {
                continue;
            }

            if (counts[(int)mention.Style]++ == 0)
            {
                first[(int)mention.Style] = dated.Count;
            }
        }

        if (dated is null || dated.Count < 2)
        {
            return;
        }

        var dominant = DateStyle.None;
        for (var style = 1; style < counts.Length; style++)
        {
            if (counts[style] > counts[(int)dominant] || (counts[style] == counts[(int)dominant] && counts[style] > 0 && first[style] < first[(int)dominant]))
            {
                dominant = (DateStyle)style;
            }
        }

        // Within the dominant style, full month names against abbreviations (March to July fit either).
        int full = 0, abbreviated = 0;
        foreach (var mention in dated)
        {
            if (mention.Style == dominant)
            {
                full += mention.MonthForm == MonthNameForm.Full ? 1 : 0;
                abbreviated += mention.MonthForm == MonthNameForm.Abbreviated ? 1 : 0;
            }
        }

        var minorityForm = full > 0 && abbreviated > 0 ? (abbreviated < full ? MonthNameForm.Abbreviated : MonthNameForm.Full) : MonthNameForm.None;
        var dominantName = Describe(dominant, minorityForm == MonthNameForm.None ? MonthNameForm.None : minorityForm == MonthNameForm.Full ? MonthNameForm.Abbreviated : MonthNameForm.Full);
        foreach (var mention in dated)
        {
            if (InEitherOrder(mention))
            {
                if (dominant is not (DateStyle.NumericDayFirst or DateStyle.NumericMonthFirst))
                {
                    Report(context, mention, "numerically (10/10/2019)", dominantName);
                }
            }
            else if (mention.Style != dominant)
            {
                Report(context, mention, Describe(mention.Style, MonthNameForm.None), dominantName);
            }
            else if (minorityForm != MonthNameForm.None && mention.MonthForm == minorityForm)
            {
                Report(context, mention, Describe(mention.Style, minorityForm), dominantName);
            }
        }
    }

    /// <summary>
    /// Full dates in the text, and "17th of January" with or without its year. Datelines follow the site's template, not
    /// the writer, and a reference list's entries the citation style's ("Harbour Gazette. 1 May 2018. Retrieved 2019-01-17."):
    /// both are left out.
    /// </summary>
    private static bool Counts(Document document, DateMention mention) =>
        !mention.IsPublicationDate && mention.Style != DateStyle.None && !IsAttributeValue(document.Text, mention.Start)
        && (mention.Kind == DateMentionKind.FullDate || (mention.Kind == DateMentionKind.YearlessDate && mention.Style == DateStyle.OrdinalOfMonth))
        && (document.Layout[document.GetLineIndex(mention.Start)].Signals & LineSignals.Citation) == 0;

    /// <summary>
    /// Whether a counted date stands on the article's lines or its captions: then, as whenever the layout finds an article,
    /// only those set and report the style. On a scraped page the related stories' and comments' dates keep the site's
    /// templates (<c>Thu, Jul 11 2013</c>), not the writer's, even when the article itself writes no full date; a text the
    /// layout finds no article in counts every date.
    /// </summary>
    private static bool ArticleDates(Document document)
    {
        foreach (var mention in document.DateMentions)
        {
            if (Counts(document, mention) && document.Layout[document.GetLineIndex(mention.Start)].IsArticleOrCaption)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A date in numbers whose day and month are equal (10/10/2010) is written in either order: it takes the document's.</summary>
    private static bool InEitherOrder(DateMention mention) =>
        mention.Style is DateStyle.NumericDayFirst or DateStyle.NumericMonthFirst && mention.Date is { } date && date.Day == date.Month;

    /// <summary>An ISO date in markup (<c>datetime="2016-11-07"</c>) is for machines, not a style of the text.</summary>
    private static bool IsAttributeValue(string text, int start) => start >= 2 && text[start - 1] is '"' or '\'' && text[start - 2] == '=';

    private static void Report(RuleContext context, DateMention mention, string written, string dominant)
    {
        var document = context.Document;
        context.Report(new TextSpan(mention.Start, mention.Length), document.Text.Substring(mention.Start, mention.Length), written, dominant);
    }

    private static string Describe(DateStyle style, MonthNameForm form)
    {
        var name = style switch
        {
            DateStyle.MonthDay => "month first (January 17, 2019)",
            DateStyle.DayMonth => "day first (17 January 2019)",
            DateStyle.OrdinalOfMonth => "as an ordinal (17th of January)",
            DateStyle.Iso => "as ISO 8601 (2019-01-17)",
            DateStyle.NumericDayFirst => "numerically, day first (17/01/2019)",
            DateStyle.NumericMonthFirst => "numerically, month first (01/17/2019)",
            DateStyle.NumericYearFirst => "numerically, year first (2019/01/17)",
            DateStyle.CjkYearMonthDay => "with CJK counters (2019年1月17日)",
            _ => "without a style",
        };
        return form switch
        {
            MonthNameForm.Full => name + " with full month names",
            MonthNameForm.Abbreviated => name + " with abbreviated month names",
            _ => name,
        };
    }
}
