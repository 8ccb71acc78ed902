using System.Text.RegularExpressions;

namespace CorpusLint.Model;

/// <summary>
/// Finds suppression comments in Markdown documents, in the style of ESLint's and markdownlint's:
/// <c>&lt;!-- corpuslint-disable [IDs] --&gt;</c> … <c>&lt;!-- corpuslint-enable [IDs] --&gt;</c> (to the end of the
/// document when never enabled again), <c>&lt;!-- corpuslint-disable-next-line [IDs] --&gt;</c> and
/// <c>&lt;!-- corpuslint-disable-line [IDs] --&gt;</c>. IDs are separated by commas or spaces; without IDs every
/// rule is meant; text after <c>--</c> is the reason and is ignored. Plain text has no comment syntax, so its
/// documents have no suppressions (per-file severities in <c>.editorconfig</c> serve instead).
/// </summary>
internal static partial class SuppressionScanner
{
    private const string Marker = "corpuslint-";

    public static SuppressionSet Scan(Document document)
    {
        if (document.Format != DocumentFormat.Markdown || !document.Text.Contains(Marker, StringComparison.Ordinal))
        {
            return SuppressionSet.Empty;
        }

        var ranges = new List<Suppression>();
        var directiveLines = new HashSet<int>();
        int? allOffFrom = null;
        var offFrom = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var lastLine = document.Lines.Count - 1;
        foreach (var line in document.Lines)
        {
            var text = document.GetText(line);
            if (!text.Contains(Marker, StringComparison.Ordinal))
            {
                continue;
            }

            var comments = Directive().Matches(text.ToString());
            if (comments.Count == 1 && comments[0].Length == text.Trim().Length)
            {
                directiveLines.Add(line.Index);
            }

            foreach (Match comment in comments)
            {
                var ids = ParseIds(comment.Groups["ids"].Value);
                switch (comment.Groups["kind"].Value)
                {
                    case "disable-next-line":
                        AddEach(ranges, ids, line.Index + 1, line.Index + 1);
                        break;
                    case "disable-line":
                        AddEach(ranges, ids, line.Index, line.Index);
                        break;
                    case "disable" when ids.Count == 0:
                        allOffFrom ??= line.Index;
                        break;
                    case "disable":
                        foreach (var id in ids)
                        {
                            offFrom.TryAdd(id, line.Index);
                        }

                        break;
                    case "enable":
                        foreach (var id in ids.Count == 0 ? [.. offFrom.Keys] : ids)
                        {
                            if (offFrom.Remove(id, out var from))
                            {
                                ranges.Add(new Suppression(id, from, line.Index));
                            }
                        }

                        if (ids.Count == 0 && allOffFrom is { } allFrom)
                        {
                            ranges.Add(new Suppression(null, allFrom, line.Index));
                            allOffFrom = null;
                        }

                        break;
                }
            }
        }

        if (allOffFrom is { } stillOff)
        {
            ranges.Add(new Suppression(null, stillOff, lastLine));
        }

        ranges.AddRange(offFrom.Select(open => new Suppression(open.Key, open.Value, lastLine)));
        return new SuppressionSet(ranges, directiveLines);
    }

    private static void AddEach(List<Suppression> ranges, List<string> ids, int first, int last)
    {
        if (ids.Count == 0)
        {
            ranges.Add(new Suppression(null, first, last));
        }

        ranges.AddRange(ids.Select(id => new Suppression(id, first, last)));
    }

    private static List<string> ParseIds(string text)
    {
        var reason = text.IndexOf("--", StringComparison.Ordinal);
        var list = reason >= 0 ? text[..reason] : text;
        return [.. list.Split([',', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries)];
    }

    [GeneratedRegex(@"<!--\s*corpuslint-(?<kind>disable-next-line|disable-line|disable|enable)(?=\s|-->)(?<ids>(?:(?!-->).)*?)\s*-->", RegexOptions.CultureInvariant)]
    private static partial Regex Directive();
}
