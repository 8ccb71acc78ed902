using System.Text.RegularExpressions;
using CorpusLint.Project;
using CorpusLint.Rules;
using CorpusLint.Tests.Infrastructure;

namespace CorpusLint.Tests.Project;

/// <summary>Phrase and regex rules as corpuslint.json declares them.</summary>
public class DeclarativeRuleTests
{
    [Fact]
    public void Phrase_inline_matches_case_insensitively_as_whole_words()
    {
        var rule = Phrase(RuleScope.Inline, caseSensitive: false, "subscribe now");

        RuleTester.AssertFiresAt(rule, "Read on, or Subscribe Now for more.\nSUBSCRIBE NOW\n", (1, 13), (2, 1));
        RuleTester.AssertSilent(rule, "We unsubscribe nowhere.\nThey did not subscribe nowadays.\n");
    }

    [Fact]
    public void Phrase_case_sensitive_matches_only_as_written()
    {
        var rule = Phrase(RuleScope.Inline, caseSensitive: true, "TK");

        RuleTester.AssertFiresAt(rule, "The mayor said TK.\nThe tk stays.\n", (1, 16));
    }

    [Fact]
    public void Phrase_with_punctuation_at_its_edge_matches_where_it_stands()
    {
        var rule = Phrase(RuleScope.Inline, caseSensitive: false, "BREAKING:");

        RuleTester.AssertFiresAt(rule, "BREAKING: Storm hits coast\n", (1, 1));
    }

    [Fact]
    public void Longest_phrase_wins_at_one_place()
    {
        var rule = Phrase(RuleScope.Inline, caseSensitive: false, "Click here", "Click here to subscribe");

        var diagnostic = Assert.Single(RuleTester.Lint(rule, "Click here to subscribe today\n"));
        Assert.Equal(23, diagnostic.Span.Length);
    }

    [Fact]
    public void Phrase_line_scope_fires_on_a_line_of_its_own_not_in_prose()
    {
        var rule = Phrase(RuleScope.Line, caseSensitive: false, "Click here to subscribe");

        RuleTester.AssertFiresAt(rule, "Click here to subscribe\n  - click here to subscribe!\n> Click here to subscribe.\n", (1, 1), (2, 1), (3, 1));
        RuleTester.AssertSilent(rule, "Readers were told to click here to subscribe, and few did.\nClick here to subscribe and save 20%\n");
    }

    [Fact]
    public void Delete_line_fix_removes_the_line_with_its_break_and_is_unsafe()
    {
        var rule = Phrase(RuleScope.Line, caseSensitive: false, "Click here to subscribe");
        const string text = "Story.\r\nClick here to subscribe\r\nEnd.\r\n";

        var fix = Assert.Single(RuleTester.Lint(rule, text)).Fix!;

        Assert.Equal(FixSafety.Unsafe, fix.Safety);
        var edit = Assert.Single(fix.Edits);
        Assert.Equal("Story.\r\nEnd.\r\n", text.Remove(edit.Span.Start, edit.Span.Length));
    }

    [Fact]
    public void Regex_inline_reports_the_match_case_sensitively_by_default()
    {
        var rule = Regex(RuleScope.Inline, caseSensitive: true, @"\bBREAKING:");

        var diagnostics = RuleTester.Lint(rule, "Storm: BREAKING: roads shut\nbreaking: not this\n");

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((1, 8, 9), (diagnostic.Start.Line, diagnostic.Start.Column, diagnostic.Span.Length));
    }

    [Fact]
    public void Regex_line_scope_needs_the_whole_line()
    {
        var rule = Regex(RuleScope.Line, caseSensitive: false, @"share (on|to) \w+");

        RuleTester.AssertFiresAt(rule, "Share on Facebook\n  share to X  \nPlease share on Facebook if you liked it.\n", (1, 1), (2, 1));
    }

    [Fact]
    public void Replace_fix_substitutes_groups_and_is_safe_when_it_writes_text()
    {
        var settings = Settings(RuleScope.Inline, caseSensitive: true) with { Fix = DeclarativeFix.Replace, Replacement = "$2 $1" };
        var rule = RegexRule.Create(settings, @"(\d+)(kg)");

        var diagnostics = RuleTester.Lint(rule, "It weighed 12kg and then 7kg.\n");

        Assert.Equal(FixKind.Safe, rule.FixKind);
        Assert.Equal(["kg 12", "kg 7"], diagnostics.Select(d => Assert.Single(d.Fix!.Edits).NewText));
        Assert.Equal(FixKind.Unsafe, RegexRule.Create(settings with { Replacement = "" }, "kg").FixKind);
    }

    [Fact]
    public void Regex_runs_without_backtracking_and_with_a_timeout()
    {
        var rule = Regex(RuleScope.Inline, caseSensitive: true, "(a+)+$");
        var regex = rule.Expression;

        Assert.True(regex.Options.HasFlag(RegexOptions.NonBacktracking));
        Assert.Equal(RegexRule.MatchTimeout, regex.MatchTimeout);
    }

    // A hang guard, not a speed test: with backtracking this input would run for longer than the universe has.
    [Fact(Timeout = 60_000)]
    public async Task Catastrophic_pattern_on_a_50000_character_line_finishes()
    {
        var rule = Regex(RuleScope.Inline, caseSensitive: true, "(a+)+$");
        var text = new string('a', 50_000) + "b\n";

        var diagnostics = await Task.Run(() => RuleTester.Lint(rule, text));

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Declared_name_category_and_severity_describe_the_rule()
    {
        var rule = Phrase(RuleScope.Inline, caseSensitive: false, "x");

        Assert.Equal(("ACME100", "Prompt", "Boilerplate", Severity.Warning), (rule.Id, rule.Name, rule.Descriptor.Category, rule.DefaultSeverity));
    }

    private static DeclarativeRuleSettings Settings(RuleScope scope, bool caseSensitive) =>
        new("ACME100", "Prompt", "Project message", "Boilerplate", Severity.Warning, "d", "", scope, caseSensitive, DeclarativeFix.None, "");

    private static PhraseRule Phrase(RuleScope scope, bool caseSensitive, params string[] phrases) =>
        new(Settings(scope, caseSensitive) with { Fix = scope == RuleScope.Line ? DeclarativeFix.DeleteLine : DeclarativeFix.None }, phrases);

    private static RegexRule Regex(RuleScope scope, bool caseSensitive, string pattern) => RegexRule.Create(Settings(scope, caseSensitive), pattern);
}
