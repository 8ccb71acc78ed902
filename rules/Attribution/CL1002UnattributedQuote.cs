using CorpusLint.Language;
using CorpusLint.Model;
using CorpusLint.Model.Attribution;
using CorpusLint.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusLint.Rules.Attribution;

/// <summary>A direct quotation of at least <c>min_words</c> words that no speech verb, colon or dash attributes to anyone.</summary>
public sealed partial class CL1002UnattributedQuote : Rule
{
    private const int DefaultMinWords = 8;

    /// <summary>How many words into a question its subject is looked for: an auxiliary, a negation or a "But" come first ("But hasn't she ...").</summary>
    private const int QuestionSubjectReach = 5;

    private static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        "CL1002",
        "Unattributed quotation",
        "Quotation of {0} words has no speaker: no speech verb, colon introduction or signature ties it to a name, pronoun or role",
        RuleCategory.Attribution,
        Severity.Warning,
        "A quotation that nobody is said to have said cannot be checked; in scraped text the attribution was usually lost.");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override int Version => 13;

    public override IReadOnlyList<RuleOption> Options { get; } =
    [
        new("min_words", RuleOptionType.Integer, DefaultMinWords.ToString(System.Globalization.CultureInfo.InvariantCulture), "Shortest quotation, in words, that needs a speaker."),
    ];

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        var quotations = document.Quotations;
        var minWords = context.Options.GetInt("min_words", DefaultMinWords);
        var attributedParagraphs = new HashSet<int>();
        var attributedQuotations = new List<Quotation>();
        List<(Quotation Quotation, int Words)>? unattributed = null;
        Quotation? previousAttributed = null;
        foreach (var quotation in quotations.Quotations)
        {
            // A multi-paragraph quotation is judged once, as a whole, from its first part; nested quotations belong to their speaker's quotation.
            if (quotation.Depth > 0 || quotation.IsContinuation)
            {
                continue;
            }

            // Speech verbs, pronouns and roles are read in English: in a paragraph of another language or script (a Korean
            // headline too short for its stop words to tell) nobody can be found.
            var language = document.Languages.Paragraphs[quotation.Paragraph];
            if (!language.ReadsAs(LanguageProfiles.English) || language.Script is not (Script.Latin or Script.None))
            {
                continue;
            }

            var words = 0;
            var attributed = IsWovenFragment(document, quotation)
                || IsTitle(document, quotation)
                || IsHeadlineNamingItsSpeaker(document, quotation)
                || IsCitedTitle(document, quotation)
                || IsInWordsOfSomeone(document, quotation)
                || FollowsAttributedQuotation(document, quotation, previousAttributed)
                || ContinuesQuotedParagraphs(document, quotation, attributedParagraphs)
                || FollowsSentenceAboutSomeone(document, quotation)
                || AnswersAQuestionAboutSomeone(document, quotation);
            for (Quotation? part = quotation; part is { } current && !attributed; part = quotations.GetContinuation(current))
            {
                words += document.GetWords(current.ContentStart, current.ContentEnd).Length;
                attributed = SpeakerFinder.FindSpeaker(document, current.Start, current.End, current.IsContinuation) is not null
                    || IsSignedOnNextLine(document, current);
            }

            if (attributed)
            {
                attributedParagraphs.Add(quotation.Paragraph);
                attributedQuotations.Add(quotation);
                previousAttributed = quotation;
            }
            else if (words >= minWords)
            {
                (unattributed ??= []).Add((quotation, words));
            }
        }

        foreach (var (quotation, words) in unattributed ?? [])
        {
            if (!RepeatsAttributedQuotation(document, quotation, attributedQuotations))
            {
                context.Report(new TextSpan(quotation.Start, 1), words);
            }
        }
    }

    /// <summary>
    /// A quotation whose words are all inside a quotation attributed elsewhere in the document: a headline or a pull
    /// quote that repeats what the article quotes with its speaker ("“We will not close a school”" over "“We will not
    /// close a school,” the superintendent said"), before or after it.
    /// </summary>
    private static bool RepeatsAttributedQuotation(Document document, Quotation quotation, List<Quotation> attributed)
    {
        var quotations = document.Quotations;
        var words = document.GetWords(quotation.ContentStart, quotation.ContentEnd);
        foreach (var other in attributed)
        {
            for (Quotation? part = other; part is { } current; part = quotations.GetContinuation(current))
            {
                if (WordRuns.Contains(document.Text, document.GetWords(current.ContentStart, current.ContentEnd), words))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A quotation that opens its paragraph right after a paragraph with an attributed quotation carries on
    /// that speaker (interviews and speeches quoted over several paragraphs, each closed and reopened).
    /// </summary>
    private static bool ContinuesQuotedParagraphs(Document document, Quotation quotation, HashSet<int> attributedParagraphs)
    {
        var paragraph = document.Paragraphs[quotation.Paragraph];
        return quotation.Paragraph > 0
            && attributedParagraphs.Contains(quotation.Paragraph - 1)
            && !ContainsLetterOrDigit(document.Text.AsSpan(paragraph.Start, quotation.Start - paragraph.Start));
    }

    /// <summary>
    /// A fragment woven into the sentence's grammar ("needed to be a “self-contained apparatus ...”"): it starts
    /// in lower case right after a word, so the sentence around it is the attribution.
    /// </summary>
    private static bool IsWovenFragment(Document document, Quotation quotation)
    {
        var text = document.Text;
        var content = text.AsSpan(quotation.ContentStart, quotation.ContentEnd - quotation.ContentStart).TrimStart();
        if (content.IsEmpty || !char.IsLower(content[0]))
        {
            return false;
        }

        // "needed to be a “self-contained ...”", "told the audience, “that’s really good ...”".
        var before = text.AsSpan(0, quotation.Start).TrimEnd();
        return !before.IsEmpty && (char.IsLetterOrDigit(before[^1]) || before[^1] is ',' or ';');
    }

    /// <summary>
    /// A headline that opens on a quotation and names its speaker after a colon: "“We were never asked”: nurses on the
    /// pay dispute", "“Keep the boats small”: a conversation with Jane Roe". Only in the article's header or a heading: in
    /// running prose a colon after a quotation introduces what follows.
    /// </summary>
    private static bool IsHeadlineNamingItsSpeaker(Document document, Quotation quotation)
    {
        var lineIndex = document.GetLineIndex(quotation.Start);
        var line = document.Lines[lineIndex];
        if (quotation.End > line.End)
        {
            return false;
        }

        var text = document.Text;
        var before = text.AsSpan(line.Start, quotation.Start - line.Start);
        var after = text.AsSpan(quotation.End, line.End - quotation.End);
        return LineShapes.WithoutHeadingMarks(before).Trim().IsEmpty
            && after.StartsWith(':')
            && after[1..].ContainsAnyExcept(' ', '\t')
            && (document.Header.ZoneOf(lineIndex) == ArticleZone.Header || LineShapes.HeadingLevel(text.AsSpan(line.Start, line.End - line.Start)) > 0);
    }

    /// <summary>A title in quotation marks ("10 Things in Tech You Need to Know"): in title case.</summary>
    private static bool IsTitle(Document document, Quotation quotation) =>
        Casing.Of(document.Text.AsSpan(quotation.ContentStart, quotation.ContentEnd - quotation.ContentStart)).IsTitleCase;

    /// <summary>
    /// A title in a reference list: the line goes on after the quotation with the marks of a bibliographic citation
    /// (<c>^ "Ferry to run later". Harbour Gazette. 3 May 2018. Retrieved 9 May 2018.</c>), so the quoted words are what
    /// an article was called, not what someone said. An entry that opens with Wikipedia's caret (<c>221. ^</c>) is one.
    /// </summary>
    private static bool IsCitedTitle(Document document, Quotation quotation)
    {
        var line = document.Lines[document.GetLineIndex(quotation.Start)];
        var end = Math.Min(line.End, Math.Max(quotation.End, line.Start));
        var after = document.Text.AsSpan(end, line.End - end);
        return LineShapes.HasCitationMark(after) || LineShapes.OpensWithCitationCaret(document.GetText(line));
    }

    /// <summary>"In Dr. Shadlen's words, “...”", "in the words of the harbour master, “...”": the speaker is named before.</summary>
    private static bool IsInWordsOfSomeone(Document document, Quotation quotation)
    {
        var line = document.Lines[document.GetLineIndex(quotation.Start)];
        var from = Math.Max(line.Start, quotation.Start - 120);
        return InWordsOf().IsMatch(document.Text.AsSpan(from, quotation.Start - from));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b[Ii]n (?:the words of [^!?“”""]{2,80}|[\p{Lu}][^!?“”""]{0,60}(?:'s|’s|s'|s’) (?:own )?words),?\s*$")]
    private static partial System.Text.RegularExpressions.Regex InWordsOf();

    /// <summary>A quotation that follows an attributed one in the same paragraph with nothing but punctuation between them.</summary>
    private static bool FollowsAttributedQuotation(Document document, Quotation quotation, Quotation? previous) =>
        previous is { } attributed
        && attributed.Paragraph == quotation.Paragraph
        && attributed.End <= quotation.Start
        && !ContainsLetterOrDigit(document.Text.AsSpan(attributed.End, quotation.Start - attributed.End));

    /// <summary>
    /// A quotation right after a sentence whose subject is a person ("Her friend Brittany Lockwood chimed in.
    /// “...”", "She sighs. “...”"): newswire style names the speaker in the sentence before.
    /// </summary>
    private static bool FollowsSentenceAboutSomeone(Document document, Quotation quotation)
    {
        var paragraph = document.Paragraphs[quotation.Paragraph];
        var text = document.Text.AsSpan(paragraph.Start, quotation.Start - paragraph.Start).TrimEnd();
        if (text.IsEmpty || text[^1] is not ('.' or '!' or '?' or ':'))
        {
            return false;
        }

        var sentenceStart = document.GetSentenceAt(paragraph.Start + text.Length - 1)?.Start ?? paragraph.Start;
        var words = document.GetWords(sentenceStart, paragraph.Start + text.Length);
        foreach (var word in words[..Math.Min(words.Length, 4)])
        {
            var value = document.GetText(word);
            if (Language.SpeechVerbs.IsPronoun(value) && char.IsUpper(value[0]) || Language.SpeechVerbs.IsRole(value))
            {
                return true;
            }

            if (char.IsUpper(value[0]) && !Language.StopWords.IsEnglish(value))
            {
                // A capitalised word that is not a function word: a name ("Her friend Brittany Lockwood ...", "Aderholt returned ...").
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A quotation opening the paragraph after the writer's own question about someone ("Was she a fan of the show before
    /// she joined it?" then "“I've watched it since I was born ...”"): a profile's interview told as questions and quoted
    /// answers, the person the question names or points to is the one who answers.
    /// </summary>
    private static bool AnswersAQuestionAboutSomeone(Document document, Quotation quotation)
    {
        var paragraph = document.Paragraphs[quotation.Paragraph];
        if (quotation.Paragraph == 0 || ContainsLetterOrDigit(document.Text.AsSpan(paragraph.Start, quotation.Start - paragraph.Start)))
        {
            return false;
        }

        var previous = document.Paragraphs[quotation.Paragraph - 1];
        var question = document.Text.AsSpan(previous.Start, previous.Length).TrimEnd();
        if (question.IsEmpty || question[^1] != '?')
        {
            return false;
        }

        var end = previous.Start + question.Length;
        var sentenceStart = document.GetSentenceAt(end - 1)?.Start ?? previous.Start;
        var words = document.GetWords(sentenceStart, end);
        for (var i = 0; i < words.Length && i < QuestionSubjectReach; i++)
        {
            var value = document.GetText(words[i]);
            if (IsThirdPersonPronoun(value) || Language.SpeechVerbs.IsRole(value) || (i > 0 && char.IsUpper(value[0]) && !Language.StopWords.IsEnglish(value)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsThirdPersonPronoun(ReadOnlySpan<char> word) =>
        word.Equals("he", StringComparison.OrdinalIgnoreCase) || word.Equals("she", StringComparison.OrdinalIgnoreCase) || word.Equals("they", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A testimonial or epigraph signed after it: "“...” --Thomas Jefferson" on its own line, or "– Jane Doe" or
    /// "— J. Doe, Leeds" on the next.
    /// </summary>
    private static bool IsSignedOnNextLine(Document document, Quotation quotation)
    {
        var line = document.GetLineIndex(quotation.End);
        var end = document.Lines[line].End;
        if (quotation.End < end && IsSignature(document.Text.AsSpan(quotation.End, end - quotation.End).Trim(), nameCapitalised: true))
        {
            return true;
        }

        for (var next = line + 1; next < document.Lines.Count && next <= line + 2; next++)
        {
            var text = document.GetText(document.Lines[next]).Trim();
            if (!text.IsEmpty)
            {
                return IsSignature(text, nameCapitalised: false) || IsPullQuoteCredit(text);
            }
        }

        return false;
    }

    /// <summary>
    /// A dash and a short signature after it ("– Jane Doe", "--Thomas Jefferson", "— J. Doe, Leeds"); on the quotation's
    /// own line a capitalised name, for a dash there may go on with the sentence ("” - and then he left").
    /// </summary>
    private static bool IsSignature(ReadOnlySpan<char> text, bool nameCapitalised)
    {
        if (text.Length < 2 || text[0] is not ('–' or '—' or '―' or '-') || text.Length >= 60)
        {
            return false;
        }

        var name = text.TrimStart("–—―-").TrimStart();
        return !nameCapitalised || (!name.IsEmpty && char.IsUpper(name[0]));
    }

    /// <summary>
    /// A pull quote's credit as a text browser prints it: the alternative text of the closing mark's picture, then the
    /// speaker ("End Quote Dr Jane Roe University of Leeds", glued or on the next line as BeautifulSoup prints it).
    /// </summary>
    private static bool IsPullQuoteCredit(ReadOnlySpan<char> text)
    {
        foreach (var label in PullQuoteClosingLabels)
        {
            if (text.StartsWith(label, StringComparison.OrdinalIgnoreCase))
            {
                var rest = text[label.Length..].TrimStart();
                return rest.IsEmpty || char.IsUpper(rest[0]);
            }
        }

        return false;
    }

    /// <summary>The alternative texts sites give the picture of a pull quote's closing mark.</summary>
    private static readonly string[] PullQuoteClosingLabels = ["End Quote", "End of quote", "Close quote", "Closing quote"];

    private static bool ContainsLetterOrDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
