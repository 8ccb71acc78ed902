using System.Buffers;
using CorpusLint.Language;
using CorpusLint.Model.Attribution;
using CorpusLint.Model.Dates;
using CorpusLint.Text;

namespace CorpusLint.Model.Layout;

/// <summary>
/// Measures every line's <see cref="LineFeatures"/> from the shared model: words, links, sentences, languages, the
/// attribution and date models' bylines and datelines, and the boilerplate phrase table.
/// </summary>
internal static class LineFeatureReader
{
    public static LineFeatures[] Read(Document document, LayoutOptions options)
    {
        var lines = document.Lines;
        var linkChars = LinkCharacters(document);
        var (sentenceMarks, fullStops) = SentenceEndsPerLine(document);
        var attribution = AttributionLines(document);
        var features = new LineFeatures[lines.Count];
        var frontMatter = document.FrontMatterLines;
        var definitions = LinkDefinitionLines(document);
        var normalized = new NormalizedLines(document.Text.Length);
        for (var i = 0; i < lines.Count; i++)
        {
            features[i] = i < frontMatter ? Unshown(LineSignals.FrontMatter)
                : definitions?[i] == true ? Unshown(LineSignals.LinkDefinition)
                : Measure(document, lines[i], linkChars[i], (sentenceMarks[i], fullStops[i]), attribution[i], normalized, options);
        }

        BracketedHeads.Mark(document, features, options);
        TextBlocks.MarkPreformatted(document, features, options);
        TextBlocks.MarkCommandOutput(document, features);
        TextBlocks.MarkFactBoxes(features, options);
        TextBlocks.JudgeWrappedParagraphs(document, features, options);
        return features;
    }

    /// <summary>
    /// What a reader sees of a line holding reference links (<c>[label][3]</c>): their labels, as of inline links; and
    /// whether the line holds nothing but links and separators, as a menu's line does. The line's text alone cannot say
    /// (<c>[label]</c> is a link only where a definition names it), so the links come from <see cref="Document.Links"/>.
    /// </summary>
    private static string ShownWithReferences(Document document, Line line, out bool linksOnly)
    {
        var text = document.Text;
        var links = document.Links;
        // The first link ending inside the line or after it: links are in text order.
        int first = 0, high = links.Count;
        while (first < high)
        {
            var middle = (first + high) / 2;
            (first, high) = links[middle].End <= line.Start ? (middle + 1, high) : (first, middle);
        }

        var shown = new System.Text.StringBuilder(line.Length);
        var outside = new System.Text.StringBuilder();
        var position = line.Start;
        var linked = 0;
        for (var i = first; i < links.Count && links[i].Start < line.End; i++)
        {
            var link = links[i];
            if (link.Start < position || link.End > line.End)
            {
                continue;
            }

            outside.Append(text, position, link.Start - position);
            shown.Append(text, position, link.Start - position);
            shown.Append(link.HidesSyntax ? text.AsSpan(link.LabelStart, link.LabelLength) : text.AsSpan(link.Start, link.Length));
            position = link.End;
            linked++;
        }

        outside.Append(text, position, line.End - position);
        shown.Append(text, position, line.End - position);
        var rest = LineShapes.StripListMarker(outside.ToString().Trim());
        linksOnly = linked > 0 && !rest.ContainsAnyExcept(LinkSeparators);
        return shown.ToString().Trim();
    }

    /// <summary>A bare URL and nothing else (not a Markdown link, whose label is what a reader sees).</summary>
    private static bool IsOneAddress(ReadOnlySpan<char> text) => LinkScanner.StartsWithUrl(text) && LinkScanner.UrlLength(text) >= text.TrimEnd().Length - 1;

    /// <summary>What stands between a menu's links: the separators a line of nothing but links may hold.</summary>
    private static readonly SearchValues<char> LinkSeparators = SearchValues.Create(" \t|·•/-–—>»«,;:*");

    /// <summary>A line of the document's record that a reader is not shown (front matter, a link's definition): laid out as a blank line.</summary>
    private static LineFeatures Unshown(LineSignals signal) =>
        new() { Blank = true, Prose = ProseClass.Blank, Signals = signal };

    /// <summary>Per line, whether it is a Markdown link definition (<see cref="LinkKind.Definition"/>), or null when none is.</summary>
    private static bool[]? LinkDefinitionLines(Document document)
    {
        bool[]? lines = null;
        foreach (var link in document.Links)
        {
            if (link.Kind == LinkKind.Definition)
            {
                (lines ??= new bool[document.Lines.Count])[document.GetLineIndex(link.Start)] = true;
            }
        }

        return lines;
    }

    private static LineFeatures Measure(
        Document document, Line line, (int Visible, int Hidden, int References) linkChars, (int Marks, int FullStops) sentences, LineSignals attribution,
        NormalizedLines normalizedLines, LayoutOptions options)
    {
        var raw = line.IsBlank ? default : document.GetText(line);
        if (line.IsBlank || IsInvisible(raw))
        {
            return new LineFeatures { Blank = true, Prose = ProseClass.Blank };
        }

        var text = raw.Trim();
        // What a reader sees of a line with links: their labels, not where they lead nor a text browser's numbers for them.
        var referencesOnly = false;
        ReadOnlySpan<char> withoutTargets = linkChars.References > 0 ? ShownWithReferences(document, line, out referencesOnly)
            : linkChars.Hidden > 0 ? LineShapes.WithoutLinkTargets(text) : text;
        var shown = LineShapes.WithoutLinkNumbers(withoutTargets);
        var signals = LineSignals.None;
        // Scripts written without spaces (Chinese, Japanese) count about one word per two characters, and a
        // character of theirs says as much as two of an alphabet.
        var dense = Scripts.CountDenseCharacters(text);
        var words = Math.Max(line.WordCount, dense / 2);
        var stopShare = document.Languages.StopWordShare(line);
        var endsSentence = line.Has(LineShape.EndsSentence);
        var listItem = line.Has(LineShape.ListItem);
        // A Markdown image on its own line is the picture a text browser prints as "[photo]": a caption's place, not a
        // link to another story (a bulleted one is a list's item, as "• [photo]" is).
        var picture = line.Has(LineShape.LinkOnly) && !listItem && LineShapes.IsPictureOnly(text);
        var linkOnly = (line.Has(LineShape.LinkOnly) || referencesOnly) && !picture;
        var listBody = LineShapes.StripListMarker(shown);
        var numbered = listItem && char.IsAsciiDigit(text[0]);
        // A menu shows its links' labels; a bulleted item printing an address is the address itself, as a list of sources
        // gives it: text the reader reads, as an address in a sentence is. (A text browser numbers the addresses it lists.)
        var printedAddress = listItem && !numbered && linkOnly && IsOneAddress(listBody);
        var linkDensity = picture || printedAddress ? 0.0 : Math.Min(1.0, (double)linkChars.Visible / Math.Max(1, text.Length - linkChars.Hidden));
        var casing = words >= 2 && words <= options.UnmarkedListItemWords ? Casing.Of(listBody) : default;
        Set(ref signals, LineSignals.EndsSentence, endsSentence);
        Set(ref signals, LineSignals.EndsWithColon, shown.EndsWith(':'));
        Set(ref signals, LineSignals.EndsCutOff, LineShapes.EndsCutOff(shown));
        Set(ref signals, LineSignals.GluedTitle, words >= options.GluedBlurbMinWords && LineShapes.OpensWithGluedTitle(listBody, options.GluedTitleMaxWords, options.GluedBlurbMinWords));
        Set(ref signals, LineSignals.ListItem, listItem);
        Set(ref signals, LineSignals.LinkOnly, linkOnly);
        Set(ref signals, LineSignals.Picture, picture);
        Set(ref signals, LineSignals.Citation, printedAddress || LineShapes.CitesSource(shown));
        Set(ref signals, LineSignals.HasDigit, shown.ContainsAny(CharacterSets.AsciiDigits));
        Set(ref signals, LineSignals.HeadlineItem, words >= 4 && words <= options.UnmarkedListItemWords && casing.IsTitleCase);
        // A text browser numbers each link: a line of three or more numbered links of a few words each is a menu's line.
        // Either way the items are a menu's, a few words each: a paragraph with a few bullets inside it (a scraper that
        // joined a page's paragraphs and its bulleted quotes on one line) is prose.
        var linkNumbers = LineShapes.CountLinkNumbers(text);
        var separatedItems = CountSeparatedItems(shown);
        var separated = (separatedItems >= options.SeparatedMenuItems && words <= separatedItems * options.MenuItemMaxWords)
            || (linkNumbers >= options.SeparatedMenuItems && text[0] == '[' && words <= linkNumbers * options.MenuItemMaxWords);
        Set(ref signals, LineSignals.Separated, separated);
        // A menu is never numbered: a numbered line is an ordered list's item (steps, references, a ranking).
        var menuItem = !printedAddress && (!endsSentence && ((listItem && !numbered && words <= options.MenuItemMaxWords) || (linkOnly && words <= options.LinkMenuItemMaxWords)) || separated);
        Set(ref signals, LineSignals.MenuItem, menuItem);
        Set(ref signals, LineSignals.NumberedItem, numbered);
        // A rule, a lone bullet, or a chart's or table's figure alone on its line ("$915", "’17", "4.3333"): neither prose nor chrome.
        var decoration = IsDecoration(shown) || IsFigure(shown, words, listItem, options);
        Set(ref signals, LineSignals.Decoration, decoration);

        var normalized = normalizedLines.Add(shown);
        var phrase = BoilerplatePhrases.Find(normalized.Span);
        if (phrase is { Strength: not PhraseStrength.Whole } && raw.ContainsAny(QuotationOpeners) && TextOutsideQuotations(document, line, raw) is { } unquoted)
        {
            phrase = BoilerplatePhrases.Find(BoilerplatePhrases.Normalize(unquoted));
        }
        // A caption is a picture's few lines, its credit at most a strong phrase's line: a credit inside a page's whole
        // article on one line (a scraper that joins every text node) does not make the article a caption.
        var caption = picture || (phrase?.Category == PhraseCategory.Caption && words <= options.StrongPhraseMaxWords)
            || (shown.Length > 0 && char.IsUpper(shown[0]) && LinePatterns.WireSlug().IsMatch(shown))
            || (shown.Length > 0 && shown[^1] is ')' or ']' && ((LinePatterns.BracketCredit().IsMatch(shown) && !LinePatterns.CodeCitation().IsMatch(shown)) || (LinePatterns.ImageAlt().IsMatch(shown) && !IsBracketedSentence(shown, words, stopShare, options))));
        Set(ref signals, LineSignals.SocialUrl, linkOnly && LinePatterns.SocialPostUrl().IsMatch(text));
        Set(ref signals, LineSignals.PostSignature, text[0] is '—' or '–' or '-' && text.Contains("(@", StringComparison.Ordinal) && LinePatterns.PostSignature().IsMatch(text));
        Set(ref signals, LineSignals.Masthead, !endsSentence && words >= options.MastheadMinWords && words <= options.MastheadMaxWords
            && casing.IsAllCaps && shown.IndexOfAny(",0123456789") < 0);
        Set(ref signals, LineSignals.SectionLabel, words == 1 && shown.Length <= options.SectionLabelMaxLength && IsLowerWord(shown));
        var hasTime = false;
        // A linked date alone on its line is a permalink ("[March 4, 2024 at 9:12 am](...#comment-12)"): a stamp, not a menu's entry.
        var stamp = words <= options.StampMaxWords && (!menuItem || (linkOnly && !listItem)) && !OpensWithSignatureDash(text) && (signals & LineSignals.HasDigit) != 0
            && Stamps.IsStamp(document, line, options.StampOtherWords, out hasTime);
        Set(ref signals, LineSignals.Stamp, stamp);
        Set(ref signals, LineSignals.TimeStamp, stamp && hasTime);
        Set(ref signals, LineSignals.TeaserLink, linkOnly && !listItem && !stamp && words >= options.TeaserMinWords && linkDensity >= options.TeaserLinkDensity);

        if (phrase is { Strength: PhraseStrength.Whole } && words <= 2 && endsSentence)
        {
            phrase = null;
        }

        // "Subscribe to the idea, he said.": a sentence that reports speech is prose, whatever it opens with;
        // "Copyright law was changed.": a label word going on in lower case is the subject of a sentence.
        if (phrase is { } opening && endsSentence && words >= 4
            && (SpeakerFinder.ReportsSpeech(document, line) || OpensSentenceWithLabelWord(document, line, opening)))
        {
            phrase = null;
        }

        if (phrase is { Category: PhraseCategory.Legal, Phrase: "©" } && words <= 3)
        {
            phrase = null;
            caption = true;
        }

        Set(ref signals, LineSignals.Caption, caption);
        var formField = !decoration && LineShapes.IsFormField(shown, options.FormFieldLabelMaxWords);
        Set(ref signals, LineSignals.FormField, formField);
        // An image's bracketed label or a credit is a picture, whatever symbols it holds; a bullet is a list's.
        var plain = !decoration && !linkOnly && !listItem && !caption && !formField;
        // A Markdown heading's hashes are how the format marks it, not a comment's: "## References" is no code.
        var heading = document.Format == DocumentFormat.Markdown ? LineShapes.WithoutHeadingMarks(shown) : shown;
        Set(ref signals, LineSignals.Code, (plain && CodeShapes.IsCode(heading, words, stopShare, options))
            || (listItem && !decoration && !linkOnly && !caption && !formField && CodeShapes.IsStatement(listBody)));
        Set(ref signals, LineSignals.TableRow, plain && !separated && CodeShapes.IsTableRow(heading, stopShare, options));
        // An infobox's rows may carry bullets ("• Max. depth      88 m"): the label is what is listed.
        Set(ref signals, LineSignals.FactRow, !decoration && !linkOnly && !caption && !separated && !formField && CodeShapes.IsFactRow(listBody, options));
        var countsAlone = phrase is { } found && found.Strength switch
        {
            PhraseStrength.Whole => true,
            PhraseStrength.Strong => words <= options.StrongPhraseMaxWords && !IsPromptInProse(found, words, sentences.Marks, options)
                && !IsLegalQuestion(found, shown, sentences),
            _ => words <= options.WeakPhraseMaxWords,
        };
        Set(ref signals, LineSignals.PhraseCountsAlone, countsAlone);

        // Attribution lines are judged once the caption test is known: a credit under a photo is the photo's.
        if ((attribution & LineSignals.BylineOrDateline) != 0 && words <= options.BylineMaxWords)
        {
            signals |= LineSignals.BylineOrDateline;
        }

        if ((attribution & LineSignals.Credit) != 0 && words <= options.BylineMaxWords && !caption)
        {
            signals |= LineSignals.Credit;
        }

        var features = new LineFeatures
        {
            Commas = shown.Count(','),
            Length = text.Length,
            Weight = shown.Length + dense,
            Words = words,
            LinkDensity = linkDensity,
            StopShare = stopShare,
            SentenceMarks = sentences.Marks,
            FullStops = sentences.FullStops,
            Signals = signals,
            Normalized = normalized,
            Phrase = phrase,
        };
        return features with { Prose = ProseOf(features, document.Languages.StopWordLanguage is not null, options) };
    }

    /// <summary>The jusText-like class of a line (or of a hard-wrapped paragraph's lines together).</summary>
    internal static ProseClass ProseOf(LineFeatures f, bool hasStopWords, LayoutOptions options)
    {
        // Where the profiles know no stop words for the document's language, they tell nothing of prose.
        var goodStopFloor = hasStopWords ? options.GoodMinStopShare : 0.0;
        var nearStopFloor = hasStopWords ? options.NearGoodMinStopShare : 0.0;
        // Links make clutter of a line that is not running prose by its words: an encyclopedia's sentence links a third
        // of its words and still reads as sentences, a menu or a list of other stories does not.
        var readsAsSentences = f.Words >= options.GoodMinWords && f.StopShare >= goodStopFloor && (f.EndsSentence || f.SentenceMarks > 0);
        if (f.PhraseCountsAlone || f.IsCaption || f.IsSocialUrl || f.IsMenuItem || f.IsFormField || (f.LinkDensity > options.BadLinkDensity && !readsAsSentences) || f.IsTeaserLink)
        {
            return ProseClass.Bad;
        }

        // A title-case line is a headline or a teaser, however long: prose states its sentences with full stops, a
        // headline at most asks, exclaims or trails off ("Star -- No Love Lost ... NOT on Speaking Terms!").
        if (f.IsHeadlineItem && f.FullStops == 0)
        {
            return ProseClass.Short;
        }

        if (f.Words >= options.GoodMinWords && f.StopShare >= goodStopFloor
            && (f.EndsSentence || f.SentenceMarks > 0 || f.Words >= options.GoodUnpunctuatedWords))
        {
            return ProseClass.Good;
        }

        if ((f.Words >= options.NearGoodMinWords && f.StopShare >= nearStopFloor && (f.EndsSentence || f.Words >= options.NearGoodUnpunctuatedWords))
            || (f.Words >= options.NearGoodUnpunctuatedWords && f.LinkDensity < options.CommaListMaxLinkDensity && (f.SentenceMarks > 0 || f.Commas >= 3)))
        {
            return ProseClass.NearGood;
        }

        return ProseClass.Short;
    }

    private static readonly SearchValues<char> QuotationOpeners = SearchValues.Create("\"“‘«„");

    /// <summary>
    /// The line with the words of the quotations it opens and closes blanked out, or null when it has none. A phrase
    /// inside quotation marks is mentioned, not used: a cited title (<c>^ "Terms and Conditions". Harbour Ferries.
    /// Retrieved 2019.</c>) or someone's words, never the page's own notice or prompt.
    /// </summary>
    private static string? TextOutsideQuotations(Document document, Line line, ReadOnlySpan<char> raw)
    {
        char[]? text = null;
        foreach (var quotation in document.Quotations.GetQuotations(line.Start, line.End))
        {
            if (quotation is { Status: QuotationStatus.Closed, Close: { } close } && close.Offset < line.End)
            {
                text ??= raw.ToArray();
                text.AsSpan(quotation.ContentStart - line.Start, quotation.ContentLength).Fill(' ');
            }
        }

        return text is null ? null : new string(text);
    }

    private static bool IsPromptInProse(PhraseMatch phrase, int words, int sentences, LayoutOptions options) =>
        phrase.Category is PhraseCategory.CallToAction or PhraseCategory.Related
        && words >= options.PromptInProseWords && sentences >= options.PromptInProseSentences;

    /// <summary>
    /// A notice never asks: "Are those of us who never agreed to its terms of service fair game?" is prose about the terms,
    /// whatever its length. Only questions, no statement, and a question mark at the end.
    /// </summary>
    private static bool IsLegalQuestion(PhraseMatch phrase, ReadOnlySpan<char> text, (int Marks, int FullStops) sentences) =>
        phrase.Category == PhraseCategory.Legal && sentences.Marks > 0 && sentences.FullStops == 0 && text.TrimEnd(" \"'”’)").EndsWith("?");

    private static void Set(ref LineSignals signals, LineSignals signal, bool value)
    {
        if (value)
        {
            signals |= signal;
        }
    }

    /// <summary>
    /// Per line, the characters a reader sees as link text and the Markdown syntax a reader does not see
    /// ("[label](target)" shows only "label"), so a sentence holding one link does not read as link-dense. A URL written
    /// out in a sentence is text the reader reads (a reference in a specification, an address in a letter), not a click
    /// target: only a line of nothing but URLs is links (<see cref="LineShape.LinkOnly"/>).
    /// </summary>
    private static (int Visible, int Hidden, int References)[] LinkCharacters(Document document)
    {
        var perLine = new (int Visible, int Hidden, int References)[document.Lines.Count];
        foreach (var link in document.Links)
        {
            if (link.Kind == LinkKind.BareUrl && !document.Lines[document.GetLineIndex(link.Start)].Has(LineShape.LinkOnly))
            {
                continue;
            }

            var index = document.GetLineIndex(link.Start);
            var line = document.Lines[index];
            if (link.End > line.End)
            {
                // A link a hard wrap broke over two lines (html2text's): its share of either line says nothing of the
                // paragraph's, which is what the link density stands for; such a line is measured as its text.
                continue;
            }

            var length = link.End - link.Start;
            var visible = link.HidesSyntax ? Math.Min(link.LabelLength, length) : length;
            perLine[index].Visible += visible;
            perLine[index].Hidden += length - visible;
            perLine[index].References += link.Kind == LinkKind.Reference ? 1 : 0;
        }

        return perLine;
    }

    /// <summary>
    /// Per line, the sentences of <see cref="Document.Sentences"/> that end on it with sentence punctuation, and those of
    /// them that end with a full stop (<see cref="SentenceRule.EndsWithFullStop"/>).
    /// </summary>
    private static (int[] Marks, int[] FullStops) SentenceEndsPerLine(Document document)
    {
        var marks = new int[document.Lines.Count];
        var fullStops = new int[document.Lines.Count];
        var line = 0;
        foreach (var sentence in document.Sentences)
        {
            if (!sentence.Terminated)
            {
                continue;
            }

            while (line + 1 < document.Lines.Count && document.Lines[line + 1].Start < sentence.End)
            {
                line++;
            }

            marks[line]++;
            if (SentenceRule.EndsWithFullStop(document.Text.AsSpan(sentence.Start, sentence.Length)))
            {
                fullStops[line]++;
            }
        }

        return (marks, fullStops);
    }

    /// <summary>
    /// Lines that carry a byline ("By X", "Written by X", "ed. X") or a dateline ("Jan. 22, 2019", "Published ...") are the
    /// article's attribution: a boilerplate fix must never delete them. Closing credits ("Reporting by", "Originally
    /// published") are the article's wherever they stand.
    /// </summary>
    private static LineSignals[] AttributionLines(Document document)
    {
        var perLine = new LineSignals[document.Lines.Count];
        foreach (var byline in document.Attribution.Bylines)
        {
            if (byline.Kind is BylineKind.By or BylineKind.WrittenBy or BylineKind.EditedBy or BylineKind.ReportingBy)
            {
                perLine[document.GetLineIndex(byline.Start)] |= LineSignals.BylineOrDateline;
            }

            if (byline.Kind is BylineKind.EditedBy or BylineKind.ReportingBy)
            {
                perLine[document.GetLineIndex(byline.Start)] |= LineSignals.Credit;
            }
        }

        foreach (var credit in document.Attribution.SourceCredits)
        {
            if (credit.Kind is SourceCreditKind.SourceLine or SourceCreditKind.Republication)
            {
                perLine[document.GetLineIndex(credit.Start)] |= LineSignals.Credit;
            }
        }

        foreach (var candidate in document.Dates.PublicationDateCandidates)
        {
            if (candidate.Source is PublicationDateSource.Dateline or PublicationDateSource.PublishedLine)
            {
                perLine[document.GetLineIndex(candidate.Start)] |= LineSignals.BylineOrDateline;
            }
        }

        return perLine;
    }

    /// <summary>A line of only spaces and invisible format characters (a zero-width space) is a blank line.</summary>
    private static bool IsInvisible(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && !Text.InvisibleCharacters.IsInvisible(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A sentence in brackets ("[Jo: I can't hear you. Speak up!]", "[The minutes were corrected later.]"): a message, a
    /// thought or an editor's note written as running text, not the label a text browser prints for an image, which names
    /// the picture and does not end a sentence.
    /// </summary>
    private static bool IsBracketedSentence(ReadOnlySpan<char> text, int words, double stopShare, LayoutOptions options) =>
        words >= options.BracketedSentenceMinWords && stopShare >= options.ShortSentenceMinStopShare
        && SentenceRule.EndsSentence(text[1..^1].TrimEnd());

    /// <summary>A weak one-word label opening the line ("Copyright", "Advertisement") followed by a word in lower case.</summary>
    private static bool OpensSentenceWithLabelWord(Document document, Line line, PhraseMatch phrase)
    {
        var label = phrase.Phrase.AsSpan().Trim();
        if (phrase.Strength != PhraseStrength.Weak || label.ContainsAny(" :"))
        {
            return false;
        }

        var words = document.GetWords(line);
        return words.Length >= 2 && document.GetText(words[0]).Equals(label, StringComparison.OrdinalIgnoreCase)
            && char.IsLower(document.Text[words[1].Start]);
    }

    /// <summary>A rule or a lone bullet: no letter or digit, no bracket (an empty "[]" is a picture), nothing but lines and dots.</summary>
    private static bool IsDecoration(ReadOnlySpan<char> text) => !text.ContainsAnyExcept(DecorationCharacters);

    /// <summary>A number alone on its line, with at most a currency sign, a unit letter or an apostrophe: a chart's or a table's label.</summary>
    private static bool IsFigure(ReadOnlySpan<char> text, int words, bool listItem, LayoutOptions options)
    {
        if (listItem || words > 1 || text.Length > options.FigureMaxLength || !text.ContainsAny(CharacterSets.AsciiDigits))
        {
            return false;
        }

        var letters = 0;
        foreach (var c in text)
        {
            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters <= 1;
    }

    /// <summary>
    /// A dash that signs a quotation or a post ("— Jane Roe (@jroe) March 3, 2024"): its date is the post's, not a stamp of
    /// the page. A hyphen and a space is Markdown's bullet ("- Jane Roe on March 3, 2024 at 9:12 am said:", a comment's).
    /// </summary>
    private static bool OpensWithSignatureDash(ReadOnlySpan<char> text) =>
        text[0] is '—' or '–' || (text[0] == '-' && !(text.Length > 1 && text[1] == ' '));

    /// <summary>Rules, box-drawing lines, dots and a list's bullets alone.</summary>
    private static readonly System.Buffers.SearchValues<char> DecorationCharacters =
        System.Buffers.SearchValues.Create(" \t─━═—_=~.:…|│┃┼╋┬┴├┤┌┐└┘╔╗╚╝║" + LineShapes.BulletCharacters);

    private static int CountSeparatedItems(ReadOnlySpan<char> text)
    {
        var items = 1;
        for (var i = 1; i + 1 < text.Length; i++)
        {
            if (text[i] is '|' or '·' or '•' && text[i - 1] == ' ' && text[i + 1] == ' ')
            {
                items++;
            }
        }

        return items;
    }

    private static bool IsLowerWord(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsLower(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }
}
