using CorpusLint.Model.Dates;
using CorpusLint.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusLint.Rules.Dates;

/// <summary>
/// Publication dates that disagree: front matter against the dateline, a labelled "Published" date against an
/// unlabelled header date, two header datelines with nothing to say which is the publication date, or an update
/// dated before publication.
/// </summary>
public sealed class CL3005ConflictingPublicationDates : Rule
{
    private static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        "CL3005",
        "Conflicting publication dates",
        "{0} {1} conflicts with {2} {3}{4}",
        RuleCategory.Dates,
        Severity.Warning,
        "When a document gives two publication dates, archives sort and cite it by whichever one their extractor meets first.");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override int Version => 8;

    public override bool NeedsWholeDocument => true;

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        var choice = document.PublicationDateChoice;
        var ambiguous = choice.Candidates.Where(c => c.Verdict == DateVerdict.Ambiguous).Select(c => c.Candidate).ToList();
        foreach (var judged in choice.Candidates)
        {
            var candidate = judged.Candidate;
            if (judged.Verdict == DateVerdict.Conflicts)
            {
                context.Report(
                    new TextSpan(candidate.Start, candidate.Length),
                    (candidate.IsUpdate ? "Update date" : "Publication date") + (candidate.Field is { } field ? $" in the record's {field} field," : ""),
                    DateText.Format(candidate.Date),
                    "the publication date " + DateText.Format(choice.PublicationDate!.Date),
                    DateText.Where(document, choice.PublicationDate),
                    "");
            }
            else if (judged.Verdict == DateVerdict.Ambiguous)
            {
                var other = ambiguous.First(c => c.Date != candidate.Date);
                context.Report(
                    new TextSpan(candidate.Start, candidate.Length),
                    "Header date",
                    DateText.Format(candidate.Date),
                    "the header date " + DateText.Format(other.Date),
                    DateText.Where(document, other),
                    ", and no label says which is the publication date");
            }
        }
    }
}
