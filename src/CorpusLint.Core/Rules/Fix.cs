using Microsoft.CodeAnalysis.Text;

namespace CorpusLint.Rules;

/// <summary>Whether a fix may run under <c>--fix</c> (safe) or only with <c>--unsafe-fixes</c> (it may delete text).</summary>
public enum FixSafety
{
    Safe,
    Unsafe,
}

/// <summary>What kind of fix a rule offers, for the rule table and docs.</summary>
public enum FixKind
{
    None,
    Safe,
    Unsafe,
}

/// <summary>One replacement of a span of the document's text.</summary>
public readonly record struct TextEdit(TextSpan Span, string NewText)
{
    public static TextEdit Delete(TextSpan span) => new(span, string.Empty);

    public static TextEdit Replace(int start, int length, string newText) => new(new TextSpan(start, length), newText);
}

/// <summary>A fix offered with a diagnostic: non-overlapping edits applied together.</summary>
public sealed record Fix(string Title, FixSafety Safety, IReadOnlyList<TextEdit> Edits)
{
    public static Fix Safe(string title, params TextEdit[] edits) => new(title, FixSafety.Safe, edits);

    public static Fix Unsafe(string title, params TextEdit[] edits) => new(title, FixSafety.Unsafe, edits);
}
