using System.Text.RegularExpressions;
using CorpusLint.Model;
using CorpusLint.Rules;

namespace CorpusLint.Project;

/// <summary>
/// A <c>regex</c> rule: a .NET regular expression run on each line with <see cref="RegexOptions.NonBacktracking"/>,
/// whose time grows linearly with the line whatever the pattern (no catastrophic backtracking), and a match
/// timeout on top. Case-sensitive unless <c>caseSensitive</c> is false. With scope <c>line</c>, the pattern must
/// match the whole line (surrounding whitespace aside).
/// </summary>
public sealed class RegexRule : DeclarativeRule
{
    /// <summary>
    /// The longest one line may take. NonBacktracking is linear, so only a line of hundreds of megabytes gets near
    /// it; the limit keeps a pathological input from stalling a run, at the price of that line going unchecked
    /// (the run then fails with a message naming the rule and the line).
    /// </summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    private readonly Regex _regex;

    private RegexRule(DeclarativeRuleSettings settings, string pattern, Regex regex)
        : base(settings)
    {
        Pattern = pattern;
        _regex = regex;
    }

    public string Pattern { get; }

    /// <summary>The compiled expression, with its options and timeout.</summary>
    internal Regex Expression => _regex;

    /// <summary>Compiles <paramref name="pattern"/> for <paramref name="settings"/>.</summary>
    /// <exception cref="ArgumentException">The pattern is not a valid regular expression.</exception>
    /// <exception cref="NotSupportedException">The pattern uses a construct that needs backtracking (backreferences, lookarounds, atomic groups).</exception>
    public static RegexRule Create(DeclarativeRuleSettings settings, string pattern)
    {
        var options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | (settings.CaseSensitive ? RegexOptions.None : RegexOptions.IgnoreCase);
        var source = settings.Scope == RuleScope.Line ? $@"\A\s*(?:{pattern})\s*\z" : pattern;

        // Compile the pattern alone first, so an error's offset refers to what the user wrote.
        _ = new Regex(pattern, options, MatchTimeout);
        return new RegexRule(settings, pattern, new Regex(source, options, MatchTimeout));
    }

    protected override void AnalyzeLine(RuleContext context, Line line, ReadOnlySpan<char> text)
    {
        try
        {
            foreach (var match in _regex.EnumerateMatches(text))
            {
                ReportMatch(context, line, match.Index, match.Length, Settings.Fix == DeclarativeFix.Replace ? Replacement(context, line, match) : string.Empty);
            }
        }
        catch (RegexMatchTimeoutException)
        {
            throw new TimeoutException($"the pattern did not finish within {MatchTimeout.TotalSeconds:0} s on line {line.Number} ({line.Length} characters); that line was not checked");
        }
    }

    // The replacement may name groups ($1, ${name}); they need a full Match, built only when a fix is wanted.
    private string Replacement(RuleContext context, Line line, ValueMatch match)
    {
        var text = context.Document.Text;
        var full = _regex.Match(text, line.Start, line.Length);
        while (full.Success && full.Index - line.Start < match.Index)
        {
            full = full.NextMatch();
        }

        return full.Success ? full.Result(Settings.Replacement) : Settings.Replacement;
    }
}
