using CorpusLint.Model.Dates;
using CorpusLint.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusLint.Rules.Dates;

/// <summary>A document with no dateline, "Published ..." line or date metadata (front matter, a dataset record's date field).</summary>
public sealed class CL3001MissingPublicationDate : Rule
{
    private static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        "CL3001",
        "Missing publication date",
        "Document has no publication date: no dateline, \"Published ...\" line or date metadata{0}",
        RuleCategory.Dates,
        Severity.Warning,
        "An article without a date cannot be cited, ordered in an archive, or used to resolve \"yesterday\" and \"on Thursday\".");

    /// <summary>Characters of an unreadable date field quoted in the message.</summary>
    private const int MaxQuotedValue = 40;

    public override DiagnosticDescriptor Descriptor => Rule;

    public override int Version => 10;

    public override bool NeedsWholeDocument => true;

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        if (document.IsEmpty || document.PublicationDateChoice.IsDated)
        {
            return;
        }

        // A record's date field that holds no date is the likeliest cause; say so rather than "no date metadata".
        var unreadable = MetadataDates.Unreadable(document.Metadata);

        // The text's dates are read by English month names and cues: in another language, not finding one says nothing.
        if (unreadable is null && document.Languages.IsPlainlyNotEnglish)
        {
            return;
        }

        context.Report(new TextSpan(0, 0), unreadable is { } field ? $" (the record's {field.Name} field holds '{Preview(field.Value)}', which is not a date)" : "");
    }

    /// <summary>A field's value as the message quotes it: a line of junk is cut, not printed whole.</summary>
    private static string Preview(string value) => value.Length <= MaxQuotedValue ? value : string.Concat(value.AsSpan(0, MaxQuotedValue - 3), "...");
}
