namespace CorpusLint.Model;

/// <summary>Lines <see cref="FirstLine"/>..<see cref="LastLine"/> (0-based, inclusive) where rule <see cref="RuleId"/> (null: every rule) is off.</summary>
public readonly record struct Suppression(string? RuleId, int FirstLine, int LastLine)
{
    public bool Covers(string ruleId, int lineIndex) =>
        lineIndex >= FirstLine && lineIndex <= LastLine && (RuleId is null || RuleId.Equals(ruleId, StringComparison.OrdinalIgnoreCase));
}

/// <summary>The suppressions of one document, in the order their comments appear, and the lines that hold only such a comment.</summary>
public sealed class SuppressionSet(IReadOnlyList<Suppression> ranges, IReadOnlySet<int> directiveLines)
{
    public static SuppressionSet Empty { get; } = new([], new HashSet<int>());

    public IReadOnlyList<Suppression> Ranges { get; } = ranges;

    /// <summary>0-based indexes of lines that hold a suppression comment and nothing else.</summary>
    public IReadOnlySet<int> DirectiveLines { get; } = directiveLines;

    public bool IsEmpty => Ranges.Count == 0 && DirectiveLines.Count == 0;

    /// <summary>
    /// Whether a diagnostic of <paramref name="ruleId"/> from line <paramref name="firstLine"/> to <paramref name="lastLine"/>
    /// (0-based) is dropped: its rule is off where it starts, or it lies on a line that is only a suppression comment
    /// (an instruction to the linter, invisible in the rendered document, not text of the article).
    /// </summary>
    public bool Suppresses(string ruleId, int firstLine, int lastLine) =>
        Suppresses(ruleId, firstLine) || (firstLine == lastLine && DirectiveLines.Contains(firstLine));

    /// <summary>Whether rule <paramref name="ruleId"/> is off at the 0-based line <paramref name="lineIndex"/>.</summary>
    public bool Suppresses(string ruleId, int lineIndex)
    {
        foreach (var range in Ranges)
        {
            if (range.Covers(ruleId, lineIndex))
            {
                return true;
            }
        }

        return false;
    }
}
