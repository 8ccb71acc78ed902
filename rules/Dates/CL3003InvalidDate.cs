using System.Globalization;
using CorpusLint.Model.Dates;
using CorpusLint.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusLint.Rules.Dates;

/// <summary>A date the calendar does not have: February 30, 31 April, 2019-13-01, February 29, 2019.</summary>
public sealed class CL3003InvalidDate : Rule
{
    private static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        "CL3003",
        "Impossible calendar date",
        "'{0}' is not a calendar date: {1}",
        RuleCategory.Dates,
        Severity.Error,
        "An impossible date is a typo or a conversion error (day and month swapped); the true date cannot be recovered from the text.");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override int Version => 3;

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        // What a mention says is enough: an impossible date is impossible whatever the publication date.
        foreach (var mention in document.WrittenDateMentions)
        {
            if (mention.IsValid || mention.Kind is not (DateMentionKind.FullDate or DateMentionKind.YearlessDate))
            {
                continue;
            }

            context.Report(new TextSpan(mention.Start, mention.Length), document.Text.Substring(mention.Start, mention.Length), Reason(mention));
        }
    }

    private static string Reason(DateMention mention)
    {
        if (mention.Month is < 1 or > 12)
        {
            return $"there is no month {mention.Month.ToString(CultureInfo.InvariantCulture)}";
        }

        if (mention.Day < 1)
        {
            return "there is no day 0";
        }

        var month = DateText.MonthName(mention.Month);
        if (mention.Month == 2 && mention.Day == 29 && mention.Year != 0)
        {
            return $"{mention.Year.ToString(CultureInfo.InvariantCulture)} is not a leap year";
        }

        var days = mention.Year != 0 ? DateTime.DaysInMonth(mention.Year, mention.Month) : mention.Month == 2 ? 29 : DateTime.DaysInMonth(2001, mention.Month);
        return $"{month} has {days.ToString(CultureInfo.InvariantCulture)} days";
    }
}
