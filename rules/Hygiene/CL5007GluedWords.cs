using System.Collections.Frozen;
using System.Runtime.InteropServices;
using CorpusLint.Language;
using CorpusLint.Model;
using CorpusLint.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusLint.Rules.Hygiene;

/// <summary>
/// Words glued where a line break was lost: "NewsIs Putin", "AgenciesEverything", "reserved.News".
/// A lower-case letter followed by a capitalised word is only a glitch with evidence: the left part is
/// a lower-case word ("ofTexas"), the right part is a function word ("NewsIs"), or both parts are
/// words the document uses on their own. CamelCase names and brands are left alone.
/// </summary>
public sealed class CL5007GluedWords : Rule
{
    /// <summary>Longest top-level label of a domain written in a text ("com", "org", "online"): a longer word after a full stop is a sentence.</summary>
    private const int MaxTopLevelLabel = 6;

    private static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        "CL5007",
        "Glued words",
        "\"{0}\" looks like two words glued where a line break or space was lost (\"{1}\" + \"{2}\")",
        RuleCategory.Hygiene,
        Severity.Suggestion,
        "When a line break is lost, a section label runs into the headline or one article into the next; the glued word defeats search, deduplication and sentence splitting.");

    /// <summary>Name prefixes that are followed by a capital: McDonald, MacArthur, DiCaprio, LeBron, VanDyke.</summary>
    private static readonly FrozenSet<string> NamePrefixes = FrozenSet.ToFrozenSet(
        ["Mc", "Mac", "De", "Di", "Da", "Du", "Le", "La", "Lo", "Van", "Von", "Vander", "Del", "Della", "Fitz", "St", "Al", "El", "Ben", "Abu", "Ibn", "Bin", "Ter", "Ten"],
        StringComparer.Ordinal);

    /// <summary>Ordinary CamelCase names and brands (compared without case).</summary>
    private static readonly FrozenSet<string> AllowList = FrozenSet.ToFrozenSet(
        """
        iPhone iPad iPod iMac iTunes iCloud iOS eBay YouTube YouGov PlayStation JavaScript TypeScript PowerPoint LinkedIn
        WhatsApp WikiLeaks WordPress BlackBerry BlackRock PayPal FedEx SpaceX OpenAI DreamWorks HarperCollins MasterCard
        FireWire GoFundMe SoundCloud MySpace FaceTime DoorDash GarageBand GrubHub TaskRabbit WeChat WeWork PepsiCo TurkStream
        MacBook WorldCom BitTorrent AirPods AirPlay GameBoy GameCube DaimlerChrysler EastEnders GiveWell OutKast PolitiFact
        GateHouse DuVernay EverQuest TiVo SoftBank NetRatings TimeWarner NatWest MagSafe LeBron BaFin StreamCast MessageLabs
        EuroDisney PricewaterhouseCoopers GlaxoSmithKline ExxonMobil HuffPost HomeKit HomePod FleetBoston DualShock CeBit
        ArcelorMittal AstraZeneca BuzzFeed ChevronTexaco DoCoMo UniCredit ThyssenKrupp SpongeBob SquarePants CarPlay
        KeyBank GoBank SoFi SoHo TalkTalk SlimFast LiveNation FiveThirtyEight RealClearPolitics McAfee NordStream
        GazProm SkyNews CNNMoney MoveOn OxyContin AirBnb HubSpot MailChimp SalesForce SmartThings StarCraft WarCraft
        BioNTech GeForce NetFlix PlayBook PowerShell QuickTime RealPlayer ThinkPad VisiCalc XBox ZoneAlarm
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Function words that start a sentence or a headline and never end a brand name ("NewsIs", "AgenciesThe").</summary>
    private static readonly FrozenSet<string> SentenceStarters = FrozenSet.ToFrozenSet(
        """
        is are was were the an and but in on at of to for with by from this that these those it its he she they we
        you his her their our my said says has have had will would can could should may might not no so if as or when
        where what who why how which while after before there here then than also just yet however meanwhile
        everything everyone nothing something
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.OrdinalIgnoreCase);

    public override DiagnosticDescriptor Descriptor => Rule;

    public override int Version => 4;

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        var text = document.Text;
        var words = document.GetWords(0, text.Length);
        if (words.Length == 0)
        {
            return;
        }

        // How often each word form occurs, counted only when a hump needs it (few documents do).
        var forms = new WordForms(document);

        var links = document.Links;
        var linkIndex = 0;
        foreach (var w in CandidateWords(text, words))
        {
            var word = words[w];
            while (linkIndex < links.Count && links[linkIndex].End <= word.Start)
            {
                linkIndex++;
            }

            var inUrl = linkIndex < links.Count && links[linkIndex].Start <= word.Start
                && (links[linkIndex].Kind is not (LinkKind.Inline or LinkKind.Reference) || word.Start >= links[linkIndex].TargetStart);
            // URLs, @handles and #hashtags are written glued on purpose.
            if (inUrl || (word.Start > 0 && text[word.Start - 1] is '@' or '#' or '_' or '/'))
            {
                continue;
            }

            // A line the layout reads as code or a table (photos.forEach(...), exports.Cow = Cow;) glues identifiers on purpose;
            // asked only of a candidate, so most documents never need the layout for this rule.
            var span = text.AsSpan(word.Start, word.Length);
            if (HasHump(span) && !IsDomainLabel(text, word) && FindCamelGlue(span, forms, out var split) && !document.Layout[document.GetLineIndex(word.Start)].IsCodeShaped)
            {
                context.Report(
                    new TextSpan(word.Start, word.Length),
                    span.ToString(),
                    span[..split].ToString(),
                    span[split..].ToString());
            }

            if (w + 1 < words.Length && IsSentenceGlue(text, word, words[w + 1]) && !document.Layout[document.GetLineIndex(word.Start)].IsCodeShaped)
            {
                var next = words[w + 1];
                context.Report(
                    new TextSpan(word.Start, next.End - word.Start),
                    text[word.Start..next.End],
                    text[word.Start..(word.End + 1)],
                    text.Substring(next.Start, next.Length));
            }
        }
    }

    /// <summary>
    /// The indexes of the words that can be reported, in text order: a hump is a capital right after a small letter, and
    /// a glued sentence ends in ".", "!" or "?" right before a capital, so only the words at such capitals are read. The
    /// capitals are found first (in ASCII text by a vectorized search): most words of an article hold none.
    /// </summary>
    private static List<int> CandidateWords(string text, ReadOnlySpan<Word> words)
    {
        var candidates = new List<int>();
        var ascii = System.Text.Ascii.IsValid(text);
        for (var p = 1; p < text.Length; p++)
        {
            if (ascii)
            {
                var next = text.AsSpan(p).IndexOfAnyInRange('A', 'Z');
                if (next < 0)
                {
                    break;
                }

                p += next;
            }
            else if (!char.IsUpper(text[p]))
            {
                continue;
            }

            var before = text[p - 1];
            if (char.IsLower(before))
            {
                Add(candidates, WordAt(words, p));
            }
            else if (before is '.' or '!' or '?' && WordAt(words, p - 1) is var glued and >= 0 && words[glued].End == p - 1)
            {
                Add(candidates, glued);
            }
        }

        return candidates;

        static void Add(List<int> candidates, int word)
        {
            if (word >= 0 && (candidates.Count == 0 || candidates[^1] < word))
            {
                candidates.Add(word);
            }
        }
    }

    /// <summary>The index of the last word starting at or before <paramref name="offset"/>, or -1.</summary>
    private static int WordAt(ReadOnlySpan<Word> words, int offset)
    {
        int low = 0, high = words.Length - 1, found = -1;
        while (low <= high)
        {
            var middle = (low + high) >> 1;
            if (words[middle].Start <= offset)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found;
    }

    /// <summary>A label of a domain name written without its scheme ("FoxNews.com", "www.DearAbby.com"): a site's name, glued on purpose.</summary>
    private static bool IsDomainLabel(string text, Word word)
    {
        var end = word.End;
        if (end + 2 >= text.Length || text[end] != '.' || !char.IsAsciiLetterLower(text[end + 1]) || !char.IsAsciiLetterLower(text[end + 2]))
        {
            return false;
        }

        var tld = end + 1;
        while (tld < text.Length && char.IsAsciiLetter(text[tld]))
        {
            tld++;
        }

        // "com", "org", "co.uk": a top-level label is a few letters followed by no letter ("system.one" is a sentence glued).
        return tld - end - 1 <= MaxTopLevelLabel && (tld == text.Length || !char.IsLetterOrDigit(text[tld]));
    }

    /// <summary>"reserved.News": a sentence end glued to a capitalised word, not "U.S.", "e.g.", "Yahoo.com" or "A.B. Smith".</summary>
    private static bool IsSentenceGlue(string text, Word word, Word next)
    {
        if (next.Start != word.End + 1 || text[word.End] is not ('.' or '!' or '?') || word.Length < 2 || next.Length < 2)
        {
            return false;
        }

        if (!char.IsLower(text[word.End - 1]) || !char.IsLetter(text[word.Start]) || !char.IsUpper(text[next.Start]) || !char.IsLower(text[next.Start + 1]))
        {
            return false;
        }

        // Domains and file names: "www.DearAbby.com", "Halo.Bungie.Org", "@user.Name".
        if (word.Start > 0 && text[word.Start - 1] is '.' or '/' or '@' or '\\' or '_')
        {
            return false;
        }

        if (next.End + 1 < text.Length && text[next.End] == '.' && char.IsLetter(text[next.End + 1]))
        {
            return false;
        }

        // "One.Tel", "Dr.Who": a short capitalised word before the period is more likely a name than a sentence end.
        var left = text.AsSpan(word.Start, word.Length);
        if (char.IsUpper(left[0]) && left.Length <= 3)
        {
            return false;
        }

        foreach (var c in left)
        {
            if (char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasHump(ReadOnlySpan<char> word)
    {
        for (var k = 1; k < word.Length; k++)
        {
            if (char.IsUpper(word[k]) && char.IsLower(word[k - 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// How often the document writes a word form. The first questions are answered by a scan over the words; a document
    /// that asks more gets a table of every form, which costs as much to build as a few dozen scans.
    /// </summary>
    private sealed class WordForms(Document document)
    {
        private const int ScansBeforeTable = 8;

        private Dictionary<int, int>.AlternateLookup<ReadOnlySpan<char>>? _lookup;
        private int _scans;

        public int Count(ReadOnlySpan<char> form)
        {
            if (_lookup is null && _scans < ScansBeforeTable)
            {
                _scans++;
                return Scan(form);
            }

            return (_lookup ??= CountAll()).TryGetValue(form, out var count) ? count : 0;
        }

        public bool Contains(ReadOnlySpan<char> form) => Count(form) > 0;

        private int Scan(ReadOnlySpan<char> form)
        {
            var text = document.Text.AsSpan();
            var count = 0;
            foreach (var word in document.GetWords(0, text.Length))
            {
                count += word.Length == form.Length && text.Slice(word.Start, word.Length).SequenceEqual(form) ? 1 : 0;
            }

            return count;
        }

        /// <summary>Each form's count, keyed by the index of its first word: no form is copied out of the text.</summary>
        private Dictionary<int, int>.AlternateLookup<ReadOnlySpan<char>> CountAll()
        {
            var words = document.Words;
            var counts = new Dictionary<int, int>(new WordFormComparer(document));
            for (var i = 0; i < words.Count; i++)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(counts, i, out _)++;
            }

            return counts.GetAlternateLookup<ReadOnlySpan<char>>();
        }

    }

    private static bool FindCamelGlue(ReadOnlySpan<char> word, WordForms forms, out int split)
    {
        split = 0;
        if (word.Length < 4)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (char.IsDigit(c))
            {
                return false;
            }
        }

        // Check each hyphen- or apostrophe-separated part on its own: "al-Assad", "O'Neill", "non-GiveWell".
        var partStart = 0;
        for (var i = 0; i <= word.Length; i++)
        {
            if (i < word.Length && word[i] is not ('-' or '‐' or '\'' or '’'))
            {
                continue;
            }

            var part = word[partStart..i];
            if (GluedPart(part, word, forms, out var partSplit))
            {
                split = partStart + partSplit;
                return true;
            }

            partStart = i + 1;
        }

        return false;
    }

    private static bool GluedPart(ReadOnlySpan<char> part, ReadOnlySpan<char> word, WordForms forms, out int split)
    {
        split = 0;
        var transitions = 0;
        for (var k = 1; k + 1 < part.Length; k++)
        {
            if (char.IsLower(part[k - 1]) && char.IsUpper(part[k]))
            {
                transitions++;
                if (char.IsLower(part[k + 1]))
                {
                    split = k;
                }
            }
        }

        // One hump only: several ("TiVoToGo", "OptInRealBig") are brands and hashtags.
        if (transitions != 1 || split == 0)
        {
            return false;
        }

        var left = part[..split];
        var right = part[split..];
        if (left.Length < 2 || right.Length < 2)
        {
            return false;
        }

        // The cheap set lookups first: the word counts are built only for a hump they leave open.
        var allowed = AllowList.GetAlternateLookup<ReadOnlySpan<char>>();
        if (allowed.Contains(part) || allowed.Contains(word)
            || (char.IsUpper(left[0]) && NamePrefixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(left)))
        {
            return false;
        }

        var leftIsStopWord = StopWords.IsEnglish(left);

        // "ofTexas", "atLabour": a lower-case word glued to a name; "NewsIs Putin": the right part is a function word
        // that starts a sentence.
        var gluedToWord = (char.IsLower(left[0]) && leftIsStopWord) || SentenceStarters.GetAlternateLookup<ReadOnlySpan<char>>().Contains(right);

        // "AgenciesEverything", "RomneySen": both parts are capitalised words the document uses on their own.
        var gluedNames = !gluedToWord && char.IsUpper(left[0]) && left.Length >= 3 && right.Length >= 3 && !leftIsStopWord;
        if (!gluedToWord && !gluedNames)
        {
            return false;
        }

        // A glued form the document writes more than once is its spelling, not a lost break.
        if (forms.Count(word) >= 2)
        {
            return false;
        }

        return gluedToWord || (forms.Contains(left) && forms.Contains(right));
    }
}

