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

    /// <param name="group">The key of the documents the lines are compared with (a site or a folder); part of every hash.</param>
    public static DocumentFingerprints Fingerprint(Document document, string group, Severity severity, int minDocuments, int minSharePercent)
    {
        var groupHash = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(group.AsSpan()));
        var seed = (long)groupHash;
        var layout = document.Layout;
        var attribution = AttributionLines(document);
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
            if (layout[line.Index].Class is LineClass.Body or LineClass.Heading or LineClass.Title && !attribution.Contains(line.Index))
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
