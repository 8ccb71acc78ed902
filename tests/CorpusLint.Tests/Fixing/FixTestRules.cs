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

/// <summary>A rule written for the fixer's tests: it deletes each line holding a word, unless the line holds the document's record (as the boilerplate rules do).</summary>
internal sealed class RecordKeepingLineRule(string id, string word) : Rule
{
#pragma warning disable RS1017 // A test rule's ID is chosen per test; real rules use constant IDs.
    private readonly DiagnosticDescriptor _descriptor = RuleDescriptors.Create(id, "Test line", "Line with '{0}'", RuleCategory.Boilerplate, Severity.Warning, "A rule for tests.");
#pragma warning restore RS1017

    public override DiagnosticDescriptor Descriptor => _descriptor;

    public override FixKind FixKind => FixKind.Unsafe;

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        foreach (var line in document.Lines)
        {
            if (document.GetText(line).Contains(word, StringComparison.Ordinal) && !document.RecordLines.Contains(line.Index))
            {
                var span = new TextSpan(line.Start, line.Length);
                context.Report(span, Fix.Unsafe("delete the line", TextEdit.Delete(TextSpan.FromBounds(line.Start, line.End + line.TerminatorLength))), word);
            }
        }
    }
}
