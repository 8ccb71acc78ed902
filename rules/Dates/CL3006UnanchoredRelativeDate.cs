using CorpusLint.Model.Dates;
using CorpusLint.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusLint.Rules.Dates;

/// <summary>"on Thursday", "yesterday", "last week" or a year-less date in a document with no publication date.</summary>
public sealed class CL3006UnanchoredRelativeDate : Rule
{
    private static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        "CL3006",
        "Relative date without a publication date",
        "'{0}' cannot be resolved: the document has no publication date",
        RuleCategory.Dates,
        Severity.Suggestion,
        "\"On Thursday\" or \"March 17\" means nothing once the article is archived without its date.");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override int Version => 10;

    public override bool NeedsWholeDocument => true;

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        // As for CL3001: a publication date is found by English cues, so in a text plainly in another language, not
        // finding one says nothing (a dataset field that holds no date still does).
        if (document.PublicationDateChoice.IsDated || (document.Languages.IsPlainlyNotEnglish && MetadataDates.Unreadable(document.Metadata) is null))
        {
            return;
        }

        foreach (var mention in document.DateMentions)
        {
            var unanchored = mention.Kind switch
            {
                DateMentionKind.RelativeDay or DateMentionKind.RelativeWeekday or DateMentionKind.YearlessDate => true,
                DateMentionKind.RelativePeriod => mention.Precision == DatePrecision.Week,
                _ => false,
            };
            if (unanchored)
            {
                context.Report(new TextSpan(mention.Start, mention.Length), document.Text.Substring(mention.Start, mention.Length));
            }
        }
    }
}
