using System.Text.RegularExpressions;
using CorpusLint.Model.Layout;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusLint.Rules.Boilerplate;

/// <summary>Unfilled placeholders and template leftovers: <c>%s</c>, <c>%(name)s</c>, <c>{0}</c>, <c>{{name}}</c>, <c>${x}</c>, Lorem ipsum, <c>[object Object]</c>, <c>undefined</c>, <c>NaN</c>.</summary>
public sealed partial class CL2009TemplateArtifact : BoilerplateRule
{
    private static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        "CL2009",
        "Template artifact",
        "Unfilled template placeholder '{0}'",
        RuleCategory.Boilerplate,
        Severity.Error,
        "A placeholder the page's template never filled (%s, {{name}}, ${x}, [object Object], Lorem ipsum, undefined) shows the text was scraped from a broken render.");

    private static readonly RuleOption Phrases = new(
        "phrases", RuleOptionType.List, string.Empty, "Extra placeholder strings (comma-separated, matched case-sensitively), e.g. a CMS's own `[[TITLE]]`.");

    /// <summary>Words after which "undefined" is English ("an undefined period", "remains undefined").</summary>
    private static readonly HashSet<string> EnglishBeforeUndefined = new(StringComparer.OrdinalIgnoreCase)
    {
        "an", "the", "as", "is", "was", "are", "were", "be", "been", "being", "remain", "remains", "remained", "still", "yet",
        "largely", "left", "and", "or", "of", "its", "their", "his", "her", "our", "some", "an", "this", "that", "but",
        "so", "not", "too", "very", "quite", "otherwise", "deliberately", "legally", "poorly", "mathematically", "also",
    };

    private const string Undefined = "undefined";

    public override DiagnosticDescriptor Descriptor => Rule;

    /// <summary>
    /// 2: the layout keeps fact boxes, program output and bracketed heads in the article, and a boilerplate phrase found
    /// only inside an e-mail address does not count, so the body and its neighbours may differ. 3: "{1}" inside an open
    /// brace group (a TeX formula) is not a placeholder.
    /// </summary>
    public override int Version => 8;

    public override IReadOnlyList<RuleOption> Options => [Phrases];

    protected override string FixTitle => "Delete the line with the template artifact";

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        var extra = context.Options.GetList("phrases");
        foreach (var line in document.Lines)
        {
            if (line.IsBlank)
            {
                continue;
            }

            var text = document.GetText(line);
            foreach (var match in Placeholder().EnumerateMatches(text))
            {
                var value = text.Slice(match.Index, match.Length);
                // Only the last alternative matches the bare word, so this is its group without a Match object per line.
                if (value.SequenceEqual(Undefined) && !IsUndefinedArtifact(text, match.Index))
                {
                    continue;
                }

                if (value[0] == '{' && char.IsAsciiDigit(value[1]) && IsInsideBraces(text[..match.Index]))
                {
                    continue;
                }

                Report(context, line, match.Index, match.Length, value.ToString());
            }

            foreach (var phrase in extra)
            {
                var at = text.IndexOf(phrase, StringComparison.Ordinal);
                if (at >= 0)
                {
                    Report(context, line, at, phrase.Length, phrase);
                }
            }
        }
    }

    private void Report(RuleContext context, Model.Line line, int column, int length, string value)
    {
        var document = context.Document;
        var layout = document.Layout[line.Index];
        // Deleting the line is a fix only where the line is not article prose: a placeholder inside a paragraph
        // needs an editor, not a deletion.
        var fix = layout.IsBodyProse ? null : DeleteLines(document, line.Index, line.Index);
        context.Report(new TextSpan(line.Start + column, length), fix, value);
    }

    /// <summary>
    /// Whether a brace group opened before this point is still open: "{1}" nested in "{\frac {1}{2}}" (TeX, as
    /// Wikipedia's formulas are kept) or in a code block's braces is a group of that expression, never a placeholder.
    /// </summary>
    private static bool IsInsideBraces(ReadOnlySpan<char> before)
    {
        var depth = 0;
        foreach (var c in before)
        {
            depth += c == '{' ? 1 : c == '}' && depth > 0 ? -1 : 0;
        }

        return depth > 0;
    }

    private static bool IsUndefinedArtifact(ReadOnlySpan<char> text, int index)
    {
        var before = text[..index].TrimEnd();
        if (before.IsEmpty)
        {
            return true;
        }

        var start = before.Length;
        while (start > 0 && (char.IsLetter(before[start - 1]) || before[start - 1] is '\'' or '’'))
        {
            start--;
        }

        var previous = before[start..];
        if (previous.IsEmpty)
        {
            // After punctuation or markup ("Posted by: undefined", "(undefined)") it is a value, not a word.
            return true;
        }

        return !EnglishBeforeUndefined.Contains(previous.ToString());
    }

    [GeneratedRegex(@"(?<![\w%])%(?:\d\$)?[sd](?![\w])|(?<![\w%])%\(\w{1,30}\)[sd](?![\w])|(?<![\w{])\{\d{1,2}\}(?![\w}])|(?<![\w-])NaN(?![\w-])|\{\{\s*[\w.\-]+\s*\}\}|\$\{\s*[\w.\-]+\s*\}|\{%[^%]{0,40}%\}|\[object Object\]|(?i:lorem ipsum)|<%=?[^%]{0,40}%>|(?<![\w-])undefined(?![\w-])")]
    private static partial Regex Placeholder();
}
