using System.Collections.Frozen;

namespace CorpusLint.Model.Dates;

/// <summary>
/// Tells whether the sentence around a date tells it as past ("on March 3, 2024, protesters marched",
/// "was held on", "took place") or as a plan ("will discuss the plan on September 20", "is scheduled
/// for", "by November 2019"). A plan word anywhere in the sentence wins over past verbs, so a date is
/// only called past when nothing in its sentence points forward: the rules that use it stay silent
/// when unsure.
/// </summary>
internal static class DateTenseAnalyzer
{
    /// <summary>Nouns as often as verbs: a plan only before "to" or "for" ("plans to", "set for", "due to").</summary>
    private static readonly FrozenSet<string> BeforeTo = FrozenSet.ToFrozenSet(
        ["plan", "plans", "aim", "aims", "hope", "hopes", "set", "going", "due", "schedule", "deadline", "bid", "bids", "seeks", "seek", "wants", "want", "prepared", "ready", "agreed", "agree", "agrees", "decided", "voted", "promise", "pledge"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BeforeToLookup = BeforeTo.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, DateTense> Markers = BuildMarkers().ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, DateTense>.AlternateLookup<ReadOnlySpan<char>> MarkerLookup =
        Markers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adjectives and nouns that end in "-ed" but are not past verbs.</summary>
    private static readonly FrozenSet<string> NotPastEd = FrozenSet.ToFrozenSet(
        """
        hundred red bed shed wed need speed seed feed breed exceed proceed succeed indeed embed sacred naked
        wicked wretched rugged beloved aged talented interested concerned supposed armed based related
        limited united detailed advanced skilled learned alleged so-called unprecedented unexpected
        unemployed retired married tired frightened worried divided mixed fixed varied
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotPastEdLookup = NotPastEd.GetAlternateLookup<ReadOnlySpan<char>>();

    public static DateTense Classify(Document document, DateMention mention)
    {
        if (mention.Preposition is "by" or "until" or "till" or "before")
        {
            return DateTense.Future;
        }

        var (start, end) = SentenceAround(document, mention.Start, mention.End);
        var text = document.Text.AsSpan();
        var past = false;
        var words = document.GetWords(start, end);
        for (var k = 0; k < words.Length; k++)
        {
            var word = words[k];
            if (word.Start >= mention.Start && word.Start < mention.End)
            {
                continue;
            }

            var span = text.Slice(word.Start, word.Length);
            if (TellsThisDocumentsPublication(text, words, k))
            {
                // "A version of this article appeared in print on July 19, 2013": the document's own history (a print
                // edition the day after the web's), not an event its story tells.
                return DateTense.Unknown;
            }

            if (BeforeToLookup.Contains(span))
            {
                if (k + 1 < words.Length && text.Slice(words[k + 1].Start, words[k + 1].Length) is ['t', 'o'] or ['f', 'o', 'r'])
                {
                    return DateTense.Future;
                }

                continue;
            }

            var tense = Classify(span);
            if (tense == DateTense.Future)
            {
                return DateTense.Future;
            }

            past |= tense == DateTense.Past;
        }

        return past ? DateTense.Past : DateTense.Unknown;
    }

    /// <summary>What a document calls itself when it tells its own publication: "this article appeared", "this story was first published".</summary>
    private static readonly FrozenSet<string> SelfNouns = FrozenSet.ToFrozenSet(
        ["article", "story", "piece", "column", "post", "essay", "report", "interview", "review", "version", "op-ed"], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SelfNounLookup = SelfNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Verbs of a publication: "appeared", "published", "printed", "ran", "posted", "aired".</summary>
    private static readonly FrozenSet<string> PublicationVerbs = FrozenSet.ToFrozenSet(
        ["appeared", "published", "printed", "ran", "posted", "aired", "republished", "reprinted"], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PublicationVerbLookup = PublicationVerbs.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The most words between "this article" and its verb ("this article was originally published").</summary>
    private const int MaxWordsToPublicationVerb = 3;

    /// <summary>Whether the words at <paramref name="k"/> read "this article|story|..." followed closely by a publication verb.</summary>
    private static bool TellsThisDocumentsPublication(ReadOnlySpan<char> text, ReadOnlySpan<Word> words, int k)
    {
        if (k + 2 >= words.Length || !text.Slice(words[k].Start, words[k].Length).Equals("this", StringComparison.OrdinalIgnoreCase)
            || !SelfNounLookup.Contains(text.Slice(words[k + 1].Start, words[k + 1].Length)))
        {
            return false;
        }

        for (var j = k + 2; j < words.Length && j <= k + 2 + MaxWordsToPublicationVerb; j++)
        {
            if (PublicationVerbLookup.Contains(text.Slice(words[j].Start, words[j].Length)))
            {
                return true;
            }
        }

        return false;
    }

    internal static DateTense Classify(ReadOnlySpan<char> word)
    {
        if (MarkerLookup.TryGetValue(word, out var tense))
        {
            // "May" the month is not "may" the modal
            return tense == DateTense.Future && word is ['M', 'a', 'y'] ? DateTense.Unknown : tense;
        }

        if (word.Length > 3 && word[^3] is '\'' or '’' && word[^2] is 'l' && word[^1] is 'l')
        {
            return DateTense.Future; // "they'll"
        }

        if (word.Length >= 5 && word[^2] == 'e' && word[^1] == 'd' && word[^3] != 'e' && char.IsLower(word[0]) && !NotPastEdLookup.Contains(word))
        {
            return DateTense.Past;
        }

        return DateTense.Unknown;
    }

    /// <summary>
    /// The clause that can say when the mention happens: the mention's sentence (<see cref="Document.Sentences"/>), cut
    /// at the semicolons on either side of the mention.
    /// </summary>
    public static (int Start, int End) SentenceAround(Document document, int start, int end)
    {
        var text = document.Text.AsSpan();
        var line = document.Lines[document.GetLineIndex(start)];
        var (sentenceStart, sentenceEnd) = document.GetSentenceAt(start) is { } sentence
            ? (sentence.Start, Math.Max(sentence.End, end))
            : (line.Start, Math.Max(line.End, end));
        // A "sentence" longer than this is text without full stops (a list, a transcript, damage): cap the window so
        // that a document of one huge line stays linear.
        var s = Math.Max(sentenceStart, start - MaxSentenceReach);
        var e = Math.Min(sentenceEnd, end + MaxSentenceReach);
        var before = text[s..start].LastIndexOf(';');
        var after = text[end..e].IndexOf(';');
        return (before < 0 ? s : s + before + 1, after < 0 ? e : end + after);
    }

    /// <summary>Farthest the clause reaches on either side of the mention.</summary>
    private const int MaxSentenceReach = 400;

    private static IEnumerable<KeyValuePair<string, DateTense>> BuildMarkers()
    {
        const string future = """
            will shall won't won’t would could should might may must scheduled slated expected expects expect
            planned planning intends intend intended intending upcoming forthcoming until till
            next proposed proposes propose tomorrow tentatively pending awaits await awaiting prepares preparing
            ahead anticipated projected likely promised pledged vowed threatened unless if whether
            """;
        const string past = """
            was were had did took went came met made said told held began won lost gave left saw fell rose spoke wrote
            led brought sent found became ran sold bought paid struck broke threw caught fought flew drew grew knew thought
            got kept stood felt heard ago yesterday earlier previously former formerly died
            """;
        foreach (var word in future.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            yield return new(word, DateTense.Future);
        }

        foreach (var word in past.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            yield return new(word, DateTense.Past);
        }
    }
}
