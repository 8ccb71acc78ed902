using System.Buffers;
using System.Collections.Frozen;
using System.Text;

namespace CorpusLint.Language;

/// <summary>How much a phrase says about its line on its own.</summary>
public enum PhraseStrength
{
    None = 0,

    /// <summary>The phrase begins the line or is part of it: boilerplate only on a line that is not article prose.</summary>
    Weak = 1,

    /// <summary>The phrase is unmistakable chrome wherever it stands, unless in a long line of body prose.</summary>
    Strong = 2,

    /// <summary>The phrase is the whole line.</summary>
    Whole = 3,
}

/// <summary>The kind of page chrome a phrase belongs to; each has its rule (see <c>Model.Layout.LineClass</c>).</summary>
public enum PhraseCategory
{
    /// <summary>Subscribe, donate, newsletter and membership prompts (CL2002).</summary>
    CallToAction,

    /// <summary>Comment forms, comment policies and login remnants (CL2003).</summary>
    Comment,

    /// <summary>"Read more", "Most read", teaser labels (CL2004).</summary>
    Related,

    /// <summary>Copyright, cookie and privacy notices, editorial disclaimers (CL2005).</summary>
    Legal,

    /// <summary>Share prompts, "Follow us", social network names (CL2006).</summary>
    Social,

    /// <summary>Skip links, account links, section names, ad markers (CL2008).</summary>
    Chrome,

    /// <summary>Photo credits and caption labels (CL2011).</summary>
    Caption,
}

/// <summary>A boilerplate phrase found on a line, with its category and how much it says alone.</summary>
public readonly record struct PhraseMatch(PhraseCategory Category, string Phrase, PhraseStrength Strength);

/// <summary>
/// Phrases that web pages wrap around articles, by category: the table is data, <c>boilerplate-phrases.txt</c>
/// embedded in the assembly (its header says how entries are written). Lines are compared after <see cref="Normalize(ReadOnlySpan{char})"/>.
/// </summary>
public static class BoilerplatePhrases
{
    private const string ResourceName = "boilerplate-phrases.txt";

    internal readonly record struct Entry(PhraseCategory Category, string Phrase, char Marker);

    /// <summary>ASCII that <see cref="Normalize(ReadOnlySpan{char})"/> drops or maps: Markdown marks, the backtick, control characters and white space but the space. Declared before <see cref="Table"/>, whose phrases are normalized as it loads.</summary>
    private static readonly SearchValues<char> DroppedOrMappedAscii =
        Text.CharacterSets.Where(c => c < ' ' || c is '[' or ']' or '*' or '_' or '#' or '\\' or '`');

    private static readonly SearchValues<char> CountCharacters = SearchValues.Create("0123456789,.");

    private static readonly Entry[] Table = Load();

    private static readonly Dictionary<string, Entry> WholeLine = Table.Where(e => e.Marker == '=')
        .GroupBy(e => e.Phrase, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    private static readonly Dictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> WholeLineBySpan = WholeLine.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The longest whole-line phrase: a longer line (most lines of prose) is not hashed to be looked up.</summary>
    private static readonly int LongestWholeLine = WholeLine.Keys.Max(k => k.Length);

    private static readonly Entry[] Partial = [.. Table.Where(e => e.Marker != '=')];

    // One pass tells whether a line holds any partial phrase at all; most lines of prose hold none.
    private static readonly PhraseIndex AnyPartial = new(Partial.Select(p => p.Phrase));

    /// <summary>Every phrase of the table with its category, marker and strength (for tests and documentation).</summary>
    public static IEnumerable<(PhraseCategory Category, string Phrase, PhraseStrength Strength)> All =>
        Table.Select(e => (e.Category, e.Phrase, StrengthOf(e.Marker)));

    /// <summary>
    /// The line as the phrase lists see it: lower case, Markdown links reduced to their labels, bullets and
    /// surrounding punctuation removed, curly apostrophes straightened, whitespace collapsed.
    /// </summary>
    public static string Normalize(ReadOnlySpan<char> line)
    {
        char[]? rented = null;
        var buffer = line.Length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(line.Length));
        var result = new string(buffer[..Normalize(line, buffer)]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }

    /// <summary>
    /// Writes <see cref="Normalize(ReadOnlySpan{char})"/>'s text to <paramref name="destination"/>, at least as long as
    /// <paramref name="line"/> (the text is never longer: characters are dropped or mapped one to one, spaces collapse),
    /// and returns its length.
    /// </summary>
    internal static int Normalize(ReadOnlySpan<char> line, Span<char> destination)
    {
        var trimmed = Model.LineShapes.StripListMarker(line.Trim());
        if (trimmed.IsEmpty)
        {
            return 0;
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(destination.Length, trimmed.Length, nameof(destination));
        var length = 0;
        var space = false;
        if (IsPlainAscii(trimmed))
        {
            // Nothing to drop, map or collapse: lower case is the whole change, done vectorized.
            Ascii.ToLower(trimmed, destination, out length);
        }

        for (var i = length; i < trimmed.Length; i++)
        {
            var c = trimmed[i];
            if (c == ']' && i + 1 < trimmed.Length && trimmed[i + 1] == '(')
            {
                var close = trimmed[(i + 1)..].IndexOf(')');
                if (close > 0)
                {
                    i += close + 1;
                    continue;
                }
            }

            if (c is '[' or ']' or '*' or '_' or '#' or '\\' || Text.InvisibleCharacters.IsInvisible(c))
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = length > 0;
                continue;
            }

            if (space)
            {
                destination[length++] = ' ';
                space = false;
            }

            destination[length++] = c switch
            {
                '’' or '‘' or '`' => '\'',
                '“' or '”' => '"',
                '–' or '—' => '-',
                >= 'A' and <= 'Z' => (char)(c | 0x20),
                < '\u0080' => c,
                _ => char.ToLowerInvariant(c),
            };
        }

        var start = 0;
        var end = length;
        while (start < end && IsEdgePunctuation(destination[start]))
        {
            start++;
        }

        while (end > start && IsEdgePunctuation(destination[end - 1]))
        {
            end--;
        }

        destination[start..end].CopyTo(destination);
        return end - start;
    }

    /// <summary>The strongest phrase of any category found in a normalized line, or null.</summary>
    public static PhraseMatch? Find(ReadOnlySpan<char> normalized)
    {
        if (normalized.Length == 0)
        {
            return null;
        }

        if (normalized.Length <= LongestWholeLine && WholeLineBySpan.TryGetValue(normalized, out var whole))
        {
            return new PhraseMatch(whole.Category, whole.Phrase, PhraseStrength.Whole);
        }

        if (CountedLabel(normalized) is { } counted)
        {
            return counted;
        }

        if (IsSlideCounter(normalized))
        {
            return new PhraseMatch(PhraseCategory.Chrome, "n of m", PhraseStrength.Whole);
        }

        if (!AnyPartial.ContainsAny(normalized))
        {
            return null;
        }

        PhraseMatch? best = null;
        foreach (var entry in Partial)
        {
            var strength = StrengthOf(entry.Marker);
            if (best is { } found && found.Strength >= strength)
            {
                continue;
            }

            var hit = entry.Marker == '^' ? StartsWithWords(normalized, entry.Phrase) : ContainsOutsideAddresses(normalized, entry.Phrase);
            if (hit)
            {
                best = new PhraseMatch(entry.Category, entry.Phrase, strength);
            }
        }

        return best;
    }

    /// <summary>
    /// A counter and its label, the whole line: "199 comments", "1.2k shares". Only comment and social labels: a count
    /// before another label may be a name ("12 News", a station).
    /// </summary>
    private static PhraseMatch? CountedLabel(ReadOnlySpan<char> normalized)
    {
        var space = normalized.IndexOf(' ');
        if (space <= 0 || !IsCount(normalized[..space]))
        {
            return null;
        }

        var label = normalized[(space + 1)..];
        return label.Length <= LongestWholeLine && WholeLineBySpan.TryGetValue(label, out var entry) && entry.Category is PhraseCategory.Comment or PhraseCategory.Social
            ? new PhraseMatch(entry.Category, entry.Phrase, PhraseStrength.Whole)
            : null;
    }

    /// <summary>The longest gallery counter ("photograph 1234 of 1234 photographs" is 37 characters).</summary>
    private const int MaxSlideCounterLength = 40;

    /// <summary>The words a gallery's counter may name its pictures by: "Image 3 of 12", "3 of 12 photos".</summary>
    private static readonly FrozenSet<string> PictureWords = FrozenSet.ToFrozenSet(
        ["image", "images", "photo", "photos", "picture", "pictures", "slide", "slides", "photograph", "photographs"], StringComparer.Ordinal);

    /// <summary>
    /// A gallery's counter, the whole line: "Image 3 of 12", "3 of 12", "Photo 3 of 12", "3 of 12 photos". A counter with
    /// another word (a score, "3 of 12 members") is not one.
    /// </summary>
    private static bool IsSlideCounter(ReadOnlySpan<char> normalized)
    {
        // Every line of every article is looked up: only a short line with " of " is split into words.
        if (normalized.Length > MaxSlideCounterLength || !normalized.Contains(" of ", StringComparison.Ordinal))
        {
            return false;
        }

        Span<Range> parts = stackalloc Range[6];
        var count = normalized.Split(parts, ' ', StringSplitOptions.RemoveEmptyEntries);
        if (count is < 3 or > 5)
        {
            return false;
        }

        var first = 0;
        if (PictureWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(normalized[parts[0]]))
        {
            first = 1;
        }

        if (count - first is < 3 or > 4 || !IsNumber(normalized[parts[first]]) || !normalized[parts[first + 1]].SequenceEqual("of") || !IsNumber(normalized[parts[first + 2]]))
        {
            return false;
        }

        return count - first == 3 || (first == 0 && PictureWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(normalized[parts[first + 3]]));
    }

    private static bool IsNumber(ReadOnlySpan<char> token) => token.Length is > 0 and <= 4 && !token.ContainsAnyExceptInRange('0', '9');

    /// <summary>Digits, perhaps grouped or with a decimal point, perhaps abbreviated ("1,024", "1.2k").</summary>
    private static bool IsCount(ReadOnlySpan<char> token)
    {
        var digits = token[^1] is 'k' or 'm' ? token[..^1] : token;
        return digits.Length > 0 && char.IsAsciiDigit(digits[0]) && char.IsAsciiDigit(digits[^1]) && !digits.ContainsAnyExcept(CountCharacters);
    }

    /// <summary>
    /// The phrase occurs in the line's words: from the start of a word ("adblock" in "adblocker", not in "roadblocks"),
    /// and not only inside an e-mail address ("write to adblocking@example.org" does not ask the reader to turn off an
    /// ad blocker).
    /// </summary>
    private static bool ContainsOutsideAddresses(ReadOnlySpan<char> normalized, string phrase)
    {
        var wordStart = char.IsLetterOrDigit(phrase[0]);
        for (var at = normalized.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = NextIndexOf(normalized, phrase, at + 1))
        {
            if ((!wordStart || at == 0 || !char.IsLetterOrDigit(normalized[at - 1])) && !IsInsideEmailAddress(normalized, at, phrase.Length))
            {
                return true;
            }
        }

        return false;
    }

    private static int NextIndexOf(ReadOnlySpan<char> text, string value, int from) =>
        text[from..].IndexOf(value, StringComparison.Ordinal) is var at and >= 0 ? from + at : -1;

    /// <summary>Whether the text at [start, start + length) lies within one space-free token holding an '@' between letters.</summary>
    private static bool IsInsideEmailAddress(ReadOnlySpan<char> text, int start, int length)
    {
        var tokenStart = text[..(start + 1)].LastIndexOf(' ') + 1;
        var tokenEnd = text[start..].IndexOf(' ');
        tokenEnd = tokenEnd < 0 ? text.Length : start + tokenEnd;
        if (start + length > tokenEnd)
        {
            return false;
        }

        var token = text[tokenStart..tokenEnd];
        var sign = token.IndexOf('@');
        return sign > 0 && sign + 1 < token.Length && char.IsLetterOrDigit(token[sign - 1]) && char.IsLetterOrDigit(token[sign + 1]);
    }

    /// <summary>Whether a normalized line contains one of the user's extra phrases (already normalized).</summary>
    public static string? FindExtra(string normalized, IReadOnlyList<string> phrases)
    {
        foreach (var phrase in phrases)
        {
            var p = Normalize(phrase);
            if (p.Length > 0 && normalized.Contains(p, StringComparison.Ordinal))
            {
                return phrase;
            }
        }

        return null;
    }

    /// <summary>The line starts with the phrase as whole words: "subscribe to" opens "subscribe to our list", not "subscribe today".</summary>
    private static bool StartsWithWords(ReadOnlySpan<char> normalized, string phrase) =>
        normalized.StartsWith(phrase, StringComparison.Ordinal)
        && (normalized.Length == phrase.Length || !char.IsLetterOrDigit(phrase[^1]) || !char.IsLetterOrDigit(normalized[phrase.Length]));

    private static PhraseStrength StrengthOf(char marker) => marker switch
    {
        '=' => PhraseStrength.Whole,
        '!' => PhraseStrength.Strong,
        _ => PhraseStrength.Weak,
    };

    /// <summary>
    /// ASCII with words apart by single spaces and none of the characters <see cref="Normalize(ReadOnlySpan{char})"/> drops or maps (Markdown
    /// marks, the backtick, other white space): most lines of an English archive.
    /// </summary>
    private static bool IsPlainAscii(ReadOnlySpan<char> text) =>
        Ascii.IsValid(text) && !text.ContainsAny(DroppedOrMappedAscii) && !text.Contains("  ", StringComparison.Ordinal) && text[0] != ' ';

    private static bool IsEdgePunctuation(char c) =>
        c is '.' or ',' or ':' or ';' or '!' or '?' or '-' or '|' or '>' or '<' or '»' or '«' or '›' or '→' or '•' or '·' or '(' or ')' or '"' or '\'' or '/' or '+' or '…' or ' ';

    private static Entry[] Load()
    {
        using var stream = typeof(BoilerplatePhrases).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource '{ResourceName}' is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>Reads the table's text: <c>[Category]</c> sections of <c>marker phrase</c> lines; <c>#</c> starts a comment line.</summary>
    internal static Entry[] Parse(string text)
    {
        var entries = new List<Entry>();
        PhraseCategory? category = null;
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line[0] == '[' && line[^1] == ']')
            {
                category = Enum.TryParse<PhraseCategory>(line[1..^1], ignoreCase: false, out var parsed) && Enum.IsDefined(parsed)
                    ? parsed
                    : throw new FormatException($"{ResourceName}:{number}: unknown category '{line}'");
                continue;
            }

            if (category is null || line.Length < 3 || line[0] is not ('=' or '^' or '~' or '!') || line[1] != ' ' || line[2..].ToLowerInvariant() != line[2..])
            {
                throw new FormatException($"{ResourceName}:{number}: expected a category, then '<marker> <lower-case phrase>' lines; got '{line}'");
            }

            entries.Add(new Entry(category.Value, line[2..], line[0]));
        }

        return [.. entries];
    }
}
