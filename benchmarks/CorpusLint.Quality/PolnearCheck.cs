using System.Diagnostics;

namespace CorpusLint.Quality;

/// <summary>
/// SPEC §10 / issue 3: CL1002 (UnattributedQuote) may fire on at most 5% of the direct quotations that
/// PolNeAR attributes to a Source. A direct quotation is a Content span (of an attribution with a Source)
/// that is enclosed by “ ” or contains a “...” quotation of at least 8 words. Two annotators marking the
/// same span count once.
/// </summary>
public static class PolnearCheck
{
    public const string RuleId = "CL1002";
    public const int MinWords = 8;
    public const double Target = 0.05;

    public static QualitySection Run(string corpus, CorpusLinter linter)
    {
        var stopwatch = Stopwatch.StartNew();
        var section = new QualitySection("PolNeAR: quotes/polnear dev+test, CL1002 on attributed direct quotations (SPEC §10; issue 3)");
        var root = Path.Combine(corpus, "quotes", "polnear");
        var annotations = new List<(string Text, string Ann)>();
        foreach (var split in new[] { "dev", "test" })
        {
            var attributions = Path.Combine(root, split, "attributions");
            if (!Directory.Exists(attributions))
            {
                continue;
            }

            foreach (var ann in Directory.GetFiles(attributions, "*.ann").Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileNameWithoutExtension(ann);
                var underscore = name.LastIndexOf('_');
                var text = Path.Combine(root, split, "text", (underscore > 0 ? name[..underscore] : name) + ".txt");
                if (File.Exists(text))
                {
                    annotations.Add((text, ann));
                }
            }
        }

        var texts = annotations.Select(a => a.Text).Distinct(StringComparer.Ordinal).ToList();
        section.Details.Add($"{texts.Count} texts, {annotations.Count} .ann files");
        if (!linter.HasRule(RuleId))
        {
            section.Add("direct quotations flagged by CL1002", "CL1002 not implemented yet", "<= 5%", FigureStatus.NotImplemented);
            section.Elapsed = stopwatch.Elapsed;
            return section;
        }

        var linted = linter.Lint(texts);
        var seen = new HashSet<(string, int, int)>();
        int quotations = 0, flagged = 0, mismatched = 0;
        var examples = new List<string>();
        var contents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (textPath, annPath) in annotations)
        {
            if (!contents.TryGetValue(textPath, out var text))
            {
                contents[textPath] = text = File.ReadAllText(textPath);
            }

            var offsets = CodePointMap.For(text);
            var diagnostics = linted.Of(textPath).Where(d => d.Id == RuleId).ToList();
            foreach (var content in BratDocument.Parse(File.ReadAllText(annPath)).SourcedContents())
            {
                var fragments = content.Fragments.Select(f => (offsets(f.Start), offsets(f.End))).ToList();
                if (fragments.Count == 1 && fragments[0].Item2 <= text.Length
                    && text[fragments[0].Item1..fragments[0].Item2] != content.Text)
                {
                    mismatched++;
                }

                if (fragments[^1].Item2 > text.Length || !seen.Add((textPath, fragments[0].Item1, fragments[^1].Item2)))
                {
                    continue;
                }

                var quoted = DirectQuotations(text, fragments, MinWords);
                if (quoted.Count == 0)
                {
                    continue;
                }

                quotations++;
                var hit = diagnostics.FirstOrDefault(d => quoted.Any(q => d.Span.Start < q.End && q.Start < d.Span.End));
                if (hit is not null)
                {
                    flagged++;
                    examples.Add($"    {Path.GetRelativePath(corpus, textPath)}:{hit.Start.Line}:{hit.Start.Column} {Format.Clip(text[quoted[0].Start..quoted[0].End], 90)}");
                }
            }
        }

        var rate = quotations == 0 ? 0 : (double)flagged / quotations;
        section.Add("direct quotations flagged by CL1002", Format.Percent(flagged, quotations), "<= 5%", rate <= Target ? FigureStatus.Pass : FigureStatus.Fail);
        if (mismatched > 0)
        {
            section.Details.Add($"note: {mismatched} annotation spans do not match their text at the given offsets");
        }

        section.Details.AddRange(CleanBudgetCheck.Spread(examples, 8));
        SeedsCheck.AddRuleFailures(section, linted);
        section.Elapsed = stopwatch.Elapsed;
        return section;
    }

    /// <summary>
    /// The “...” quotations of at least <paramref name="minWords"/> words in the fragments of a Content span
    /// (UTF-16 offsets). A fragment is first widened to an opening “ just before it and a closing ” just after
    /// it (across spaces and , . ? !), so a span annotated inside its quotation marks counts as enclosed.
    /// </summary>
    public static IReadOnlyList<(int Start, int End)> DirectQuotations(string text, IReadOnlyList<(int Start, int End)> fragments, int minWords)
    {
        var found = new List<(int, int)>();
        foreach (var (start, end) in fragments)
        {
            var from = start;
            for (var i = start - 1; i >= 0 && i >= start - 3; i--)
            {
                if (text[i] == '“')
                {
                    from = i;
                    break;
                }

                if (!char.IsWhiteSpace(text[i]))
                {
                    break;
                }
            }

            var to = end;
            for (var i = end; i < text.Length && i < end + 3; i++)
            {
                if (text[i] == '”')
                {
                    to = i + 1;
                    break;
                }

                if (!char.IsWhiteSpace(text[i]) && text[i] is not (',' or '.' or '?' or '!'))
                {
                    break;
                }
            }

            var position = from;
            while (position < to)
            {
                var open = text.IndexOf('“', position, to - position);
                if (open < 0)
                {
                    break;
                }

                var close = text.IndexOf('”', open + 1, to - open - 1);
                if (close < 0)
                {
                    break;
                }

                if (CountWords(text.AsSpan(open + 1, close - open - 1)) >= minWords)
                {
                    found.Add((open, close + 1));
                }

                position = close + 1;
            }
        }

        return found;
    }

    /// <summary>Whitespace-separated tokens that hold a letter or digit.</summary>
    public static int CountWords(ReadOnlySpan<char> text)
    {
        int words = 0;
        var inWord = false;
        var hasLetter = false;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch))
            {
                words += inWord && hasLetter ? 1 : 0;
                inWord = hasLetter = false;
            }
            else
            {
                inWord = true;
                hasLetter |= char.IsLetterOrDigit(ch);
            }
        }

        return words + (inWord && hasLetter ? 1 : 0);
    }
}

/// <summary>Maps code-point offsets (Python, brat) to UTF-16 offsets (.NET strings).</summary>
public static class CodePointMap
{
    public static Func<int, int> For(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\uD800', '\uDBFF'))
        {
            return offset => offset;
        }

        var map = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length; i++)
        {
            map.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
        }

        map.Add(text.Length);
        return offset => offset < map.Count ? map[offset] : text.Length + (offset - map.Count + 1);
    }
}
