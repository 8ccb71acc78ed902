using System.IO.Hashing;
using System.Runtime.InteropServices;
using CorpusLint.Model;
using CorpusLint.Model.Layout;
using CorpusLint.Rules;

namespace CorpusLint.Corpus;

/// <summary>Computes a document's <see cref="DocumentFingerprints"/> from its lines and its layout.</summary>
public static class LineFingerprinter
{
    /// <summary>Fewest words of a line worth comparing across documents: a name or a label repeats by nature.</summary>
    public const int MinWords = 3;

    /// <summary>Fewest characters (normalized) of a line worth comparing.</summary>
    public const int MinLength = 12;

    /// <summary>Lines at each end of the body where chrome the layout kept can sit (a promo under the last paragraph).</summary>
    public const int EdgeLines = 3;

    /// <summary>The rule whose suppression comments keep a line from being reported.</summary>
    private const string RuleId = "CL2012";

    /// <param name="group">The key of the documents the lines are compared with (a site or a folder); part of every hash.</param>
    public static DocumentFingerprints Fingerprint(Document document, string group, Severity severity, int minDocuments, int minSharePercent)
    {
        var groupHash = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(group.AsSpan()));
        var seed = (long)groupHash;
        var layout = document.Layout;
        var attribution = AttributionLines(document);
        var edges = BodyEdges(layout);
        var hashes = new HashSet<ulong>();
        var reportable = new List<LineFingerprint>();
        foreach (var line in document.Lines)
        {
            if (line.IsBlank || line.WordCount < MinWords)
            {
                continue;
            }

            var normalized = layout[line.Index].Normalized;
            if (normalized.Length < MinLength)
            {
                continue;
            }

            var hash = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(normalized.AsSpan()), seed);
            hashes.Add(hash);
            if (layout[line.Index].Class is LineClass.Body or LineClass.Heading or LineClass.Title && !attribution.Contains(line.Index)
                && edges.Contains(line.Index) && !IsQuotation(document.GetText(line)) && !document.Suppressions.Suppresses(RuleId, line.Index, line.Index))
            {
                reportable.Add(new LineFingerprint(hash, line.Number, line.Start, line.Length, (byte)line.TerminatorLength));
            }
        }

        var sorted = hashes.ToArray();
        Array.Sort(sorted);
        return new DocumentFingerprints(document.Path, groupHash, severity, minDocuments, minSharePercent, sorted, [.. reportable]);
    }

    /// <summary>
    /// The site a document comes from, by the <c>url</c>, <c>source</c> or <c>canonical</c> URL of its front matter
    /// (<c>example.com</c> for <c>https://www.example.com/a</c>), or null when its text does not say.
    /// </summary>
    public static string? SiteOf(Document document)
    {
        foreach (var entry in document.Attribution.Metadata)
        {
            if (entry.Key is "url" or "source" or "canonical" or "source_url" or "link"
                && Uri.TryCreate(entry.Value.Trim(), UriKind.Absolute, out var uri) && uri.Host.Length > 0)
            {
                var host = uri.Host.ToLowerInvariant();
                return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
            }
        }

        return null;
    }

    /// <summary>
    /// The lines where a site's chrome sits when the layout took it for article text: outside the body (a title, a heading
    /// above it) and the first and last <see cref="EdgeLines"/> lines of the body. A line repeated in the middle of many
    /// articles is the story's own background paragraph, printed again in each follow-up.
    /// </summary>
    private static HashSet<int> BodyEdges(Model.Layout.DocumentLayout layout)
    {
        var edges = new HashSet<int>();
        for (var i = 0; i < layout.Lines.Count; i++)
        {
            if (!layout.HasBody || i < layout.BodyStart || i > layout.BodyEnd)
            {
                edges.Add(i);
            }
        }

        if (layout.HasBody)
        {
            AddNonBlank(layout, edges, layout.BodyStart, +1);
            AddNonBlank(layout, edges, layout.BodyEnd, -1);
        }

        return edges;
    }

    private static void AddNonBlank(Model.Layout.DocumentLayout layout, HashSet<int> edges, int from, int step)
    {
        for (int i = from, added = 0; i >= layout.BodyStart && i <= layout.BodyEnd && added < EdgeLines; i += step)
        {
            if (!layout[i].IsBlank)
            {
                edges.Add(i);
                added++;
            }
        }
    }

    /// <summary>A line with quotation marks quotes someone: quotes repeat across a story's follow-ups, and they are its content.</summary>
    private static bool IsQuotation(ReadOnlySpan<char> text) => text.IndexOfAny(QuotationMarks) >= 0;

    private static readonly System.Buffers.SearchValues<char> QuotationMarks = System.Buffers.SearchValues.Create("\"“”«»„");

    /// <summary>
    /// Lines with a byline, an author's bio ("X is a reporter at Y"), a signature or a source credit: a site prints the same
    /// one under many articles, and it is attribution (CL1001 counts it), never boilerplate to delete.
    /// </summary>
    private static HashSet<int> AttributionLines(Document document)
    {
        var lines = new HashSet<int>();
        foreach (var byline in document.Attribution.Bylines)
        {
            lines.Add(document.GetLineIndex(byline.Start));
        }

        foreach (var credit in document.Attribution.SourceCredits)
        {
            lines.Add(document.GetLineIndex(credit.Start));
        }

        return lines;
    }
}
