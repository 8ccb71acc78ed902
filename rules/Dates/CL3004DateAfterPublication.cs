using CorpusLint.Model.Attribution;
using CorpusLint.Model.Dates;
using CorpusLint.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusLint.Rules.Dates;

/// <summary>An explicit date after the publication date, told as past ("on March 3, 2024, protesters marched" in a 2023 article).</summary>
public sealed class CL3004DateAfterPublication : Rule
{
    private static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        "CL3004",
        "Past event dated after publication",
        "{0} is after the publication date ({1}{2}) but is told as past",
        RuleCategory.Dates,
        Severity.Warning,
        "An article cannot report as done what happened after it was published: the date, the year or the publication date is wrong.");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override int Version => 12;

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        var choice = document.PublicationDateChoice;
        if (choice.LatestDate is not { } latest || choice.PublicationDate is not { } publication)
        {
            return;
        }

        foreach (var mention in document.DateMentions)
        {
            if (mention.IsPublicationDate || mention.Tense != DateTense.Past || mention.Date is not { } date || mention.IsResolved
                || mention.Kind is not (DateMentionKind.FullDate or DateMentionKind.MonthYear))
            {
                continue;
            }

            // A month counts as after publication only when it starts after the latest publication or update date.
            // Comments and related stories (below the article, or on lines the layout finds are not the article's)
            // are written after it.
            var line = document.GetLineIndex(mention.Start);
            if (date <= latest || document.Header.ZoneOf(line) == ArticleZone.Below || !document.Layout[line].IsArticle)
            {
                continue;
            }

            var written = document.Text.Substring(mention.Start, mention.Length);
            var field = publication.Field is { } name ? $", the record's {name} field" : "";
            context.Report(new TextSpan(mention.Start, mention.Length), written, DateText.Format(publication.Date), field);
        }
    }
}
