using System.Buffers;
using CorpusLint.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusLint.Rules.Quotes;

/// <summary>A bracket ( [ { without its partner in the paragraph.</summary>
public sealed class CL4005UnbalancedBrackets : Rule
{
    private static readonly SearchValues<char> Brackets = SearchValues.Create("()[]{}");

    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    private static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        "CL4005",
        "Unbalanced brackets",
        "{0} has no matching {1} in this paragraph{2}",
        RuleCategory.Quotes,
        Severity.Warning,
        "A bracket without its partner usually marks text cut off by a scraper (a lost aside, a truncated form label) or a parenthesis that runs on and swallows the rest of the paragraph.");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override int Version => 6;

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        var text = document.Text;
        var stack = new List<int>();
        Span<int> openCounts = stackalloc int[3];
        foreach (var paragraph in document.Paragraphs)
        {
            stack.Clear();
            openCounts.Clear();
            var firstProblem = -1;
            var problems = 0;
            var i = paragraph.Start;
            while (i < paragraph.End)
            {
                var found = text.AsSpan(i, paragraph.End - i).IndexOfAny(Brackets);
                if (found < 0)
                {
                    break;
                }

                i += found;
                var c = text[i];
                if (IsEmoticon(text, i, paragraph.Start, paragraph.End))
                {
                    i++;
                    continue;
                }

                if (c is '(' or '[' or '{')
                {
                    stack.Add(i);
                    openCounts[Slot(c)]++;
                }
                else if (openCounts[Slot(c)] == 0)
                {
                    if (!IsEnumerator(text, i, paragraph.Start))
                    {
                        Note(i);
                    }
                }
                else
                {
                    // Brackets of other kinds opened inside this pair are unclosed; each is popped once (linear).
                    var partner = Partner(c);
                    while (text[stack[^1]] != partner)
                    {
                        Note(stack[^1]);
                        openCounts[Slot(text[stack[^1]])]--;
                        stack.RemoveAt(stack.Count - 1);
                    }

                    openCounts[Slot(c)]--;
                    stack.RemoveAt(stack.Count - 1);
                }

                i++;
            }

            foreach (var open in stack)
            {
                // A teaser shortened to fit a box ("Ferry crews (and their families..."): its partner was cut with the rest of the line.
                if (!LineShapes.CutShortAt(text, open, paragraph.End))
                {
                    Note(open);
                }
            }

            if (firstProblem >= 0 && !IsCodeBlock(document, paragraph))
            {
                var c = text[firstProblem];
                context.Report(
                    new TextSpan(firstProblem, 1),
                    c,
                    Partner(c),
                    problems > 1 ? $" ({problems - 1} more)" : string.Empty);
            }

            void Note(int offset)
            {
                problems++;
                if (firstProblem < 0 || offset < firstProblem)
                {
                    firstProblem = offset;
                }
            }
        }
    }

    /// <summary>
    /// A paragraph the layout reads as code or preformatted text, line by line (a shell session, a TeX formula, a
    /// program): its brackets pair across the whole listing, not within one paragraph of it. Asked only of a paragraph
    /// with a problem, so most documents never need the layout for this rule.
    /// </summary>
    private static bool IsCodeBlock(Document document, Paragraph paragraph)
    {
        for (var line = paragraph.FirstLine; line <= paragraph.LastLine; line++)
        {
            if (!document.Layout[line].IsArticleCode)
            {
                return false;
            }
        }

        return true;
    }

    private static int Slot(char c) => c is '(' or ')' ? 0 : c is '[' or ']' ? 1 : 2;

    private static char Partner(char c) => c switch
    {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        _ => '{',
    };

    // :) :-( ;) =) (: and the like.
    private static bool IsEmoticon(string text, int i, int start, int end)
    {
        var j = i - 1;
        if (j >= start && text[j] is '-' or '\'' or '^')
        {
            j--;
        }

        if (j >= start && text[j] is ':' or ';' or '=' && (j == start || !char.IsLetterOrDigit(text[j - 1])))
        {
            return true;
        }

        return text[i] == '(' && i + 1 < end && text[i + 1] is ':' or ';' && (i + 2 >= end || char.IsWhiteSpace(text[i + 2]));
    }

    // List markers and inline enumerations: "1)", "a)", "iv)", after whitespace or at the start of a line.
    private static bool IsEnumerator(string text, int i, int start)
    {
        var j = i - 1;
        while (j >= start && i - j <= 5 && char.IsLetterOrDigit(text[j]))
        {
            j--;
        }

        var token = text.AsSpan(j + 1, i - j - 1);
        var shape = token.Length is >= 1 and <= 3 && !token.ContainsAnyExcept(Digits)
            || token.Length == 1
            || (token.Length <= 4 && !token.ContainsAnyExcept("ivx"));
        return !token.IsEmpty && shape && (j < start || char.IsWhiteSpace(text[j]) || text[j] is '.' or ',' or ';');
    }
}
