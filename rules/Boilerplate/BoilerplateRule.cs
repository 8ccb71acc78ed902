using CorpusLint.Language;
using CorpusLint.Model;
using CorpusLint.Model.Dates;
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
    /// byline, source credit or dates: <see cref="HoldsRecord"/>). A scraped byline or dateline often stands among
    /// chrome the layout flags, and deleting it would leave the article unattributed or undated (CL1001, CL3001). Null
    /// when every line is such a line.
    /// </summary>
    protected Fix? DeleteLines(Document document, int first, int last)
    {
        List<TextEdit>? edits = null;
        var kept = false;
        var start = first;
        for (var i = first; i <= last + 1; i++)
        {
            if (i <= last && !HoldsRecord(document, document.Lines[i]))
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

    /// <summary>
    /// Whether the line holds part of a byline or a source credit the attribution accepted (its cue "By" may stand on the
    /// line above the name), the dateline a name is a byline beside (without it, the next pass would no longer read the
    /// name as one and delete it), or a date that dates the document (published, updated, or one of the header's dates
    /// that disagree).
    /// </summary>
    private static bool HoldsRecord(Document document, Line line)
    {
        var attribution = document.AttributionChoice;
        foreach (var judged in attribution.BylineCandidates)
        {
            var byline = judged.Byline;
            if (judged.IsAccepted && (Overlaps(line, byline.Start, byline.End) || (byline.DatelineStart >= 0 && Overlaps(line, byline.DatelineStart, byline.DatelineStart + 1))))
            {
                return true;
            }
        }

        foreach (var judged in attribution.SourceCreditCandidates)
        {
            if (judged.IsAccepted && Overlaps(line, judged.Credit.Start, judged.Credit.End))
            {
                return true;
            }
        }

        foreach (var judged in document.PublicationDateChoice.Candidates)
        {
            if (judged.Verdict is not (DateVerdict.Agrees or DateVerdict.Rejected) && Overlaps(line, judged.Candidate.Start, judged.Candidate.End))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the line, its terminator included, meets [<paramref name="start"/>, <paramref name="end"/>).</summary>
    private static bool Overlaps(Line line, int start, int end) => start < line.End + Math.Max(1, line.TerminatorLength) && end > line.Start;

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
