using System.Text.RegularExpressions;
using CorpusLint.Language;
using CorpusLint.Model.Attribution;
using CorpusLint.Model.Dates;

namespace CorpusLint.Model.Layout;

/// <summary>
/// Builds a <see cref="DocumentLayout"/>: line features, a jusText-like class per line, the body as the
/// best-scoring run of lines (prose scores, clutter costs), and each line's class relative to that body.
/// </summary>
internal static partial class LayoutBuilder
{
    /// <summary>Lines with more words than this are never judged by a weak phrase alone.</summary>
    private const int WeakPhraseMaxWords = 8;

    /// <summary>Body prose longer than this is content even when it holds a strong phrase.</summary>
    private const int StrongPhraseMaxWords = 60;

    /// <summary>
    /// A paragraph of this many words and sentences is prose even with a prompt's strong phrase ("When those free
    /// trials are offered, give it a shot."): a promo that long is rare. Captions, comment forms and legal lines run
    /// long too, and keep their phrase.
    /// </summary>
    private const int ParagraphWords = 40;

    private const int ParagraphSentences = 3;

    private static bool IsPromptInProse(Features f, PhraseMatch phrase) =>
        phrase.Category is BoilerplatePhrases.CallToAction or BoilerplatePhrases.Related
        && f.Words >= ParagraphWords && f.SentenceMarks >= ParagraphSentences;

    /// <summary>Inside the body a weak phrase marks only a line this short.</summary>
    private const int InsideWeakPhraseMaxWords = 6;

    public static DocumentLayout Build(Document document)
    {
        var lines = document.Lines;
        var count = lines.Count;
        var linkChars = LinkCharacters(document);
        var features = new Features[count];
        var englishText = IsEnglishText(document);

        for (var i = 0; i < count; i++)
        {
            features[i] = Measure(document, lines[i], linkChars[i].Visible, linkChars[i].Hidden, englishText);
        }

        MarkBylinesAndDatelines(document, features);

        MarkDuplicates(features);
        MarkMenus(features);
        MarkContentLists(features);
        var (bodyStart, bodyEnd) = FindBody(features, 0, features.Length);
        if (bodyStart >= 0)
        {
            (bodyStart, bodyEnd) = BridgeSplitBody(features, bodyStart, bodyEnd);
            (bodyStart, bodyEnd) = CutStampedStream(features, bodyStart, bodyEnd);
            bodyStart = ExtendOverCaptions(features, bodyStart);
            bodyStart = ExtendOverOpeningList(features, bodyStart);
            bodyEnd = ExtendOverList(features, bodyEnd);
            bodyEnd = ExtendOverListSections(features, bodyEnd);
            bodyEnd = ExtendOverClosingSentence(features, bodyEnd);
        }

        ClaimUnderRelatedLabels(features);
        var title = FindTitle(features, bodyStart);
        var head = FindHeadline(features, bodyStart);

        var result = new LineLayout[count];
        for (var i = 0; i < count; i++)
        {
            var f = features[i];
            var place = bodyStart < 0 || i < bodyStart ? BodyPlace.Before : i > bodyEnd ? BodyPlace.After : BodyPlace.Inside;
            var distance = place switch
            {
                BodyPlace.Before when bodyStart >= 0 => bodyStart - i,
                BodyPlace.After => i - bodyEnd,
                BodyPlace.Inside => 0,
                _ => int.MaxValue,
            };
            var lineClass = Classify(f, place, i == title || (head >= 0 && i >= head && i < bodyStart && IsTitleLike(f)));
            result[i] = new LineLayout(
                i, f.Length, f.Words, f.LinkDensity, f.StopShare, f.SentenceMarks, f.IsMenuItem, f.DuplicateOf, f.Copies,
                f.Prose, place, distance, lineClass, f.InContentList || f.InListSection);
        }

        ClaimPhraseLinesAmongBoilerplate(features, result);
        return new DocumentLayout(result, bodyStart, bodyEnd);
    }

    /// <summary>
    /// A long line with a strong phrase ("... our commenters ...") between two boilerplate lines is boilerplate
    /// too, however much it reads like prose: its neighbours tell its place.
    /// </summary>
    private static void ClaimPhraseLinesAmongBoilerplate(Features[] features, LineLayout[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Class != LineClass.Body || features[i].Phrase is not { Strength: PhraseStrength.Strong } phrase
                || phrase.Category == BoilerplatePhrases.Caption)
            {
                continue;
            }

            // Pictures sit between paragraphs of articles too: they tell nothing of a line's place.
            var previous = i - 1;
            while (previous >= 0 && lines[previous].Class is LineClass.Blank or LineClass.Caption)
            {
                previous--;
            }

            var next = i + 1;
            while (next < lines.Length && lines[next].Class is LineClass.Blank or LineClass.Caption)
            {
                next++;
            }

            if (previous >= 0 && next < lines.Length && !lines[previous].IsArticle && !lines[next].IsArticle)
            {
                lines[i] = lines[i] with { Class = Enum.Parse<LineClass>(phrase.Category) };
            }
        }
    }

    private struct Features
    {
        public bool Blank;

        /// <summary>A byline or dateline line (from the attribution and date models): the article's own, never chrome.</summary>
        public bool IsBylineOrDateline;

        /// <summary>A credit that closes an article ("Reporting by X; Editing by Y", "Originally published on Z", "Source: Z").</summary>
        public bool IsCredit;
        public int Length;

        /// <summary>The length as prose counts it: a Chinese or Japanese character counts twice.</summary>
        public int Weight;
        public int Words;
        public double LinkDensity;
        public double StopShare;
        public int SentenceMarks;
        public bool EndsSentence;
        public bool EndsWithColon;
        public bool ListItem;
        public bool HasDigit;

        /// <summary>Four or more words nearly all capitalised, like a headline: as a list item, a teaser link's title.</summary>
        public bool IsHeadlineItem;
        public bool LinkOnly;
        public bool IsMenuItem;
        public bool IsMenuRun;
        public double MenuRunWords;
        public bool Separated;
        public int DuplicateOf;
        public int Copies;
        public string Normalized;
        public PhraseMatch? Phrase;
        public bool PhraseCountsAlone;
        public bool IsCaption;
        public bool IsSocialUrl;

        /// <summary>The signature under an embedded post: <c>— The Senate (@NGRSenate) October 9, 2018</c>.</summary>
        public bool IsPostSignature;
        public bool IsTeaserLink;
        public bool IsMasthead;
        public bool IsSectionLabel;
        public bool IsStamp;
        public bool IsTimeStamp;
        public bool UnderRelatedLabel;
        public bool InGap;


        /// <summary>One of three or more short lines in a row with no blank line between them (see <see cref="MarkUnmarkedListLines"/>).</summary>
        public bool InUnmarkedList;

        /// <summary>A short line right above a content list: its heading ("Ingredients").</summary>
        public bool IntroducesList;

        /// <summary>Average words an item of the content list this line belongs to; 0 outside a content list.</summary>
        public double ContentListWords;

        /// <summary>An item of a list of descriptive items (see <see cref="MarkContentLists"/>), not a menu.</summary>
        public readonly bool InContentList => ContentListWords > 0;

        /// <summary>A line of a list section that continues the body (see <see cref="ExtendOverListSections"/>).</summary>
        public bool InListSection;
        public ProseClass Prose;
    }

    private static Features Measure(Document document, Line line, int linkChars, int hiddenChars, bool englishText)
    {
        var f = new Features { DuplicateOf = -1, Normalized = string.Empty };
        var raw = line.IsBlank ? default : document.GetText(line);
        if (line.IsBlank || IsInvisible(raw))
        {
            f.Blank = true;
            f.Prose = ProseClass.Blank;
            return f;
        }

        var text = raw.Trim();
        f.Length = text.Length;
        // Scripts written without spaces (Chinese, Japanese) count about one word per two characters, and a
        // character of theirs says as much as two of an alphabet.
        var cjk = CountCjk(text);
        f.Words = Math.Max(line.WordCount, cjk / 2);
        f.Weight = text.Length + cjk;
        f.LinkDensity = Math.Min(1.0, (double)linkChars / Math.Max(1, text.Length - hiddenChars));
        f.StopShare = StopWords.EnglishDensity(document.Text, document.GetWords(line), 0);
        f.SentenceMarks = CountSentenceMarks(text);
        f.EndsSentence = line.Has(LineShape.EndsSentence);
        f.EndsWithColon = text[^1] == ':';
        f.ListItem = line.Has(LineShape.ListItem);
        f.HasDigit = text.IndexOfAnyInRange('0', '9') >= 0;
        f.IsHeadlineItem = f.Words is >= 4 and <= UnmarkedListItemWords && LineShapes.CapitalisedWordShare(LineShapes.StripListMarker(text)) >= 0.75;
        f.LinkOnly = line.Has(LineShape.LinkOnly);
        f.Separated = CountSeparatedItems(text) >= 3;
        f.IsMenuItem = !f.EndsSentence && ((f.ListItem && f.Words <= 6) || (f.LinkOnly && f.Words <= 8)) || f.Separated;
        f.Normalized = BoilerplatePhrases.Normalize(text);
        f.Phrase = BoilerplatePhrases.Find(f.Normalized);
        f.IsCaption = f.Phrase?.Category == BoilerplatePhrases.Caption
            || (char.IsUpper(text[0]) && WireSlug().IsMatch(text))
            || (text[^1] is ')' or ']' && (BracketCredit().IsMatch(text) || ImageAlt().IsMatch(text)));
        f.IsSocialUrl = f.LinkOnly && SocialPostUrl().IsMatch(text);
        f.IsPostSignature = text[0] is '—' or '–' or '-' && text.Contains("(@", StringComparison.Ordinal) && PostSignature().IsMatch(text);
        f.IsTeaserLink = f.LinkOnly && !f.ListItem && f.Words >= 4 && f.LinkDensity >= 0.8;
        f.IsMasthead = !f.EndsSentence && f.Words is >= 2 and <= 8 && IsAllCaps(text) && text.IndexOfAny(",0123456789") < 0;
        f.IsSectionLabel = f.Words == 1 && f.Length <= 20 && IsLowerWord(text);
        var hasTime = false;
        f.IsStamp = f.Words <= 14 && !f.IsMenuItem && text[0] is not ('—' or '–' or '-') && f.HasDigit
            && IsStamp(document, line, out hasTime);
        f.IsTimeStamp = f.IsStamp && hasTime;

        if (f.Phrase is { Strength: PhraseStrength.Whole } && f.Words <= 2 && f.EndsSentence)
        {
            f.Phrase = null;
        }

        // "Subscribe to the idea, he said.": a sentence that reports speech is prose, whatever it opens with;
        // "Copyright law was changed.": a label word going on in lower case is the subject of a sentence.
        if (f.Phrase is { } opening && f.EndsSentence && f.Words >= 4
            && (SpeakerFinder.ReportsSpeech(document, line) || OpensSentenceWithLabelWord(document, line, opening)))
        {
            f.Phrase = null;
        }

        if (f.Phrase is { Category: BoilerplatePhrases.Legal, Phrase: "©" or "^©" } && f.Words <= 3)
        {
            f.Phrase = null;
            f.IsCaption = true;
        }

        f.PhraseCountsAlone = f.Phrase is { } phrase && phrase.Strength switch
        {
            PhraseStrength.Whole => true,
            PhraseStrength.Strong => f.Words <= StrongPhraseMaxWords && !IsPromptInProse(f, phrase),
            _ => f.Words <= WeakPhraseMaxWords,
        };

        var stopFloor = englishText ? 0.25 : 0.0;
        var nearStopFloor = englishText ? 0.15 : 0.0;
        if (f.PhraseCountsAlone || f.IsCaption || f.IsSocialUrl || f.IsMenuItem || f.LinkDensity > 0.4 || f.IsTeaserLink)
        {
            f.Prose = ProseClass.Bad;
        }
        else if (f.Words >= 10 && f.StopShare >= stopFloor && (f.EndsSentence || f.SentenceMarks > 0 || f.Words >= 25))
        {
            f.Prose = ProseClass.Good;
        }
        else if ((f.Words >= 6 && f.StopShare >= nearStopFloor && (f.EndsSentence || f.Words >= 12))
            || (f.Words >= 12 && f.LinkDensity < 0.2 && (f.SentenceMarks > 0 || text.Count(',') >= 3)))
        {
            f.Prose = ProseClass.NearGood;
        }
        else
        {
            f.Prose = ProseClass.Short;
        }

        return f;
    }

    /// <summary>
    /// Per line, the characters a reader sees as link text and the Markdown syntax a reader does not see
    /// ("[label](target)" shows only "label"), so a sentence holding one link does not read as link-dense.
    /// </summary>
    private static (int Visible, int Hidden)[] LinkCharacters(Document document)
    {
        var perLine = new (int Visible, int Hidden)[document.Lines.Count];
        foreach (var link in document.Links)
        {
            var index = document.GetLineIndex(link.Start);
            var line = document.Lines[index];
            var length = Math.Min(link.End, line.End) - link.Start;
            var visible = link.Kind is LinkKind.Inline or LinkKind.Image ? Math.Min(link.LabelLength, length) : length;
            perLine[index].Visible += visible;
            perLine[index].Hidden += length - visible;
        }

        return perLine;
    }

    /// <summary>Whether stop words can tell prose here: false for text in languages the lists do not cover.</summary>
    private static bool IsEnglishText(Document document)
    {
        var words = document.Words;
        if (words.Count == 0)
        {
            return true;
        }

        // Chinese and Japanese run on without spaces: a page of them holds few "words", and its English menu
        // items would pass for the language of the article.
        var text = document.Text.AsSpan();
        if ((text.IndexOfAnyInRange('\u3040', '\u9FFF') >= 0 || text.IndexOfAnyInRange('\uAC00', '\uD7AF') >= 0)
            && CountCjk(text) * 3L > text.Length - CountWhiteSpace(text))
        {
            return false;
        }

        var sample = document.GetWords(0, document.Text.Length);
        return StopWords.EnglishDensity(document.Text, sample, 0) >= 0.12;
    }

    private static int CountWhiteSpace(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            count += char.IsWhiteSpace(c) ? 1 : 0;
        }

        return count;
    }

    /// <summary>A line of only spaces and invisible format characters (a zero-width space) is a blank line.</summary>
    private static bool IsInvisible(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c is not ('\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD'))
            {
                return false;
            }
        }

        return true;
    }

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

    /// <summary>Most words a timestamp line holds besides date words and numbers: an author ("by Joe Rossignol").</summary>
    private const int StampOtherWords = 3;

    /// <summary>
    /// A timestamp line: a date or time and little else (<c>Nov. 19, 2019 8:03 am ET</c>, <c>August 10, 2018 at
    /// 9:40 am</c>, <c>By Maren Estrada 2 days ago</c>), as under a byline, a comment or a teaser.
    /// </summary>
    private static bool IsStamp(Document document, Line line, out bool hasTime)
    {
        var words = document.GetWords(line);
        int anchors = 0, numbers = 0, others = 0;
        hasTime = false;
        foreach (var word in words)
        {
            var text = document.GetText(word);
            if (char.IsAsciiDigit(text[0]))
            {
                numbers++;
                hasTime |= word.End < document.Text.Length - 1 && document.Text[word.End] == ':' && char.IsAsciiDigit(document.Text[word.End + 1]);
            }
            else if (DateWords.Lookup.TryGetValue(text, out var dateWord))
            {
                anchors += dateWord.Kind is DateWordKind.Month or DateWordKind.Weekday or DateWordKind.Meridiem ? 1 : 0;
                hasTime |= dateWord.Kind == DateWordKind.Meridiem;
            }
            else if (text.Equals("ago", StringComparison.OrdinalIgnoreCase))
            {
                anchors++;
                hasTime = true;
            }
            else if (!IsStampWord(text) && ++others > StampOtherWords)
            {
                return false;
            }
        }

        return anchors > 0 && numbers > 0 && words.Length > others;
    }

    private static bool IsStampWord(ReadOnlySpan<char> word) =>
        word.Equals("by", StringComparison.OrdinalIgnoreCase) || word.StartsWith("minute", StringComparison.OrdinalIgnoreCase)
        || word.StartsWith("hour", StringComparison.OrdinalIgnoreCase) || word.StartsWith("day", StringComparison.OrdinalIgnoreCase)
        || word.StartsWith("week", StringComparison.OrdinalIgnoreCase) || word.StartsWith("min", StringComparison.OrdinalIgnoreCase)
        || word.Equals("hrs", StringComparison.OrdinalIgnoreCase) || word.Equals("th", StringComparison.OrdinalIgnoreCase)
        || word.Equals("st", StringComparison.OrdinalIgnoreCase) || word.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || word.Equals("rd", StringComparison.OrdinalIgnoreCase);

    private static int CountCjk(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            count += c is >= '\u3040' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF' ? 1 : 0;
        }

        return count;
    }

    private static int CountSentenceMarks(ReadOnlySpan<char> text)
    {
        var marks = 0;
        for (var i = 1; i < text.Length; i++)
        {
            if (text[i - 1] is '。' or '！' or '？')
            {
                marks++;
            }
            else if (text[i - 1] is '.' or '!' or '?' && char.IsWhiteSpace(text[i]) && char.IsLetter(text[Math.Max(0, i - 2)]))
            {
                marks++;
            }
        }

        return marks + (LineShapes.EndsSentence(text) ? 1 : 0);
    }

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

    private static bool IsAllCaps(ReadOnlySpan<char> text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 6;
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

    private static void MarkDuplicates(Features[] features)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < features.Length; i++)
        {
            ref var f = ref features[i];
            // Two posts of one account on one day end in the same signature: not a block printed twice.
            if (f.Blank || f.Words < 3 || f.Normalized.Length < 12 || f.IsPostSignature)
            {
                continue;
            }

            if (seen.TryGetValue(f.Normalized, out var first))
            {
                f.DuplicateOf = first;
                features[first].Copies++;
            }
            else
            {
                seen.Add(f.Normalized, i);
                f.Copies = 1;
            }
        }

        for (var i = 0; i < features.Length; i++)
        {
            if (features[i].DuplicateOf >= 0)
            {
                features[i].Copies = features[features[i].DuplicateOf].Copies;
            }
        }
    }

    /// <summary>A menu is a run of at least two menu items (blank lines between allowed), or one line of separated items.</summary>
    private static void MarkMenus(Features[] features)
    {
        var runStart = -1;
        var items = 0;
        var words = 0;
        for (var i = 0; i <= features.Length; i++)
        {
            var end = i == features.Length;
            if (!end && features[i].Blank)
            {
                continue;
            }

            if (!end && features[i].IsMenuItem)
            {
                runStart = runStart < 0 ? i : runStart;
                items++;
                words += features[i].Words;
                continue;
            }

            if (runStart >= 0)
            {
                for (var j = runStart; j < i; j++)
                {
                    features[j].IsMenuRun = features[j].IsMenuItem && (items >= 2 || features[j].Separated);
                    features[j].MenuRunWords = (double)words / items;
                }
            }

            runStart = -1;
            items = 0;
            words = 0;
        }
    }

    /// <summary>The maximum-sum run of line scores: prose gains, short lines cost a little, clutter costs more.</summary>
    private static (int Start, int End) FindBody(Features[] features, int from, int to) => FindBody(features, from, to, out _);

    private static (int Start, int End) FindBody(Features[] features, int from, int to, out double score)
    {
        double best = 0, current = 0;
        int bestStart = -1, bestEnd = -1, start = -1, firstGood = int.MaxValue;
        for (var i = from; i < to; i++)
        {
            var f = features[i];
            firstGood = f.Prose == ProseClass.Good ? Math.Min(firstGood, i) : firstGood;

            // A line repeating one below the first paragraph is clutter (a teaser's headline printed twice, a
            // gallery caption); a headline repeated above the article (page title, then heading) is not.
            var lineScore = f.DuplicateOf > firstGood ? -1.0 : f.Prose switch
            {
                ProseClass.Good => 1.0 + (Math.Min(f.Weight, 800) / 250.0),
                ProseClass.NearGood => 0.5,
                ProseClass.Short => -0.35,
                ProseClass.Bad => -1.0,
                _ => 0.0,
            };

            if (lineScore == 0)
            {
                continue;
            }

            if (current <= 0)
            {
                current = 0;
                start = i;
            }

            current += lineScore;
            if (current > best)
            {
                best = current;
                bestStart = start;
                bestEnd = i;
            }
        }

        score = best;
        return (bestStart, bestEnd);
    }

    /// <summary>
    /// An article split by a gallery or an ad block is one body: a further run of prose close to the body joins
    /// it when the lines between hold no comment, legal or related-content marker and no long menu. The lines
    /// in such a gap keep the class they would have outside the body.
    /// </summary>
    private static (int Start, int End) BridgeSplitBody(Features[] features, int bodyStart, int bodyEnd)
    {
        while (true)
        {
            var (start, end) = FindBody(features, bodyEnd + 1, features.Length, out var score);
            if (start < 0 || score < MinBridgedScore || !IsBridgeable(features, bodyEnd + 1, start))
            {
                (start, end) = ProseAcrossPictures(features, bodyEnd, +1);
                if (start < 0)
                {
                    break;
                }
            }

            MarkGap(features, bodyEnd + 1, start);
            bodyEnd = end;
        }

        while (bodyStart > 0)
        {
            var (start, end) = FindBody(features, 0, bodyStart, out var score);
            if (start < 0 || score < MinBridgedScore || !IsBridgeable(features, end + 1, bodyStart))
            {
                (end, start) = ProseAcrossPictures(features, bodyStart, -1);
                if (start < 0)
                {
                    break;
                }
            }

            MarkGap(features, end + 1, bodyStart);
            bodyStart = start;
        }

        return (bodyStart, bodyEnd);
    }

    private const double MinBridgedScore = 2.5;

    /// <summary>Most lines (image lines and captions) in a gap that only pictures fill.</summary>
    private const int MaxPictureGapLines = 6;

    /// <summary>The prose a run must hold to join the body across pictures: one line of prose (NearGood) or more.</summary>
    private const double MinProseAcrossPictures = 0.5;

    /// <summary>A gallery's own label beside its pictures: <c>View all (23)</c>, <c>1 of 5</c>.</summary>
    private static bool IsGalleryLabel(Features f) =>
        f.Prose == ProseClass.Short && f.Words is >= 2 and <= 3 && !f.EndsSentence && f.HasDigit && !f.IsStamp;

    /// <summary>
    /// A blog post with a photo between its paragraphs: when only pictures (image lines, their captions, a caption
    /// repeated under every photo, a gallery's label) stand between the body and a run of prose next to it, in <paramref name="step"/>'s
    /// direction from <paramref name="edge"/>, that run is the article's. Returns the run's line nearest the body and
    /// its farthest line, or (-1, -1).
    /// </summary>
    private static (int Near, int Far) ProseAcrossPictures(Features[] features, int edge, int step)
    {
        var pictures = 0;
        var i = edge + step;
        for (; i >= 0 && i < features.Length; i += step)
        {
            var f = features[i];
            if (f.Blank)
            {
                continue;
            }

            if (!(f.IsCaption || f.DuplicateOf >= 0 || IsGalleryLabel(f)) || f.IsMenuRun || f.Phrase is not null && !f.IsCaption)
            {
                break;
            }

            if (++pictures > MaxPictureGapLines)
            {
                return (-1, -1);
            }
        }

        var near = i;
        var far = -1;
        var prose = 0.0;
        for (; i >= 0 && i < features.Length; i += step)
        {
            var f = features[i];
            if (f.Blank)
            {
                continue;
            }

            // A short sentence ("The refreshing autumn sky!") goes on with the prose it stands in, adding nothing.
            var sentence = f.Prose == ProseClass.Short && IsShortSentence(f) && f.Phrase is null && !f.IsCaption;
            if (f.Prose is not (ProseClass.Good or ProseClass.NearGood) && !sentence || f.DuplicateOf >= 0)
            {
                break;
            }

            prose += f.Prose switch { ProseClass.Good => 1.0, ProseClass.NearGood => 0.5, _ => 0.0 };
            far = i;
        }

        return pictures > 0 && prose >= MinProseAcrossPictures ? (near, far) : (-1, -1);
    }

    private const int MaxGapLines = 30;

    private static bool IsBridgeable(Features[] features, int from, int to)
    {
        var lines = 0;
        var menu = 0;
        for (var i = from; i < to; i++)
        {
            var f = features[i];
            if (f.Blank)
            {
                continue;
            }

            lines++;
            // A bulleted list of longer items without links is a list in the article, not a menu.
            menu = f.IsMenuRun && (f.LinkOnly || f.MenuRunWords < 3) ? menu + 1 : 0;
            if (lines > MaxGapLines || menu >= 5 || f.Phrase is { Category: BoilerplatePhrases.Comment or BoilerplatePhrases.Legal } && f.PhraseCountsAlone
                || f.Phrase is { Category: BoilerplatePhrases.Related, Strength: PhraseStrength.Whole })
            {
                return false;
            }
        }

        return true;
    }

    private static void MarkGap(Features[] features, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            features[i].InGap = true;
        }
    }

    /// <summary>Most paragraphs between two timestamps of a stream of teasers or comments.</summary>
    private const int StreamParagraphs = 4;

    /// <summary>Most lines between two timestamps of a stream of teasers or comments.</summary>
    private const int StreamSpacing = 16;

    /// <summary>
    /// A stream closing the body where each item carries its own timestamp (teasers: picture, headline, author,
    /// date, blurb; comments: name, date, a paragraph or two) is not the article: with three or more such items
    /// the body ends at the last paragraph above the first of them. When the stream is all the body held (a
    /// long comment thread outscoring a short article), the body is found again above it. A listicle's items
    /// carry no dates.
    /// </summary>
    private static (int Start, int End) CutStampedStream(Features[] features, int bodyStart, int bodyEnd)
    {
        // The stream may run on past the body's end (its repeated dates cost the body there): follow it first.
        var streamEnd = bodyEnd;
        for (int i = bodyEnd + 1, paragraphs = 0, lines = 0; i < features.Length; i++)
        {
            var f = features[i];
            if (f.Blank)
            {
                continue;
            }

            if (f.IsStamp)
            {
                streamEnd = i;
                paragraphs = lines = 0;
                continue;
            }

            lines++;
            paragraphs += f.Prose == ProseClass.Good ? 1 : 0;
            if (paragraphs > StreamParagraphs || lines > StreamSpacing)
            {
                break;
            }
        }

        int items = 0, first = -1, second = -1;
        for (int i = streamEnd, paragraphs = 0, lines = 0; i >= 0; i--)
        {
            var f = features[i];
            if (f.Blank)
            {
                continue;
            }

            if (f.IsStamp)
            {
                items++;
                second = first;
                first = i;
                paragraphs = 0;
                lines = 0;
                continue;
            }

            lines++;
            paragraphs += f.Prose == ProseClass.Good ? 1 : 0;
            if (paragraphs > StreamParagraphs || lines > StreamSpacing)
            {
                break;
            }
        }

        if (items < 3 || first > bodyEnd)
        {
            return (bodyStart, bodyEnd);
        }

        if (first <= bodyStart)
        {
            // The first dated item may be the article under its byline's date: look for it up to the second.
            var (start, end) = FindBody(features, 0, second, out var score);
            if (start < 0 || score < MinBridgedScore)
            {
                return (bodyStart, bodyEnd);
            }

            return (start, end);
        }

        for (var i = first - 1; i >= bodyStart; i--)
        {
            if (features[i].Prose == ProseClass.Good && !features[i].IsStamp)
            {
                // The item's own lines (picture, headline, author) sit between this paragraph and its stamp; a
                // short closing paragraph right after it still belongs to the article.
                for (var next = NextNonBlank(features, i + 1); next > i && next < first && features[next].Prose == ProseClass.NearGood; next = NextNonBlank(features, next + 1))
                {
                    i = next;
                }

                return (bodyStart, i);
            }
        }

        return (bodyStart, bodyEnd);
    }

    /// <summary>A paragraph of prose separated from the body only by photo captions belongs to the body.</summary>
    private static int ExtendOverCaptions(Features[] features, int bodyStart)
    {
        var i = bodyStart - 1;
        var captions = 0;
        while (i >= 0 && (features[i].Blank || (features[i].IsCaption && captions < 3)))
        {
            captions += features[i].Blank ? 0 : 1;
            i--;
        }

        return captions > 0 && i >= 0 && features[i].Prose is ProseClass.Good ? i : bodyStart;
    }

    /// <summary>
    /// A short sentence right under the last paragraph closes the article ("“That's correct,” Volker said.", "Twitter
    /// seemed a bit confused by the campaign:" above an embed): running text, no boilerplate phrase, no stamp.
    /// </summary>
    private static int ExtendOverClosingSentence(Features[] features, int bodyEnd)
    {
        var i = NextNonBlank(features, bodyEnd + 1);
        if (i < 0)
        {
            return bodyEnd;
        }

        var f = features[i];
        return f.Prose == ProseClass.Short && (f.EndsSentence || f.EndsWithColon) && f.Words >= 4 && f.StopShare >= 0.25
            && f.Phrase is null && !f.IsStamp && !f.IsCaption && !f.IsBylineOrDateline && !f.ListItem && !f.IsMasthead && f.DuplicateOf < 0
            ? i
            : bodyEnd;
    }

    /// <summary>
    /// A list of descriptive items that opens the article ("What's new in 2.26?" and its changes), under its heading
    /// and above at most one short line, belongs to the body. A menu's items are shorter; a teaser list's are headlines.
    /// </summary>
    private static int ExtendOverOpeningList(Features[] features, int bodyStart)
    {
        var i = PreviousNonBlank(features, bodyStart - 1);
        if (i >= 0 && !features[i].InContentList && IsPlainShortLine(features[i]))
        {
            i = PreviousNonBlank(features, i - 1);
        }

        var first = -1;
        for (; i >= 0 && features[i].InContentList; i = PreviousNonBlank(features, i - 1))
        {
            first = i;
        }

        if (first < 0)
        {
            return bodyStart;
        }

        return i >= 0 && IsPlainShortLine(features[i]) || i >= 0 && features[i].Prose == ProseClass.NearGood && features[i].Phrase is null ? i : first;
    }

    /// <summary>A heading or label of the article: short, no boilerplate phrase, no byline, date, picture or menu.</summary>
    private static bool IsPlainShortLine(Features f) =>
        f.Prose == ProseClass.Short && f.Phrase is null && !f.IsBylineOrDateline && !f.IsCaption && !f.IsStamp && !f.IsMenuItem
        && !f.IsMasthead && f.DuplicateOf < 0;

    private static int PreviousNonBlank(Features[] features, int from)
    {
        for (var i = from; i >= 0; i--)
        {
            if (!features[i].Blank)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// A list that closes the article (tour dates, a table of results), under at most one heading, belongs to
    /// the body: its items are longer than a menu's and carry no links or boilerplate phrases.
    /// </summary>
    private static int ExtendOverList(Features[] features, int bodyEnd)
    {
        var i = NextNonBlank(features, bodyEnd + 1);
        if (i < 0)
        {
            return bodyEnd;
        }

        // A heading or a sentence ending in a colon introduces the list ("Tour dates:").
        var introduced = features[bodyEnd].EndsWithColon;
        if (IsListContent(features[i]) is false && features[i].Prose == ProseClass.Short && !features[i].PhraseCountsAlone && !features[i].IsCaption)
        {
            introduced |= features[i].EndsWithColon;
            i = NextNonBlank(features, i + 1);
        }

        int items = 0, words = 0, last = -1;
        for (; i >= 0 && i < features.Length && IsListContent(features[i]); i = NextNonBlank(features, i + 1))
        {
            items++;
            words += features[i].Words;
            last = i;
        }

        return items >= 3 && (introduced || words >= 4 * items) ? last : bodyEnd;
    }

    /// <summary>
    /// Lists of descriptive items: three or more list items in a row without links or boilerplate phrases, of more
    /// than a menu's one or two words an item and not written as headlines (a product's features, a recipe's
    /// ingredients, an update's changes).
    /// </summary>
    private static void MarkContentLists(Features[] features)
    {
        MarkUnmarkedListLines(features);
        for (var i = NextNonBlank(features, 0); i >= 0;)
        {
            if (!IsListLine(features[i]))
            {
                i = NextNonBlank(features, i + 1);
                continue;
            }

            var (first, items, headlines, words, longest, last) = (i, 0, 0, 0, 0, i);
            for (; i >= 0 && IsListLine(features[i]); i = NextNonBlank(features, i + 1))
            {
                items++;
                headlines += features[i].IsHeadlineItem ? 1 : 0;
                words += features[i].Words;
                longest = Math.Max(longest, features[i].Words);
                last = i;
            }

            // A list of headlines is a list of teaser links ("Related: • 11 Facts About Our Galaxy").
            if (items >= 3 && words >= 2 * items && longest >= 3 && headlines * 2 < items)
            {
                var heading = PreviousNonBlank(features, first - 1);
                if (heading >= 0 && features[heading].Prose == ProseClass.Short && !features[heading].ListItem)
                {
                    features[heading].IntroducesList = true;
                }

                for (var j = first; j <= last; j++)
                {
                    features[j].ContentListWords = features[j].Blank ? 0 : (double)words / items;
                }
            }
        }
    }

    private static bool IsListLine(Features f) => (f.ListItem || f.InUnmarkedList) && IsDescriptiveItem(f);

    /// <summary>List items that show a document marks its lists.</summary>
    private const int MarkedListItems = 3;

    /// <summary>Most words of a line of a list written without markers.</summary>
    private const int UnmarkedListItemWords = 25;

    /// <summary>
    /// A list whose markers were lost (an extracted article keeps a product's features as bare lines): in a
    /// document that marks none of its lists, three or more lines in a row with no blank line between them, each
    /// of two words or more, none a long paragraph, a byline or a copy of the line above (a dek printed twice).
    /// Where some lists are marked, bare lines in a row are a menu or a footer.
    /// </summary>
    private static void MarkUnmarkedListLines(Features[] features)
    {
        // One numbered line ("802. 11AC Wi-Fi") does not make a document that marks its lists.
        var marked = 0;
        foreach (var f in features)
        {
            if (f.ListItem && ++marked >= MarkedListItems)
            {
                return;
            }
        }

        for (var i = 0; i < features.Length;)
        {
            var end = i;
            while (end < features.Length && !features[end].Blank && !features[end].ListItem && !features[end].IsBylineOrDateline
                && features[end].Words is >= 2 and <= UnmarkedListItemWords && features[end].DuplicateOf != end - 1)
            {
                end++;
            }

            for (var j = i; end - i >= 3 && j < end; j++)
            {
                features[j].InUnmarkedList = true;
            }

            i = Math.Max(end, i + 1);
        }
    }

    private static bool IsDescriptiveItem(Features f) =>
        f.Phrase is null && !f.IsCaption && !f.IsSocialUrl && !f.LinkOnly && f.LinkDensity < 0.3 && !f.IsStamp;

    /// <summary>Most non-blank lines between two lists of a list section (a product's name, price, picture, buy button).</summary>
    private const int MaxCardLines = 10;

    /// <summary>Average words an item of at least one list of a list section: more than a list of tags has.</summary>
    private const double ListSectionItemWords = 3.0;

    /// <summary>
    /// A section of lists that carries the article on (a buyer's guide's product cards, a recipe's ingredients and
    /// steps, a specification sheet) belongs to the body: two or more content lists, each under a few short lines,
    /// up to the short lines that close the last one. A comment, legal or menu line, or a timestamp, ends it; lists
    /// of tags ("Topics: • Impeachments, • Diplomacy") are too short an item to make one.
    /// </summary>
    private static int ExtendOverListSections(Features[] features, int bodyEnd)
    {
        var lists = 0;
        var descriptive = false;
        var sectionEnd = bodyEnd;
        var cardAboveLast = 0;
        for (var i = NextNonBlank(features, bodyEnd + 1); i >= 0;)
        {
            var card = 0;
            for (; i >= 0 && !features[i].InContentList; i = NextNonBlank(features, i + 1))
            {
                if (!IsCardLine(features[i]) || ++card > MaxCardLines)
                {
                    break;
                }
            }

            if (i < 0 || !features[i].InContentList)
            {
                break;
            }

            descriptive |= features[i].ContentListWords >= ListSectionItemWords;
            cardAboveLast = card;
            for (; i >= 0 && features[i].InContentList; i = NextNonBlank(features, i + 1))
            {
                sectionEnd = i;
            }

            lists++;
        }

        if (lists < 2 || !descriptive)
        {
            return bodyEnd;
        }

        // The card under the last list (its name, price and buy button) has at most the lines of the card above it.
        var closing = 0;
        for (var i = NextNonBlank(features, sectionEnd + 1); i >= 0 && closing < cardAboveLast && IsCardLine(features[i]); i = NextNonBlank(features, i + 1))
        {
            sectionEnd = i;
            closing++;
        }

        for (var i = bodyEnd + 1; i <= sectionEnd; i++)
        {
            features[i].InListSection = true;
        }

        return sectionEnd;
    }

    /// <summary>A line that can stand between two lists of a list section: a name, a price, a picture, a short label.</summary>
    private static bool IsCardLine(Features f) =>
        !f.IsMenuRun && !f.IsStamp && !f.IsSocialUrl && !f.IsTeaserLink && !f.Separated && !f.ListItem
        && (f.Phrase is null || (f.Words <= 3 && f.Phrase.Value.Category is not (BoilerplatePhrases.Comment or BoilerplatePhrases.Legal)));

    private static bool IsListContent(Features f) =>
        !f.Blank && f.Phrase is null && !f.IsCaption && !f.IsSocialUrl && f.LinkDensity < 0.3 && f.Words >= 3
        && f.Prose is not ProseClass.Good;

    private static int NextNonBlank(Features[] features, int from)
    {
        for (var i = from; i < features.Length; i++)
        {
            if (!features[i].Blank)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A related-content label ("Related", "Most read") claims the short teaser lines under it.</summary>
    private static void ClaimUnderRelatedLabels(Features[] features)
    {
        for (var i = 0; i < features.Length; i++)
        {
            if (features[i].Phrase is not { Strength: PhraseStrength.Whole, Category: BoilerplatePhrases.Related })
            {
                continue;
            }

            for (var j = i + 1; j < features.Length && j <= i + 20; j++)
            {
                ref var f = ref features[j];
                if (f.Blank)
                {
                    continue;
                }

                // A label right above a list section labels nothing it could claim: the section is the article's.
                if (f.Prose is ProseClass.Good or ProseClass.NearGood || f.PhraseCountsAlone || f.InListSection)
                {
                    break;
                }

                f.UnderRelatedLabel = true;
            }
        }
    }

    /// <summary>
    /// Lines that carry a byline ("By X", "Written by X", "ed. X") or a dateline ("Jan. 22, 2019", "Published ...")
    /// are the article's attribution: a boilerplate fix must never delete them.
    /// </summary>
    private static void MarkBylinesAndDatelines(Document document, Features[] features)
    {
        const int MaxWords = 15;
        void Mark(int offset)
        {
            var line = document.GetLineIndex(offset);
            if (features[line].Words <= MaxWords)
            {
                features[line].IsBylineOrDateline = true;
            }
        }

        void MarkCredit(int offset)
        {
            var line = document.GetLineIndex(offset);
            features[line].IsCredit = features[line].Words <= MaxWords && !features[line].IsCaption;
        }

        foreach (var byline in document.Attribution.Bylines)
        {
            if (byline.Kind is Attribution.BylineKind.By or Attribution.BylineKind.WrittenBy or Attribution.BylineKind.EditedBy or Attribution.BylineKind.ReportingBy)
            {
                Mark(byline.Start);
            }

            if (byline.Kind is Attribution.BylineKind.EditedBy or Attribution.BylineKind.ReportingBy)
            {
                MarkCredit(byline.Start);
            }
        }

        foreach (var credit in document.Attribution.SourceCredits)
        {
            if (credit.Kind is Attribution.SourceCreditKind.SourceLine or Attribution.SourceCreditKind.Republication)
            {
                MarkCredit(credit.Start);
            }
        }

        foreach (var candidate in document.Dates.PublicationDateCandidates)
        {
            if (candidate.Source is Dates.PublicationDateSource.Dateline or Dates.PublicationDateSource.PublishedLine)
            {
                Mark(candidate.Start);
            }
        }
    }

    /// <summary>The headline: the non-blank line right above the body (and above its byline and dateline), if it reads as one.</summary>
    private static int FindTitle(Features[] features, int bodyStart)
    {
        var i = bodyStart - 1;
        while (i >= 0 && (features[i].Blank || features[i].IsBylineOrDateline))
        {
            i--;
        }

        if (i < 0)
        {
            return -1;
        }

        var f = features[i];
        return f.Prose is ProseClass.Short or ProseClass.NearGood && f.Words is >= 2 and <= 25 && f.DuplicateOf < 0 && !f.IsMasthead && !f.IsTimeStamp ? i : -1;
    }

    /// <summary>
    /// The document's first line (below any menu or skip link) when the body starts a few lines below it (a
    /// headline and a dek or two), as in archives that keep only the article: title line, blank, paragraphs.
    /// </summary>
    private static int FindHeadline(Features[] features, int bodyStart)
    {
        // Page chrome above the headline (a skip link, a menu) does not move where the article starts.
        var first = NextNonBlank(features, 0);
        while (first >= 0 && first < bodyStart && IsLeadingChrome(features[first]))
        {
            first = NextNonBlank(features, first + 1);
        }

        if (first < 0 || bodyStart < 0 || first >= bodyStart || bodyStart - first > 6 || !IsTitleLike(features[first]))
        {
            return -1;
        }

        for (var i = first; i < bodyStart; i++)
        {
            if (!features[i].Blank && !IsTitleLike(features[i]))
            {
                return -1;
            }
        }

        return first;
    }

    /// <summary>A line that is chrome by itself: a menu, a line of separated items, a line that is a boilerplate phrase.</summary>
    private static bool IsLeadingChrome(Features f) =>
        f.IsMenuRun || f.Separated || f.Phrase is { Strength: PhraseStrength.Whole or PhraseStrength.Strong } && f.PhraseCountsAlone;

    private static bool IsTitleLike(Features f) =>
        !f.IsTimeStamp && f.Prose is ProseClass.Short or ProseClass.NearGood or ProseClass.Good && f.Words is >= 1 and <= 30 && f.DuplicateOf < 0
        && f.Phrase is null && !f.IsCaption;

    private static LineClass Classify(Features f, BodyPlace place, bool isTitle)
    {
        if (f.Blank)
        {
            return LineClass.Blank;
        }

        if (f.IsBylineOrDateline && place == BodyPlace.Before)
        {
            // Above the body a byline or dateline is the article's; between paragraphs it is a comment's or a teaser's.
            return LineClass.Byline;
        }

        if (f.IsCredit && f.Phrase is null)
        {
            // Comments and teasers carry no reporting or republication credits: wherever it stands, it is the article's.
            return LineClass.Byline;
        }

        var inside = place == BodyPlace.Inside;
        if (f.IsTeaserLink && f.Phrase is null)
        {
            return LineClass.Related;
        }

        if (f.Separated || (f.IsMenuRun && f.Phrase is { Category: BoilerplatePhrases.Chrome, Strength: PhraseStrength.Whole }))
        {
            // "News", "Opinion", "Business" in a run of menu items are the menu, not stray labels.
            return LineClass.Navigation;
        }

        if (f.Phrase is { } phrase && (!inside || (f.PhraseCountsAlone && (phrase.Strength != PhraseStrength.Weak || f.Words <= InsideWeakPhraseMaxWords)))
            && phrase.Category != BoilerplatePhrases.Caption)
        {
            return Enum.Parse<LineClass>(phrase.Category);
        }

        if (f.IsCaption)
        {
            return LineClass.Caption;
        }

        if (f.IsSocialUrl)
        {
            return LineClass.Social;
        }

        if (f.IsTimeStamp)
        {
            // A timestamp on a line of its own is page furniture even between paragraphs: a byline's, a comment's.
            return LineClass.Boilerplate;
        }

        if (inside && f.Prose is ProseClass.Good or ProseClass.NearGood)
        {
            return LineClass.Body;
        }

        if (f.UnderRelatedLabel)
        {
            return LineClass.Related;
        }

        if (isTitle)
        {
            return LineClass.Title;
        }

        if (f.IsMenuRun && (!inside || f.LinkOnly || f.MenuRunWords < 2))
        {
            return LineClass.Navigation;
        }

        if (inside && ((f.IsMenuItem && f.LinkDensity < 0.3) || f.InContentList))
        {
            // A list in the article: bullets without links between paragraphs of the body.
            return LineClass.Heading;
        }

        if (f.IsTeaserLink)
        {
            return LineClass.Related;
        }

        if (place == BodyPlace.Before && (f.IsSectionLabel || f.IsMasthead))
        {
            return LineClass.Chrome;
        }

        if (f.DuplicateOf >= 0 && (f.Copies == 2 || f.Words >= 8) && (!inside || f.Words >= 6))
        {
            return LineClass.Duplicate;
        }

        if (inside && (!f.InGap || IsArticleLineInGap(f)))
        {
            return f.Prose == ProseClass.Bad ? LineClass.Boilerplate : LineClass.Heading;
        }

        return LineClass.Boilerplate;
    }

    /// <summary>
    /// Between two parts of the body, a short sentence ("Here are the steps.") or the heading of a list of the
    /// article ("Ingredients") is the article's own; the gap's other lines keep the class they have outside it.
    /// </summary>
    private static bool IsArticleLineInGap(Features f) =>
        f.Prose == ProseClass.Short && f.Phrase is null && !f.IsCaption && !f.IsStamp && !f.IsMasthead && f.DuplicateOf < 0
        && (f.IntroducesList || IsShortSentence(f));

    /// <summary>A sentence of three words or more: it ends like one and reads like running text (stop words, or a script without them).</summary>
    private static bool IsShortSentence(Features f) =>
        f.EndsSentence && f.Words >= 3 && (f.StopShare >= 0.2 || f.Weight > f.Length);

    /// <summary>A wire-photo slug opening a caption: <c>SERBIA-RUSSIA-DIPLOMACY Serbian President ...</c>.</summary>
    [GeneratedRegex(@"^\p{Lu}{2,}(?:-\p{Lu}{2,}){2,}(?:/\p{Lu}+)?\s+\S")]
    private static partial Regex WireSlug();

    /// <summary>A photo credit closing a caption: <c>[Andrej Isakovic/AFP]</c>, <c>(AP Photo/Name)</c>, <c>(Photo by X/AFP via Getty Images)</c>.</summary>
    [GeneratedRegex(@"[\[(](?:[^\[\]()]{2,60}/\s?(?:AFP|AP|Reuters|EPA|Getty Images|Bloomberg|Shutterstock|Anadolu|Xinhua|Sputnik|TASS|Pool|[\p{Lu}][\p{L}. ]{1,30})|(?:AP |AFP |Reuters )?Photos?(?: by|:|/)[^\[\]()]{2,80})[\])]\s*$")]
    private static partial Regex BracketCredit();

    /// <summary>A line that is only a bracketed label, as text browsers print an image: <c>[Engadget]</c>, <c>[IMG_1234]</c>.</summary>
    [GeneratedRegex(@"^\[[^\[\]]{1,80}\]$")]
    private static partial Regex ImageAlt();

    /// <summary>An embedded post's signature: a dash, the account's name, its handle in brackets, the date.</summary>
    [GeneratedRegex(@"^[—–-]+\s*[^()]{1,80}\(@\w{1,30}\)\s*\S.{0,40}$")]
    private static partial Regex PostSignature();

    /// <summary>A social-media post URL left from an embed.</summary>
    [GeneratedRegex(@"(?:twitter\.com|x\.com)/\w+/status/|instagram\.com/(?:p|reel|tv)/|facebook\.com/[^\s/]+/(?:posts|videos)/|tiktok\.com/@[^\s/]+/video/|youtube\.com/watch|youtu\.be/|t\.me/\w+/\d", RegexOptions.IgnoreCase)]
    private static partial Regex SocialPostUrl();
}
