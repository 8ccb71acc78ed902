using CorpusLint.Model;
using CorpusLint.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusLint.Rules.Attribution;

/// <summary>A byline, source or in-text citation link whose target is empty, <c>#</c> or <c>javascript:</c>.</summary>
public sealed class CL1003EmptyCitationLink : Rule
{
    /// <summary>Words of prose outside links that make a line a sentence rather than a menu or a teaser.</summary>
    private const int MinProseWords = 6;

    private static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        "CL1003",
        "Empty citation link",
        "{0} link '{1}' leads nowhere: its target is {2}",
        RuleCategory.Attribution,
        Severity.Warning,
        "A byline, source or citation link whose target was lost in scraping (empty, '#' or 'javascript:') no longer says who wrote the text or where it came from.");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override int Version => 7;

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        var attribution = document.Attribution;
        foreach (var link in document.Links)
        {
            if (!link.IsEmptyTarget || link.Kind is LinkKind.Image or LinkKind.Definition)
            {
                continue;
            }

            string? role = null;
            if (attribution.Bylines.Any(b => b.Link == link))
            {
                role = "Byline";
            }
            else if (attribution.SourceCredits.Any(c => c.Link == link))
            {
                role = "Source";
            }
            else if (IsInProse(document, link))
            {
                role = "Citation";
            }

            if (role is null)
            {
                continue;
            }

            var target = link.Target.Length == 0 ? "empty" : $"'{link.Target}'";
            context.Report(new TextSpan(link.Start, link.Length), role, document.Text.Substring(link.LabelStart, link.LabelLength), target);
        }
    }

    /// <summary>
    /// True when the link sits in a line of prose (a sentence with at least <see cref="MinProseWords"/> words
    /// outside links). Lines made of links — menus, teasers, "Read more" — are boilerplate, reported by CL2xxx.
    /// </summary>
    private static bool IsInProse(Document document, MarkdownLink link)
    {
        var line = document.Lines[document.GetLineIndex(link.Start)];
        if (line.Has(LineShape.LinkOnly))
        {
            return false;
        }

        // Links are in text order, so one pointer walks them beside the words: linear in the line, however long it is.
        var links = document.Links;
        var linkIndex = FirstLinkEndingAfter(links, line.Start);
        var words = 0;
        foreach (var word in document.GetWords(line))
        {
            while (linkIndex < links.Count && links[linkIndex].End < word.End)
            {
                linkIndex++;
            }

            var inLink = linkIndex < links.Count && links[linkIndex] is { } candidate
                && candidate.Start <= word.Start && candidate.Start >= line.Start && candidate.End <= line.End;
            if (!inLink && ++words >= MinProseWords)
            {
                return true;
            }
        }

        return false;
    }

    private static int FirstLinkEndingAfter(IReadOnlyList<MarkdownLink> links, int offset)
    {
        int low = 0, high = links.Count;
        while (low < high)
        {
            var middle = (low + high) >> 1;
            if (links[middle].End <= offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
