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

    /// <summary>
    /// Marks program output as preformatted: the lines right under a shell command (<c>$ sync pull</c>, <c>&gt;&gt;&gt; f(2)</c>), up
    /// to the next blank line, that are no sentence of prose and no boilerplate phrase. Output repeats ("copied 3 files")
    /// and reads like words; it is the command's block all the same, not a duplicated paragraph or a line of chrome.
    /// </summary>
    public static void MarkCommandOutput(Document document, LineFeatures[] features)
    {
        for (var i = 0; i < features.Length; i++)
        {
            if (!features[i].Has(LineSignals.Code) || !IsShellCommand(document.GetText(document.Lines[i]).TrimStart()))
            {
                continue;
            }

            for (var j = i + 1; j < features.Length && !features[j].Blank && IsCommandOutput(features[j]); j++)
            {
                features[j] = features[j] with { Signals = features[j].Signals | LineSignals.Preformatted | LineSignals.ProgramOutput };
            }
        }
    }

    private static bool IsShellCommand(ReadOnlySpan<char> text) => text.StartsWith("$ ") || text.StartsWith(">>> ");

    private static bool IsCommandOutput(LineFeatures f) =>
        !f.PhraseCountsAlone && !f.LinkOnly && !f.IsSocialUrl && !(f.Prose == ProseClass.Good && f.SentenceMarks > 0);

    /// <summary>
    /// Marks fact boxes (an infobox, a specification sheet) as preformatted: runs of lines (blank lines between allowed) of
    /// fact rows and the short lines a box holds between them (a value alone on its line, a bulleted value, a section's
    /// label), with at least <see cref="LayoutOptions.FactBoxMinRows"/> fact rows making up enough of the run. It is a table
    /// of the article when it stands next to the body; a menu has no label-value rows.
    /// </summary>
    public static void MarkFactBoxes(LineFeatures[] features, LayoutOptions options)
    {
        var i = 0;
        while (i < features.Length)
        {
            if (!features[i].Has(LineSignals.FactRow))
            {
                i++;
                continue;
            }

            int start = i, end = i, content = 0, facts = 0;
            for (; i < features.Length && (features[i].Blank || IsFactBoxCompatible(features[i], options)); i++)
            {
                var f = features[i];
                if (f.Blank)
                {
                    continue;
                }

                end = f.Has(LineSignals.FactRow) ? i : end;
                content++;
                facts += f.Has(LineSignals.FactRow) ? 1 : 0;
            }

            if (facts < options.FactBoxMinRows || facts < options.PreformattedMinShare * content)
            {
                continue;
            }

            // The box ends with its last row and the values that row runs on to ("• Tallow Bay" under "Settlements  • Orrin");
            // short lines after a blank line are the next thing's, a heading or a menu.
            while (end + 1 < features.Length && !features[end + 1].Blank && IsFactBoxCompatible(features[end + 1], options))
            {
                end++;
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

    /// <summary>A line a fact box holds: a fact row, a rule, or a short line that is no sentence, link, picture or phrase.</summary>
    private static bool IsFactBoxCompatible(LineFeatures f, LayoutOptions options) =>
        f.Has(LineSignals.FactRow) || f.Has(LineSignals.Decoration)
        || (f.Words <= options.FactValueMaxWords && !f.EndsSentence && !f.LinkOnly && !f.IsCaption && !f.PhraseCountsAlone && !f.IsSocialUrl
            && !f.Separated && !f.IsTeaserLink);

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
            var (first, last) = document.GetLineRange(sentence.Start, sentence.End);
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

        int words = 0, marks = 0, fullStops = 0, commas = 0, length = 0;
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
            fullStops += f.FullStops;
            commas += f.Commas;
            length += f.Length;
            stopWords += f.StopShare * f.Words;
            linkChars += f.LinkDensity * f.Length;
        }

        // Fragments that never end a sentence are labels run together ("Click here to watch video: ...", "click to expand
        // section ..."), not a wrapped paragraph: their words alone would pass for unpunctuated prose.
        if (marks == 0 && !features[last].EndsSentence)
        {
            return;
        }

        var together = features[last] with
        {
            Signals = features[last].Signals & LineSignals.EndsSentence,
            Phrase = null,
            Words = words,
            SentenceMarks = marks,
            FullStops = fullStops,
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
