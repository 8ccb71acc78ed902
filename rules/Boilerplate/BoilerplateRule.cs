using CorpusLint.Language;
using CorpusLint.Model;
using CorpusLint.Model.Layout;
using Microsoft.CodeAnalysis.Text;

namespace CorpusLint.Rules.Boilerplate;

/// <summary>
/// What the CL2xxx rules share: they read <see cref="Document.Layout"/>, report each run of flagged lines
/// (blank lines between them bridged) as one diagnostic from its first to its last line, and offer an unsafe
/// fix that deletes those lines with their terminators, but for a line the document's byline or date is read from.
/// </summary>
public abstract class BoilerplateRule : Rule
{
    /// <summary>The option every phrase rule takes: a publisher's own chrome, comma-separated.</summary>
    protected static readonly RuleOption PhrasesOption = new(
        "phrases",
        RuleOptionType.List,
        string.Empty,
        "Extra phrases (comma-separated) that mark a line of this kind when it is not article prose: a publisher's own chrome.");

    /// <summary>A user phrase counts on a body line only when the line is this short.</summary>
    protected const int ExtraPhraseMaxBodyWords = 12;

    public override FixKind FixKind => FixKind.Unsafe;

    /// <summary>Where the article is depends on the whole page.</summary>
    public override bool NeedsWholeDocument => true;

    /// <summary>Title of the fix, e.g. "Delete the navigation menu".</summary>
    protected abstract string FixTitle { get; }

    /// <summary>Reports every run of lines for which <paramref name="flagged"/> holds.</summary>
    protected void ReportRuns(RuleContext context, Func<LineLayout, bool> flagged)
    {
        var document = context.Document;
        foreach (var (first, last) in document.Layout.Runs(flagged))
        {
            var lines = CountNonBlank(document, first, last);
            context.Report(LinesSpan(document, first, last), DeleteLines(document, first, last), Preview(document.GetText(document.Lines[first])), lines);
        }
    }

    /// <summary>The class of the rule's lines from the layout, or a user phrase on a line that is not long body prose.</summary>
    protected static Func<LineLayout, bool> ClassOrExtraPhrase(RuleContext context, LineClass lineClass)
    {
        var phrases = context.Options.GetList("phrases");
        var document = context.Document;
        if (phrases.Count == 0)
        {
            return line => line.Class == lineClass;
        }

        return line => line.Class == lineClass
            || (line.Class is not LineClass.Blank and not LineClass.Title and not LineClass.Byline
                && (!line.IsBodyProse || line.WordCount <= ExtraPhraseMaxBodyWords)
                && BoilerplatePhrases.FindExtra(BoilerplatePhrases.Normalize(document.GetText(document.Lines[line.Index])), phrases) is not null);
    }

    /// <summary>The content of lines <paramref name="first"/> to <paramref name="last"/> (last terminator excluded).</summary>
    protected static TextSpan LinesSpan(Document document, int first, int last) =>
        TextSpan.FromBounds(document.Lines[first].Start, document.Lines[last].End);

    /// <summary>
    /// The unsafe fix deleting whole lines, terminators included, except a line that holds the document's record (its
    /// byline, source credit or dates: <see cref="Document.RecordLines"/>). A scraped byline or dateline often stands
    /// among chrome the layout flags, and deleting it would leave the article unattributed or undated (CL1001, CL3001).
    /// Null when every line is such a line.
    /// </summary>
    protected Fix? DeleteLines(Document document, int first, int last)
    {
        List<TextEdit>? edits = null;
        var kept = false;
        var start = first;
        for (var i = first; i <= last + 1; i++)
        {
            if (i <= last && !document.RecordLines.Contains(i))
            {
                continue;
            }

            kept |= i <= last;
            if (i > start)
            {
                var end = document.Lines[i - 1];
                (edits ??= []).Add(TextEdit.Delete(TextSpan.FromBounds(document.Lines[start].Start, end.End + end.TerminatorLength)));
            }

            start = i + 1;
        }

        return edits is null ? null : Fix.Unsafe(kept ? $"{FixTitle}, keeping the byline or date line" : FixTitle, [.. edits]);
    }

    protected static string Preview(ReadOnlySpan<char> text)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= 60 ? trimmed.ToString() : string.Concat(trimmed[..57].TrimEnd(), "...");
    }

    private static int CountNonBlank(Document document, int first, int last)
    {
        var count = 0;
        for (var i = first; i <= last; i++)
        {
            count += document.Lines[i].IsBlank ? 0 : 1;
        }

        return count;
    }
}
