using CorpusLint.Model.Dates;
using Microsoft.CodeAnalysis.Text;

namespace CorpusLint.Model;

public sealed partial class Document
{
    private HashSet<int>? _recordLines;
    private IReadOnlyList<TextSpan> _earlierRecord = [];

    /// <summary>
    /// The lines the document's record is read from: an accepted byline or source credit (a byline's "By" or "Author:"
    /// label on the line above its name included), the dateline a bare name is a byline beside (without it the name is
    /// none), and a date that dates the document (published, updated, or one of the header's dates that disagree).
    /// Boilerplate fixes keep them, so that fixing never leaves an article unattributed or undated. When the fixer
    /// analyses its own output, they include the lines the earlier passes read the record from.
    /// </summary>
    public IReadOnlySet<int> RecordLines => _recordLines ??= FindRecordLines();

    /// <summary>The text of <see cref="RecordLines"/>, each line without its terminator.</summary>
    internal IReadOnlyList<TextSpan> RecordSpans() =>
        [.. RecordLines.Order().Select(i => TextSpan.FromBounds(Lines[i].Start, Lines[i].End))];

    /// <summary>
    /// Makes <paramref name="spans"/> (a fixing pass's <see cref="RecordSpans"/>, mapped onto this text) record lines
    /// whatever this text's own record is: removing chrome around a header can make a later pass read the header as
    /// body and its date as none of the article's, and that pass must not delete what the text as given was dated by.
    /// </summary>
    internal Document KeepingRecord(IReadOnlyList<TextSpan> spans)
    {
        if (_recordLines is not null)
        {
            throw new InvalidOperationException("The record lines were read before the earlier record was given.");
        }

        _earlierRecord = spans;
        return this;
    }

    private HashSet<int> FindRecordLines()
    {
        var lines = new HashSet<int>();
        foreach (var span in _earlierRecord)
        {
            AddLines(lines, span.Start, span.End);
        }

        var attribution = AttributionChoice;
        foreach (var judged in attribution.BylineCandidates)
        {
            if (judged.IsAccepted)
            {
                AddLines(lines, judged.Byline.Start, judged.Byline.End);
                if (judged.Byline.DatelineStart >= 0)
                {
                    AddLines(lines, judged.Byline.DatelineStart, judged.Byline.DatelineStart + 1);
                }
            }
        }

        foreach (var judged in attribution.SourceCreditCandidates)
        {
            if (judged.IsAccepted)
            {
                AddLines(lines, judged.Credit.Start, judged.Credit.End);
            }
        }

        foreach (var judged in PublicationDateChoice.Candidates)
        {
            if (judged.Verdict is not (DateVerdict.Agrees or DateVerdict.Rejected))
            {
                AddLines(lines, judged.Candidate.Start, judged.Candidate.End);
            }
        }

        return lines;
    }

    /// <summary>Adds the lines [<paramref name="start"/>, <paramref name="end"/>) stands on; nothing for a span of a record's field (empty, not in the text).</summary>
    private void AddLines(HashSet<int> lines, int start, int end)
    {
        if (end <= start || start >= Text.Length)
        {
            return;
        }

        var (first, last) = GetLineRange(start, end);
        for (var line = first; line <= last; line++)
        {
            lines.Add(line);
        }
    }
}
