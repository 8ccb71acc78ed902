using CorpusLint.Model;
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
        "The document has no byline, no source credit and no author or source metadata{0}",
        RuleCategory.Attribution,
        Severity.Warning,
        "An article that says neither who wrote it nor where it came from cannot be cited, checked or licensed.");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override int Version => 14;

    public override bool NeedsWholeDocument => true;

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        if (document.IsEmpty || document.AttributionChoice.IsAttributed)
        {
            return;
        }

        // A record whose authors field is there but empty says more than "no metadata": name the field.
        var emptyField = document.Metadata[MetadataRole.Authors] is { IsEmpty: true } authors ? authors : null;

        // The text's bylines are read by English cues: in another language, not finding one says nothing; an empty field still does.
        if (emptyField is null && document.Languages.IsPlainlyNotEnglish)
        {
            return;
        }

        context.Report(new TextSpan(0, 0), emptyField is null ? "" : $" (the record's {emptyField.Name} field is empty)");
    }
}
