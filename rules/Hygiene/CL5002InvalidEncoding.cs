using CorpusLint.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusLint.Rules.Hygiene;

/// <summary>Bytes that are not valid UTF-8, U+FFFD replacement characters, and binary files.</summary>
public sealed class CL5002InvalidEncoding : Rule
{
    private static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        "CL5002",
        "Invalid encoding",
        "{0}",
        RuleCategory.Hygiene,
        Severity.Error,
        "Bytes that are not valid UTF-8, or replacement characters left by an earlier lossy decoding, mean characters of the article are lost.");

    public override DiagnosticDescriptor Descriptor => Rule;

    public override bool AnalyzesBinaryDocuments => true;

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        var source = document.Source;
        if (source.IsBinary)
        {
            context.Report(new TextSpan(0, 0), "binary file, not linted");
            return;
        }

        var decoded = new HashSet<int>();
        foreach (var run in source.InvalidBytes)
        {
            decoded.Add(run.TextOffset);
            var bytes = run.Bytes ?? [];
            var hex = string.Join(' ', bytes.Select(b => b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture)));
            if (run.ByteLength > bytes.Length)
            {
                hex += " ...";
            }

            var what = run.ByteLength == 1 ? "byte" : "bytes";
            context.Report(
                new TextSpan(run.TextOffset, 1),
                $"Invalid UTF-8: {run.ByteLength} {what} at byte offset {run.ByteOffset} ({hex}) replaced by U+FFFD");
        }

        var text = document.Text;
        var position = 0;
        while ((position = text.IndexOf('\uFFFD', position)) >= 0)
        {
            var end = position;
            while (end < text.Length && text[end] == '\uFFFD')
            {
                end++;
            }

            // Replacement characters the decoder inserted are already reported with their bytes.
            if (!decoded.Contains(position))
            {
                var count = end - position;
                context.Report(
                    new TextSpan(position, count),
                    count == 1
                        ? "Replacement character U+FFFD: a character was lost when this text was decoded earlier"
                        : $"{count} replacement characters U+FFFD: characters were lost when this text was decoded earlier");
            }

            position = end;
        }
    }
}
