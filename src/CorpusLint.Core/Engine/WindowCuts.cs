using System.Buffers;
using System.Text;
using CorpusLint.Text;

namespace CorpusLint.Engine;

/// <summary>
/// Where a window of a large document may begin or end: only between characters (never inside a UTF-8 sequence, a run
/// of invalid bytes, a UTF-16 surrogate pair, a UTF-32 code point or a CR LF pair), and preferably after a line break, else after a space,
/// so that lines and words stay whole. Offsets are into a buffer that itself starts at a character boundary.
/// </summary>
internal readonly struct WindowCuts(SourceEncoding encoding)
{
    private int Unit => encoding switch
    {
        SourceEncoding.Utf16LittleEndian or SourceEncoding.Utf16BigEndian => 2,
        SourceEncoding.Utf32LittleEndian or SourceEncoding.Utf32BigEndian => 4,
        _ => 1,
    };

    private bool IsBigEndian => encoding is SourceEncoding.Utf16BigEndian or SourceEncoding.Utf32BigEndian;

    /// <summary>A cut in [<paramref name="earliest"/>, <paramref name="preferred"/>], as late as possible: after a line break, else a space, else any boundary.</summary>
    public int CutBefore(ReadOnlySpan<byte> buffer, int preferred, int earliest)
    {
        if (LastAfter(buffer, preferred, earliest, lineBreak: true) is { } line)
        {
            return line;
        }

        if (LastAfter(buffer, preferred, earliest, lineBreak: false) is { } space)
        {
            return space;
        }

        for (var position = Align(preferred); position >= earliest; position -= Unit)
        {
            if (IsBoundary(buffer, position))
            {
                return position;
            }
        }

        // No boundary at all (a long run of stray continuation bytes): any cut is as good, each side reports its bytes.
        return Align(preferred);
    }

    /// <summary>
    /// Where a margin before a window's part begins: at the first line start in [<paramref name="position"/>,
    /// <paramref name="limit"/>], else the first boundary. A margin is context, and a line cut in half is a line of the
    /// wrong width and a start no writer made: a window's lines are then read as the document's (its width, a hard wrap).
    /// A margin that holds no whole line keeps its part of one, which still joins what spans a line break ("30" and
    /// "February" on the next line).
    /// </summary>
    public int MarginStart(ReadOnlySpan<byte> buffer, int position, int limit)
    {
        for (var candidate = AlignUp(position); candidate <= limit; candidate += Unit)
        {
            if (IsLineStart(buffer, candidate))
            {
                return candidate;
            }
        }

        return BoundaryAtOrAfter(buffer, position);
    }

    /// <summary>Where a margin after a window's part ends: at the last line start in [<paramref name="earliest"/>, <paramref name="position"/>], else the last boundary (see <see cref="MarginStart"/>).</summary>
    public int MarginEnd(ReadOnlySpan<byte> buffer, int position, int earliest) =>
        LastAfter(buffer, position, earliest, lineBreak: true) ?? BoundaryAtOrBefore(buffer, position);

    /// <summary>The first boundary at or after <paramref name="position"/>.</summary>
    public int BoundaryAtOrAfter(ReadOnlySpan<byte> buffer, int position)
    {
        for (var candidate = AlignUp(position); candidate < buffer.Length; candidate += Unit)
        {
            if (IsBoundary(buffer, candidate))
            {
                return candidate;
            }
        }

        return buffer.Length;
    }

    /// <summary>The last boundary at or before <paramref name="position"/>.</summary>
    public int BoundaryAtOrBefore(ReadOnlySpan<byte> buffer, int position)
    {
        for (var candidate = Align(position); candidate > 0; candidate -= Unit)
        {
            if (IsBoundary(buffer, candidate))
            {
                return candidate;
            }
        }

        return 0;
    }

    /// <summary>The last position in [<paramref name="earliest"/>, <paramref name="preferred"/>] after a line break (<see cref="IsLineStart"/>) or a space.</summary>
    private int? LastAfter(ReadOnlySpan<byte> buffer, int preferred, int earliest, bool lineBreak)
    {
        for (var position = Align(preferred); position >= earliest && position >= Unit; position -= Unit)
        {
            if (lineBreak ? IsLineStart(buffer, position) : UnitAt(buffer, position - Unit) == ' ' && IsBoundary(buffer, position))
            {
                return position;
            }
        }

        return null;
    }

    /// <summary>After a line feed, or after a carriage return not followed by one (a CR LF pair is never split).</summary>
    private bool IsLineStart(ReadOnlySpan<byte> buffer, int position) =>
        position >= Unit && UnitAt(buffer, position - Unit) is '\n' or '\r' && IsBoundary(buffer, position);

    private bool IsBoundary(ReadOnlySpan<byte> buffer, int position)
    {
        if (position >= buffer.Length)
        {
            return true;
        }

        if (position == 0)
        {
            // What came before the buffer is unknown: only the character at its start can say.
            return Unit switch
            {
                1 => (buffer[0] & 0xC0) != 0x80,
                2 => !char.IsLowSurrogate((char)UnitAt(buffer, 0)),
                _ => true,
            };
        }

        var before = UnitAt(buffer, position - Unit);
        var at = UnitAt(buffer, position);
        if (before == '\r' && at == '\n')
        {
            return false;
        }

        return Unit switch
        {
            1 => (buffer[position] & 0xC0) != 0x80 && !SplitsInvalidRun(buffer, position),
            2 => !char.IsHighSurrogate((char)before),
            _ => true,
        };
    }

    /// <summary>
    /// Whether invalid UTF-8 stands on both sides of <paramref name="position"/>: the decoder shows a run of invalid
    /// bytes as one U+FFFD, so a cut inside it would show two and move every later column of the window by one.
    /// </summary>
    private static bool SplitsInvalidRun(ReadOnlySpan<byte> buffer, int position) =>
        Rune.DecodeLastFromUtf8(buffer[..position], out _, out _) != OperationStatus.Done
        && Rune.DecodeFromUtf8(buffer[position..], out _, out _) != OperationStatus.Done;

    /// <summary>The code unit at <paramref name="position"/> (a byte, a UTF-16 unit or a UTF-32 code point); -1 past a partial unit at the end.</summary>
    private int UnitAt(ReadOnlySpan<byte> buffer, int position)
    {
        if (position + Unit > buffer.Length)
        {
            return -1;
        }

        var value = 0;
        for (var index = 0; index < Unit; index++)
        {
            var shift = 8 * (IsBigEndian ? Unit - 1 - index : index);
            value |= buffer[position + index] << shift;
        }

        return value;
    }

    private int Align(int position) => position - (position % Unit);

    private int AlignUp(int position) => Align(position + Unit - 1);
}
