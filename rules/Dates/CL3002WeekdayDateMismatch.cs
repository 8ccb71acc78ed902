using CorpusLint.Model.Dates;
using CorpusLint.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusLint.Rules.Dates;

/// <summary>A weekday stated with a date that falls on another weekday ("Thursday, January 18, 2019").</summary>
public sealed class CL3002WeekdayDateMismatch : Rule
{
    /// <summary>A year-less date is checked only when the publication date puts it this close.</summary>
    private const int YearlessWindowDays = 60;

    private static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        "CL3002",
        "Weekday does not match the date",
        "{0} is a {1}, not a {2}{3}",
        RuleCategory.Dates,
        Severity.Error,
        "A weekday that contradicts its date means one of them is wrong; readers and date extraction cannot tell which.");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override int Version => 7;

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        foreach (var mention in document.WrittenDateMentions)
        {
            if (mention.Weekday is not { } stated || mention.WeekdayStart < 0 || mention.Kind is not (DateMentionKind.FullDate or DateMentionKind.YearlessDate))
            {
                continue;
            }

            // Only a year-less date needs the publication date (its year comes from it); choosing it reads the
            // attribution model and the layout, which a date written whole never needs.
            var explicitDate = mention.Kind == DateMentionKind.FullDate;
            var publication = explicitDate ? null : document.PublicationDate;
            if (mention.Date is not { } date || date.DayOfWeek == stated)
            {
                continue;
            }

            var nearPublication = !explicitDate && mention.IsResolved && publication is { } p
                && Math.Abs(date.DayNumber - p.Date.DayNumber) <= YearlessWindowDays;
            if (!explicitDate && !nearPublication)
            {
                continue;
            }

            var weekdayEnd = mention.WeekdayStart;
            while (weekdayEnd < document.Text.Length && char.IsLetter(document.Text[weekdayEnd]))
            {
                weekdayEnd++;
            }

            // A year-less date takes its year from the publication date: say so when a record's field gave it.
            var year = publication?.Field is { } field ? $" (its year from the record's {field} field)" : "";
            context.Report(new TextSpan(mention.WeekdayStart, weekdayEnd - mention.WeekdayStart), DateText.Format(date), date.DayOfWeek, stated, year);
        }
    }
}
