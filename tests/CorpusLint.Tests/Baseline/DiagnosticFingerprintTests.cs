using CorpusLint.Baseline;
using CorpusLint.Model;
using Microsoft.CodeAnalysis.Text;

namespace CorpusLint.Tests.Baseline;

/// <summary>
/// Fingerprints are stored in users' baselines and SARIF logs, so their values must never change with the code that
/// computes them, only with the baseline's format version (<c>ProblemBaseline.FormatVersion</c>). The expected values are
/// format 2's (XxHash128).
/// </summary>
public sealed class DiagnosticFingerprintTests
{
    [Fact]
    public void A_short_span_keeps_its_fingerprint()
    {
        var document = Document.FromText("a.txt", "Intro.\n\nAt six , he said.\n");

        Assert.Equal("33557c6962d695ca0a2c7adb501fbc42", DiagnosticFingerprint.Compute("CL4006", document, new TextSpan(14, 1)));
    }

    [Fact]
    public void A_span_longer_than_the_hashed_length_keeps_its_fingerprint()
    {
        var line = string.Concat(Enumerable.Range(0, 1200).Select(i => $"w{i}  \t"));
        var document = Document.FromText("b.txt", "Title\n\n" + line + "\nEnd.\n");

        Assert.Equal("59a366942754e57aded7611112e56804", DiagnosticFingerprint.Compute("CL2010", document, new TextSpan(7, line.Length)));
    }

    [Fact]
    public void A_key_of_more_than_a_kilobyte_of_UTF8_keeps_its_fingerprint()
    {
        var document = Document.FromText("c.txt", "Intro.\n\n" + string.Concat(Enumerable.Repeat("é ", 700)) + "\n");

        Assert.Equal("bb382dd4a0190d79a4d3147371aa7a94", DiagnosticFingerprint.Compute("CL5001", document, new TextSpan(8, 1200)));
    }

    [Fact]
    public void A_whole_document_diagnostic_keeps_its_fingerprint() =>
        Assert.Equal("e414e51f49f432e8c2f18c46c6778b69", DiagnosticFingerprint.Compute("CL0001", "a/b.txt"));
}
