using System.Runtime.InteropServices;

namespace CorpusLint.Model;

/// <summary>
/// Finds every quotation mark of a document, decides what each one does from its context, and pairs
/// them into <see cref="Quotation"/>s with a stack per paragraph. One pass over the text (the search for
/// the next mark is vectorised with <see cref="QuoteChars.Values"/>), no recursion, amortised O(1) work per mark.
/// </summary>
/// <remarks>
/// Straight quotes: whitespace or an opening bracket before and a letter after opens; a letter or punctuation
/// before and whitespace or punctuation after closes; otherwise the mark closes a straight quotation if one is
/// open and opens one if not. <c>'</c> between letters is an apostrophe; <c>5'10"</c> are primes.
/// A quotation left open at the end of a paragraph is <see cref="QuotationStatus.Continued"/> when the next
/// paragraph starts with an opening mark of the same kind (newswire convention). Inside a paragraph, an
/// opening mark of a kind that is already open, after the end of a sentence, reopens the quotation rather
/// than nesting in it (paragraphs merged onto one line: <c>... he said. "We ... ended. "Now ...</c>).
/// </remarks>
public static class QuotationScanner
{
    /// <summary>Most words of the link label an arrow guillemet points at ("« Previous", "« Back to the list").</summary>
    private const int ArrowLabelMaxWords = 4;

    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create(".!?…");

    private static readonly System.Buffers.SearchValues<char> DoubleMarks = System.Buffers.SearchValues.Create("\"“”„«»");

    public static QuotationSet Scan(Document document) => Scan(document.Text, document.Paragraphs);

    public static QuotationSet Scan(string text, IReadOnlyList<Paragraph> paragraphs)
    {
        var scanner = new State(text);
        for (var p = 0; p < paragraphs.Count; p++)
        {
            scanner.ScanParagraph(paragraphs[p], p + 1 < paragraphs.Count ? paragraphs[p + 1] : null);
        }

        return scanner.Build();
    }

    private struct Builder
    {
        public int OpenMark;
        public int CloseMark;
        public int ContentEnd;
        public int Paragraph;
        public int Parent;
        public int ContinuesFrom;
        public int ContinuedBy;
        public QuotationStatus Status;
        public bool Discarded;

        // True when the closing mark could also be an apostrophe (students’): a later closing mark may take its place.
        public bool AmbiguousClose;
    }

    private sealed class State(string text)
    {
        private readonly string _text = text;
        private readonly List<QuoteMark> _marks = [];
        private readonly List<Builder> _quotes = [];
        private readonly List<QuoteMark> _unopened = [];
        private readonly List<QuoteMark> _loose = [];
        private readonly List<int> _stack = [];
        private readonly List<int>[] _kindStacks = [[], []];
        private readonly int[] _openCounts = new int[6];
        private int _pending = -1;
        private int _pendingOffset = -1;
        private int _lastAmbiguousClose = -1;
        private Paragraph _paragraph = null!;

        public void ScanParagraph(Paragraph paragraph, Paragraph? next)
        {
            _paragraph = paragraph;
            _lastAmbiguousClose = -1;
            var span = _text.AsSpan();
            var i = paragraph.Start;
            while (i < paragraph.End)
            {
                var found = span[i..paragraph.End].IndexOfAny(QuoteChars.Values);
                if (found < 0)
                {
                    break;
                }

                i += found;
                i += HandleMark(i);
            }

            if (_pending >= 0)
            {
                // The next paragraph looked as if it reopened the quotation, but its first mark did not open one.
                Quotes[_pending].Status = QuotationStatus.Unclosed;
                _pending = -1;
            }

            EndParagraph(paragraph, next);
        }

        private Span<Builder> Quotes => CollectionsMarshal.AsSpan(_quotes);

        // Returns how many characters the mark takes: 2 for a doubled single mark (‘‘ ’’ '') written for a double one.
        private int HandleMark(int i)
        {
            var c = _text[i];
            var prev = i > _paragraph.Start ? _text[i - 1] : '\n';
            if (c is '"' or '\'' && prev == '=')
            {
                return SkipAttributeValue(i, c);
            }

            var next = i + 1 < _paragraph.End ? _text[i + 1] : '\n';
            var doubled = c is '‘' or '’' or '\'' && next == c && !(c == '\'' && char.IsLetter(prev));
            var logical = c;
            if (doubled)
            {
                logical = c switch { '‘' => '“', '’' => '”', _ => '"' };
                next = i + 2 < _paragraph.End ? _text[i + 2] : '\n';
            }

            switch (Classify(logical, i, prev, next))
            {
                case QuoteRole.Opening:
                    Open(i, c, doubled);
                    break;
                case QuoteRole.Closing:
                    Close(i, c, doubled, prev, next);
                    break;
                case var role:
                    _marks.Add(new QuoteMark(i, c, role, _paragraph.Index, doubled));
                    break;
            }

            return doubled ? 2 : 1;
        }

        /// <summary>
        /// A markup attribute's value (<c>src="http://..."</c>, <c>class='lead'</c>: a tag or code left in the text, or an
        /// embed's code cut short in an image's placeholder) is not a quotation: its marks, up to the closing one on the
        /// same line if there is one, are <see cref="QuoteRole.Other"/>. Returns how many characters were read.
        /// </summary>
        private int SkipAttributeValue(int i, char mark)
        {
            _marks.Add(new QuoteMark(i, mark, QuoteRole.Other, _paragraph.Index, false));
            var rest = _text.AsSpan(i + 1, _paragraph.End - i - 1);
            var lineEnd = rest.IndexOfAny('\r', '\n');
            var close = (lineEnd < 0 ? rest : rest[..lineEnd]).IndexOf(mark);
            if (close < 0)
            {
                return 1;
            }

            _marks.Add(new QuoteMark(i + 1 + close, mark, QuoteRole.Other, _paragraph.Index, false));
            return close + 2;
        }

        private QuoteRole Classify(char c, int i, char prev, char next)
        {
            if (prev is '(' or '[' && next is ')' or ']')
            {
                return QuoteRole.Other; // "in double quotes (")": the mark named, alone in brackets, is no quotation
            }

            var prevOpen = IsOpeningContext(prev, i);
            var nextSpace = char.IsWhiteSpace(next);
            var nextClose = IsClosingPunctuation(next) || QuoteChars.IsQuote(next);
            switch (c)
            {
                case '"':
                    if (prev == '"' && _marks.Count > 0 && _marks[^1].Offset == i - 1 && _marks[^1].Role is QuoteRole.Opening or QuoteRole.Closing)
                    {
                        return QuoteRole.Other; // a doubled mark: ""word" or word""
                    }

                    if (char.IsDigit(prev))
                    {
                        return HasOpen(QuoteKind.Double, QuoteStyle.Straight) && !IsFeetInches(i) ? QuoteRole.Closing : QuoteRole.Other;
                    }

                    if (prevOpen && ((!nextSpace && !nextClose) || next is '\'' or '‘'))
                    {
                        return QuoteRole.Opening;
                    }

                    if (!prevOpen && (nextSpace || nextClose))
                    {
                        return QuoteRole.Closing;
                    }

                    return HasOpen(QuoteKind.Double, QuoteStyle.Straight) ? QuoteRole.Closing : QuoteRole.Opening;

                case '\'':
                    if (char.IsLetter(prev) && char.IsLetter(next))
                    {
                        return QuoteRole.Apostrophe;
                    }

                    if (char.IsDigit(prev))
                    {
                        return char.IsDigit(next) ? QuoteRole.Other
                            : next is 's' ? QuoteRole.Apostrophe
                            : TopIsSingle() ? QuoteRole.Closing : QuoteRole.Other;
                    }

                    if (prevOpen)
                    {
                        return char.IsDigit(next) || IsNClitic(i) || IsClitic(i + 1) ? QuoteRole.Apostrophe
                            : char.IsLetter(next) || (!nextSpace && !nextClose) ? QuoteRole.Opening
                            : QuoteRole.Other;
                    }

                    if (char.IsLetter(prev))
                    {
                        return IsNClitic(i - 2) || !TopIsSingle() ? QuoteRole.Apostrophe : QuoteRole.Closing;
                    }

                    if (nextSpace || nextClose)
                    {
                        // A straight ' after punctuation with nothing open is too weak a sign to call it a stray quotation mark.
                        return HasOpen(QuoteKind.Single) ? QuoteRole.Closing : QuoteRole.Other;
                    }

                    return HasOpen(QuoteKind.Single, QuoteStyle.Straight) ? QuoteRole.Closing : QuoteRole.Opening;

                case '’':
                    if (TouchesDenseScript(prev, next))
                    {
                        // Korean, Chinese and Japanese have no apostrophe: particles follow a closing mark directly (‘데이트 폭력’이라고).
                        return HasOpen(QuoteKind.Single) ? QuoteRole.Closing : QuoteRole.Other;
                    }

                    if (char.IsLetterOrDigit(prev) && char.IsLetter(next))
                    {
                        return QuoteRole.Apostrophe;
                    }

                    if (prevOpen)
                    {
                        // ’90s, ’em, rock ’n’ roll, and the detached "Thaçi ’s" (CL4006 reports the space).
                        return char.IsLetterOrDigit(next) ? QuoteRole.Apostrophe : QuoteRole.Other;
                    }

                    if (char.IsLetter(next))
                    {
                        return QuoteRole.Apostrophe; // D.C.’s
                    }

                    if (char.IsLetterOrDigit(prev))
                    {
                        return IsNClitic(i - 2) || !TopIsSingle() ? QuoteRole.Apostrophe : QuoteRole.Closing;
                    }

                    return QuoteRole.Closing;

                case '‘':
                    if ((prevOpen && (IsYearElision(i + 1) || IsClitic(i + 1))) || (char.IsLetter(prev) && char.IsLetter(next) && !TouchesDenseScript(prev, next)))
                    {
                        return QuoteRole.Apostrophe; // ‘90s, "isn ‘t", don‘t
                    }

                    if (IsTransliterationMark(i))
                    {
                        return QuoteRole.Apostrophe; // Siti ‘Aisyah, Abd al-‘Aziz
                    }

                    if (TopOfKindIs(QuoteKind.Single, '‚') || ((nextSpace || nextClose) && HasOpen(QuoteKind.Single)))
                    {
                        return QuoteRole.Closing;
                    }

                    return QuoteRole.Opening;

                case '“':
                    return TopOfKindIs(QuoteKind.Double, '„') || ((nextSpace || nextClose) && HasOpen(QuoteKind.Double))
                        ? QuoteRole.Closing
                        : QuoteRole.Opening;

                case '”':
                    // Swedish and Finnish open with ” too; so does a slip of the keyboard.
                    return prevOpen && char.IsLetterOrDigit(next) && !HasOpen(QuoteKind.Double) ? QuoteRole.Opening : QuoteRole.Closing;

                case '„':
                    return QuoteRole.Opening;

                case '‚':
                    return prevOpen && char.IsLetter(next) ? QuoteRole.Opening : QuoteRole.Other;

                case '«':
                case '‹':
                    return TopOfKindIs(QuoteChars.KindOf(c), c == '«' ? '»' : '›') ? QuoteRole.Closing
                        : IsArrowBeforeLabel(i, c == '«' ? '»' : '›') ? QuoteRole.Other
                        : QuoteRole.Opening;

                default: // » ›
                {
                    var kind = QuoteChars.KindOf(c);
                    if (prevOpen && nextSpace)
                    {
                        // French « texte » puts a space before the closing mark; elsewhere "Home » News" is a separator.
                        return TopOfKindIs(kind, c == '»' ? '«' : '‹') ? QuoteRole.Closing : QuoteRole.Other;
                    }

                    if (prevOpen && !HasOpen(kind))
                    {
                        // German and Danish open with » and close with «; with no « after it, "More »Next story" is a link's arrow.
                        return char.IsLetterOrDigit(next) && ClosesLater(i, c == '»' ? '«' : '‹') ? QuoteRole.Opening : QuoteRole.Other;
                    }

                    // «texte» closes what « opened; with no quotation of its kind open, one ending a line or a link's
                    // label ("More News»", "[Manage my account»]") is the link's arrow ("oui» hier" is still a closing mark).
                    return HasOpen(kind) || !EndsLineOrLabel(i) ? QuoteRole.Closing : QuoteRole.Other;
                }
            }
        }

        /// <summary>Whether nothing but spaces follows position <paramref name="i"/> on its line, or a link's label closes right after it.</summary>
        private bool EndsLineOrLabel(int i)
        {
            var rest = _text.AsSpan(i + 1, _paragraph.End - i - 1);
            var lineEnd = rest.IndexOfAny('\n', '\r');
            rest = lineEnd < 0 ? rest : rest[..lineEnd];
            return rest.IsWhiteSpace() || rest[0] == ']';
        }

        /// <summary>Whether <paramref name="closing"/> follows position <paramref name="i"/> in the paragraph.</summary>
        private bool ClosesLater(int i, char closing) => _text.AsSpan(i + 1, _paragraph.End - i - 1).Contains(closing);

        /// <summary>
        /// A guillemet that points at a link rather than opening a quotation: "« Previous", "« First | « Back", a « alone on
        /// its line. What follows it to the line's end or a "|" is a label of at most <see cref="ArrowLabelMaxWords"/> words
        /// with no sentence end or ellipsis (a cut-off title is text), and nothing closes it before that "|" or in the rest of the paragraph; an unclosed « before
        /// a sentence is still an unclosed quotation, and « oui » a closed one.
        /// </summary>
        private bool IsArrowBeforeLabel(int i, char closing)
        {
            var rest = _text.AsSpan(i + 1, _paragraph.End - i - 1);
            var (close, separator) = (rest.IndexOf(closing), rest.IndexOf('|'));
            if (close >= 0 && (separator < 0 || close < separator))
            {
                return false;
            }

            var lineEnd = rest.IndexOfAny('\n', '|');
            var label = (lineEnd < 0 ? rest : rest[..lineEnd]).Trim();
            var words = 0;
            foreach (var range in label.Split(' '))
            {
                words += label[range].IsEmpty ? 0 : 1;
            }

            return words <= ArrowLabelMaxWords && !label.ContainsAny(SentenceEnds);
        }

        private void Open(int i, char original, bool doubled)
        {
            var c = doubled ? Logical(original) : original;
            var kind = (int)QuoteChars.KindOf(c);
            var index = _quotes.Count;
            var continuesFrom = -1;
            if (_pending >= 0 && i == _pendingOffset)
            {
                continuesFrom = _pending;
                _pending = -1;
            }
            else if (_kindStacks[kind].Count > 0
                && SameStyle(_kindStacks[kind][^1], c)
                && EndsSentenceBefore(i)
                && IsQuotedPhrase(_marks[Quotes[_kindStacks[kind][^1]].OpenMark].Offset))
            {
                // A quotation opened mid-sentence ("in the "plan ...") is a phrase, not speech that runs over merged
                // paragraphs: when a new sentence opens another quotation, the phrase was never closed.
                var target = _kindStacks[kind][^1];
                var contentEnd = TrimEnd(i);
                while (_stack.Count > 0 && _stack[^1] != target)
                {
                    PopUnclosed(contentEnd);
                }

                PopUnclosed(contentEnd);
            }
            else if (_kindStacks[kind].Count > 0
                && SameStyle(_kindStacks[kind][^1], c)
                && (EndsSentenceBefore(i) || (c == '"' && TopOfKindIs(QuoteKind.Double, '"'))))
            {
                // Paragraphs merged onto one line: the quotation goes on in a new "paragraph". Straight " cannot nest
                // in straight ", so a second opening one always takes the quotation up again.
                var target = _kindStacks[kind][^1];
                var contentEnd = TrimEnd(i);
                while (_stack[^1] != target)
                {
                    PopUnclosed(contentEnd);
                }

                Pop();
                ref var continued = ref Quotes[target];
                continued.Status = QuotationStatus.Continued;
                continued.ContentEnd = contentEnd;
                continuesFrom = target;
            }

            if (continuesFrom >= 0)
            {
                Quotes[continuesFrom].ContinuedBy = index;
            }

            _marks.Add(new QuoteMark(i, original, QuoteRole.Opening, _paragraph.Index, doubled));
            _quotes.Add(new Builder
            {
                OpenMark = _marks.Count - 1,
                CloseMark = -1,
                ContentEnd = _paragraph.End,
                Paragraph = _paragraph.Index,
                Parent = _stack.Count > 0 ? _stack[^1] : -1,
                ContinuesFrom = continuesFrom,
                ContinuedBy = -1,
                Status = QuotationStatus.Unclosed,
            });
            _stack.Add(index);
            _kindStacks[kind].Add(index);
            _openCounts[Slot(c)]++;
        }

        private void Close(int i, char original, bool doubled, char prev, char next)
        {
            var c = doubled ? Logical(original) : original;
            var kind = QuoteChars.KindOf(c);
            var kindStack = _kindStacks[(int)kind];
            var ambiguous = c is '\'' or '’' && char.IsLetterOrDigit(prev) && !char.IsLetter(next);
            if (kindStack.Count == 0)
            {
                if (kind == QuoteKind.Single && _lastAmbiguousClose >= 0 && TryMoveAmbiguousClose(i, c))
                {
                    return;
                }

                if (ambiguous)
                {
                    _marks.Add(new QuoteMark(i, c, QuoteRole.Apostrophe, _paragraph.Index));
                    return;
                }

                var stray = new QuoteMark(i, original, QuoteRole.Closing, _paragraph.Index, doubled);
                _marks.Add(stray);

                // A straight " does not say which way it faces, and wire copy drops the mark that reopens a
                // quotation at a paragraph start: such a mark closes a quotation opened before the paragraph.
                (c == '"' ? _loose : _unopened).Add(stray);
                return;
            }

            var target = kindStack[^1];
            while (_stack[^1] != target)
            {
                PopUnclosed(i);
            }

            Pop();
            _marks.Add(new QuoteMark(i, original, QuoteRole.Closing, _paragraph.Index, doubled));
            ref var quote = ref Quotes[target];
            quote.CloseMark = _marks.Count - 1;
            quote.ContentEnd = i;
            quote.Status = SameFamily(_marks[quote.OpenMark].LogicalChar, c) ? QuotationStatus.Closed : QuotationStatus.Mismatched;
            quote.AmbiguousClose = ambiguous;
            _lastAmbiguousClose = ambiguous ? target : -1;
        }

        // ‘The students’ union,’ he said: the first ’ closed the quotation, but the second shows it was an apostrophe.
        private bool TryMoveAmbiguousClose(int i, char c)
        {
            ref var quote = ref Quotes[_lastAmbiguousClose];
            var expectedTop = quote.Parent;
            if (!quote.AmbiguousClose || (_stack.Count > 0 ? _stack[^1] : -1) != expectedTop)
            {
                return false;
            }

            var old = _marks[quote.CloseMark];
            _marks[quote.CloseMark] = old with { Role = QuoteRole.Apostrophe };
            _marks.Add(new QuoteMark(i, c, QuoteRole.Closing, _paragraph.Index));
            quote.CloseMark = _marks.Count - 1;
            quote.ContentEnd = i;
            quote.Status = SameFamily(_marks[quote.OpenMark].LogicalChar, c) ? QuotationStatus.Closed : QuotationStatus.Mismatched;
            quote.AmbiguousClose = false;
            _lastAmbiguousClose = -1;
            return true;
        }

        private void EndParagraph(Paragraph paragraph, Paragraph? next)
        {
            if (_stack.Count == 0)
            {
                return;
            }

            var endsSentence = LineShapes.EndsSentence(_text.AsSpan(paragraph.Start, paragraph.Length));
            var nextStart = next is null ? -1 : FirstNonSpace(next);
            if (!endsSentence && nextStart >= 0 && char.IsLower(_text[nextStart]))
            {
                // The paragraph stops mid-sentence and the next one goes on in lower case: a broken line, not a
                // paragraph break. Open quotations carry on into it.
                return;
            }

            if (ClosesInNextParagraph(next))
            {
                return;
            }

            var continued = -1;
            var reopenAt = nextStart;
            if (reopenAt >= 0 && ReopensAtStart(reopenAt, next!.End))
            {
                // Only a mark of the same style takes a quotation up again: a “ left open is not continued by a straight ".
                var kindStack = _kindStacks[(int)QuoteChars.KindOf(_text[reopenAt])];
                continued = kindStack.Count > 0 && SameStyle(kindStack[0], _text[reopenAt]) ? kindStack[0] : -1;
            }

            while (_stack.Count > 0)
            {
                var top = _stack[^1];
                if (top == continued)
                {
                    Quotes[continued].Status = QuotationStatus.Continued;
                    Pop();
                }
                else if (endsSentence && _marks[Quotes[top].OpenMark] is { Char: '"' } open && StartsClause(open.Offset))
                {
                    Quotes[top].Status = QuotationStatus.RunsToParagraphEnd;
                    Pop();
                }
                else
                {
                    PopUnclosed(paragraph.End);
                }
            }

            if (continued >= 0)
            {
                _pending = continued;
                _pendingOffset = reopenAt;
            }
        }

        /// <summary>
        /// A quotation over two paragraphs whose second one does not open it again (a block quote, a French « ... » set
        /// over paragraphs): the next paragraph's first double mark is the closing partner of the one quotation open,
        /// at a word's end. It carries on into that paragraph.
        /// </summary>
        private bool ClosesInNextParagraph(Paragraph? next)
        {
            if (next is null || _stack.Count != 1)
            {
                return false;
            }

            var close = _marks[Quotes[_stack[0]].OpenMark].Char switch { '«' => '»', '“' => '”', _ => '\0' };
            var span = _text.AsSpan(next.Start, next.End - next.Start);
            var first = span.IndexOfAny(DoubleMarks);
            if (close == '\0' || first <= 0 || span[first] != close)
            {
                return false;
            }

            // French sets a space inside its guillemets ("heureux »"); English closes right after the word.
            var after = first + 1 < span.Length ? span[first + 1] : ' ';
            return (close == '»' || !char.IsWhiteSpace(span[first - 1])) && (char.IsWhiteSpace(after) || IsClosingPunctuation(after));
        }

        private void PopUnclosed(int contentEnd)
        {
            var index = _stack[^1];
            Pop();
            ref var quote = ref Quotes[index];
            quote.Status = QuotationStatus.Unclosed;
            quote.ContentEnd = Math.Min(quote.ContentEnd, contentEnd);
            var open = _marks[quote.OpenMark];
            if (open.Char == '\'')
            {
                // A straight ' that opens nothing is an elision ('em, 'cause), not a quotation.
                quote.Discarded = true;
                _marks[quote.OpenMark] = open with { Role = QuoteRole.Apostrophe };
            }
        }

        private void Pop()
        {
            var index = _stack[^1];
            _stack.RemoveAt(_stack.Count - 1);
            var c = _marks[_quotes[index].OpenMark].LogicalChar;
            var kindStack = _kindStacks[(int)QuoteChars.KindOf(c)];
            kindStack.RemoveAt(kindStack.Count - 1);
            _openCounts[Slot(c)]--;
        }

        public QuotationSet Build()
        {
            var quotes = Quotes;

            // A continuation that was discarded leaves the quotation it continued open.
            for (var i = quotes.Length - 1; i >= 0; i--)
            {
                ref var q = ref quotes[i];
                if (q.ContinuedBy >= 0 && quotes[q.ContinuedBy].Discarded)
                {
                    q.ContinuedBy = -1;
                    q.Status = QuotationStatus.Unclosed;
                    var open = _marks[q.OpenMark];
                    if (open.Char == '\'')
                    {
                        q.Discarded = true;
                        _marks[q.OpenMark] = open with { Role = QuoteRole.Apostrophe };
                    }
                }
            }

            var map = new int[quotes.Length]; // new index, or -1 for a discarded quotation
            var parents = new int[quotes.Length]; // the nearest ancestor that was kept
            var depth = new int[quotes.Length];
            var result = new List<Quotation>(quotes.Length);
            for (var i = 0; i < quotes.Length; i++)
            {
                ref var q = ref quotes[i];
                var parent = q.Parent < 0 ? -1 : map[q.Parent] >= 0 ? map[q.Parent] : parents[q.Parent];
                if (q.Discarded)
                {
                    map[i] = -1;
                    parents[i] = parent; // children of a discarded quotation hang from its parent
                    continue;
                }

                if (q.Status == QuotationStatus.Unclosed && LineShapes.CutShortAt(_text, _marks[q.OpenMark].Offset, q.ContentEnd))
                {
                    q.Status = QuotationStatus.CutShort;
                }

                map[i] = result.Count;
                parents[i] = parent;
                depth[result.Count] = parent >= 0 ? depth[parent] + 1 : 0;
                result.Add(new Quotation(
                    result.Count,
                    _marks[q.OpenMark],
                    q.CloseMark >= 0 ? _marks[q.CloseMark] : null,
                    q.ContentEnd,
                    q.Paragraph,
                    depth[result.Count],
                    parent,
                    q.Status,
                    q.ContinuesFrom >= 0 ? map[q.ContinuesFrom] : -1,
                    q.ContinuedBy));
            }

            var quotations = result.ToArray();
            for (var i = 0; i < quotations.Length; i++)
            {
                if (quotations[i].ContinuedBy >= 0)
                {
                    quotations[i] = quotations[i] with { ContinuedBy = map[quotations[i].ContinuedBy] };
                }
            }

            return new QuotationSet([.. _marks], quotations, [.. _unopened], [.. _loose]);
        }

        private bool HasOpen(QuoteKind kind) => _kindStacks[(int)kind].Count > 0;

        private bool HasOpen(QuoteKind kind, QuoteStyle style) => _openCounts[((int)kind * 3) + (int)style] > 0;

        private bool TopIsSingle() =>
            _stack.Count > 0 && _marks[_quotes[_stack[^1]].OpenMark].Kind == QuoteKind.Single;

        private bool TopOfKindIs(QuoteKind kind, char c) =>
            _kindStacks[(int)kind] is { Count: > 0 } stack && _marks[_quotes[stack[^1]].OpenMark].LogicalChar == c;

        private static char Logical(char c) => c switch { '‘' => '“', '’' => '”', '\'' => '"', _ => c };

        private static int Slot(char c) => ((int)QuoteChars.KindOf(c) * 3) + (int)QuoteChars.StyleOf(c);

        private static bool SameFamily(char open, char close) => QuoteChars.StyleOf(open) == QuoteChars.StyleOf(close);

        // Whitespace, the paragraph start, an opening bracket, a dash or slash, or an opening quotation mark.
        private bool IsOpeningContext(char prev, int i)
        {
            if (char.IsWhiteSpace(prev) || prev is '(' or '[' or '{' or '—' or '–' or '-' or '/' or '“' or '‘' or '«' or '„' or '‚' or '‹')
            {
                return true;
            }

            // A straight mark right after a straight mark that opened: "'Tis ..."
            return prev is '"' or '\'' && _marks.Count > 0 && _marks[^1].Offset == i - 1 && _marks[^1].Role == QuoteRole.Opening;
        }

        private static bool IsClosingPunctuation(char c) => c is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '…' or '-' or '–' or '—';

        // rock 'n' roll, rock ’n’ roll: the marks around the n are apostrophes.
        private bool IsNClitic(int i) =>
            i >= 0 && i + 2 < _text.Length && _text[i] is '\'' or '’' && _text[i + 1] is 'n' or 'N' && _text[i + 2] is '\'' or '’'
            && (i == 0 || !char.IsLetter(_text[i - 1]));

        private bool IsClitic(int i) => QuoteChars.IsClitic(_text, i);

        /// <summary>
        /// ‘ for the Arabic ayn at the start of a name's part, "Siti ‘Aisyah" or "al-‘Aziz": inside a name (after a
        /// capitalised word that does not start the sentence, or after "al-"), before a capitalised word, and with no
        /// ’ later in the paragraph that could close it. A quotation opened there would never be closed either, so
        /// nothing is lost on a title-case headline that quotes ("Trump Invokes ‘Pervert’ Weiner" has its ’).
        /// </summary>
        private bool IsTransliterationMark(int i)
        {
            if (i + 2 >= _paragraph.End || !char.IsUpper(_text[i + 1]) || !char.IsLower(_text[i + 2]) || i == _paragraph.Start)
            {
                return false;
            }

            var afterHyphen = _text[i - 1] == '-' && i - 2 >= _paragraph.Start && char.IsLetter(_text[i - 2]);
            if (!afterHyphen && !(_text[i - 1] == ' ' && FollowsNameWord(i - 1)))
            {
                return false;
            }

            var rest = _text.AsSpan(i + 1, _paragraph.End - i - 1);
            for (var close = rest.IndexOf('’'); close >= 0; close = rest.IndexOf('’'))
            {
                if (close + 1 >= rest.Length || !char.IsLetter(rest[close + 1]))
                {
                    return false;
                }

                rest = rest[(close + 1)..];
            }

            return true;
        }

        /// <summary>Whether a capitalised word of letters ends at <paramref name="space"/> and does not start its sentence.</summary>
        private bool FollowsNameWord(int space)
        {
            var start = space;
            while (start > _paragraph.Start && char.IsLetter(_text[start - 1]))
            {
                start--;
            }

            return start < space && char.IsUpper(_text[start]) && start > _paragraph.Start && _text[start - 1] == ' ' && !EndsSentenceBefore(start - 1);
        }

        private static bool TouchesDenseScript(char prev, char next) =>
            Language.Scripts.IsDense(Language.Scripts.Of(prev)) || Language.Scripts.IsDense(Language.Scripts.Of(next));

        // ‘90s, ‘05: two digits after the mark, then a non-digit.
        private bool IsYearElision(int i) =>
            i + 1 < _text.Length && char.IsAsciiDigit(_text[i]) && char.IsAsciiDigit(_text[i + 1])
            && (i + 2 >= _text.Length || !char.IsAsciiDigit(_text[i + 2]));

        // 5'10": a digit, a prime, digits, then this mark.
        private bool IsFeetInches(int i)
        {
            var j = i - 1;
            while (j >= _paragraph.Start && char.IsAsciiDigit(_text[j]))
            {
                j--;
            }

            return j < i - 1 && j >= _paragraph.Start && _text[j] is '\'' or '’' && j > _paragraph.Start && char.IsAsciiDigit(_text[j - 1]);
        }

        // ". “", "? "", '." "': the text before the mark ends a sentence.
        /// <summary>
        /// A phrase quoted inside a sentence ("normally the "engine of growth""): it opens mid-clause on a lower-case
        /// word, not after a speech verb or "that" ("said "we ...", "said that "this ...") that would make it speech.
        /// </summary>
        private bool IsQuotedPhrase(int open)
        {
            if (StartsClause(open) || open + 1 >= _paragraph.End || !char.IsLower(_text[open + 1]))
            {
                return false;
            }

            var end = open;
            while (end > _paragraph.Start && char.IsWhiteSpace(_text[end - 1]))
            {
                end--;
            }

            var start = end;
            while (start > _paragraph.Start && char.IsLetter(_text[start - 1]))
            {
                start--;
            }

            var previous = _text.AsSpan(start, end - start);
            return !previous.Equals("that", StringComparison.OrdinalIgnoreCase) && !Language.SpeechVerbs.IsVerb(previous);
        }

        /// <summary>Whether the quotation at <paramref name="quote"/> was opened in the same style (straight, typographic, guillemet) as <paramref name="mark"/>.</summary>
        private bool SameStyle(int quote, char mark) =>
            QuoteChars.StyleOf(_marks[Quotes[quote].OpenMark].Char) == QuoteChars.StyleOf(mark);

        /// <summary>The paragraph's text before <paramref name="i"/> ends a sentence (by the shared <see cref="SentenceRule"/>).</summary>
        private bool EndsSentenceBefore(int i) => SentenceRule.EndsSentence(_text.AsSpan(_paragraph.Start, i - _paragraph.Start));

        // The mark starts the paragraph, a sentence or a clause: "said: "We ...", ". "We ...", ", "we ...".
        private bool StartsClause(int i)
        {
            var j = i - 1;
            while (j >= _paragraph.Start && char.IsWhiteSpace(_text[j]))
            {
                j--;
            }

            for (var closers = 0; closers < 3 && j >= _paragraph.Start && _text[j] is '"' or '\'' or ')'; closers++)
            {
                j--;
            }

            return j < _paragraph.Start || _text[j] is '.' or '!' or '?' or '…' or ':' or ',' or ';' or '-' or '–' or '—';
        }

        private int TrimEnd(int i)
        {
            while (i > _paragraph.Start && char.IsWhiteSpace(_text[i - 1]))
            {
                i--;
            }

            return i;
        }

        private int FirstNonSpace(Paragraph paragraph)
        {
            for (var i = paragraph.Start; i < paragraph.End; i++)
            {
                if (!char.IsWhiteSpace(_text[i]))
                {
                    return i;
                }
            }

            return -1;
        }

        // Whether the mark at the start of a paragraph opens a quotation (it is classified with nothing open).
        private bool ReopensAtStart(int i, int end)
        {
            var next = i + 1 < end ? _text[i + 1] : '\n';
            return _text[i] switch
            {
                '"' => !char.IsWhiteSpace(next) && !IsClosingPunctuation(next),
                '\'' => char.IsLetter(next) && !IsNClitic(i),
                '‘' => !IsYearElision(i + 1),
                '“' or '„' or '«' or '‹' => true,
                '”' or '»' => char.IsLetterOrDigit(next),
                '‚' or '›' => char.IsLetter(next),
                _ => false,
            };
        }
    }
}
