using System.Buffers;
using System.Collections.Frozen;
using CorpusLint.Model;
using CorpusLint.Model.Layout;
using CorpusLint.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusLint.Rules.Hygiene;

/// <summary>Markdown link syntax, HTML tags, HTML entities and backslash escapes left in a plain-text document.</summary>
public sealed class CL5006MarkupRemnant : Rule
{
    private static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        "CL5006",
        "Markup remnant",
        "{0}",
        RuleCategory.Hygiene,
        Severity.Warning,
        "Markup in a plain-text article is scraping residue: readers and models see '[Contribute today](#)', '&amp;' or '\\$10M' instead of the text.");

    private static readonly SearchValues<char> Starts = SearchValues.Create("<&\\");

    private static readonly FrozenSet<string> HtmlTags = FrozenSet.ToFrozenSet(
        """
        a abbr address article aside b big blockquote body br button caption center cite code col dd del div dl dt em
        embed figcaption figure font footer form h1 h2 h3 h4 h5 h6 head header hr html i iframe img input ins kbd label
        li link main mark meta nav noscript object ol option p picture pre q s script section select small source span
        strike strong style sub summary sup table tbody td textarea tfoot th thead time title tr tt u ul var video wbr
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> HtmlEntities = FrozenSet.ToFrozenSet(
        """
        amp lt gt quot apos nbsp ndash mdash hellip lsquo rsquo ldquo rdquo sbquo bdquo laquo raquo lsaquo rsaquo bull
        middot copy reg trade deg euro pound yen cent sect para times divide plusmn frac12 frac14 frac34 shy thinsp ensp
        emsp zwj zwnj iexcl iquest aacute eacute iacute oacute uacute agrave egrave igrave ograve ugrave acirc ecirc
        icirc ocirc ucirc auml euml iuml ouml uuml yuml atilde ntilde otilde ccedil aring aelig oslash szlig Aacute
        Eacute Iacute Oacute Uacute Agrave Egrave Auml Ouml Uuml Ntilde Ccedil scaron Scaron zcaron Zcaron prime Prime
        dagger Dagger permil micro
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    // What a backslash escapes in Markdown (CommonMark's ASCII punctuation that scrapers escape).
    private const string EscapedPunctuation = "\\`*_{}[]()#+-.!$|<>~\"'&%=";

    public override DiagnosticDescriptor Descriptor => Rule;

    public override int Version => 6;

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        if (document.Format != DocumentFormat.PlainText)
        {
            return;
        }

        foreach (var link in document.Links)
        {
            var message = link.Kind switch
            {
                LinkKind.Inline => "Markdown link syntax in a plain-text document",
                LinkKind.Reference => "Markdown reference link syntax in a plain-text document",
                LinkKind.Definition => "Markdown link definition in a plain-text document",
                LinkKind.Image => "Markdown image syntax in a plain-text document",
                LinkKind.Autolink => "Markdown autolink <...> in a plain-text document",
                _ => null,
            };
            if (message is not null)
            {
                context.Report(new TextSpan(link.Start, link.Length), message);
            }
        }

        var text = document.Text;
        var links = document.Links;
        var linkIndex = 0;
        var position = 0;
        while (position < text.Length)
        {
            var next = text.AsSpan(position).IndexOfAny(Starts);
            if (next < 0)
            {
                break;
            }

            var start = position + next;
            var length = text[start] switch
            {
                '<' => HtmlTagLength(text, start),
                '&' => EntityLength(text, start),
                _ => EscapeLength(text, start),
            };
            if (length == 0)
            {
                position = start + 1;
                continue;
            }

            position = start + length;

            // An autolink <https://...> is reported as a link above; a URL may contain '&' and '\'.
            while (linkIndex < links.Count && links[linkIndex].End <= start)
            {
                linkIndex++;
            }

            if (linkIndex < links.Count && links[linkIndex].Start <= start && (links[linkIndex].Kind is not (LinkKind.Inline or LinkKind.Reference) || start >= links[linkIndex].TargetStart))
            {
                continue;
            }

            if (InIntroducedCode(document, start))
            {
                continue;
            }

            var found = text.Substring(start, Math.Min(length, 40));
            var what = text[start] switch
            {
                '<' => $"HTML tag \"{found}\"",
                '&' => $"HTML entity \"{found}\"",
                _ => $"Markdown backslash escape \"{found}\"",
            };
            context.Report(new TextSpan(start, length), $"{what} in a plain-text document");
        }
    }

    /// <summary>
    /// A line of a code block the article introduces ("Create it like this:" above a tutorial's HTML): its tags and
    /// escapes are the example's syntax, not markup the extraction left. A block no line introduces (a leaked
    /// "&lt;p&gt;...&lt;/p&gt;") is still checked.
    /// Asked only of a candidate, so most documents never need the layout here.
    /// </summary>
    private static bool InIntroducedCode(Document document, int offset)
    {
        var layout = document.Layout;
        var line = document.GetLineIndex(offset);
        if (!layout[line].IsArticleCode)
        {
            return false;
        }

        while (line > 0 && (layout[line - 1].IsBlank || layout[line - 1].IsArticleCode))
        {
            line--;
        }

        return line > 0 && (layout[line - 1].Signals & LineSignals.EndsWithColon) != 0;
    }

    /// <summary><c>&lt;p&gt;</c>, <c>&lt;/div&gt;</c>, <c>&lt;br/&gt;</c>, <c>&lt;a href="..."&gt;</c>: a known HTML element name and a closing <c>&gt;</c> on the line.</summary>
    private static int HtmlTagLength(string text, int start)
    {
        var i = start + 1;
        if (i < text.Length && text[i] == '/')
        {
            i++;
        }

        var nameStart = i;
        while (i < text.Length && char.IsAsciiLetterOrDigit(text[i]))
        {
            i++;
        }

        if (i == nameStart || !HtmlTags.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(nameStart, i - nameStart)))
        {
            return 0;
        }

        if (i < text.Length && text[i] == '>')
        {
            return i + 1 - start;
        }

        if (i + 1 < text.Length && text[i] == '/' && text[i + 1] == '>')
        {
            return i + 2 - start;
        }

        if (i >= text.Length || text[i] is not (' ' or '\t') || text[nameStart - 1] == '/')
        {
            return 0;
        }

        // Attributes: name="value" pairs up to '>' on the same line.
        var close = text.AsSpan(i).IndexOfAny('>', '\n', '<');
        if (close < 0 || text[i + close] != '>')
        {
            return 0;
        }

        var attributes = text.AsSpan(i, close);
        var trimmed = attributes.Trim().TrimEnd('/');
        return trimmed.IsEmpty || trimmed.Contains('=') && char.IsAsciiLetter(trimmed[0]) ? i + close + 1 - start : 0;
    }

    /// <summary><c>&amp;amp;</c>, <c>&amp;#8217;</c>, <c>&amp;#x2019;</c>; not "AT&amp;T" or "R&amp;D".</summary>
    private static int EntityLength(string text, int start)
    {
        var i = start + 1;
        if (i < text.Length && text[i] == '#')
        {
            i++;
            var hex = i < text.Length && text[i] is 'x' or 'X';
            if (hex)
            {
                i++;
            }

            var digitsStart = i;
            while (i < text.Length && i - digitsStart < 7 && (hex ? char.IsAsciiHexDigit(text[i]) : char.IsAsciiDigit(text[i])))
            {
                i++;
            }

            return i > digitsStart && i < text.Length && text[i] == ';' ? i + 1 - start : 0;
        }

        var nameStart = i;
        while (i < text.Length && i - nameStart < 10 && char.IsAsciiLetterOrDigit(text[i]))
        {
            i++;
        }

        return i < text.Length && text[i] == ';' && HtmlEntities.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(nameStart, i - nameStart))
            ? i + 1 - start
            : 0;
    }

    /// <summary><c>\$</c>, <c>\*</c>, <c>\_</c>, <c>\\$</c>: backslashes before Markdown punctuation, not "¯\_(ツ)_/¯" or a Windows path.</summary>
    private static int EscapeLength(string text, int start)
    {
        if (start > 0 && text[start - 1] is '\\' or '¯')
        {
            return 0;
        }

        var i = start;
        while (i < text.Length && text[i] == '\\')
        {
            i++;
        }

        if (i >= text.Length || !EscapedPunctuation.Contains(text[i]) || text[i] == '\\')
        {
            return 0;
        }

        // A backslash right after a word character is more likely a path or code ("C:\Temp\.cache").
        if (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is ':' or '/'))
        {
            return 0;
        }

        return i + 1 - start;
    }
}
