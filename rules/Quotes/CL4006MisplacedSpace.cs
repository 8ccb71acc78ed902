using System.Buffers;
using CorpusLint.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusLint.Rules.Quotes;

/// <summary>A space before an apostrophe, comma, period or closing quotation mark ("Thaçi ’s", "Belgrade , Serbia").</summary>
public sealed class CL4006MisplacedSpace : Rule
{
    /// <summary>Commas a line must space on both sides, all of them, to be a list printed with " , " separators.</summary>
    private const int SpacedListMinCommas = 3;

    private static readonly SearchValues<char> CommaOrPeriod = SearchValues.Create(",.");

    private static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        "CL4006",
        "Misplaced space",
        "Space before {0}",
        RuleCategory.Quotes,
        Severity.Suggestion,
        "A space before an apostrophe, a comma, a period or a closing quotation mark is left by tokenised or hand-edited text; it splits words (\"Thaçi ’s\") and breaks search.");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override int Version => 7;

    public override FixKind FixKind => FixKind.Safe;

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        var text = document.Text;
        var found = new List<(TextSpan Space, string What)>();

        var quotations = document.Quotations;
        var unopened = new HashSet<int>(quotations.UnopenedClosings.Select(m => m.Offset));
        foreach (var mark in quotations.Marks)
        {
            if (mark.Role == QuoteRole.Apostrophe && QuoteChars.IsClitic(text, mark.Offset + 1))
            {
                Add(mark.Offset, "an apostrophe");
            }
            else if (mark.Role == QuoteRole.Closing && mark.Style != QuoteStyle.Guillemet && !unopened.Contains(mark.Offset))
            {
                Add(mark.Offset, "a closing quotation mark");
            }
        }

        foreach (var line in document.Lines)
        {
            var span = document.GetText(line);
            var spacedList = IsSpacedList(span);
            var i = 0;
            while (i < span.Length)
            {
                var at = span[i..].IndexOfAny(CommaOrPeriod);
                if (at < 0)
                {
                    break;
                }

                i += at;
                var next = i + 1 < span.Length ? span[i + 1] : '\n';
                if (AfterAddress(text, line.Start + i))
                {
                    // "visit www.example.org .": the space keeps the mark out of the address, which the fix would break.
                    i++;
                    continue;
                }

                if (span[i] == ',')
                {
                    if (!spacedList)
                    {
                        Add(line.Start + i, "a comma");
                    }
                }
                else if ((char.IsWhiteSpace(next) || next is '"' or '”' or '’' or '\'' or ')') && !(i > 0 && span[i - 1] == '.')
                    && !span[(i + 1)..].TrimStart().StartsWith('.'))
                {
                    // Not an ellipsis (" ...", ". . ."), a decimal (" .5") or a name (" .NET").
                    Add(line.Start + i, "a period");
                }

                i++;
            }
        }

        found.Sort((a, b) => a.Space.Start.CompareTo(b.Space.Start));
        foreach (var (space, what) in found)
        {
            // A program's or a formula's spacing is its own (a page's script, a formula printed from its math: "⟨ v , A v ⟩"),
            // and the fix would change the code. Asked only of a space found, so most documents never need the layout here.
            if (!document.Layout[document.GetLineIndex(space.Start)].IsCodeShaped)
            {
                context.Report(space, Fix.Safe("Remove the space", TextEdit.Delete(space)), what);
            }
        }

        // Only a mark with a space before it is kept: most commas and periods of a document have none.
        void Add(int offset, string what)
        {
            var space = SpaceBefore(document, offset);
            if (space.Length > 0)
            {
                found.Add((space, what));
            }
        }
    }

    /// <summary>
    /// A list printed with " , " between its items ("Labor , Video , Business News , Alabama"): every one of its
    /// <see cref="SpacedListMinCommas"/> or more commas has a space on both sides, a template's separator and not a slip.
    /// </summary>
    private static bool IsSpacedList(ReadOnlySpan<char> line)
    {
        var commas = 0;
        for (var i = line.IndexOf(','); i >= 0; i = line[(i + 1)..].IndexOf(',') is var next and >= 0 ? i + 1 + next : -1)
        {
            if (i == 0 || i + 1 >= line.Length || line[i - 1] != ' ' || line[i + 1] != ' ')
            {
                return false;
            }

            commas++;
        }

        return commas >= SpacedListMinCommas;
    }

    /// <summary>
    /// Whether the word before the spaces ahead of <paramref name="offset"/> is an address: a scheme, "www.", a path or an
    /// e-mail address (<c>http://example.org/a</c>, <c>www.example.org</c>, <c>site/search.php?q=1</c>, <c>desk@example.org</c>).
    /// </summary>
    private static bool AfterAddress(string text, int offset)
    {
        var end = offset;
        while (end > 0 && text[end - 1] is ' ' or '\t')
        {
            end--;
        }

        var start = end;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        var word = text.AsSpan(start, end - start);
        return end < offset && word.Contains('.')
            && (word.Contains("://", StringComparison.Ordinal) || word.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || word.ContainsAny('/', '@'));
    }

    // The run of spaces right before offset, when a word (not an opening bracket, a dash or another mark) comes before it on the same line.
    private static TextSpan SpaceBefore(Document document, int offset)
    {
        var text = document.Text;
        var start = offset;
        while (start > 0 && text[start - 1] is ' ' or '\t')
        {
            start--;
        }

        if (start == offset || start == 0)
        {
            return default;
        }

        var before = text[start - 1];
        var ok = char.IsLetterOrDigit(before) || before is ')' or ']' or '%' || (before is '.' && !(start >= 2 && text[start - 2] == '.') && text[offset] != '.');
        return ok ? new TextSpan(start, offset - start) : default;
    }
}
