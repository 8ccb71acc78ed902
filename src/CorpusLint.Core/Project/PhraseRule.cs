using System.Buffers;
using CorpusLint.Model;
using CorpusLint.Rules;

namespace CorpusLint.Project;

/// <summary>
/// A <c>phrase</c> rule: any of a list of phrases, as whole words (a phrase that starts or ends with a letter or
/// digit does not match inside a longer word: "subscribe" is not found in "unsubscribed"), case-insensitive
/// unless <c>caseSensitive</c> is set. With scope <c>line</c>, only a line that holds the phrase and nothing else
/// (besides list or quote markers and closing punctuation) matches: the shape of boilerplate, not of prose.
/// </summary>
public sealed class PhraseRule : DeclarativeRule
{
    private const string LineLeadChars = "-*+•#>|";
    private const string LineTailChars = ".!?:;,…|";

    private readonly string[] _phrases;
    private readonly SearchValues<string> _search;
    private readonly StringComparison _comparison;

    public PhraseRule(DeclarativeRuleSettings settings, IReadOnlyList<string> phrases)
        : base(settings)
    {
        // Longest first, so "Click here to subscribe" wins over "Click here" at the same place.
        _phrases = [.. phrases.Select(p => p.Trim()).Distinct().OrderByDescending(p => p.Length)];
        _comparison = settings.CaseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        _search = SearchValues.Create(_phrases, _comparison);
    }

    public IReadOnlyList<string> Phrases => _phrases;

    protected override void AnalyzeLine(RuleContext context, Line line, ReadOnlySpan<char> text)
    {
        var from = 0;
        while (from < text.Length)
        {
            var found = text[from..].IndexOfAny(_search);
            if (found < 0)
            {
                return;
            }

            var start = from + found;
            var length = LongestWholeWordMatch(text, start);
            if (length == 0 || (Settings.Scope == RuleScope.Line && !IsAloneOnLine(text, start, length)))
            {
                from = start + 1;
                continue;
            }

            ReportMatch(context, line, start, length, Settings.Replacement);
            from = start + length;
        }
    }

    private int LongestWholeWordMatch(ReadOnlySpan<char> text, int start)
    {
        foreach (var phrase in _phrases)
        {
            if (text[start..].StartsWith(phrase, _comparison)
                && !(char.IsLetterOrDigit(phrase[0]) && start > 0 && char.IsLetterOrDigit(text[start - 1]))
                && !(char.IsLetterOrDigit(phrase[^1]) && start + phrase.Length < text.Length && char.IsLetterOrDigit(text[start + phrase.Length])))
            {
                return phrase.Length;
            }
        }

        return 0;
    }

    private static bool IsAloneOnLine(ReadOnlySpan<char> text, int start, int length)
    {
        foreach (var c in text[..start])
        {
            if (!char.IsWhiteSpace(c) && !LineLeadChars.Contains(c))
            {
                return false;
            }
        }

        foreach (var c in text[(start + length)..])
        {
            if (!char.IsWhiteSpace(c) && !LineTailChars.Contains(c))
            {
                return false;
            }
        }

        return true;
    }
}
