using System.Buffers;
using System.Globalization;
using CorpusLint.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusLint.Rules.Hygiene;

/// <summary>
/// No-break spaces at line ends or where a plain space belongs, zero-width characters, soft hyphens,
/// a BOM inside the text and control characters.
/// </summary>
public sealed class CL5003InvisibleCharacter : Rule
{
    private static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        "CL5003",
        "Invisible character",
        "{0}",
        RuleCategory.Hygiene,
        Severity.Suggestion,
        "Invisible characters make equal words compare unequal, break tokenisation and search, and hide paragraph breaks.");

    private static readonly SearchValues<char> Candidates = SearchValues.Create(
        "\u00A0\u00AD\u200B\u200C\u200D\u2060\uFEFF"
        + "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F"
        + "\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F"
        + "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F");

    // Abbreviations after which a no-break space is the typographic choice ("p. 5", "Mr. Smith").
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "pp", "no", "nr", "vol", "ch", "art", "fig", "mr", "mrs", "ms", "dr", "st", "prof", "sen", "rep", "gov",
        "gen", "col", "capt", "lt", "sgt", "rev", "jr", "sr", "m", "mme", "mlle", "s", "n", "z", "tel", "cf",
    };

    public override DiagnosticDescriptor Descriptor => Rule;

    public override FixKind FixKind => FixKind.Safe;

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        var text = document.Text;
        var mojibake = document.Mojibake;
        var mojibakeIndex = 0;
        var position = 0;
        while (position < text.Length)
        {
            var next = text.AsSpan(position).IndexOfAny(Candidates);
            if (next < 0)
            {
                break;
            }

            var start = position + next;
            var c = text[start];
            var end = start + 1;
            while (end < text.Length && text[end] == c)
            {
                end++;
            }

            position = end;

            // Control characters inside mojibake ("FranÃ\u0083Â§ois") are CL5001's.
            while (mojibakeIndex < mojibake.Count && mojibake[mojibakeIndex].End <= start)
            {
                mojibakeIndex++;
            }

            if (mojibakeIndex < mojibake.Count && mojibake[mojibakeIndex].Start <= start)
            {
                continue;
            }

            if (start == 0 && c == '\uFEFF' && document.Source.HasBom)
            {
                continue;
            }

            var count = end - start;
            var span = new TextSpan(start, count);
            switch (c)
            {
                case '\u00A0':
                    ReportNoBreakSpace(context, text, span);
                    break;
                case '\u200C' or '\u200D' when IsLegitimateJoiner(text, start, end):
                    break;
                default:
                    context.Report(span, Fix.Safe($"Delete {Describe(c)}", TextEdit.Delete(span)), Message(c, count));
                    break;
            }
        }
    }

    private static void ReportNoBreakSpace(RuleContext context, string text, TextSpan span)
    {
        var after = span.End;
        while (after < text.Length && text[after] is ' ' or '\t' or '\u00A0')
        {
            after++;
        }

        if (after == text.Length || text[after] is '\n' or '\r')
        {
            context.Report(span, Fix.Safe("Delete the no-break space", TextEdit.Delete(span)), "No-break space (U+00A0) at the end of the line");
            return;
        }

        var before = span.Start > 0 ? text[span.Start - 1] : '\n';
        var next = text[span.End];
        if (before is ' ' or '\t' || next is ' ' or '\t')
        {
            context.Report(span, Fix.Safe("Delete the no-break space", TextEdit.Delete(span)), "No-break space (U+00A0) beside a plain space");
            return;
        }

        if (before is '\n' or '\r' || IsTypographic(text, span.Start, before, next))
        {
            return;
        }

        var wordBefore = char.IsLetter(before) || before is '.' or ',' or ';' or ':' or '!' or '?' or '”' or '’' or '"' or ')' or '…';
        var wordAfter = char.IsLetter(next) || next is '“' or '‘' or '(' or '"';
        if (wordBefore && wordAfter)
        {
            const string replacement = " ";
            context.Report(
                span,
                Fix.Safe("Replace with a plain space", TextEdit.Replace(span.Start, span.Length, replacement)),
                "No-break space (U+00A0) where a plain space belongs");
        }
    }

    /// <summary>The typographic uses of a no-break space: French punctuation, numbers and units, abbreviations, one-letter words.</summary>
    private static bool IsTypographic(string text, int start, char before, char next)
    {
        if (next is ':' or ';' or '!' or '?' or '»' or '%' or '›' || before is '«' or '‹')
        {
            return true;
        }

        if (char.IsDigit(before) || char.IsDigit(next) || CharUnicodeInfo.GetUnicodeCategory(before) == UnicodeCategory.CurrencySymbol
            || CharUnicodeInfo.GetUnicodeCategory(next) == UnicodeCategory.CurrencySymbol)
        {
            return true;
        }

        // "p. 5", "Mr. Smith": an abbreviation before the space.
        var wordEnd = before == '.' ? start - 1 : start;
        var wordStart = wordEnd;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, wordEnd - wordStart);
        if (before == '.' && Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            return true;
        }

        // A one-letter word kept with the next ("v Praze", "a casa") is Czech, Slovak and Polish typography.
        return before != '.' && word.Length == 1;
    }

    /// <summary>ZWJ inside an emoji sequence and ZWJ/ZWNJ inside words of scripts that use them (Persian, Indic).</summary>
    private static bool IsLegitimateJoiner(string text, int start, int end)
    {
        if (start == 0 || end >= text.Length)
        {
            return false;
        }

        var before = text[start - 1];
        var after = text[end];
        if (text[start] == '\u200D' && (IsEmojiPart(before) && IsEmojiPart(after)))
        {
            return true;
        }

        return IsComplexScript(before) && IsComplexScript(after);
    }

    private static bool IsEmojiPart(char c) =>
        char.IsSurrogate(c) || c is '\uFE0F' or '\u20E3' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherSymbol;

    private static bool IsComplexScript(char c) =>
        c >= '\u0590' && (char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark);

    private static string Describe(char c) => c switch
    {
        '\u00AD' => "the soft hyphen",
        '\u200B' => "the zero-width space",
        '\u200C' => "the zero-width non-joiner",
        '\u200D' => "the zero-width joiner",
        '\u2060' => "the word joiner",
        '\uFEFF' => "the byte order mark",
        _ => "the control character",
    };

    private static string Message(char c, int count)
    {
        var name = c switch
        {
            '\u00AD' => "Soft hyphen (U+00AD)",
            '\u200B' => "Zero-width space (U+200B)",
            '\u200C' => "Zero-width non-joiner (U+200C) outside a word that needs it",
            '\u200D' => "Zero-width joiner (U+200D) outside an emoji or a word that needs it",
            '\u2060' => "Word joiner (U+2060)",
            '\uFEFF' => "Byte order mark (U+FEFF) inside the text",
            _ => $"Control character U+{(int)c:X4}",
        };
        return count == 1 ? name : $"{name} x{count}";
    }
}
