using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using CorpusLint.Configuration;
using CorpusLint.Engine;
using CorpusLint.Model;
using CorpusLint.Rules;
using CorpusLint.Text;

namespace CorpusLint.Tests.Infrastructure;

/// <summary>Runs one rule on a fixture and checks where it fires.</summary>
public static class RuleTester
{
    /// <summary>The rule's diagnostics on <paramref name="text"/>, with optional <c>corpuslint.&lt;ID&gt;.&lt;option&gt;</c> values.</summary>
    public static IReadOnlyList<LintDiagnostic> Lint(Rule rule, string text, string path = "article.txt", IReadOnlyDictionary<string, string>? options = null) =>
        Lint(rule, Document.FromText(path, text), options);

    public static IReadOnlyList<LintDiagnostic> Lint(Rule rule, Document document, IReadOnlyDictionary<string, string>? options = null)
    {
        var values = (options ?? new Dictionary<string, string>())
            .ToImmutableDictionary(kv => $"corpuslint.{rule.Id.ToLowerInvariant()}.{kv.Key.ToLowerInvariant()}", kv => kv.Value);
        var diagnostics = new List<LintDiagnostic>();
        var severity = rule.DefaultSeverity == Severity.None ? Severity.Warning : rule.DefaultSeverity;
        rule.Analyze(new RuleContext(rule, document, new RuleOptions(rule.Id, values), severity, diagnostics));
        diagnostics.Sort(LintDiagnostic.ReportOrder);
        return diagnostics;
    }

    /// <summary>The rule's diagnostics on raw bytes, decoded as a file would be.</summary>
    public static IReadOnlyList<LintDiagnostic> LintBytes(Rule rule, byte[] bytes, string path = "article.txt") =>
        Lint(rule, Document.Create(path, SourceDecoder.Decode(bytes)));

    /// <summary>Asserts that the rule fires exactly at the given 1-based (line, column) positions.</summary>
    public static void AssertFiresAt(Rule rule, string text, params (int Line, int Column)[] expected) =>
        AssertPositions(Lint(rule, text), expected);

    public static void AssertPositions(IReadOnlyList<LintDiagnostic> diagnostics, params (int Line, int Column)[] expected)
    {
        var actual = diagnostics.Select(d => (d.Start.Line, d.Start.Column)).ToArray();
        Assert.True(
            expected.SequenceEqual(actual),
            $"expected diagnostics at [{string.Join(", ", expected)}] but got:\n{string.Join("\n", diagnostics.Select(d => $"  ({d.Start.Line},{d.Start.Column}) {d.Id}: {d.Message}"))}");
    }

    /// <summary>Asserts that the rule reports nothing on <paramref name="text"/>.</summary>
    public static void AssertSilent(Rule rule, string text, string path = "article.txt")
    {
        var diagnostics = Lint(rule, text, path);
        Assert.True(
            diagnostics.Count == 0,
            $"expected no diagnostics but got:\n{string.Join("\n", diagnostics.Select(d => $"  ({d.Start.Line},{d.Start.Column}) {d.Id}: {d.Message}"))}");
    }

    /// <summary>Snapshot of the rule on a realistic article kept in <c>fixtures/&lt;name&gt;</c> beside the calling test.</summary>
    public static void VerifySnapshot(Rule rule, string fixtureName, [CallerFilePath] string callerPath = "")
    {
        var fixturePath = Path.Combine(Path.GetDirectoryName(callerPath)!, "fixtures", fixtureName);
        var document = Document.Create(fixtureName, SourceDecoder.Decode(File.ReadAllBytes(fixturePath)));
        var rendered = DiagnosticRenderer.Render(document, Lint(rule, document));
        Approvals.Verify(rendered, rule.Id, callerPath);
    }

    /// <summary>A whole engine with all built-in rules and the configuration found on disk.</summary>
    public static LintEngine CreateEngine() => new(BuiltInRules.All, new ConfigurationProvider(BuiltInRules.All));
}
