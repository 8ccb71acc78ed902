using CorpusLint.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusLint.Rules.Dates;

/// <summary>Two publication dates that disagree (front matter against the dateline, two datelines), or an update dated before publication.</summary>
public sealed class CL3005ConflictingPublicationDates : Rule
{
    private static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        "CL3005",
        "Conflicting publication dates",
        "{0} {1} conflicts with the publication date {2} at line {3}",
        RuleCategory.Dates,
        Severity.Warning,
        "When a document gives two publication dates, archives sort and cite it by whichever one their extractor meets first.");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        var dates = document.Dates;
        if (dates.PublicationDate is not { } best || dates.PublicationDateCandidates.Count < 2)
        {
            return;
        }

        var line = document.GetPosition(best.Start).Line;
        foreach (var candidate in dates.PublicationDateCandidates)
        {
            if (ReferenceEquals(candidate, best))
            {
                continue;
            }

            var conflict = candidate.IsUpdate ? candidate.Date < best.Date : candidate.Date != best.Date;
            if (conflict)
            {
                context.Report(
                    new TextSpan(candidate.Start, candidate.Length),
                    candidate.IsUpdate ? "Update date" : "Publication date",
                    DateText.Format(candidate.Date),
                    DateText.Format(best.Date),
                    line);
            }
        }
    }
}
