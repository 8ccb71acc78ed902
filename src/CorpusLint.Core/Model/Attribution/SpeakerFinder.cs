using System.Buffers;
using System.Collections.Frozen;
using CorpusLint.Language;
using CorpusLint.Text;

namespace CorpusLint.Model.Attribution;

/// <summary>What ties a quotation to its speaker.</summary>
public enum SpeakerCueKind
{
    /// <summary>A speech verb: "said", "told", "warned", ...</summary>
    SpeechVerb,

    /// <summary>A speech phrase: "according to", "pointed out", "quoted as saying", "in a statement".</summary>
    SpeechPhrase,

    /// <summary>A colon introduction: "Putin told two newspapers: “...”", "The minister: “...”".</summary>
    Colon,

    /// <summary>A dash after the quotation: "“...” — Sonya Herridge".</summary>
    Dash,

    /// <summary>A speaker label with the colon lost: "Bolton boss Sam Allardyce “...”". The cue is empty, at the quotation.</summary>
    Label,
}

/// <summary>How the speaker is named.</summary>
public enum SpeakerKind
{
    /// <summary>A capitalised name: "Glusac", "Ivana Stradner", "Moscow".</summary>
    Name,

    /// <summary>A pronoun: "he", "she", "they".</summary>
    Pronoun,

    /// <summary>A role or body: "the minister", "a spokesman", "officials", "the report".</summary>
    Role,
}

/// <summary>The speaker of a quotation and the cue that ties them to it.</summary>
/// <param name="CueKind">A speech verb, a speech phrase or a colon.</param>
/// <param name="CueStart">Offset of the cue ("said", "according to", ":").</param>
/// <param name="CueLength">Length of the cue.</param>
/// <param name="Cue">The cue as written.</param>
/// <param name="SpeakerKind">A name, a pronoun or a role.</param>
/// <param name="SpeakerStart">Offset of the speaker.</param>
/// <param name="SpeakerLength">Length of the speaker (a name of several words is one span).</param>
/// <param name="Speaker">The speaker as written.</param>
/// <param name="FromPreviousParagraph">True when the attribution was found in the previous paragraph, which the quotation continues.</param>
/// <param name="FromNextParagraph">True when the quotation is a paragraph of its own and the next one names its speaker ("That was how X described ...").</param>
public sealed record SpeakerAttribution(
    SpeakerCueKind CueKind,
    int CueStart,
    int CueLength,
    string Cue,
    SpeakerKind SpeakerKind,
    int SpeakerStart,
    int SpeakerLength,
    string Speaker,
    bool FromPreviousParagraph,
    bool FromNextParagraph = false);

/// <summary>
/// Finds who said a quotation: a speech verb or phrase tied to a name, pronoun or role, looked for first
/// in the quotation's sentence (after the quotation, then before it), then in the rest of its paragraph,
/// then — for a quotation that continues one opened in the previous paragraph (the newswire convention),
/// or one that opens its paragraph — in the previous paragraph, and for a quotation that is a paragraph of its
/// own, in a next paragraph that looks back at it ("That was how X described ..."). A colon introduction ("X told reporters:
/// “...”"), a speaker label ("Bolton boss Sam Allardyce “...”") and a dash signature ("“...” — Name") count too.
/// </summary>
public static class SpeakerFinder
{
    private const int BackwardWindow = 7;
    private const int ForwardWindow = 4;

    /// <summary>Determiners and modifiers skipped between a speech verb and a following speaker ("said the former minister").</summary>
    private static readonly HashSet<string> Skippable = new(
        ["the", "a", "an", "his", "her", "their", "its", "this", "that", "one", "former", "senior", "top", "chief", "deputy", "local", "state", "federal", "foreign", "prime", "then", "also", "later", "again", "yesterday", "today", "recently", "once", "another", "other"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Determiners = new(["the", "a", "an", "The", "A", "An"], StringComparer.Ordinal);

    /// <summary>Capitalised words that open sentences without naming anyone.</summary>
    private static readonly HashSet<string> NotSpeakers = new(
        ["The", "A", "An", "But", "And", "Or", "So", "If", "When", "While", "As", "In", "On", "At", "For", "To", "Of", "With", "From", "By", "After", "Before", "This", "That", "These", "Those", "There", "Here", "Yet", "Still", "However", "Although", "Though", "Because", "Since", "Asked", "Speaking", "Writing", "Meanwhile", "Now", "Then", "Also", "Instead", "Indeed", "Last", "Next", "Mr", "Mrs", "Ms", "Dr", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        StringComparer.Ordinal);

    /// <summary>
    /// The speaker of the quotation at [<paramref name="quoteStart"/>, <paramref name="quoteEnd"/>) (its
    /// marks included), or null when its sentence and paragraph attribute it to no one.
    /// </summary>
    /// <param name="document">The document that holds the quotation.</param>
    /// <param name="quoteStart">Offset of the opening quotation mark.</param>
    /// <param name="quoteEnd">Offset just past the closing mark (or the end of the paragraph for an unclosed one).</param>
    /// <param name="continuesPreviousParagraph">
    /// True when the quotation continues one that started in the previous paragraph (newswire convention):
    /// when nothing in its own paragraph names a speaker, the previous paragraph is searched too. A quotation
    /// that opens its paragraph is treated the same way: it carries on the speaker of the paragraph before.
    /// </param>
    public static SpeakerAttribution? FindSpeaker(Document document, int quoteStart, int quoteEnd, bool continuesPreviousParagraph = false)
    {
        ArgumentNullException.ThrowIfNull(document);
        var paragraph = document.GetParagraphAt(quoteStart);
        if (paragraph is null)
        {
            return null;
        }

        quoteEnd = Math.Min(Math.Max(quoteEnd, quoteStart), paragraph.End);
        var context = new ParagraphContext(document, paragraph, quoteStart, quoteEnd);
        var found = context.Find();
        if (found is null && (continuesPreviousParagraph || context.QuoteOpensParagraph) && paragraph.Index > 0)
        {
            var previous = PreviousProse(document, paragraph.Index);
            var previousContext = new ParagraphContext(document, previous, previous.End, previous.End);
            found = previousContext.FindAnywhere() is { } inPrevious ? inPrevious with { FromPreviousParagraph = true } : null;
        }

        if (found is null && context.QuoteIsParagraph && paragraph.Index + 1 < document.Paragraphs.Count)
        {
            var next = document.Paragraphs[paragraph.Index + 1];
            var nextContext = new ParagraphContext(document, next, next.Start, next.Start);
            found = nextContext.FindInDemonstrativeOpening() is { } inNext ? inNext with { FromNextParagraph = true } : null;
        }

        return found;
    }

    /// <summary>Most words of a caption set between a quotation and the paragraph that names its speaker.</summary>
    private const int MaxSetInCaptionWords = 25;

    /// <summary>What a caption set in holds none of: a sentence's end inside it makes it a headline or prose, a quotation mark a quote's.</summary>
    private static readonly SearchValues<char> SentenceMarksAndQuotes = SearchValues.Create(".!?" + QuoteChars.All);

    /// <summary>Fewest words of such a caption: a label of fewer ("Reaction", "News Letter") opens a section of its own.</summary>
    private const int MinSetInCaptionWords = 4;

    /// <summary>
    /// The paragraph before paragraph <paramref name="index"/>, past one line set in between that is a sentence without its
    /// full stop (a picture's caption, "The singer (far right) died in 1971"): the quotation goes on from the prose above it.
    /// </summary>
    private static Paragraph PreviousProse(Document document, int index)
    {
        var previous = document.Paragraphs[index - 1];
        if (index < 2 || previous.LineCount != 1)
        {
            return previous;
        }

        var text = document.Text.AsSpan(previous.Start, previous.Length).TrimEnd();
        var isCaption = !text.IsEmpty && text.IndexOfAny(SentenceMarksAndQuotes) < 0 && text[^1] is not (':' or ',' or ';')
            && !document.Lines[previous.FirstLine].Has(LineShape.ListItem)
            && document.GetWords(previous.Start, previous.End).Length is >= MinSetInCaptionWords and <= MaxSetInCaptionWords;
        var prose = document.Paragraphs[index - 2];
        var proseText = document.Text.AsSpan(prose.Start, prose.Length).TrimEnd();
        return isCaption && SentenceRule.EndsSentence(proseText) && !document.Lines[prose.FirstLine].Has(LineShape.ListItem) ? prose : previous;
    }

    /// <summary>
    /// A clause that reports speech after a comma: ", she said", ", the union said", ", officials warned",
    /// ", said Jane Doe" — a speech verb next to a pronoun, a role or a name. Not ", you agree": a page addresses
    /// its reader ("By clicking Accept, you agree to our use of cookies"), a report does not. Nor ", and all related
    /// designs": a determiner, an adjective, a noun.
    /// </summary>
    public static bool ReportsSpeech(Document document, Line line)
    {
        var words = document.GetWords(line);
        var text = document.Text;
        for (var i = 1; i < words.Length; i++)
        {
            var word = document.GetText(words[i]);
            if (!SpeechVerbs.IsVerb(word))
            {
                continue;
            }

            var before = document.GetText(words[i - 1]);
            if (before.Equals("you", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var after = i + 1 < words.Length ? document.GetText(words[i + 1]) : default;
            if (!after.IsEmpty && char.IsLower(after[0]) && QuantifierPronouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(before)
                && IsOneSpaceAsShown(text.AsSpan(words[i].End, words[i + 1].Start - words[i].End)))
            {
                // "and all related designs", "some noted critics": a determiner and an adjective before their noun.
                continue;
            }

            var subject = SpeechVerbs.IsPronoun(before) || SpeechVerbs.IsRole(before) || char.IsUpper(before[0])
                || (!after.IsEmpty && char.IsUpper(after[0]));
            var clauseStart = words[Math.Max(0, i - 3)].Start;
            if (subject && text.AsSpan(clauseStart, words[i].Start - clauseStart).Contains(','))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when what separates two words is one space as a reader sees it: Markdown may close a link or open one, or
    /// mark emphasis, around it ("all related [designs](...)", "[all related](...) logos").
    /// </summary>
    private static bool IsOneSpaceAsShown(ReadOnlySpan<char> gap)
    {
        if (gap.StartsWith("](") && gap.IndexOf(')') is var close and > 0)
        {
            gap = gap[(close + 1)..];
        }

        return gap.Trim("[]*_").SequenceEqual(" ");
    }

    /// <summary>Pronouns that also stand before a noun: with a lower-case word after the verb, the verb is that noun's adjective.</summary>
    private static readonly FrozenSet<string> QuantifierPronouns = FrozenSet.ToFrozenSet(["all", "some", "many", "most", "both", "one"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Every character that equals a first letter of <see cref="SpeechVerbs.Phrases"/> ignoring case, as the phrases are
    /// compared (so "ı" with "i"): most words start with none of them.
    /// </summary>
    private static readonly SearchValues<char> PhraseInitials = CharacterSets.EqualIgnoringCase(SpeechVerbs.Phrases.Select(p => p[0][0]));

    /// <summary>The last words of the multi-word <see cref="SpeechVerbs.Phrases"/>: only at one of them can such a phrase end.</summary>
    private static readonly FrozenSet<string> PhraseLastWords =
        SpeechVerbs.Phrases.Where(p => p.Length > 1).Select(p => p[^1]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly int LongestPhrase = SpeechVerbs.Phrases.Max(p => p.Length);

    /// <summary>Words that open a sentence looking back at a quotation just given: "That was how ...", "These are the questions ...".</summary>
    private static readonly HashSet<string> Demonstratives = new(["That", "This", "These", "Those", "Such", "So", "Thus"], StringComparer.Ordinal);

    /// <summary>The words of one paragraph with what is quoted in it, around one quotation.</summary>
    private sealed class ParagraphContext
    {
        private readonly Document _document;
        private const int Window = 2000;

        private readonly int _start;
        private readonly int _end;
        private readonly int _paragraphEnd;
        private readonly bool _opensAtParagraphStart;
        private readonly int _quoteStart;
        private readonly int _quoteEnd;
        private readonly Word[] _words;
        private readonly bool[] _quoted;
        private readonly List<(int Start, int End)> _quotes;

        public ParagraphContext(Document document, Paragraph paragraph, int quoteStart, int quoteEnd)
        {
            _document = document;
            _quoteStart = quoteStart;
            _quoteEnd = quoteEnd;
            // Attribution sits near its quotation: a window keeps one huge paragraph (a file of one line) linear.
            _start = Math.Max(paragraph.Start, quoteStart - Window);
            _end = Math.Min(paragraph.End, quoteEnd + Window);
            _paragraphEnd = paragraph.End;
            _opensAtParagraphStart = _start == paragraph.Start;
            _words = document.GetWords(_start, _end).ToArray();
            _quotes = QuotedRanges(document, _start, _end);
            if (quoteEnd > quoteStart)
            {
                _quotes.Add((quoteStart, quoteEnd));
            }

            _quoted = new bool[_words.Length];
            for (var i = 0; i < _words.Length; i++)
            {
                _quoted[i] = IsQuoted(_words[i].Start);
            }
        }

        private string Text => _document.Text;

        /// <summary>True when nothing but punctuation stands before the quotation in its paragraph.</summary>
        public bool QuoteOpensParagraph =>
            _quoteEnd > _quoteStart && _opensAtParagraphStart && IsPunctuationOnly(Text.AsSpan(_start, _quoteStart - _start));

        private static bool IsPunctuationOnly(ReadOnlySpan<char> text)
        {
            foreach (var c in text)
            {
                if (char.IsLetterOrDigit(c))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The sentence after the quotation, the sentence before it (with a colon introduction), then the paragraph.</summary>
        public SpeakerAttribution? Find()
        {
            var (sentenceStart, sentenceEnd) = SentenceAround();
            var afterFirst = FirstWordAt(_quoteEnd);
            var afterLast = FirstWordAt(sentenceEnd);
            var beforeFirst = FirstWordAt(sentenceStart);
            var beforeLast = FirstWordAt(_quoteStart);

            return Dash()
                ?? Scan(afterFirst, afterLast)
                ?? ScanBackward(beforeFirst, beforeLast)
                ?? Colon(sentenceStart)
                ?? Label(sentenceStart)
                ?? ScanBackward(0, beforeFirst)
                ?? Scan(afterLast, _words.Length);
        }

        /// <summary>True when the quotation is the whole paragraph: nothing but punctuation before or after it.</summary>
        public bool QuoteIsParagraph =>
            QuoteOpensParagraph && _end == _paragraphEnd && IsPunctuationOnly(Text.AsSpan(_quoteEnd, _end - _quoteEnd));

        /// <summary>
        /// An attribution in the first sentence of the paragraph when that sentence opens with a demonstrative that
        /// looks back at the quotation before it: "These are the questions Jimmy Connors will be asking".
        /// </summary>
        public SpeakerAttribution? FindInDemonstrativeOpening()
        {
            if (_words.Length == 0 || !Demonstratives.Contains(WordText(0).ToString()))
            {
                return null;
            }

            var end = 1;
            while (end < _words.Length && !EndsSentenceBetween(_words[end - 1].End, _words[end].Start))
            {
                end++;
            }

            return Scan(1, end);
        }

        /// <summary>Any attribution in the paragraph, the last one first (the one nearest a quotation that follows).</summary>
        public SpeakerAttribution? FindAnywhere() => ScanBackward(0, _words.Length) ?? Colon(_start);

        private SpeakerAttribution? Scan(int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                if (TryCue(i, to) is { } found)
                {
                    return found;
                }
            }

            return null;
        }

        private SpeakerAttribution? ScanBackward(int from, int to)
        {
            for (var i = to - 1; i >= from; i--)
            {
                if (TryCue(i, _words.Length) is { } found)
                {
                    return found;
                }
            }

            return null;
        }

        /// <summary>A cue at word <paramref name="index"/> tied to a speaker near it.</summary>
        private SpeakerAttribution? TryCue(int index, int limit)
        {
            if (_quoted[index])
            {
                return null;
            }

            var phrase = MatchPhrase(index, limit);
            if (phrase == 0 && PhraseEndingAt(index) is var (phraseStart, length) && length > 0)
            {
                index = phraseStart;
                phrase = length;
            }

            if (phrase > 0)
            {
                var first = _words[index];
                var last = _words[index + phrase - 1];
                var cue = Text[first.Start..last.End];
                var isAccordingTo = cue.StartsWith("according", StringComparison.OrdinalIgnoreCase)
                    || cue.StartsWith("in the words", StringComparison.OrdinalIgnoreCase)
                    || cue.Equals("per", StringComparison.OrdinalIgnoreCase);
                var speaker = isAccordingTo
                    ? SpeakerAfter(index + phrase - 1)
                    : SpeakerBefore(index) ?? SpeakerAfter(index + phrase - 1);
                return speaker is { } s ? Make(SpeakerCueKind.SpeechPhrase, first.Start, last.End, s) : null;
            }

            if (!SpeechVerbs.IsVerb(WordText(index)))
            {
                return null;
            }

            var verb = _words[index];
            var who = SpeakerBefore(index) ?? SpeakerAfter(index) ?? SentenceSubject(index);
            return who is { } w ? Make(SpeakerCueKind.SpeechVerb, verb.Start, verb.End, w) : null;
        }

        /// <summary>A phrase whose last word is word <paramref name="index"/> ("quoted as saying" found from "saying").</summary>
        private (int Start, int Length) PhraseEndingAt(int index)
        {
            if (!PhraseLastWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(WordText(index)))
            {
                return (0, 0);
            }

            // A phrase's length fixes where it starts: what starts there is matched once per length, not once per phrase.
            Span<int> matchedAt = stackalloc int[LongestPhrase + 1];
            matchedAt.Fill(-1);
            foreach (var phrase in SpeechVerbs.Phrases)
            {
                var start = index - phrase.Length + 1;
                if (phrase.Length > 1 && start >= 0)
                {
                    ref var matched = ref matchedAt[phrase.Length];
                    if (matched < 0)
                    {
                        matched = MatchPhrase(start, _words.Length);
                    }

                    if (matched == phrase.Length)
                    {
                        return (start, phrase.Length);
                    }
                }
            }

            return (0, 0);
        }

        private int MatchPhrase(int index, int limit)
        {
            if (!PhraseInitials.Contains(Text[_words[index].Start]))
            {
                return 0;
            }

            foreach (var phrase in SpeechVerbs.Phrases)
            {
                if (index + phrase.Length > Math.Min(limit, _words.Length))
                {
                    continue;
                }

                var matches = true;
                for (var k = 0; k < phrase.Length && matches; k++)
                {
                    matches = !_quoted[index + k] && WordText(index + k).Equals(phrase[k], StringComparison.OrdinalIgnoreCase);
                }

                if (matches)
                {
                    return phrase.Length;
                }
            }

            return 0;
        }

        /// <summary>The nearest speaker in the few words before word <paramref name="index"/>, within its sentence and outside quotations.</summary>
        private (SpeakerKind Kind, int Start, int End)? SpeakerBefore(int index)
        {
            for (var i = index - 1; i >= 0 && i >= index - BackwardWindow; i--)
            {
                if (_quoted[i] || EndsSentenceBetween(_words[i].End, _words[i + 1].Start))
                {
                    return null;
                }

                if (Classify(i) is { } kind)
                {
                    return Expand(i, kind);
                }

                // "the commission says", "a lobbyist told": a noun after a determiner, just before the verb.
                if (i == index - 1 && i > 0 && IsDeterminedNoun(i))
                {
                    return (SpeakerKind.Role, _words[i].Start, _words[i].End);
                }
            }

            return null;
        }

        /// <summary>A lower-case noun after a determiner, perhaps with a number or a modifier between: "the commission", "the two firms".</summary>
        private bool IsDeterminedNoun(int i)
        {
            var word = WordText(i);
            // A statement noun names a speaker even when it is also a verb: "the email began", "the post said".
            if (!char.IsLower(word[0]) || (SpeechVerbs.IsVerb(word) && !SpeechVerbs.IsStatementNoun(word)) || StopWords.IsEnglish(word))
            {
                return false;
            }

            for (var k = i - 1; k >= 0 && k >= i - 3 && !_quoted[k]; k--)
            {
                var before = WordText(k);
                if (Determiners.Contains(before.ToString()))
                {
                    return true;
                }

                if (StopWords.IsEnglish(before) && !before.Equals("two", StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>The first speaker-like word of the sentence before word <paramref name="index"/>: the subject of a long clause.</summary>
        private (SpeakerKind Kind, int Start, int End)? SentenceSubject(int index)
        {
            var first = index;
            while (first > 0 && !_quoted[first - 1] && !EndsSentenceBetween(_words[first - 1].End, _words[first].Start))
            {
                first--;
            }

            for (var i = first; i < index; i++)
            {
                if (!_quoted[i] && Classify(i) is { } kind)
                {
                    return Expand(i, kind);
                }
            }

            return null;
        }

        /// <summary>A signature after the quotation: "“...” — Sonya Herridge", "“...”― Pamela Padilla".</summary>
        private SpeakerAttribution? Dash()
        {
            var text = Text;
            var i = _quoteEnd;
            while (i < _end && text[i] is ' ' or '\t' or '\u00A0')
            {
                i++;
            }

            if (i >= _end || text[i] is not ('—' or '―' or '–'))
            {
                return null;
            }

            var next = FirstWordAt(i);
            if (next < _words.Length && !_quoted[next] && Classify(next) == SpeakerKind.Name && _words[next].Start - i <= 3)
            {
                return Make(SpeakerCueKind.Dash, i, i + 1, Expand(next, SpeakerKind.Name));
            }

            return null;
        }

        /// <summary>The speaker just after word <paramref name="index"/>: "said Glusac", "says a spokesman", "according to police".</summary>
        private (SpeakerKind Kind, int Start, int End)? SpeakerAfter(int index)
        {
            for (var i = index + 1; i < _words.Length && i <= index + ForwardWindow; i++)
            {
                if (_quoted[i] || EndsSentenceBetween(_words[i - 1].End, _words[i].Start))
                {
                    return null;
                }

                if (Classify(i) is { } kind)
                {
                    return Expand(i, kind);
                }

                // "said the ruling", "wrote the agency's lawyers": a noun right after a determiner.
                if (i > index + 1 && IsDeterminedNoun(i))
                {
                    return (SpeakerKind.Role, _words[i].Start, _words[i].End);
                }

                var skipped = WordText(i);
                if (StopWords.IsEnglish(skipped) && !Skippable.Contains(skipped.ToString()))
                {
                    return null;
                }
            }

            return null;
        }

        private SpeakerKind? Classify(int index)
        {
            var word = WordText(index);
            if (SpeechVerbs.IsPronoun(word))
            {
                return word.Length > 0 && (char.IsLower(word[0]) || word is "He" or "She" or "They" or "I" or "We" or "It") ? SpeakerKind.Pronoun : null;
            }

            var bare = StripPossessive(word);
            if (SpeechVerbs.IsRole(bare))
            {
                return SpeakerKind.Role;
            }

            return bare.Length > 1 && char.IsUpper(bare[0]) && !NotSpeakers.Contains(bare.ToString()) ? SpeakerKind.Name : null;
        }

        /// <summary>A name of several capitalised words is one speaker: "Ivana Stradner", "Al Jazeera’s correspondent".</summary>
        private (SpeakerKind Kind, int Start, int End) Expand(int index, SpeakerKind kind)
        {
            if (kind != SpeakerKind.Name)
            {
                return (kind, _words[index].Start, _words[index].End);
            }

            int first = index, last = index;
            while (first > 0 && !_quoted[first - 1] && IsCapitalised(first - 1) && IsAdjacent(first - 1, first))
            {
                first--;
            }

            while (last + 1 < _words.Length && !_quoted[last + 1] && IsCapitalised(last + 1) && IsAdjacent(last, last + 1))
            {
                last++;
            }

            return (kind, _words[first].Start, _words[last].End);
        }

        private bool IsCapitalised(int index)
        {
            var word = WordText(index);
            return char.IsUpper(word[0]) && !NotSpeakers.Contains(StripPossessive(word).ToString()) && !SpeechVerbs.IsVerb(word);
        }

        private bool IsAdjacent(int left, int right) => Text.AsSpan(_words[left].End, _words[right].Start - _words[left].End).IsWhiteSpace();

        private SpeakerAttribution? Colon(int sentenceStart)
        {
            var before = Text.AsSpan(sentenceStart, Math.Max(0, _quoteStart - sentenceStart)).TrimEnd();
            if (before.IsEmpty || before[^1] != ':')
            {
                return null;
            }

            var colon = sentenceStart + before.Length - 1;
            for (var i = FirstWordAt(colon) - 1; i >= 0 && _words[i].Start >= sentenceStart; i--)
            {
                if (!_quoted[i] && Classify(i) is { } kind)
                {
                    return Make(SpeakerCueKind.Colon, colon, colon + 1, Expand(i, kind));
                }
            }

            return null;
        }

        /// <summary>
        /// A sentence that opens with nothing but a name before the quotation — a speaker label whose colon
        /// was lost: "- Bolton boss Sam Allardyce “I am ...”". At most six words, all capitalised or roles, and
        /// a quotation that opens with a capital (not one that goes on with the sentence: "The United States “remains ...”").
        /// </summary>
        private SpeakerAttribution? Label(int sentenceStart)
        {
            var first = FirstWordAt(sentenceStart);
            var last = FirstWordAt(_quoteStart);
            if (last - first is < 1 or > 6 || last >= _words.Length || !char.IsUpper(Text[_words[last].Start]))
            {
                return null;
            }

            (SpeakerKind Kind, int Start, int End)? speaker = null;
            for (var i = first; i < last; i++)
            {
                var word = WordText(i);
                var kind = Classify(i);
                if (_quoted[i] || (kind is null && !char.IsUpper(word[0]) && !SpeechVerbs.IsRole(word)))
                {
                    return null;
                }

                speaker ??= kind == SpeakerKind.Name ? Expand(i, SpeakerKind.Name) : null;
            }

            return speaker is { } s ? Make(SpeakerCueKind.Label, _quoteStart, _quoteStart, s) : null;
        }

        private SpeakerAttribution Make(SpeakerCueKind cueKind, int cueStart, int cueEnd, (SpeakerKind Kind, int Start, int End) speaker) =>
            new(cueKind, cueStart, cueEnd - cueStart, Text[cueStart..cueEnd], speaker.Kind, speaker.Start, speaker.End - speaker.Start, Text[speaker.Start..speaker.End], false);

        /// <summary>The sentence that holds the quotation: from the last sentence end before it to the first after it.</summary>
        private (int Start, int End) SentenceAround()
        {
            var start = _quoteStart;
            while (start > _start && !(IsSentenceEnd(start - 1) && !IsQuoted(start - 1)))
            {
                start--;
            }

            var end = _quoteEnd;
            while (end < _end && !(IsSentenceEnd(end) && !IsQuoted(end)))
            {
                end++;
            }

            return (start, Math.Min(_end, end + 1));
        }

        /// <summary>A sentence ends at the mark at <paramref name="offset"/>, by the shared <see cref="SentenceRule"/>.</summary>
        private bool IsSentenceEnd(int offset) =>
            SentenceRule.IsMark(Text[offset]) && SentenceRule.EndAt(Text.AsSpan(_start, _end - _start), offset - _start) >= 0;

        /// <summary>
        /// True when a sentence ends in the gap [<paramref name="from"/>, <paramref name="to"/>) between two words
        /// ("R-Ky., said" and "Mr. Smith" go on).
        /// </summary>
        private bool EndsSentenceBetween(int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                if (IsSentenceEnd(i))
                {
                    return true;
                }
            }

            return false;
        }

        private int FirstWordAt(int offset)
        {
            int low = 0, high = _words.Length;
            while (low < high)
            {
                var middle = (low + high) >> 1;
                if (_words[middle].Start < offset)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return low;
        }

        private ReadOnlySpan<char> WordText(int index) => Text.AsSpan(_words[index].Start, _words[index].Length);

        private bool IsQuoted(int offset)
        {
            foreach (var (start, end) in _quotes)
            {
                if (offset >= start && offset < end)
                {
                    return true;
                }
            }

            return false;
        }

        private static ReadOnlySpan<char> StripPossessive(ReadOnlySpan<char> word) =>
            word.Length > 2 && word[^2] is '’' or '\'' && word[^1] is 's' ? word[..^2] : word;

        /// <summary>The spans of the top-level quotations in the window, from the shared quotation model.</summary>
        private static List<(int Start, int End)> QuotedRanges(Document document, int start, int end)
        {
            var ranges = new List<(int, int)>();
            foreach (var quotation in document.Quotations.GetQuotations(start, end))
            {
                if (quotation.Depth == 0)
                {
                    ranges.Add((quotation.Start, Math.Min(quotation.End, end)));
                }
            }

            return ranges;
        }
    }
}
