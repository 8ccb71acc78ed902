namespace CorpusLint.Model.Layout;

/// <summary>
/// A bracketed name alone on its line is how a text browser prints an image (<c>[IMG_1234]</c>), but a name in brackets
/// that heads the lines right under it is something else: a citation key over its reference in a reference list
/// (<c>[HARBOUR]</c> above an indented entry) or a section of a configuration file (<c>[sync]</c> above
/// <c>name = value</c>). Such a line is the article's text, not a picture.
/// </summary>
internal static class BracketedHeads
{
    public static void Mark(Document document, LineFeatures[] features, LayoutOptions options)
    {
        var citationKeys = new List<int>();
        for (var i = 0; i + 1 < features.Length; i++)
        {
            if (!features[i].IsCaption || features[i + 1].Blank)
            {
                continue;
            }

            var line = document.GetText(document.Lines[i]);
            var label = line.Trim();
            if (!IsBracketedName(label))
            {
                continue;
            }

            var below = document.GetText(document.Lines[i + 1]);
            if (IsSetting(below.Trim()))
            {
                features[i] = Reclassify(features[i], LineSignals.Code | LineSignals.BracketedHead, document, options);
            }
            else if (Indent(below) > Indent(line) && !features[i + 1].ListItem && features[i + 1].Words >= options.CitationEntryMinWords)
            {
                citationKeys.Add(i);
            }
        }

        // One bracketed name over an indented line can be a picture over its caption; a reference list has several.
        if (citationKeys.Count < options.ListMinItems)
        {
            return;
        }

        foreach (var i in citationKeys)
        {
            features[i] = Reclassify(features[i], LineSignals.BracketedHead, document, options);
        }
    }

    private static LineFeatures Reclassify(LineFeatures f, LineSignals added, Document document, LayoutOptions options)
    {
        var changed = f with { Signals = (f.Signals & ~LineSignals.Caption) | added };
        return changed with { Prose = LineFeatureReader.ProseOf(changed, document.Languages.StopWordLanguage is not null, options) };
    }

    /// <summary>A name in brackets without spaces: <c>[WEIR-2]</c>, <c>[sync]</c>, <c>[RB2019]</c>.</summary>
    private static bool IsBracketedName(ReadOnlySpan<char> text)
    {
        if (text.Length < 3 || text[0] != '[' || text[^1] != ']')
        {
            return false;
        }

        foreach (var c in text[1..^1])
        {
            if (!char.IsLetterOrDigit(c) && c is not ('-' or '_' or '.' or '+' or '/'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A configuration file's setting: a name, an equals sign, a value or nothing (<c>remote =</c>).</summary>
    private static bool IsSetting(ReadOnlySpan<char> text)
    {
        var equals = text.IndexOf('=');
        if (equals <= 0)
        {
            return false;
        }

        foreach (var c in text[..equals].TrimEnd())
        {
            if (!char.IsLetterOrDigit(c) && c is not ('-' or '_' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    private static int Indent(ReadOnlySpan<char> line) => line.Length - line.TrimStart().Length;
}
