namespace CorpusLint.Language;

/// <summary>
/// A line as the phrase table and the duplicate finder compare it (<see cref="BoilerplatePhrases.Normalize(ReadOnlySpan{char})"/>):
/// a slice of one buffer the document's lines share (<see cref="NormalizedLines"/>), not a string per line. Two are
/// equal when their characters are, so they key a dictionary as strings would.
/// </summary>
public readonly struct NormalizedText : IEquatable<NormalizedText>
{
    private readonly char[]? _buffer;
    private readonly int _start;

    internal NormalizedText(char[] buffer, int start, int length)
    {
        _buffer = buffer;
        _start = start;
        Length = length;
    }

    /// <summary>The normalized text of a blank line.</summary>
    public static NormalizedText Empty => default;

    public int Length { get; }

    public ReadOnlySpan<char> Span => _buffer is null ? default : _buffer.AsSpan(_start, Length);

    public static bool operator ==(NormalizedText left, NormalizedText right) => left.Equals(right);

    public static bool operator !=(NormalizedText left, NormalizedText right) => !left.Equals(right);

    /// <summary>Part of the text, sharing its buffer.</summary>
    public NormalizedText Slice(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)start + (uint)length, (uint)Length, nameof(length));
        return length == 0 ? Empty : new NormalizedText(_buffer!, _start + start, length);
    }

    public bool Equals(NormalizedText other) => Span.SequenceEqual(other.Span);

    public override bool Equals(object? obj) => obj is NormalizedText other && Equals(other);

    public override int GetHashCode() => string.GetHashCode(Span);

    public override string ToString() => new(Span);
}
