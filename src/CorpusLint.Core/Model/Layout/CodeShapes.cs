using System.Buffers;
using CorpusLint.Text;

namespace CorpusLint.Model.Layout;

/// <summary>
/// Lines of preformatted text: source code, shell commands and program output, table rows. They are neither prose nor
/// page chrome: an article about software or data holds them between its paragraphs.
/// </summary>
internal static class CodeShapes
{
    /// <summary>Characters that code is full of and prose almost never uses.</summary>
    private static readonly SearchValues<char> CodeSymbols = SearchValues.Create("{}[]()<>=;$#\\|&*+^~`@_/");

    private static readonly SearchValues<char> TableBars = SearchValues.Create("│┃║|");

    /// <summary>Every white-space character but the plain space: with the double space, what a gap between cells needs.</summary>
    private static readonly SearchValues<char> WhiteSpaceButSpace = CharacterSets.Where(c => c != ' ' && char.IsWhiteSpace(c));

    public static bool IsCode(ReadOnlySpan<char> text, int words, double stopShare, LayoutOptions options)
    {
        // "[]" is a picture, "•" a bullet: code has names in it.
        if (!text.ContainsAny(CharacterSets.AsciiLettersAndDigits))
        {
            return false;
        }

        if (text.StartsWith("$ ") || text.StartsWith("// ") || text.StartsWith("/*") || text.StartsWith("#!") || text.StartsWith(">>> ")
            || text.StartsWith("-- ") || (text.Length > 1 && text[0] == '<' && (char.IsLetter(text[1]) || text[1] == '/')))
        {
            return true;
        }

        if (HoldsStatementBlock(text))
        {
            return true;
        }

        // A statement's or a block's end: code whatever its keywords ("WITH series AS (", "} else {"); a hard-wrapped sentence
        // may break after a semicolon, but then it reads as prose.
        if (text[^1] is '{' or '}' or '(' or '[' or '\\' or '=' || text.EndsWith("),") || text.EndsWith("*/")
            || (text[^1] == ';' && (stopShare < options.CodeMaxStopShare || words <= options.CodeBareLineMaxWords)))
        {
            return true;
        }

        if (words > options.CodeMaxSentenceWords && SentenceRule.EndsSentence(text) && stopShare >= options.CodeMaxStopShare)
        {
            return false;
        }

        // A sentence with a bracket or two is prose: code has few stop words, or names no prose writes ("lower_bound", "res.json()").
        if (stopShare >= options.CodeMaxStopShare && !(HasIdentifier(text) && stopShare < options.CodeWithIdentifiersMaxStopShare))
        {
            return false;
        }

        // "status_code," "series,": an identifier in a list of a query or a call, not a name in a sentence.
        if (text[^1] == ',' && stopShare == 0 && !text.Contains(' '))
        {
            return true;
        }

        int symbols = 0, visible = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                visible++;
                symbols += CodeSymbols.Contains(c) ? 1 : 0;
            }
        }

        return (symbols >= options.CodeMinSymbolShare * visible && symbols >= 2) || HasIdentifier(text);
    }

    /// <summary>
    /// Code however the line opens, even with what reads as a list's marker ("0) return c.length; }", "+ size_str + '?';"),
    /// as a wrapper breaking a script leaves it: a block holding a statement, or a statement's semicolon beside a name only
    /// code writes. A list's item needs that much: a bullet before a few symbols is a list's, not code.
    /// </summary>
    public static bool IsStatement(ReadOnlySpan<char> text) => HoldsStatementBlock(text) || (text.Contains(';') && HasIdentifier(text));

    /// <summary>A block holding a statement ("a { color: #fff; }", "if (x) { y(); }"): prose puts no semicolon between braces.</summary>
    private static bool HoldsStatementBlock(ReadOnlySpan<char> text)
    {
        var blockOpen = text.IndexOf('{');
        return blockOpen >= 0 && text[blockOpen..].IndexOf(';') is var statement and > 0 && text[(blockOpen + statement)..].Contains('}');
    }

    /// <summary>A name only code writes: letters joined by an underscore (<c>lower_bound</c>) or a call on a member (<c>res.json(</c>).</summary>
    private static bool HasIdentifier(ReadOnlySpan<char> text)
    {
        for (var i = 1; i + 1 < text.Length; i++)
        {
            if (text[i] == '_' && char.IsLetterOrDigit(text[i - 1]) && char.IsLetter(text[i + 1]))
            {
                return true;
            }

            if (text[i] == '.' && char.IsLetter(text[i - 1]) && char.IsLower(text[i + 1]))
            {
                var end = i + 1;
                while (end < text.Length && char.IsLetterOrDigit(text[end]))
                {
                    end++;
                }

                if (end < text.Length && text[end] == '(')
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A row of cells: two or more gaps of several spaces between words, or bars between cells with figures in them.</summary>
    public static bool IsTableRow(ReadOnlySpan<char> text, double stopShare, LayoutOptions options)
    {
        if (stopShare >= options.CodeMaxStopShare)
        {
            return false;
        }

        var gaps = 0;
        for (var i = 1; i + 1 < text.Length; i++)
        {
            if (IsCellSpace(text[i]) && IsCellSpace(text[i + 1]) && !char.IsWhiteSpace(text[i - 1]))
            {
                var end = i;
                while (end < text.Length && IsCellSpace(text[end]))
                {
                    end++;
                }

                // Two spaces after a sentence's mark are a typist's habit, not a column: "It sailed.  It rained."
                gaps += end < text.Length && text[i - 1] is not ('.' or '?' or '!') ? 1 : 0;
                i = end;
            }
        }

        var bars = text.Count('│') + text.Count('┃') + text.Count('║');
        return gaps >= options.TableMinColumnGaps || bars >= 1 || (text.Count('|') >= 2 && text.ContainsAny(CharacterSets.AsciiDigits) && text.IndexOfAny(TableBars) > 0);
    }

    /// <summary>
    /// A fact row as an infobox or a specification sheet prints it: a short label, one wide gap of spaces or a tab, a short
    /// value (<c>Length      14 km</c>, <c>• Max. depth      88 m</c> without its bullet). A label ending a sentence
    /// is prose typed with wide spaces, not a label.
    /// </summary>
    public static bool IsFactRow(ReadOnlySpan<char> text, LayoutOptions options)
    {
        // Most lines have no gap at all; two vectorized searches say so without a look at every character.
        if (!text.Contains("  ", StringComparison.Ordinal) && !text.ContainsAny(WhiteSpaceButSpace))
        {
            return false;
        }

        int gapStart = -1, gapEnd = -1;
        for (var i = 1; i + 1 < text.Length; i++)
        {
            if (!IsGapAt(text, i) || char.IsWhiteSpace(text[i - 1]))
            {
                continue;
            }

            var end = i;
            while (end < text.Length && char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            if (gapStart >= 0 || end >= text.Length)
            {
                return false;
            }

            (gapStart, gapEnd) = (i, end);
            i = end;
        }

        if (gapStart < 0 || (gapEnd - gapStart < options.FactRowMinGap && !text[gapStart..gapEnd].Contains('\t')))
        {
            return false;
        }

        var label = text[..gapStart];
        var value = text[gapEnd..];
        return label[^1] is not ('.' or '!' or '?' or ';' or ',')
            && CountWords(label) <= options.FactLabelMaxWords && CountWords(value) <= options.FactValueMaxWords;
    }

    /// <summary>Two spaces, or a tab, start a gap between cells.</summary>
    private static bool IsGapAt(ReadOnlySpan<char> text, int i) => text[i] == '\t' || (IsCellSpace(text[i]) && char.IsWhiteSpace(text[i + 1]));

    /// <summary>A space that pads a table's cell: a page's table printed as text pads with no-break spaces as often as with spaces.</summary>
    private static bool IsCellSpace(char c) => c is ' ' or '\u00A0';

    private static int CountWords(ReadOnlySpan<char> text)
    {
        var words = 0;
        foreach (var range in text.SplitAny(" \t"))
        {
            words += range.End.GetOffset(text.Length) > range.Start.GetOffset(text.Length) ? 1 : 0;
        }

        return words;
    }
}
