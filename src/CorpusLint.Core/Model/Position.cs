namespace CorpusLint.Model;

/// <summary>A 1-based line and a 1-based column counted in UTF-16 code units, as Roslyn prints them.</summary>
public readonly record struct Position(int Line, int Column) : IComparable<Position>
{
    public int CompareTo(Position other) =>
        Line != other.Line ? Line.CompareTo(other.Line) : Column.CompareTo(other.Column);

    public override string ToString() => $"({Line},{Column})";
}
