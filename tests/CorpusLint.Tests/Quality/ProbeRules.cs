using CorpusLint.Model;
using CorpusLint.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusLint.Tests.Quality;

/// <summary>
/// Stand-in rules for testing the quality machinery (they live in the test assembly, so BuiltInRules never
/// sees them): each reports a fixed kind of span under a chosen ID and severity.
/// </summary>
internal sealed class ProbeRule(string id, Severity severity, Func<Document, IEnumerable<TextSpan>> spans) : Rule
{
#pragma warning disable RS1017 // A probe's ID is chosen per test; real rules use constant IDs.
    private readonly DiagnosticDescriptor _descriptor = RuleDescriptors.Create(id, "Probe", "Probe {0}", RuleCategory.Hygiene, severity, "Test probe.");
#pragma warning restore RS1017

    public override DiagnosticDescriptor Descriptor => _descriptor;

    public override void Analyze(RuleContext context)
    {
        foreach (var span in spans(context.Document))
        {
            context.Report(span, id);
        }
    }

    /// <summary>Reports every non-blank line.</summary>
    public static ProbeRule EveryLine(string id, Severity severity = Severity.Warning) =>
        new(id, severity, d => d.Lines.Where(l => !l.IsBlank).Select(l => new TextSpan(l.Start, l.Length)));

    /// <summary>Reports the given 1-based lines.</summary>
    public static ProbeRule Lines(string id, Severity severity, params int[] lines) =>
        new(id, severity, d => d.Lines.Where(l => lines.Contains(l.Number)).Select(l => new TextSpan(l.Start, l.Length)));

    /// <summary>Reports one span covering lines <paramref name="from"/>..<paramref name="to"/> including the last line break.</summary>
    public static ProbeRule Block(string id, int from, int to) =>
        new(id, Severity.Warning, d => [TextSpan.FromBounds(d.Lines[from - 1].Start, d.Lines[to - 1].End + d.Lines[to - 1].TerminatorLength)]);

    /// <summary>Reports the first character of each document.</summary>
    public static ProbeRule OncePerDocument(string id, Severity severity) =>
        new(id, severity, d => d.Text.Length == 0 ? [] : [new TextSpan(0, 1)]);

    /// <summary>Reports every “...” pair.</summary>
    public static ProbeRule EveryCurlyQuotation(string id) =>
        new(id, Severity.Warning, d => CurlyQuotations(d.Text));

    /// <summary>Reports nothing.</summary>
    public static ProbeRule Silent(string id) => new(id, Severity.Warning, _ => []);

    private static IEnumerable<TextSpan> CurlyQuotations(string text)
    {
        for (var open = text.IndexOf('“'); open >= 0; open = text.IndexOf('“', open + 1))
        {
            var close = text.IndexOf('”', open + 1);
            if (close < 0)
            {
                yield break;
            }

            yield return TextSpan.FromBounds(open, close + 1);
            open = close;
        }
    }
}
