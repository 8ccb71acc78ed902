using System.Buffers;
using CorpusLint.Language;
using CorpusLint.Text;

namespace CorpusLint.Model;

/// <summary>
/// The one rule for where a sentence ends, used by <see cref="Document.Sentences"/> and by the line shapes: a full
/// stop, question or exclamation mark or ellipsis (and any closing quotation marks or brackets after it) followed
/// by a space or the end of the text, unless the word before it is an abbreviation or an initial ("Mr.", "Jan.",
/// "J.") or the next word starts in lower case ("3 p.m. yesterday"); shorthand that may close a sentence ("etc.",
/// "U.S.") ends one only before a capital. The full-width marks of Chinese and Japanese (。！？) end a sentence
/// with no space after them.
/// </summary>
public static class SentenceRule
{
    private static readonly SearchValues<char> Marks = SearchValues.Create(".!?…。！？‼⁇⁈⁉");

    /// <summary>Closing quotation marks and brackets that belong to the sentence they follow.</summary>
    private const string ClosingCharacters = "\"'”’»)]*_」』）";

    private static readonly SearchValues<char> Closers = SearchValues.Create(ClosingCharacters);

    public static bool IsMark(char c) => Marks.Contains(c);

    /// <summary>Where the first sentence mark in <paramref name="text"/> is, or -1.</summary>
    public static int IndexOfMark(ReadOnlySpan<char> text) => text.IndexOfAny(Marks);

    private static bool IsFullWidthMark(char c) => c is '。' or '！' or '？';

    /// <summary>True when <paramref name="text"/> ends with sentence punctuation (closing marks and whitespace allowed after it): at the end of a text a mark always ends its sentence.</summary>
    public static bool EndsSentence(ReadOnlySpan<char> text)
    {
        var trimmed = text.TrimEnd().TrimEnd(ClosingCharacters);
        return !trimmed.IsEmpty && IsMark(trimmed[^1]);
    }

    /// <summary>
    /// True when <paramref name="sentence"/> ends with a lone full stop (closers allowed after it), not an ellipsis, a
    /// question or an exclamation mark: a statement. A headline may ask, exclaim or trail off ("Sold ... NOT Stolen!"),
    /// but it does not state.
    /// </summary>
    public static bool EndsWithFullStop(ReadOnlySpan<char> sentence)
    {
        var trimmed = sentence.TrimEnd().TrimEnd(ClosingCharacters);
        return trimmed.Length > 0 && trimmed[^1] == '.' && (trimmed.Length == 1 || trimmed[^2] != '.');
    }

    /// <summary>
    /// When a sentence ends at the mark at <paramref name="index"/> of <paramref name="text"/>, the index just past the
    /// marks and closers that end it; otherwise -1. <paramref name="text"/> is the paragraph (or line) the mark is in.
    /// </summary>
    public static int EndAt(ReadOnlySpan<char> text, int index)
    {
        var mark = text[index];
        var end = index + 1;
        while (end < text.Length && IsMark(text[end]))
        {
            end++;
        }

        // An invisible character after the mark (a zero-width space left by a page's markup) shows nothing between it and the next sentence.
        while (end < text.Length && (Closers.Contains(text[end]) || Text.InvisibleCharacters.IsInvisible(text[end])))
        {
            end++;
        }

        if (IsFullWidthMark(mark))
        {
            return end;
        }

        if (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            return -1;
        }

        var next = end;
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        if (next >= text.Length)
        {
            return end;
        }

        if (char.IsLower(text[next]))
        {
            return -1;
        }

        // A lone full stop (not an ellipsis) may belong to an abbreviation or an initial.
        var loneStop = mark == '.' && (index == 0 || text[index - 1] != '.') && (index + 1 >= text.Length || !IsMark(text[index + 1]));
        if (loneStop)
        {
            var word = WordBefore(text, index);
            if (Abbreviations.NeverEndsSentence(word) || IsListNumber(text, index, word))
            {
                return -1;
            }

            if (Abbreviations.MayEndSentence(word) && !char.IsUpper(text[next]))
            {
                return -1;
            }
        }

        return end;
    }

    /// <summary>
    /// The sentence of <paramref name="text"/> (a text that is not the document's own, such as a line with its links
    /// replaced by their labels) that holds <paramref name="index"/>: [start, end), the end past its mark and closers.
    /// </summary>
    public static (int Start, int End) SentenceAround(ReadOnlySpan<char> text, int index)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsMark(text[i]) || EndAt(text, i) is not (var end and >= 0))
            {
                continue;
            }

            if (end > index)
            {
                return (start, end);
            }

            start = end;
            while (start < text.Length && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            i = end - 1;
        }

        return (start, text.Length);
    }

    /// <summary>The word right before <paramref name="index"/>, dots inside it kept ("U.S", "e.g").</summary>
    private static ReadOnlySpan<char> WordBefore(ReadOnlySpan<char> text, int index)
    {
        var start = index;
        while (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || (text[start - 1] == '.' && start - 1 > 0 && char.IsLetter(text[start - 2]))))
        {
            start--;
        }

        return text[start..index];
    }

    /// <summary>"1." or "12." opening a line: a numbered list item's marker, not a sentence.</summary>
    private static bool IsListNumber(ReadOnlySpan<char> text, int index, ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > 3 || !char.IsAsciiDigit(word[0]) || word.ContainsAnyExcept(CharacterSets.AsciiDigits))
        {
            return false;
        }

        var before = index - word.Length - 1;
        while (before >= 0 && text[before] is ' ' or '\t')
        {
            before--;
        }

        return before < 0 || text[before] is '\n' or '\r';
    }
}
