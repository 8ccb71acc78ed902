using CorpusLint.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusLint.Rules.Attribution;

/// <summary>A document that names no author and credits no source.</summary>
public sealed class CL1001MissingAttribution : Rule
{
    private static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        "CL1001",
        "Missing attribution",
        "The document has no byline, no source credit and no author or source metadata",
        RuleCategory.Attribution,
        Severity.Warning,
        "An article that says neither who wrote it nor where it came from cannot be cited, checked or licensed.");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override bool NeedsWholeDocument => true;

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        if (document.IsEmpty || document.AttributionChoice.IsAttributed)
        {
            return;
        }

        context.Report(new TextSpan(0, 0));
    }
}
