namespace CorpusLint.Configuration;

/// <summary>
/// An editorconfig section name read the way Roslyn's AnalyzerConfig reads it: whether it is a valid glob at all
/// (Roslyn silently drops a section it cannot compile, so a typo like <c>[{{{]</c> would switch settings off
/// without a word), and the literal text a matching path must start and end with, which lets a file of thousands of
/// sections hand Roslyn only those that can match a given document.
/// </summary>
internal sealed class SectionGlob
{
    private const string Special = "*?[{},\\";

    private SectionGlob(string name, bool isValid, string prefix, string suffix, bool matchesFileNameOnly)
    {
        Name = name;
        IsValid = isValid;
        Prefix = prefix;
        Suffix = suffix;
        MatchesFileNameOnly = matchesFileNameOnly;
    }

    public string Name { get; }

    public bool IsValid { get; }

    /// <summary>
    /// Literal text every matching path starts with: relative to the configuration file's folder for a section with a
    /// '/', else the file name (a section without '/' matches a file name in any folder below).
    /// </summary>
    public string Prefix { get; }

    /// <summary>Literal text every matching path ends with.</summary>
    public string Suffix { get; }

    public bool MatchesFileNameOnly { get; }

    public static SectionGlob Parse(string name)
    {
        var hasSlash = name.Contains('/');
        var relative = hasSlash && name.StartsWith('/') ? name[1..] : name;

        // Without a '/' the glob matches the end of a path after any '/'; only '*' stays inside the file name, while
        // "**", '?' and classes may cross folders, and then the literal start need not be the file name's.
        var fileNameOnly = !hasSlash;
        var crossesFolders = relative.Contains("**", StringComparison.Ordinal) || relative.AsSpan().ContainsAny("?[");
        var prefix = fileNameOnly && crossesFolders ? "" : LiteralStart(relative);
        var suffix = LiteralEnd(relative);
        return new SectionGlob(name, IsValidGlob(name), prefix, suffix, fileNameOnly);
    }

    /// <summary>Whether a document at <paramref name="relativePath"/> (below the configuration file's folder, '/'-separated) may match.</summary>
    public bool MayMatch(string relativePath, string fileName)
    {
        var subject = MatchesFileNameOnly ? fileName : relativePath;
        return subject.StartsWith(Prefix, StringComparison.Ordinal) && relativePath.EndsWith(Suffix, StringComparison.Ordinal);
    }

    private static string LiteralStart(string glob)
    {
        var end = glob.AsSpan().IndexOfAny(Special);
        return end < 0 ? glob : glob[..end];
    }

    private static string LiteralEnd(string glob)
    {
        var start = glob.AsSpan().LastIndexOfAny(Special);

        // A ']' can close a character class; an escaped last character is literal but the escape is not.
        var tail = start < 0 ? glob : glob[(start + 1)..];
        return tail.Contains(']') ? tail[(tail.LastIndexOf(']') + 1)..] : tail;
    }

    /// <summary>
    /// The editorconfig glob grammar as Roslyn accepts it: '\' escapes the next character (not at the end), '[' opens a
    /// class closed by ']', '{' opens a number range <c>{-1..5}</c> or a choice of comma-separated globs closed by '}',
    /// and ',' or '}' outside a choice is an error.
    /// </summary>
    private static bool IsValidGlob(string glob)
    {
        var position = 0;
        return ParseList(glob, ref position, inChoice: false) && position >= glob.Length;
    }

    private static bool ParseList(string glob, ref int position, bool inChoice)
    {
        while (position < glob.Length)
        {
            switch (glob[position])
            {
                case '\\':
                    if (position + 1 >= glob.Length)
                    {
                        return false;
                    }

                    position += 2;
                    break;
                case '[':
                    position++;
                    if (!SkipClass(glob, ref position))
                    {
                        return false;
                    }

                    break;
                case '{':
                    if (!ParseBraces(glob, ref position))
                    {
                        return false;
                    }

                    break;
                case ',' or '}':
                    return inChoice;
                default:
                    position++;
                    break;
            }
        }

        return !inChoice;
    }

    private static bool SkipClass(string glob, ref int position)
    {
        while (position < glob.Length)
        {
            var c = glob[position++];
            if (c == '\\')
            {
                if (position >= glob.Length)
                {
                    return false;
                }

                position++;
            }
            else if (c == ']')
            {
                return true;
            }
        }

        return false;
    }

    private static bool ParseBraces(string glob, ref int position)
    {
        switch (NumberRange(glob, position, out var end))
        {
            case RangeKind.Valid:
                position = end;
                return true;
            case RangeKind.TooLarge:
                return false;
        }

        position++;
        while (true)
        {
            if (!ParseList(glob, ref position, inChoice: true) || position >= glob.Length)
            {
                return false;
            }

            var separator = glob[position++];
            if (separator == '}')
            {
                return true;
            }
        }
    }

    /// <summary><c>{-12..34}</c> is a number range; both numbers must fit an int, or Roslyn rejects the section.</summary>
    private static RangeKind NumberRange(string glob, int open, out int end)
    {
        end = open;
        var close = glob.IndexOf('}', open);
        var parts = close < 0 ? [] : glob[(open + 1)..close].Split("..");
        if (parts.Length != 2 || !parts.All(IsInteger))
        {
            return RangeKind.None;
        }

        end = close + 1;
        return parts.All(p => int.TryParse(p, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out _))
            ? RangeKind.Valid
            : RangeKind.TooLarge;
    }

    private static bool IsInteger(string text) =>
        text.Length > 0 && text != "-" && (text[0] == '-' ? text[1..] : text).All(char.IsAsciiDigit);

    private enum RangeKind
    {
        None,
        Valid,
        TooLarge,
    }
}
