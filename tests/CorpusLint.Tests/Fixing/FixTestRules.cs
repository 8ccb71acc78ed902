using CorpusLint.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusLint.Tests.Fixing;

/// <summary>A rule written for the fixer's tests: it reports each occurrence of a word with a given fix.</summary>
internal sealed class WordFixRule(string id, string word, Func<TextSpan, Fix> fix) : Rule
{
#pragma warning disable RS1017 // A test rule's ID is chosen per test; real rules use constant IDs.
    private readonly DiagnosticDescriptor _descriptor = RuleDescriptors.Create(id, "Test word", "Word '{0}'", RuleCategory.Hygiene, Severity.Warning, "A rule for tests.");
#pragma warning restore RS1017

    public override DiagnosticDescriptor Descriptor => _descriptor;

    public override FixKind FixKind => FixKind.Safe;

    /// <summary>Called once per analysis, before reporting (a test can change the file on disk here).</summary>
    public Action? OnAnalyze { get; init; }

    public override void Analyze(RuleContext context)
    {
        OnAnalyze?.Invoke();
        var text = context.Document.Text;
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
        {
            var span = new TextSpan(at, word.Length);
            context.Report(span, fix(span), word);
        }
    }
}
