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
    /// <param name="corpusPath">The document's path in the corpus (<see cref="Engine.DocumentInput.CorpusPath"/>); its reported path when not given.</param>
    public static DocumentFingerprints Fingerprint(Document document, string group, Severity severity, int minDocuments, int minSharePercent, string? corpusPath = null)
    {
        var groupHash = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(group.AsSpan()));
        var seed = (long)groupHash;
        var layout = document.Layout;
        var attribution = AttributionLines(document);
        var (firstEdgeEnd, lastEdgeStart) = BodyEdges(layout);
        var hashes = new List<ulong>();
        var reportable = new List<LineFingerprint>();
        foreach (var line in document.Lines)
        {
            // Only where chrome stands (outside the body, at its edges, or taken into it for what it is not) are lines
            // compared: the middle of the body is the story's.
            var atEdge = !layout.HasBody || line.Index <= firstEdgeEnd || line.Index >= lastEdgeStart
                || (layout[line.Index].Signals & LineSignals.TakenIntoBody) != 0;
            if (line.IsBlank || line.WordCount < MinWords || !atEdge || IsQuotation(document.GetText(line)))
            {
                continue;
            }

            var normalized = layout[line.Index].Normalized;
            if (normalized.Length < MinLength)
            {
                continue;
            }

            var hash = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(normalized.Span), seed);
            hashes.Add(hash);
            if (layout[line.Index].Class is LineClass.Body or LineClass.Heading or LineClass.Title && !attribution.Contains(line.Index)
                && !document.Suppressions.Suppresses(RuleId, line.Index, line.Index))
            {
                reportable.Add(new LineFingerprint(hash, line.Number, line.Start, line.Length, (byte)line.TerminatorLength));
            }
        }

        // Each line counts once per document, however often the document prints it.
        hashes.Sort();
        var distinct = hashes.Count == 0 ? [] : new ulong[hashes.Count];
        var count = 0;
        foreach (var hash in hashes)
        {
            if (count == 0 || distinct[count - 1] != hash)
            {
                distinct[count++] = hash;
            }
        }

        return new DocumentFingerprints(document.Path, groupHash, severity, minDocuments, minSharePercent, distinct[..count], [.. reportable]) { CorpusPath = corpusPath ?? document.Path };
    }

    /// <summary>
    /// The site a document comes from, by the <c>url</c>, <c>source</c> or <c>canonical</c> URL of its front matter
    /// (<c>example.com</c> for <c>https://www.example.com/a</c>), or a dataset record's url or site field; null when neither says.
    /// </summary>
    public static string? SiteOf(Document document)
    {
        foreach (var entry in document.Attribution.Metadata)
        {
            if (entry.Key is "url" or "source" or "canonical" or "source_url" or "link" && HostOf(entry.Value) is { } host)
            {
                return host;
            }
        }

        // A dataset record's url field, else the site its crawler names (news-please's source_domain).
        return document.Metadata[MetadataRole.Url] is { IsEmpty: false } url && HostOf(url.Values[0]) is { } recordHost
            ? recordHost
            : document.Metadata[MetadataRole.Site] is { IsEmpty: false } site ? HostOf("https://" + site.Values[0].Trim()) : null;
    }

    private static string? HostOf(string value)
    {
        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            return null;
        }

        var host = uri.Host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }

    /// <summary>
    /// The lines where a site's chrome sits when the layout took it for article text: outside the body (a title, a heading
    /// above it) and the first and last <see cref="EdgeLines"/> lines of the body. A line repeated in the middle of many
    /// articles is the story's own background paragraph, printed again in each follow-up.
    /// </summary>
    private static (int FirstEdgeEnd, int LastEdgeStart) BodyEdges(Model.Layout.DocumentLayout layout)
    {
        if (!layout.HasBody)
        {
            return (int.MaxValue, int.MinValue);
        }

        var firstEdgeEnd = layout.BodyStart;
        for (int i = layout.BodyStart, seen = 0; i <= layout.BodyEnd && seen < EdgeLines; i++)
        {
            if (!layout[i].IsBlank)
            {
                firstEdgeEnd = i;
                seen++;
            }
        }

        var lastEdgeStart = layout.BodyEnd;
        for (int i = layout.BodyEnd, seen = 0; i >= layout.BodyStart && seen < EdgeLines; i--)
        {
            if (!layout[i].IsBlank)
            {
                lastEdgeStart = i;
                seen++;
            }
        }

        return (firstEdgeEnd, lastEdgeStart);
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
