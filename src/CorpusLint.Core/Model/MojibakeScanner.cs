using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace CorpusLint.Model;

/// <summary>
/// Finds UTF-8 text that was decoded as Windows-1252 or Latin-1. A candidate is a run of characters
/// whose Windows-1252/Latin-1 bytes form valid multi-byte UTF-8 sequences (a lead byte such as
/// <c>Ã</c> = C3 followed by continuation bytes such as <c>©</c> = A9). Legitimate text almost never
/// produces such a run, and the decoded characters must also be plausible (letters and punctuation
/// of real scripts, not lone CJK or combining characters), so "Ã" in "SÃO PAULO", "ÂGE" or a plain
/// "€" are left alone.
/// </summary>
internal static class MojibakeScanner
{
    private const int MaxGap = 30;

    // Windows-1252 characters in 0x80-0x9F that are not the Latin-1 code point of their byte.
    private static readonly Dictionary<char, byte> Cp1252 = new()
    {
        ['€'] = 0x80, ['‚'] = 0x82, ['ƒ'] = 0x83, ['„'] = 0x84, ['…'] = 0x85, ['†'] = 0x86, ['‡'] = 0x87,
        ['ˆ'] = 0x88, ['‰'] = 0x89, ['Š'] = 0x8A, ['‹'] = 0x8B, ['Œ'] = 0x8C, ['Ž'] = 0x8E, ['‘'] = 0x91,
        ['’'] = 0x92, ['“'] = 0x93, ['”'] = 0x94, ['•'] = 0x95, ['–'] = 0x96, ['—'] = 0x97, ['˜'] = 0x98,
        ['™'] = 0x99, ['š'] = 0x9A, ['›'] = 0x9B, ['œ'] = 0x9C, ['ž'] = 0x9E, ['Ÿ'] = 0x9F,
    };

    // Base letter + combining accent → the precomposed Latin-1/Windows-1252 character (text in NFD).
    // Built by hand: with invariant globalization, string.Normalize cannot be relied on.
    private static readonly Dictionary<(char Base, char Mark), char> Composed = BuildComposed();

    // Characters that can start a UTF-8 multi-byte sequence when read as Latin-1 (C2-F4).
    // Combining accents find leads written decomposed (NFD): "A\u0303" for "Ã".
    private static readonly SearchValues<char> Leads = SearchValues.Create(
        "ÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóô\u0300\u0301\u0302\u0303\u0308\u030A\u0327\u030C");

    public static MojibakeRun[] Scan(string text)
    {
        var span = text.AsSpan();
        List<MojibakeRun>? runs = null;
        var i = 0;
        while (i < span.Length)
        {
            var next = span[i..].IndexOfAny(Leads);
            if (next < 0)
            {
                break;
            }

            i += next;

            // A decomposed lead ("A" + U+0303 for "Ã") starts at the base letter.
            if (IsCombining(span[i]))
            {
                if (i == 0 || !TrySequence(span, i - 1, out _, out _))
                {
                    i++;
                    continue;
                }

                i--;
            }

            if (TrySequence(span, i, out var length, out var rune))
            {
                var start = i;
                var end = i + length;
                var sequences = 1;
                var needsCompany = NeedsCompany(rune);
                var plausible = IsPlausible(rune);
                while (true)
                {
                    // The next sequence, directly or after a few ASCII letters of the same word ("Ã©tÃ©").
                    var gapEnd = end;
                    int more;
                    Rune moreRune;
                    while (!TrySequence(span, gapEnd, out more, out moreRune)
                        && gapEnd < span.Length && gapEnd - end < MaxGap && char.IsAsciiLetterOrDigit(span[gapEnd]))
                    {
                        gapEnd++;
                    }

                    if (more == 0)
                    {
                        break;
                    }

                    end = gapEnd + more;
                    sequences++;
                    plausible &= IsPlausible(moreRune);
                    needsCompany &= NeedsCompany(moreRune);
                }

                // Non-Latin scripts decoded from a single sequence are too often chance ("café…”").
                if (plausible && !(needsCompany && sequences < 2))
                {
                    (runs ??= []).Add(new MojibakeRun(start, end - start, Restore(span[start..end])));
                    i = end;
                    continue;
                }

                i++;
                continue;
            }

            if (DamagedAt(span, i) is var damaged and > 0)
            {
                (runs ??= []).Add(new MojibakeRun(i, damaged, null));
                i += damaged;
                continue;
            }

            i++;
        }

        return runs is null ? [] : [.. runs];
    }

    /// <summary>The Windows-1252/Latin-1 byte of <paramref name="c"/>, or -1 when it has none.</summary>
    public static int ByteOf(char c) =>
        c <= '\u00FF' ? c : Cp1252.TryGetValue(c, out var b) ? b : -1;

    private static bool TrySequence(ReadOnlySpan<char> span, int i, out int length, out Rune rune)
    {
        length = 0;
        rune = default;
        var lead = ReadByte(span, i, out var width);
        var expected = lead switch
        {
            >= 0xC2 and <= 0xDF => 2,
            >= 0xE0 and <= 0xEF => 3,
            >= 0xF0 and <= 0xF4 => 4,
            _ => 0,
        };
        if (expected == 0)
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[4];
        bytes[0] = (byte)lead;
        var position = i + width;
        for (var k = 1; k < expected; k++)
        {
            var b = ReadByte(span, position, out width);
            if (b is < 0x80 or > 0xBF)
            {
                return false;
            }

            bytes[k] = (byte)b;
            position += width;
        }

        if (Rune.DecodeFromUtf8(bytes[..expected], out rune, out var consumed) != OperationStatus.Done || consumed != expected)
        {
            return false;
        }

        length = position - i;
        return true;
    }

    /// <summary>
    /// The Windows-1252/Latin-1 byte of the character at <paramref name="i"/>, composing a base letter
    /// and a combining accent written decomposed; -1 when there is none.
    /// </summary>
    private static int ReadByte(ReadOnlySpan<char> span, int i, out int width)
    {
        width = 1;
        if (i >= span.Length)
        {
            return -1;
        }

        if (i + 1 < span.Length && IsCombining(span[i + 1]) && char.IsAsciiLetter(span[i])
            && Composed.TryGetValue((span[i], span[i + 1]), out var composed))
        {
            width = 2;
            return ByteOf(composed);
        }

        return ByteOf(span[i]);
    }

    private static Dictionary<(char Base, char Mark), char> BuildComposed()
    {
        var table = new Dictionary<(char Base, char Mark), char>();
        void Add(char mark, string bases, string composed)
        {
            for (var k = 0; k < bases.Length; k++)
            {
                table[(bases[k], mark)] = composed[k];
            }
        }

        Add('\u0300', "AEIOUaeiou", "ÀÈÌÒÙàèìòù");
        Add('\u0301', "AEIOUYaeiouy", "ÁÉÍÓÚÝáéíóúý");
        Add('\u0302', "AEIOUaeiou", "ÂÊÎÔÛâêîôû");
        Add('\u0303', "ANOano", "ÃÑÕãñõ");
        Add('\u0308', "AEIOUaeiouyY", "ÄËÏÖÜäëïöüÿŸ");
        Add('\u030A', "Aa", "Åå");
        Add('\u0327', "Cc", "Çç");
        Add('\u030C', "SsZz", "ŠšŽž");
        return table;
    }

    private static bool IsCombining(char c) => c is >= '\u0300' and <= '\u036F';

    /// <summary>Characters that mojibake plausibly stands for.</summary>
    private static bool IsPlausible(Rune rune)
    {
        var v = rune.Value;
        return v switch
        {
            >= 0x00A0 and <= 0x017F => true,                 // Latin-1 supplement, Latin Extended-A
            0x0192 or (>= 0x01A0 and <= 0x01B0) or (>= 0x01CD and <= 0x01DC) or (>= 0x0218 and <= 0x021B) => true,
            >= 0x0370 and <= 0x03FF => true,                 // Greek
            >= 0x0400 and <= 0x04FF => true,                 // Cyrillic
            >= 0x05D0 and <= 0x05EA => true,                 // Hebrew letters
            >= 0x0600 and <= 0x06FF => true,                 // Arabic
            >= 0x0900 and <= 0x0DFF => true,                 // Indic scripts
            >= 0x0E00 and <= 0x0E7F => true,                 // Thai
            >= 0x1E00 and <= 0x1EFF => true,                 // Latin Extended Additional (Vietnamese)
            >= 0x2000 and <= 0x206F => true,                 // general punctuation: ’ “ ” – — … •
            >= 0x20A0 and <= 0x20CF => true,                 // currency signs
            >= 0x2100 and <= 0x21FF => true,                 // ™, №, arrows
            >= 0x2200 and <= 0x22FF => true,                 // mathematical operators
            >= 0x2500 and <= 0x27BF => true,                 // box drawing, shapes, dingbats
            >= 0x3000 and <= 0x30FF => true,                 // CJK punctuation, kana
            >= 0x4E00 and <= 0x9FFF => true,                 // CJK ideographs
            >= 0xAC00 and <= 0xD7A3 => true,                 // Hangul
            >= 0xFF00 and <= 0xFFEF => true,                 // full-width forms
            >= 0x1F000 and <= 0x1FAFF => true,               // emoji
            _ => false,
        };
    }

    /// <summary>Scripts that a single decoded sequence may produce by chance; they need a second sequence in the run.</summary>
    private static bool NeedsCompany(Rune rune) =>
        rune.Value is (>= 0x0370 and <= 0x0DFF) or (>= 0x0E00 and <= 0x0E7F) or (>= 0x3000 and <= 0x30FF)
            or (>= 0x4E00 and <= 0x9FFF) or (>= 0xAC00 and <= 0xD7A3) or (>= 0xFF00 and <= 0xFFEF);

    /// <summary>
    /// Mojibake whose bytes were damaged, so it cannot be restored: <c>â€</c> whose third byte was lost,
    /// <c>Â</c> or <c>Ã</c> whose no-break space became a plain space ("voilÃ ", "said.Â The").
    /// </summary>
    private static int DamagedAt(ReadOnlySpan<char> span, int i)
    {
        var c = span[i];
        if (c == 'â' && i + 1 < span.Length && span[i + 1] == '€')
        {
            return 2;
        }

        if (c is 'Â' or 'Ã' && i + 1 < span.Length && span[i + 1] == ' ' && i > 0)
        {
            var previous = span[i - 1];
            return c == 'Â'
                ? (char.IsUpper(previous) ? 0 : 1)
                : (char.IsLower(previous) ? 1 : 0);
        }

        return 0;
    }

    private static string Restore(ReadOnlySpan<char> run)
    {
        // First round: the run as written (accents may be decomposed); then again while the result is
        // itself mojibake (text encoded twice).
        var bytes = new byte[run.Length];
        var count = 0;
        for (var k = 0; k < run.Length; k += 1)
        {
            var b = ReadByte(run, k, out var width);
            if (b < 0)
            {
                return run.ToString();
            }

            bytes[count++] = (byte)b;
            k += width - 1;
        }

        var current = Encoding.UTF8.GetString(bytes, 0, count);
        for (var round = 0; round < 2; round++)
        {
            var again = new byte[current.Length];
            for (var k = 0; k < current.Length; k++)
            {
                var b = ByteOf(current[k]);
                if (b < 0)
                {
                    return current;
                }

                again[k] = (byte)b;
            }

            if (!Utf8.IsValid(again) || !again.Any(b => b >= 0x80))
            {
                return current;
            }

            current = Encoding.UTF8.GetString(again);
        }

        return current;
    }
}
