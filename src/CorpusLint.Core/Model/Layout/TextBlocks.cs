namespace CorpusLint.Model.Layout;

/// <summary>
/// Measures that need a line's paragraph, not the line alone: a paragraph of code or table rows is preformatted (every line
/// of it, the braces and keywords too), and the lines of a hard-wrapped paragraph are prose together though each alone is a
/// fragment.
/// </summary>
internal static class TextBlocks
{
    /// <summary>
    /// Marks preformatted regions: runs of lines (blank lines between them allowed) that are code, table rows, rules or
    /// bare short lines (a keyword, an identifier, a figure), where code and table rows make up enough of the run. The bare
    /// lines of a query ("SELECT", "FROM", "series") are code only among code.
    /// </summary>
    public static void MarkPreformatted(Document document, LineFeatures[] features, LayoutOptions options)
    {
        var i = 0;
        while (i < features.Length)
        {
            if (features[i].Blank || !IsCodeCompatible(features[i], options))
            {
                i++;
                continue;
            }

            int start = i, end = i, content = 0, code = 0;
            for (; i < features.Length && (features[i].Blank || IsCodeCompatible(features[i], options)); i++)
            {
                var f = features[i];
                if (f.Blank)
                {
                    continue;
                }

                end = i;
                content += f.Has(LineSignals.Decoration) ? 0 : 1;
                code += f.Has(LineSignals.Code) || f.Has(LineSignals.TableRow) ? 1 : 0;
            }

            if (code == 0 || code < options.PreformattedMinShare * content)
            {
                continue;
            }

            for (var j = start; j <= end; j++)
            {
                if (!features[j].Blank)
                {
                    features[j] = features[j] with { Signals = features[j].Signals | LineSignals.Preformatted };
                }
            }
        }
    }

    /// <summary>A line that can stand in a block of code: code, a table row, a rule, or a short bare line without stop words.</summary>
    private static bool IsCodeCompatible(LineFeatures f, LayoutOptions options) =>
        f.Has(LineSignals.Code) || f.Has(LineSignals.TableRow) || f.Has(LineSignals.Decoration)
        || (f.Prose is ProseClass.Short && f.Words <= options.CodeBareLineMaxWords && f.StopShare < options.CodeMaxStopShare
            && !f.ListItem && !f.LinkOnly && !f.IsCaption && !f.PhraseCountsAlone && !f.IsSocialUrl && !f.IsStamp && !f.IsBylineOrDateline);

    /// <summary>
    /// Gives the lines a sentence runs across (hard-wrapped text, see <see cref="SentenceScanner"/>) the prose class of all of
    /// them together, when that is better than each line's own: "It does this by introducing the same primitives to JS that
    /// are used in the HTTP" is a fragment alone and prose with the line under it.
    /// </summary>
    public static void JudgeWrappedParagraphs(Document document, LineFeatures[] features, LayoutOptions options)
    {
        var hasStopWords = document.Languages.StopWordLanguage is not null;
        int blockStart = -1, blockEnd = -1;
        foreach (var sentence in document.Sentences)
        {
            var first = document.GetLineIndex(sentence.Start);
            var last = document.GetLineIndex(Math.Max(sentence.Start, sentence.End - 1));
            if (first == last)
            {
                continue;
            }

            if (blockStart >= 0 && first <= blockEnd)
            {
                blockEnd = Math.Max(blockEnd, last);
                continue;
            }

            Judge(features, blockStart, blockEnd, hasStopWords, options);
            (blockStart, blockEnd) = (first, last);
        }

        Judge(features, blockStart, blockEnd, hasStopWords, options);
    }

    private static void Judge(LineFeatures[] features, int first, int last, bool hasStopWords, LayoutOptions options)
    {
        if (first < 0 || last <= first)
        {
            return;
        }

        int words = 0, marks = 0, commas = 0, length = 0;
        double stopWords = 0, linkChars = 0;
        for (var i = first; i <= last; i++)
        {
            var f = features[i];
            if (f.Has(LineSignals.Preformatted))
            {
                return;
            }

            words += f.Words;
            marks += f.SentenceMarks;
            commas += f.Commas;
            length += f.Length;
            stopWords += f.StopShare * f.Words;
            linkChars += f.LinkDensity * f.Length;
        }

        var together = features[last] with
        {
            Signals = features[last].Signals & LineSignals.EndsSentence,
            Phrase = null,
            Words = words,
            SentenceMarks = marks,
            Commas = commas,
            StopShare = words == 0 ? 0 : stopWords / words,
            LinkDensity = length == 0 ? 0 : linkChars / length,
        };
        var prose = LineFeatureReader.ProseOf(together, hasStopWords, options);
        for (var i = first; i <= last; i++)
        {
            var f = features[i];
            if (f.Blank)
            {
                continue;
            }

            // Clutter stays clutter (a phrase, a menu entry); a fragment takes the class of its paragraph.
            features[i] = f with
            {
                Signals = f.Signals | LineSignals.Wrapped,
                Prose = f.Prose is ProseClass.Short or ProseClass.NearGood && prose < f.Prose ? prose : f.Prose,
            };
        }
    }
}
