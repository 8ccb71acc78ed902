using CorpusLint.Model;
using Microsoft.CodeAnalysis.Text;

namespace CorpusLint.Reporting;

/// <summary>
/// The text of a diagnostic's first line around its start, kept with the diagnostic so a report can show it
/// (<c>--format full</c>, SARIF snippets) after the document is gone. Long lines are cut to a window.
/// </summary>
/// <param name="Text">The excerpt, line terminator excluded.</param>
/// <param name="StartColumn">The 1-based column of the line where <paramref name="Text"/> starts (1 unless cut).</param>
/// <param name="CutAtEnd">Whether the line goes on after the excerpt.</param>
public sealed record SourceExcerpt(string Text, int StartColumn, bool CutAtEnd)
{
    /// <summary>Characters kept before the diagnostic's start on a long line.</summary>
    private const int LeadLength = 60;

    /// <summary>The longest excerpt kept: wide enough to read a sentence, small enough for a million diagnostics.</summary>
    private const int MaxLength = 200;

    /// <summary>For a diagnostic read back from a report, which does not carry the text.</summary>
    public static SourceExcerpt NotCarried { get; } = new(string.Empty, 1, false);

    public static SourceExcerpt Capture(Document document, TextSpan span)
    {
        var line = document.Lines[document.GetLineIndex(span.Start)];
        var text = document.Text;
        var start = line.Length <= MaxLength ? line.Start : Math.Max(line.Start, Math.Min(span.Start - LeadLength, line.End - MaxLength));
        var end = Math.Min(line.End, start + MaxLength);

        // A window never splits a surrogate pair.
        start += start > line.Start && char.IsLowSurrogate(text[start]) ? 1 : 0;
        end -= end < line.End && char.IsLowSurrogate(text[end]) ? 1 : 0;
        return new SourceExcerpt(text[start..end], start - line.Start + 1, end < line.End);
    }
}
