using CorpusLint.Model;

namespace CorpusLint.Reporting;

public static partial class DocumentInspector
{
    private static InspectedQuotations InspectQuotations(Document document)
    {
        var set = document.Quotations;
        return new(
            [.. set.Quotations.Select(q => new InspectedQuotation(
                q.Index, q.Status.ToString(), q.Paragraph, q.Depth, q.Open.Char.ToString(), document.GetPosition(q.Open.Offset),
                q.Close?.Char.ToString(), q.Close is { } close ? document.GetPosition(close.Offset) : null,
                q.ContinuesFrom >= 0 ? q.ContinuesFrom : null, q.ContinuedBy >= 0 ? q.ContinuedBy : null))],
            [.. set.UnopenedClosings.Select(m => new InspectedQuoteMark(m.Char.ToString(), document.GetPosition(m.Offset)))],
            set.Marks.Count(m => m.Role == QuoteRole.Apostrophe));
    }
}

public sealed record InspectedQuotations(IReadOnlyList<InspectedQuotation> Pairs, IReadOnlyList<InspectedQuoteMark> UnopenedClosings, int Apostrophes);

public sealed record InspectedQuotation(
    int Index, string Status, int Paragraph, int Depth, string Open, Position OpenAt, string? Close, Position? CloseAt, int? ContinuesFrom, int? ContinuedBy);

public sealed record InspectedQuoteMark(string Mark, Position Position);
