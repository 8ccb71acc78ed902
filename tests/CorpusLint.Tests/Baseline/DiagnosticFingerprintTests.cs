using CorpusLint.Baseline;
using CorpusLint.Model;
using Microsoft.CodeAnalysis.Text;

namespace CorpusLint.Tests.Baseline;

/// <summary>
/// Fingerprints are stored in users' baselines and SARIF logs, so their values must never change with the code that
/// computes them. The expected values were computed before the key was built in a pooled buffer.
/// </summary>
public sealed class DiagnosticFingerprintTests
{
    [Fact]
    public void A_short_span_keeps_its_fingerprint()
    {
        var document = Document.FromText("a.txt", "Intro.\n\nAt six , he said.\n");

        Assert.Equal("7b9835d976edf7e734c66af0e402ac68", DiagnosticFingerprint.Compute("CL4006", document, new TextSpan(14, 1)));
    }

    [Fact]
    public void A_span_longer_than_the_hashed_length_keeps_its_fingerprint()
    {
        var line = string.Concat(Enumerable.Range(0, 1200).Select(i => $"w{i}  \t"));
        var document = Document.FromText("b.txt", "Title\n\n" + line + "\nEnd.\n");

        Assert.Equal("a7ec8fd2a2bd37e27963fea4e8aedfb3", DiagnosticFingerprint.Compute("CL2010", document, new TextSpan(7, line.Length)));
    }

    [Fact]
    public void A_key_of_more_than_a_kilobyte_of_UTF8_keeps_its_fingerprint()
    {
        var document = Document.FromText("c.txt", "Intro.\n\n" + string.Concat(Enumerable.Repeat("é ", 700)) + "\n");

        Assert.Equal("b6315bdf02ec7764038885ec025fb914", DiagnosticFingerprint.Compute("CL5001", document, new TextSpan(8, 1200)));
    }

    [Fact]
    public void A_whole_document_diagnostic_keeps_its_fingerprint() =>
        Assert.Equal("f39c628df2165b18fccb14cee0e150cd", DiagnosticFingerprint.Compute("CL0001", "a/b.txt"));
}
