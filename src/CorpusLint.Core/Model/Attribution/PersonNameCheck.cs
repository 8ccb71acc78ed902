using System.Collections.Frozen;
using System.Text.RegularExpressions;
using CorpusLint.Language;
using CorpusLint.Model.Dates;

namespace CorpusLint.Model.Attribution;

/// <summary>
/// Tells a person's name from a section label, a menu item or a site name, by four signals:
/// <list type="bullet">
/// <item>its shape: capitalised words (initials and particles such as "de" or "van" allowed), no digits, no
/// function words, and for a name printed without a cue two to four words;</item>
/// <item>the document's own vocabulary: a word the same text also writes in lower case ("Tech Industry" in a page
/// about the tech industry, "Follow" beside "follow us") is a common word, not a name;</item>
/// <item>the vocabulary of page chrome: section and menu words ("News", "Opinion", "Editor", "Share");</item>
/// <item>for a name printed without a cue, the words of publication and organisation names ("Yahoo Finance",
/// "Associated Press") and titles ("President ...", a caption's subject): one of them is enough to reject it.</item>
/// </list>
/// Otherwise a name is rejected only when every one of its words is common vocabulary, so "April Glaser" passes, and
/// after a cue "Will Oremus" (<see cref="FunctionWordNames"/>).
/// </summary>
internal sealed partial class PersonNameCheck(Document document)
{
    /// <summary>
    /// A name printed without a cue ("Mike Conley" over the dateline) has at most this many words besides initials and
    /// particles ("Laura June Topolsky"); a longer capitalised line is a headline or a widget's title.
    /// </summary>
    private const int MaxUncuedWords = 3;

    /// <summary>One author's name after a cue ("By Ana María Núñez de la Fuente").</summary>
    private const int MaxCuedWords = 6;

    /// <summary>A surname with its particle glued on, before its capital ("deAgonia", "d'Amato", "al-Sadr").</summary>
    private static bool HasGluedParticle(string word) => GluedParticleName().IsMatch(word);

    [GeneratedRegex($@"^{AttributionScanner.GluedParticle}\p{{Lu}}[\p{{L}}\p{{M}}'’.\-]*\p{{Ll}}$")]
    private static partial Regex GluedParticleName();

    private static readonly FrozenSet<string> Particles = FrozenSet.ToFrozenSet(
        ["de", "di", "da", "del", "della", "dos", "das", "du", "van", "von", "der", "den", "ter", "la", "le", "al", "el", "bin", "ibn", "ben", "y", "st"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>The small words inside a person's name ("Emilio de Benito", "Anna van der Berg"), in any case: the caller checks it is lower.</summary>
    internal static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Particle = Particles.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that page chrome is made of: section labels, menu items, roles and calls to action.</summary>
    private static readonly FrozenSet<string> ChromeWords = FrozenSet.ToFrozenSet(
        """
        news latest breaking top home world national local international opinion opinions politics business tech technology
        science health sport sports entertainment culture arts life lifestyle travel food style fashion beauty books music film
        films movies tv television games gaming money markets finance economy education environment climate weather autos cars
        video videos photo photos gallery galleries podcast podcasts newsletter newsletters magazine blog blogs edition editions
        section sections category categories tag tags topic topics archive archives feature features review reviews analysis
        column columns live events jobs shop store deals more menu search share follow subscribe sign login log register contact
        about privacy terms advertise help read next previous related popular trending recommended stories story comments
        comment author authors editor editors staff reporter reporters writer writers correspondent contributor contributors
        columnist senior deputy chief managing executive associate contributing guest team desk wire press media digital online
        web network channel insider weekly daily today update updates official report reports brief briefing special
        north south east west middle central united new key points highlights takeaways summary sharing buttons print save
        text size font email facebook twitter linkedin pinterest reddit whatsapp instagram youtube tumblr flipboard
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Words of the names of publications, sites and organisations ("Yahoo Finance", "Associated Press", "Tech Insider"),
    /// with the chrome words: a name printed without a cue that holds one is not a person's.
    /// </summary>
    private static readonly FrozenSet<string> OrganisationWords = FrozenSet.ToFrozenSet(
        ChromeWords.Concat(
            """
            post times journal herald tribune gazette mail chronicle express observer telegraph radio agency associated bureau
            foundation institute university college center centre company corp inc ltd llc group council committee association
            society organization organisation project initiative program programme studio studios labs media finance images
            image enlarge order reprints reprint permissions
            """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Function words that are also given names or surnames ("Will Englund", "Edward Said", "Thomas More", "Ker Than",
    /// "Can Dündar", "Anh Do"): after a cue they may be a name's, as long as another word of it is no function word
    /// ("By Now", "By More Than" stay labels).
    /// </summary>
    private static readonly FrozenSet<string> FunctionWordNames = FrozenSet.ToFrozenSet(["will", "said", "more", "than", "can", "do", "so"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Titles of people a story is about ("President Donald Trump" under a picture); bylines do not carry them.</summary>
    private static readonly FrozenSet<string> Titles = FrozenSet.ToFrozenSet(
        """
        mr mrs ms dr president prime minister senator sen rep representative gov governor mayor king queen prince princess
        pope sir dame lord lady chancellor secretary judge justice general gen colonel captain officer sheriff chairman ceo
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ChromeWordLookup = ChromeWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private HashSet<int>? _lowerCaseWords;

    /// <summary>A word of section labels, menus and roles ("Staff", "Business", "Share").</summary>
    public static bool IsChromeWord(ReadOnlySpan<char> word) => ChromeWordLookup.Contains(word);

    /// <summary>
    /// The name a run printed beside a date opens with, before the writer's role or paper ("JANE ROE AP Sports Writer",
    /// "Jane Roe Harbour Gazette Staff"): the words up to the first agency, section, organisation or title word, when at
    /// least two and they read as a name. Null otherwise.
    /// </summary>
    public string? NameBeforeRole(string run)
    {
        var words = 0;
        for (var start = 0; start < run.Length; words++)
        {
            var end = run.IndexOf(' ', start);
            end = end < 0 ? run.Length : end;
            var word = run[start..end];
            var lower = word.ToLowerInvariant();
            if (words >= 2 && (AttributionScanner.IsAgency(word) || ChromeWords.Contains(lower) || OrganisationWords.Contains(lower) || Titles.Contains(lower)))
            {
                var name = run[..start].TrimEnd();
                return Reject(name, cued: false) is null ? name : null;
            }

            start = end + 1;
            while (start < run.Length && run[start] == ' ')
            {
                start++;
            }
        }

        return null;
    }

    /// <summary>
    /// Two writers printed without a cue, beside the date ("Jane Roe and John Doe"): each a name of two words or more, of
    /// letters only (a headline's "Q&amp;A: Jane Roe and Man Utd" is not); anything else is one name, checked whole.
    /// </summary>
    private static string[] TwoWriters(string name)
    {
        var and = name.IndexOf(" and ", StringComparison.Ordinal);
        if (and < 0 || name.Any(c => !char.IsLetter(c) && c is not (' ' or '.' or '\'' or '’' or '-')))
        {
            return [name];
        }

        string[] parts = [name[..and].Trim(), name[(and + 5)..].Trim()];
        return parts.All(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 2) ? parts : [name];
    }

    /// <summary>Null when <paramref name="name"/> reads as a person's name (or several, after a cue); otherwise why it does not.</summary>
    public string? Reject(string name, bool cued)
    {
        var people = cued ? SplitPeople(name) : TwoWriters(name);
        foreach (var person in people)
        {
            if (RejectOne(person, cued) is { } reason)
            {
                return reason;
            }
        }

        return null;
    }

    private string? RejectOne(string person, bool cued)
    {
        if (!cued && person.TrimEnd().EndsWith(':'))
        {
            return "ends with a colon: a label over its value, not a name";
        }

        var words = person.Split((char[])[' ', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        var nameWords = 0;
        var functionNames = 0;
        var common = 0;
        string? commonWord = null;
        foreach (var raw in words)
        {
            var word = raw.TrimEnd(',', ';', ':');
            if ((Particles.Contains(word) && char.IsLower(word[0])) || IsInitial(word))
            {
                continue;
            }

            // A script without case (Korean, Chinese) writes names as it writes other words.
            if (!char.IsUpper(word[0]) && (char.IsLower(word[0]) || !char.IsLetter(word[0])) && !HasGluedParticle(word))
            {
                return $"'{word}' is not capitalised: not a name";
            }

            if (word.Any(char.IsDigit))
            {
                return $"'{word}' has digits: not a name";
            }

            var lower = word.TrimEnd('.').ToLowerInvariant();
            if (StopWords.English.Contains(lower) && !(cued && FunctionWordNames.Contains(lower)))
            {
                return $"'{word}' is a function word: a title or a label, not a name";
            }

            functionNames += StopWords.English.Contains(lower) ? 1 : 0;

            // After a cue a weekday's short form is a surname ("By Lena H. Sun"); its full name or a short form without a cue is not.
            if (DateWords.Lookup.TryGetValue(lower, out var dateWord) && dateWord.Kind == DateWordKind.Weekday && !(cued && dateWord.Abbreviated && !word.EndsWith('.')))
            {
                return $"'{word}' is a weekday: not a name";
            }

            nameWords++;
            if (!cued && OrganisationWords.Contains(lower))
            {
                return $"'{word}' names a site, a section or an organisation, not a person";
            }

            if (!cued && Titles.Contains(lower))
            {
                return $"'{word}' is a title: a person in the story (a caption), not the author";
            }

            if (ChromeWords.Contains(lower) || (!cued && LowerCaseWords.Contains(lower)))
            {
                common++;
                commonWord ??= word;
            }
        }

        if (nameWords == 0)
        {
            return "no name word";
        }

        if (functionNames == nameWords)
        {
            return $"'{words[0]}' is a function word: a title or a label, not a name";
        }

        if (!cued && nameWords < 2)
        {
            return "a single word without a cue: a label, not a byline";
        }

        if (nameWords > (cued ? MaxCuedWords : MaxUncuedWords))
        {
            return "more words than a person's name";
        }

        if (common == nameWords)
        {
            return ChromeWords.Contains(commonWord!.TrimEnd('.'))
                ? $"'{commonWord}' is a word of section labels and menus, and so is the rest: not a name"
                : $"the text also writes '{commonWord.ToLowerInvariant()}' in lower case, and every word of it is common: a label, not a name";
        }

        return null;
    }

    /// <summary>"Jane Doe and John Roe", "A, B & C": one name per author.</summary>
    private static string[] SplitPeople(string names) =>
        names.Replace(" and ", ",", StringComparison.OrdinalIgnoreCase).Replace(" & ", ",", StringComparison.Ordinal)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>"M.", "M", "J.R.": initials stand in names without telling anything about them.</summary>
    private static bool IsInitial(string word) =>
        word.Length <= 4 && word.All(c => char.IsUpper(c) || c == '.') && (word.Length == 1 || word.Contains('.'));

    /// <summary>
    /// A word between spaces or punctuation of running text, not a piece of an address, a handle or a file name
    /// ("dan.goodin@example.com", "@janeroe", "/news/tech"), which spell names in lower case.
    /// </summary>
    private static bool InRunningText(ReadOnlySpan<char> text, Word word)
    {
        var before = word.Start == 0 ? ' ' : text[word.Start - 1];
        var after = word.End >= text.Length ? ' ' : text[word.End];
        var afterNext = word.End + 1 >= text.Length ? ' ' : text[word.End + 1];
        return (char.IsWhiteSpace(before) || before is '(' or '"' or '“' or '‘' or '\'' or '—' or '–')
            && (char.IsWhiteSpace(after) || (after is ',' or ';' or ':' or '!' or '?' or ')' or '"' or '”' or '’' or '.' && !char.IsLetterOrDigit(afterNext)));
    }

    /// <summary>
    /// Every word the document writes in lower case in running text (built once, on the first name checked), by the
    /// index of its first such word: looked up by a span, no word is copied out of the text.
    /// </summary>
    private HashSet<int>.AlternateLookup<ReadOnlySpan<char>> LowerCaseWords
    {
        get
        {
            if (_lowerCaseWords is null)
            {
                var words = new HashSet<int>(new WordFormComparer(document));
                var text = document.Text.AsSpan();
                var all = document.Words;
                for (var i = 0; i < all.Count; i++)
                {
                    if (char.IsLower(text[all[i].Start]) && InRunningText(text, all[i]))
                    {
                        words.Add(i);
                    }
                }

                _lowerCaseWords = words;
            }

            return _lowerCaseWords.GetAlternateLookup<ReadOnlySpan<char>>();
        }
    }
}
